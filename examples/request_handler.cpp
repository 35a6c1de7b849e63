// SPDX-License-Identifier: MIT
// A request handler that switches on httpstatus::status, and routes whose codes are checked when the
// program is compiled: a route with an unregistered code does not build.
#include <httpstatus/httpstatus.hpp>

#include <cstdio>
#include <string_view>

using httpstatus::status;
using namespace httpstatus::literals;

// snippet-begin
struct route {
    std::string_view path;
    status code;  // written as a literal: 299_status or 999_status would not compile
};

constexpr route routes[] = {
    {"/", 200_status},       {"/old-home", 301_status}, {"/archive", 410_status},
    {"/coffee", 418_status}, {"/admin", 403_status},
};

constexpr status route_status(std::string_view path) noexcept {
    for (const route& r : routes)
        if (r.path == path) return r.code;
    return status::not_found;
}
static_assert(route_status("/archive") == status::gone);
static_assert(route_status("/nowhere") == status::not_found);

// What the handler adds to the response; the compiler checks the enumerators named here.
std::string_view extra_header(status s) {
    switch (s) {
    case status::moved_permanently: return "Location: /";
    case status::gone: return "Cache-Control: max-age=86400";  // 410 is cacheable by default anyway
    case status::unused_418: return "X-Note: no coffee here";
    case status::forbidden: return "WWW-Authenticate: Basic realm=\"admin\"";
    default: return {};
    }
}
// snippet-end

int main() {
    for (std::string_view path : {"/", "/old-home", "/archive", "/coffee", "/admin", "/nowhere"}) {
        const status s = route_status(path);
        const std::string_view phrase = httpstatus::reason_phrase(s);
        const std::string_view header = extra_header(s);
        std::printf("%-10.*s %d %.*s", static_cast<int>(path.size()), path.data(), httpstatus::to_int(s),
                    static_cast<int>(phrase.size()), phrase.data());
        // An empty string_view's data() may be null, and %.*s needs an array even for zero characters.
        if (!header.empty()) std::printf(" | %.*s", static_cast<int>(header.size()), header.data());
        std::printf("\n");
    }
    return 0;
}
