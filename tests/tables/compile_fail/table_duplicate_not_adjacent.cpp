// expect: table_error_duplicate_code(<int>.*reinterpret_cast<const void\*>|)\(461\)
// A duplicate is reported as one wherever its twin is, not as rows out of order.
#include <httpstatus/httpstatus.hpp>

using httpstatus::status;
constexpr httpstatus::table broken{{
    {status{461}, "A", ""},
    {status{462}, "B", ""},
    {status{461}, "C", ""},
}};
