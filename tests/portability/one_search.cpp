// SPDX-License-Identifier: MIT
// One search of the registry in a constant expression, and one check of a table of a program's
// own: what a program does at compile time, within the constant-evaluation budget that
// tests/portability/CMakeLists.txt gives it. (tests/search/search.cpp runs many searches in one
// expression, which needs more.)
#include <httpstatus/httpstatus.hpp>
#include <httpstatus/unofficial.hpp>

static_assert(httpstatus::search("client error").size() == 29);
static_assert(httpstatus::unofficial::codes.size() == 21);
