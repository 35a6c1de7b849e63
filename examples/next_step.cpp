// SPDX-License-Identifier: MIT
// What a client does next with a response, decided from the code alone (docs/semantics.md).
#include <httpstatus/httpstatus.hpp>

#include <iostream>
#include <optional>
#include <string_view>

namespace hs = httpstatus;

// snippet-begin
// The next step of an HTTP client after a response. `code` comes from the wire, so it may be one the
// registry does not have (299): to_any_status keeps it, and the functions read it by its class.
std::string_view next_step(int code, bool idempotent_request) {
    const std::optional<hs::status> s = hs::to_any_status(code);
    if (!s) return "reject: not a status code";
    if (hs::follows_location(*s)) return hs::preserves_method(*s) ? "follow, same method" : "follow, as GET";
    switch (hs::retry_of(*s)) {
    case hs::retry::yes: return "resend after Retry-After or a back-off";
    case hs::retry::if_idempotent: return idempotent_request ? "resend after a back-off" : "give up";
    case hs::retry::if_retry_after: return "resend if it came with Retry-After";
    case hs::retry::no:
    case hs::retry::unspecified: break;
    }
    return hs::is_successful(*s) ? "done" : "give up";
}
// snippet-end

int main() {
    for (int code : {200, 299, 303, 307, 503, 413, 501, 404, 600})
        std::cout << code << ": " << next_step(code, true) << '\n';
    std::cout << "502 after a POST: " << next_step(502, false) << '\n';
    std::cout << "502 after a GET: " << next_step(502, true) << '\n';
}
