// expect: an HTTP status code has three digits, 100 to 599
#include <httpstatus/httpstatus.hpp>

using namespace httpstatus::literals;
constexpr auto out_of_range = 999_status;
