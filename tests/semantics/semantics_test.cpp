// SPDX-License-Identifier: MIT
// What each code means for sender and receiver: the facts at run time, and compared with the sets a
// widely used peer keeps (jshttp/statuses: `redirect`, `empty`, `retry`), each difference written
// down with the reason (docs/semantics.md).
#include "catch.hpp"

#include <httpstatus/httpstatus.hpp>

#include <set>
#include <string>

namespace hs = httpstatus;
using hs::retry;
using hs::status;

namespace {

// The registered codes for which a function holds.
template <typename Function>
std::set<int> registered_where(Function function) {
    std::set<int> codes;
    for (const hs::status_info& e : hs::all())
        if (function(e.code)) codes.insert(e.value());
    return codes;
}

std::set<int> without(std::set<int> codes, const std::set<int>& removed) {
    for (int code : removed) codes.erase(code);
    return codes;
}

// jshttp/statuses (index.js): status.redirect, status.empty and status.retry.
std::set<int> statuses_redirect() { return {300, 301, 302, 303, 305, 307, 308}; }
std::set<int> statuses_empty() { return {204, 205, 304}; }
std::set<int> statuses_retry() { return {502, 503, 504}; }

}  // namespace

TEST_CASE("jshttp/statuses' redirect set: the same but for 300 and 305, which are not followed") {
    const std::set<int> followed = registered_where([](status s) { return hs::follows_location(s); });
    CHECK(followed == std::set<int>{301, 302, 303, 307, 308});
    // Practice, as the Fetch Standard and Go's client follow redirects: not 300, which offers several
    // choices (RFC 9110 section 15.4.1), nor 305, which is deprecated (section 15.4.6).
    CHECK(without(statuses_redirect(), {300, 305}) == followed);
}

TEST_CASE("jshttp/statuses' empty set: the codes without content, but for 1xx, which it does not list") {
    const std::set<int> no_content = registered_where([](status s) { return !hs::allows_content(s); });
    // 1xx responses have no content (RFC 9110 section 6.4.1); the peer's set is of final responses.
    const std::set<int> informational = registered_where([](status s) { return hs::is_informational(s); });
    CHECK(without(no_content, informational) == statuses_empty());
    // Framing: 205 is framed as usual (RFC 9112 section 6.3), so it is not in never_has_content.
    const std::set<int> framed_empty = registered_where([](status s) { return hs::never_has_content(s); });
    std::set<int> expected = informational;
    expected.insert({204, 304});
    CHECK(framed_empty == expected);
}

TEST_CASE("jshttp/statuses' retry set: ours adds the codes whose RFC says a resend may succeed") {
    const std::set<int> may_succeed = registered_where([](status s) {
        const retry advice = hs::retry_of(s);
        return advice == retry::yes || advice == retry::on_another_connection || advice == retry::if_idempotent;
    });
    // 408 (RFC 9110 section 15.5.9), 421 (section 15.5.20), 425 (RFC 8470 section 5.2) and 429 (RFC 6585
    // section 4) are answers the RFCs give; the peer's set leaves them out. 502 and 504 are for an idempotent
    // request only, which the peer's set does not say.
    CHECK(without(may_succeed, {408, 421, 425, 429}) == statuses_retry());
    CHECK(hs::retry_of(502) == retry::if_idempotent);
    CHECK(hs::retry_of(504) == retry::if_idempotent);
    CHECK(hs::retry_of(503) == retry::yes);
    CHECK(hs::retry_of(421) == retry::on_another_connection);
}

TEST_CASE("the redirects: followed, method kept, permanent") {
    CHECK(hs::follows_location(status::moved_permanently));
    CHECK_FALSE(hs::preserves_method(status::moved_permanently));
    CHECK(hs::is_permanent_redirect(status::moved_permanently));
    CHECK(hs::follows_location(status::found));
    CHECK_FALSE(hs::preserves_method(status::found));
    CHECK_FALSE(hs::is_permanent_redirect(status::found));
    CHECK(hs::follows_location(status::see_other));
    CHECK_FALSE(hs::preserves_method(status::see_other));
    CHECK(hs::follows_location(status::temporary_redirect));
    CHECK(hs::preserves_method(status::temporary_redirect));
    CHECK_FALSE(hs::is_permanent_redirect(status::temporary_redirect));
    CHECK(hs::follows_location(status::permanent_redirect));
    CHECK(hs::preserves_method(status::permanent_redirect));
    CHECK(hs::is_permanent_redirect(status::permanent_redirect));
    for (int code : {300, 304, 305, 306, 399, 200, 404}) CHECK_FALSE(hs::follows_location(code));
}

TEST_CASE("a redirect that keeps its method or is permanent is followed; 3xx take Retry-After") {
    for (int code = -1; code <= 1000; ++code) {
        INFO(code);
        if (hs::preserves_method(code) || hs::is_permanent_redirect(code)) REQUIRE(hs::follows_location(code));
        if (hs::follows_location(code)) REQUIRE(hs::retry_after_applies(code));
        if (hs::never_has_content(code)) REQUIRE_FALSE(hs::allows_content(code));
    }
}

TEST_CASE("to_any_status keeps every code 100-599; to_status the registered ones") {
    CHECK(hs::to_any_status(299) == static_cast<status>(299));
    CHECK_FALSE(hs::to_status(299).has_value());
    CHECK(hs::to_any_status(404) == hs::to_status(404));
    CHECK_FALSE(hs::to_any_status(99).has_value());
    CHECK_FALSE(hs::to_any_status(600).has_value());
    CHECK_FALSE(hs::to_any_status(0).has_value());
    CHECK_FALSE(hs::to_any_status(-200).has_value());
}

TEST_CASE("every registered code has its RFC section's address") {
    for (const hs::status_info& e : hs::all()) {
        INFO(e.value());
        const std::string url(hs::reference_url(e.code));
        CHECK(url.rfind("https://www.rfc-editor.org/rfc/rfc", 0) == 0);
        CHECK(url.find(".html#section-") != std::string::npos);
        CHECK(hs::reference_url(e.value()) == url);
        // The section in the address is the one the reference names, after the section sign.
        const std::string reference(e.reference);
        CHECK(url.substr(url.find("#section-") + 9) == reference.substr(reference.find("\xC2\xA7") + 2));
    }
    CHECK(hs::reference_url(418) == "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.19");
    CHECK(hs::reference_url(510) == "https://www.rfc-editor.org/rfc/rfc2774.html#section-7");
}
