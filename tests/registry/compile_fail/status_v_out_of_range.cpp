// expect: an HTTP status code has three digits, 100 to 599
#include <httpstatus/httpstatus.hpp>

constexpr auto out_of_range = httpstatus::status_v<999>;
