// expect: table_error_duplicate_code(<int>.*reinterpret_cast<const void\*>|)\(462\)
// A table with a duplicate and rows out of order: the duplicate is reported, as the rows cannot be
// sorted until one of the twins goes.
#include <httpstatus/httpstatus.hpp>

using httpstatus::status;
constexpr httpstatus::table broken{{
    {status{462}, "B", ""},
    {status{461}, "A", ""},
    {status{462}, "C", ""},
}};
