// SPDX-License-Identifier: MIT
// What a user's first program does: look a code up at compile time and at run time.
#include <httpstatus/httpstatus.hpp>

#include <cstdio>

int main() {
    using namespace httpstatus::literals;
    static_assert(httpstatus::reason_phrase(404_status) == "Not Found");
    const auto parsed = httpstatus::parse("503 Service Unavailable");
    if (!parsed || !httpstatus::is_server_error(*parsed)) return 1;
    const auto name = httpstatus::reason_phrase(*parsed);
    std::printf("%d %.*s\n", httpstatus::to_int(*parsed), static_cast<int>(name.size()), name.data());
    return 0;
}
