// expect: table_error_empty_name_or_alias(<int>.*reinterpret_cast<const void\*>|)\(461\)
// A constexpr table that breaks a rule does not compile, and the error names the rule and the code:
// here a name of nothing but apostrophes, which from_name reads as empty.
#include <httpstatus/httpstatus.hpp>

using httpstatus::status;
constexpr httpstatus::table broken{{
    {status{461}, "''", "Blank."},
}};
