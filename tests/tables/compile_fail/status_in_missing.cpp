// expect: this code is not in the table that status_in names
// status_in is status_v for any table: a code the table has no row for does not compile.
#include <httpstatus/httpstatus.hpp>

using httpstatus::status;
constexpr httpstatus::table api_codes{{
    {status{461}, "Quota Exceeded", ""},
    {status{463}, "Key Revoked", ""},
}};
constexpr auto missing = httpstatus::status_in<api_codes, 462>;
