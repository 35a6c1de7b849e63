// expect: table_error_two_rows_answer_to_one_name(<int>.*reinterpret_cast<const void\*>|)\(462\)
// A constexpr table that breaks a rule does not compile, and the error names the rule and the code.
#include <httpstatus/httpstatus.hpp>

using httpstatus::status;
constexpr httpstatus::table broken{{
    {status{461}, "Quota Exceeded", ""},
    {status{462}, "Plan Expired", "", "", "QUOTA_EXCEEDED"},
}};
