// expect: this code is not in the table that status_in names
// status_in<registry, N> checks what status_v<N> checks.
#include <httpstatus/httpstatus.hpp>

constexpr auto unregistered = httpstatus::status_in<httpstatus::registry, 299>;
