// SPDX-License-Identifier: MIT
// One search of the registry in a constant expression, and one check of a table of a program's
// own: what a program does at compile time, within the constant-evaluation budget that
// tests/portability/CMakeLists.txt gives it. (tests/search/search.cpp runs many searches in one
// expression, which needs more.)
#include <httpstatus/httpstatus.hpp>
#include <httpstatus/unofficial.hpp>

#include <cstddef>

// The registry's 4xx codes, counted from the table so that a new code is not a count to edit here.
constexpr std::size_t client_errors() {
    std::size_t count = 0;
    for (const auto& e : httpstatus::registry)
        if (e.value() / 100 == 4) ++count;
    return count;
}
static_assert(httpstatus::search("client error").size() == client_errors());
static_assert(httpstatus::unofficial::codes.size() == 21);
