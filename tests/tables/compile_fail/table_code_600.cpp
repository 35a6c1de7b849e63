// expect: table_error_code_outside_100_to_599(<int>.*reinterpret_cast<const void\*>|)\(600\)
// A constexpr table that breaks a rule does not compile, and the error names the rule and the code.
#include <httpstatus/httpstatus.hpp>

using httpstatus::status;
constexpr httpstatus::table broken{{
    {status{600}, "A", ""},
}};
