// The control: built with the same command as every compile-fail test, it must compile, so a
// compile-fail test fails only for the reason its `expect:` line names.
#include "enum_reflection.hpp"

#include <httpstatus/httpstatus.hpp>

#include <string_view>
#include <utility>

using namespace httpstatus::literals;
static_assert(httpstatus::status_v<404> == httpstatus::status::not_found);
static_assert(404_status == httpstatus::status::not_found);
static_assert(1'00_status == httpstatus::status::continue_);

enum class in_step : unsigned short { ok = 200 };
struct rows_with_200 {
    static constexpr bool has_row(int code) noexcept { return code == 200; }
    static constexpr bool is_row_name(int, std::string_view name) noexcept { return name == "ok"; }
};
static_assert(reflection::in_step<in_step, rows_with_200>(std::make_index_sequence<300>{}));

// The tables of the table_* tests, with every rule kept.
using httpstatus::status;
constexpr httpstatus::table valid{{
    {status{461}, "Quota Exceeded", ""},
    {status{462}, "Plan Expired", "", "", "Plan Lapsed"},
    {status{599}, "A", "No name is missing."},
}};
static_assert(valid.size() == 3);
// The status_in tests' codes, with a row in their table.
static_assert(httpstatus::status_in<valid, 461> == status{461});
static_assert(httpstatus::status_in<httpstatus::registry, 404> == httpstatus::status::not_found);

int main() { return 0; }
