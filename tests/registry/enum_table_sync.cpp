// SPDX-License-Identifier: MIT
// The enum and the table cannot drift: for every value 0–999, `status` has an enumerator exactly when
// the table has a row, and the enumerator is the one httpstatus::enumerator_name gives for its code (the
// name the generator writes into detail/registry_index.hpp from the row: snake_case of its name).
// Adding an enumerator without a row, or a row without an enumerator, makes this file fail to compile.
// tests/registry/compile_fail/enum_without_row.cpp shows the same check failing on a drifted enum.
#include "enum_reflection.hpp"

#include <httpstatus/httpstatus.hpp>

#include <string_view>
#include <utility>

#if HTTPSTATUS_TESTS_HAS_REFLECTION
namespace {
struct registry_rows {
    static constexpr bool has_row(int code) noexcept { return httpstatus::is_registered(code); }
    static constexpr bool is_row_name(int code, std::string_view enumerator) noexcept {
        return httpstatus::enumerator_name(code) == enumerator;
    }
};
}  // namespace

static_assert(reflection::in_step<httpstatus::status, registry_rows>(std::make_index_sequence<1000>{}),
              "the enum and the table agree for every value 0-999");

// The reflection itself: a named value, a value without a name, and an alias (its code's first name).
static_assert(reflection::enumerator_name<httpstatus::status::not_found>() == "not_found");
static_assert(reflection::enumerator_name<static_cast<httpstatus::status>(299)>().empty());
static_assert(reflection::enumerator_name<httpstatus::status::payload_too_large>() == "content_too_large");

// The library's answer for an alias is the compiler's: its code's own enumerator.
static_assert(httpstatus::enumerator_name(httpstatus::status::payload_too_large) ==
              reflection::enumerator_name<httpstatus::status::payload_too_large>());
static_assert(httpstatus::enumerator_name(httpstatus::status::im_a_teapot) ==
              reflection::enumerator_name<httpstatus::status::im_a_teapot>());
#endif
