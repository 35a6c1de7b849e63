// expect: table_error_name_longer_than_64_characters(<int>.*reinterpret_cast<const void\*>|)\(299\)
// A constexpr table that breaks a rule does not compile, and the error names the rule and the code:
// here a name of 65 characters, one more than a name may have.
#include <httpstatus/httpstatus.hpp>

using httpstatus::status;
constexpr httpstatus::table broken{{
    {status{299}, "A Name Of Sixty-Five Characters, One More Than A Table Allows....", "Long."},
}};
