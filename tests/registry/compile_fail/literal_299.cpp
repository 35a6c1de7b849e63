// expect: not in the IANA HTTP Status Code Registry; for a code that is not registered use to_any_status\(code\)
#include <httpstatus/httpstatus.hpp>

using namespace httpstatus::literals;
constexpr auto unregistered = 299_status;
