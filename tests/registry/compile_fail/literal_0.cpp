// expect: an HTTP status code has three digits, 100 to 599
#include <httpstatus/httpstatus.hpp>

using namespace httpstatus::literals;
constexpr auto zero = 0_status;  // 0 is no code: refused, not read as the lowest one
