// expect: table_error_duplicate_code(<int>.*reinterpret_cast<const void\*>|)\(461\)
// A constexpr table that breaks a rule does not compile, and the error names the rule and the code.
#include <httpstatus/httpstatus.hpp>

using httpstatus::status;
constexpr httpstatus::table broken{{
    {status{461}, "A", ""},
    {status{461}, "B", ""},
}};
