// expect: a table has at most 128 rows
// A table longer than search results can hold does not compile.
#include <httpstatus/httpstatus.hpp>

constexpr httpstatus::status_info rows[129] = {};
constexpr httpstatus::table too_long{rows};
