// expect: an HTTP status code has three digits, 100 to 599
// status_in says what status_v says of a code that no table can have.
#include <httpstatus/httpstatus.hpp>

using httpstatus::status;
constexpr httpstatus::table api_codes{{
    {status{461}, "Quota Exceeded", ""},
}};
constexpr auto out_of_range = httpstatus::status_in<api_codes, 4610>;
