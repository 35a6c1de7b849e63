// expect: an HTTP status code has three digits, 100 to 599
#include <httpstatus/httpstatus.hpp>

using namespace httpstatus::literals;
constexpr auto just_past_the_range = 600_status;
