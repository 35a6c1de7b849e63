// SPDX-License-Identifier: MIT
// A user's first program, built by the autopkgtests against the installed headers. It prints the
// version of the headers it was built with, so that a test can tell them from another copy's.
#include <httpstatus/httpstatus.hpp>

#include <cstdio>

int main() {
    using namespace httpstatus::literals;
    static_assert(httpstatus::reason_phrase(404_status) == "Not Found");
    const auto parsed = httpstatus::parse("503 Service Unavailable");
    if (!parsed || !httpstatus::is_server_error(*parsed)) return 1;
    const auto name = httpstatus::reason_phrase(*parsed);
    std::printf("%d %.*s\n", httpstatus::to_int(*parsed), static_cast<int>(name.size()), name.data());
    std::printf("httpstatus %d.%d.%d\n", HTTPSTATUS_VERSION_MAJOR, HTTPSTATUS_VERSION_MINOR, HTTPSTATUS_VERSION_PATCH);
    return 0;
}
