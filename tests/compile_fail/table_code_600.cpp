// expect: table_error_code_outside_100_to_599
// A constexpr table that breaks a rule does not compile, and the error names the rule.
#include <httpstatus/httpstatus.hpp>

using httpstatus::status;
constexpr httpstatus::table broken{{
    {status{600}, "A", ""},
}};
