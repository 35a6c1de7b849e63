// expect: not in the IANA HTTP Status Code Registry; for a code that is not registered use to_any_status\(code\)
#include <httpstatus/httpstatus.hpp>

constexpr auto unregistered = httpstatus::status_v<299>;
