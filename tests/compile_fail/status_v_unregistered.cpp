// expect: this code is not in the IANA HTTP Status Code Registry
#include <httpstatus/httpstatus.hpp>

constexpr auto unregistered = httpstatus::status_v<299>;
