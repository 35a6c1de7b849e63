// expect: table_error_rows_not_sorted_by_code
// A constexpr table that breaks a rule does not compile, and the error names the rule.
#include <httpstatus/httpstatus.hpp>

using httpstatus::status;
constexpr httpstatus::table broken{{
    {status{462}, "B", ""},
    {status{461}, "A", ""},
}};
