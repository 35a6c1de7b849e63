// SPDX-License-Identifier: MIT
// Every int and status overload, against a linear scan of the table, the rules of RFC 9110 and the
// practice docs/semantics.md cites: the input is read as 32-bit ints and as 16-bit status values.
#include "reference.hpp"

#include <httpstatus/httpstatus.hpp>
#include <httpstatus/unofficial.hpp>

#include <cstring>

namespace {
template <typename Arg>
void check_code(Arg arg, long long v) {
    namespace hs = httpstatus;
    const hs::status_info* expected = reference::find(hs::all(), v);
    const int first = v >= 100 && v <= 599 ? static_cast<int>(v / 100) : 0;
    reference::check(hs::find(arg) == expected, "find agrees with a linear scan");
    reference::check(hs::is_registered(arg) == (expected != nullptr), "is_registered");
    reference::check(hs::enumerator_name(arg).empty() == (expected == nullptr),
                     "enumerator_name exactly for registered codes");
    reference::check(hs::reason_phrase(arg) == (expected ? expected->name : std::string_view{}), "reason_phrase");
    reference::check(hs::description(arg) == (expected ? expected->description : std::string_view{}), "description");
    const auto c = hs::class_of(arg);
    reference::check(c.has_value() == (first != 0) && (!c || static_cast<int>(*c) == first), "class_of");
    reference::check(hs::is_informational(arg) == (first == 1), "is_informational");
    reference::check(hs::is_successful(arg) == (first == 2), "is_successful");
    reference::check(hs::is_redirection(arg) == (first == 3), "is_redirection");
    reference::check(hs::is_client_error(arg) == (first == 4), "is_client_error");
    reference::check(hs::is_server_error(arg) == (first == 5), "is_server_error");
    reference::check(hs::is_error(arg) == (first >= 4), "is_error");
    // What a code means for sender and receiver: the lists of RFC 9110 sections 6.4.1, 10.2.3 and 15.3.6,
    // RFC 9112 section 6.3 and RFC 6585 section 4, and the practice docs/semantics.md cites (the Fetch
    // Standard's redirects, the clients' resends).
    reference::check(hs::allows_content(arg) == (first >= 2 && v != 204 && v != 205 && v != 304), "allows_content");
    reference::check(hs::never_has_content(arg) == (first == 1 || v == 204 || v == 304), "never_has_content");
    const bool followed = v == 301 || v == 302 || v == 303 || v == 307 || v == 308;
    reference::check(hs::follows_location(arg) == followed, "follows_location");
    reference::check(hs::preserves_method(arg) == (v == 307 || v == 308), "preserves_method");
    reference::check(hs::is_permanent_redirect(arg) == (v == 301 || v == 308), "is_permanent_redirect");
    const bool retry_after = first == 3 || v == 413 || v == 429 || v == 503;
    reference::check(hs::retry_after_applies(arg) == retry_after, "retry_after_applies");
    reference::check(hs::retry_of(arg) == reference::retry_of(v), "retry_of");
    reference::check(hs::reference_url(arg) == reference::reference_url(expected), "reference_url");
    reference::check(hs::is_cacheable_by_default(arg) == (expected != nullptr && expected->cacheable), "cacheable");
    reference::check(hs::unofficial::find(arg) == reference::find(hs::unofficial::all(), v), "unofficial::find");
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    for (std::size_t at = 0; at + sizeof(std::int32_t) <= size; at += sizeof(std::int32_t)) {
        std::int32_t code = 0;
        std::memcpy(&code, data + at, sizeof code);
        check_code(static_cast<int>(code), code);
        const auto s = httpstatus::to_status(code);
        reference::check(s.has_value() == httpstatus::is_registered(code), "to_status");
        const auto any = httpstatus::to_any_status(code);
        reference::check(any.has_value() == (code >= 100 && code <= 599), "to_any_status keeps 100-599");
        reference::check(!any || httpstatus::to_int(*any) == code, "to_any_status keeps the code");
    }
    for (std::size_t at = 0; at + sizeof(std::uint16_t) <= size; at += sizeof(std::uint16_t)) {
        std::uint16_t raw = 0;
        std::memcpy(&raw, data + at, sizeof raw);
        check_code(static_cast<httpstatus::status>(raw), raw);
    }
    return 0;
}
