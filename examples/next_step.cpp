// SPDX-License-Identifier: MIT
// What a client does next with a response, decided from the code alone (docs/semantics.md).
#include <httpstatus/httpstatus.hpp>

#include <iostream>
#include <optional>
#include <string_view>

namespace hs = httpstatus;

// snippet-begin
// The next step of an HTTP client after a final response. `code` comes from the wire, so it may be
// one the registry does not have: to_any_status keeps 299, and the functions read it by its class.
std::string_view next_step(int code, std::string_view method) {
    const std::optional<hs::status> s = hs::to_any_status(code);
    if (!s) return next_step(500, method);  // RFC 9110 section 15: treat an invalid code as a 5xx
    if (*s == hs::status::not_modified) return "use the stored response";
    if (hs::follows_location(*s)) {
        // 303 makes the request a GET (or HEAD); after 301 and 302 browsers make a POST a GET.
        const bool becomes_get = *s == hs::status::see_other || (!hs::preserves_method(*s) && method == "POST");
        return becomes_get && method != "HEAD" ? "follow, as GET" : "follow, same method";
    }
    // The idempotent methods of RFC 9110 section 9.2.2 (TRACE too, which no one resends).
    const bool idempotent =
        method == "GET" || method == "HEAD" || method == "OPTIONS" || method == "PUT" || method == "DELETE";
    switch (hs::retry_of(*s)) {
    case hs::retry::yes: return "resend after Retry-After or a back-off";
    case hs::retry::on_another_connection: return "resend on another connection";
    case hs::retry::if_idempotent: return idempotent ? "resend after a back-off" : "give up";
    case hs::retry::if_retry_after: return "resend if it came with Retry-After";
    case hs::retry::no:
    case hs::retry::unspecified: break;
    }
    return hs::is_successful(*s) ? "done" : "give up";
}
// snippet-end

int main() {
    for (int code : {200, 299, 301, 303, 308, 503, 421, 413, 501, 404, 600})
        std::cout << code << " after a POST: " << next_step(code, "POST") << '\n';
    std::cout << "304 after a GET: " << next_step(304, "GET") << '\n';
    std::cout << "301 after a PUT: " << next_step(301, "PUT") << '\n';
    std::cout << "502 after a POST: " << next_step(502, "POST") << '\n';
    std::cout << "502 after a GET: " << next_step(502, "GET") << '\n';
}
