// SPDX-License-Identifier: MIT
// What each code means for the program that sends or receives it, in constant expressions, against
// the lists the RFCs give (docs/semantics.md); this file passes by compiling.
#include <httpstatus/httpstatus.hpp>

#include <climits>
#include <cstddef>
#include <string_view>

namespace hs = httpstatus;
using hs::retry;
using hs::status;

namespace {

template <std::size_t N>
constexpr bool listed(const int (&codes)[N], int code) noexcept {
    for (int c : codes)
        if (c == code) return true;
    return false;
}

// Each function is true exactly for its list over every code 0-999 (and false outside 100-599).
template <typename Function, std::size_t N>
constexpr bool exactly(Function function, const int (&codes)[N]) noexcept {
    for (int code = 0; code <= 999; ++code)
        if (function(code) != listed(codes, code) || function(static_cast<status>(code)) != listed(codes, code))
            return false;
    return true;
}

constexpr int framed_without_content[] = {204, 304};  // and every 1xx
constexpr int followed[] = {301, 302, 303, 307, 308};
constexpr int same_method[] = {307, 308};
constexpr int permanent[] = {301, 308};

}  // namespace

// Content: 1xx, 204 and 304 never have any (RFC 9110 6.4.1, RFC 9112 6.3); 205 must not (RFC 9110 15.3.6).
static_assert(hs::never_has_content(100) && hs::never_has_content(199) && hs::never_has_content(status::no_content));
static_assert(hs::never_has_content(status::not_modified) && !hs::never_has_content(status::reset_content));
static_assert(!hs::allows_content(205) && !hs::allows_content(204) && !hs::allows_content(304));
static_assert(hs::allows_content(200) && hs::allows_content(206) && hs::allows_content(299) && hs::allows_content(599));
static_assert(!hs::never_has_content(99) && !hs::never_has_content(600) && !hs::never_has_content(INT_MIN));
static_assert(!hs::allows_content(99) && !hs::allows_content(600) && !hs::allows_content(INT_MAX));
static_assert(exactly([](auto c) { return hs::follows_location(c); }, followed));
static_assert(exactly([](auto c) { return hs::preserves_method(c); }, same_method));
static_assert(exactly([](auto c) { return hs::is_permanent_redirect(c); }, permanent));

// The framing rule and the sender's rule differ in 205 only; outside 100-599 both are false.
constexpr bool content_rules_agree() noexcept {
    for (int code = 0; code <= 999; ++code) {
        const bool in_range = code >= 100 && code <= 599;
        const bool informational = code >= 100 && code <= 199;
        if (hs::never_has_content(code) != (informational || listed(framed_without_content, code))) return false;
        const bool expected_allows = in_range && !hs::never_has_content(code) && code != 205;
        if (hs::allows_content(code) != expected_allows) return false;
    }
    return true;
}
static_assert(content_rules_agree());

// Redirects: a kept method and a permanent redirect are both followed redirects.
static_assert(!hs::follows_location(status::multiple_choices) && !hs::follows_location(status::not_modified));
static_assert(!hs::follows_location(status::use_proxy) && !hs::follows_location(status::unused_306));
static_assert(!hs::follows_location(399) && hs::follows_location(status::see_other) && !hs::preserves_method(303));

// Retry-After: any 3xx and 503 (RFC 9110 10.2.3), 413 (15.5.14), 429 (RFC 6585 4).
constexpr bool retry_after_exact() noexcept {
    for (int code = -1000; code <= 1000; ++code) {
        const bool expected = (code >= 300 && code <= 399) || code == 413 || code == 429 || code == 503;
        if (hs::retry_after_applies(code) != expected) return false;
    }
    return true;
}
static_assert(retry_after_exact());
static_assert(hs::retry_after_applies(status::found) && !hs::retry_after_applies(status::not_implemented));

// Resending the same request.
static_assert(hs::retry_of(status::request_timeout) == retry::yes && hs::retry_of(421) == retry::on_another_connection);
static_assert(hs::retry_of(status::too_early) == retry::yes && hs::retry_of(status::too_many_requests) == retry::yes);
static_assert(hs::retry_of(status::service_unavailable) == retry::yes);
static_assert(hs::retry_of(502) == retry::if_idempotent &&
              hs::retry_of(status::gateway_timeout) == retry::if_idempotent);
static_assert(hs::retry_of(status::content_too_large) == retry::if_retry_after);
static_assert(hs::retry_of(status::not_implemented) == retry::no && hs::retry_of(505) == retry::no);
static_assert(hs::retry_of(500) == retry::unspecified && hs::retry_of(404) == retry::unspecified);
static_assert(hs::retry_of(599) == retry::unspecified && hs::retry_of(-503) == retry::unspecified);

constexpr int count_retry(retry advice) noexcept {
    int n = 0;
    for (int code = 0; code <= 999; ++code) n += hs::retry_of(code) == advice ? 1 : 0;
    return n;
}
static_assert(count_retry(retry::yes) == 4 && count_retry(retry::on_another_connection) == 1);
static_assert(count_retry(retry::if_idempotent) == 2 && count_retry(retry::if_retry_after) == 1);
static_assert(count_retry(retry::no) == 2);

// Any code 100-599 converts, registered or not; to_status keeps registered codes only.
static_assert(hs::to_any_status(299) == static_cast<status>(299) && !hs::to_status(299));
static_assert(hs::to_any_status(100) == status::continue_ && hs::to_any_status(599) == static_cast<status>(599));
static_assert(!hs::to_any_status(99) && !hs::to_any_status(600) && !hs::to_any_status(-404) &&
              !hs::to_any_status(INT_MIN));

// In slices, each one constant evaluation within MSVC's default budget (docs/portability.md).
constexpr bool to_any_status_exact(int first, int last) noexcept {
    for (int code = first; code <= last; ++code) {
        const auto s = hs::to_any_status(code);
        if (s.has_value() != (code >= 100 && code <= 599)) return false;
        if (s && hs::to_int(*s) != code) return false;
        if (hs::to_status(code) && hs::to_status(code) != s) return false;
    }
    return true;
}
static_assert(to_any_status_exact(-1000, -1) && to_any_status_exact(0, 299));
static_assert(to_any_status_exact(300, 599) && to_any_status_exact(600, 1000));

// The RFC Editor's address of each code's section, in the form docs/index.html links to.
static_assert(hs::reference_url(404) == "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5");
static_assert(hs::reference_url(status::im_used) == "https://www.rfc-editor.org/rfc/rfc3229.html#section-10.4.1");
static_assert(hs::reference_url(status::too_many_requests) == "https://www.rfc-editor.org/rfc/rfc6585.html#section-4");
static_assert(hs::reference_url(status::upgrade_required) ==
              "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.22");
static_assert(hs::reference_url(299).empty() && hs::reference_url(-1).empty() && hs::reference_url(INT_MAX).empty());
static_assert(hs::reference_url(static_cast<status>(0)).empty());

// Each address is the one its row's reference names: "RFC 9110 \xC2\xA7" "15.5.5" (the section sign in
// UTF-8) is https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5.
constexpr bool names_the_section(std::string_view url, std::string_view reference) noexcept {
    constexpr std::string_view prefix = "https://www.rfc-editor.org/rfc/rfc";
    constexpr std::string_view middle = ".html#section-";
    constexpr std::string_view rfc = "RFC ";
    constexpr std::string_view sign = " \xC2\xA7";
    const std::size_t at_sign = reference.find(sign);
    if (reference.substr(0, rfc.size()) != rfc || at_sign == std::string_view::npos) return false;
    const std::string_view number = reference.substr(rfc.size(), at_sign - rfc.size());
    const std::string_view section = reference.substr(at_sign + sign.size());
    const std::size_t at_middle = prefix.size() + number.size();
    return url.size() == at_middle + middle.size() + section.size() && url.substr(0, prefix.size()) == prefix &&
           url.substr(prefix.size(), number.size()) == number && url.substr(at_middle, middle.size()) == middle &&
           url.substr(at_middle + middle.size()) == section;
}
static_assert(names_the_section("https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5", "RFC 9110 \xC2\xA7"
                                                                                              "15.5.5"));
static_assert(!names_the_section("https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.4", "RFC 9110 \xC2\xA7"
                                                                                               "15.5.5"));
static_assert(!names_the_section("https://www.rfc-editor.org/rfc/rfc9111.html#section-15.5.5", "RFC 9110 \xC2\xA7"
                                                                                               "15.5.5"));
static_assert(!names_the_section("https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5", "nginx"));

constexpr bool every_address_names_its_section() noexcept {
    for (const auto& e : hs::all())
        if (!names_the_section(hs::reference_url(e.code), e.reference)) return false;
    return true;
}
static_assert(every_address_names_its_section());
