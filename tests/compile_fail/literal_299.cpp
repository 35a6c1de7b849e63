// expect: this code is not in the IANA HTTP Status Code Registry
#include <httpstatus/httpstatus.hpp>

using namespace httpstatus::literals;
constexpr auto unregistered = 299_status;
