// expect: table_error_empty_name_or_alias
// A constexpr table that breaks a rule does not compile, and the error names the rule: here a name of
// nothing but apostrophes, which from_name reads as empty.
#include <httpstatus/httpstatus.hpp>

using httpstatus::status;
constexpr httpstatus::table broken{{
    {status{461}, "''", "Blank."},
}};
