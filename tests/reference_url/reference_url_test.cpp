// SPDX-License-Identifier: MIT
// reference_url of an entry of any table, at run time: one's own table's rows that cite an RFC
// section get its address as the registry's do; others get none.
#include "catch.hpp"

#include <httpstatus/httpstatus.hpp>

#include <string>
#include <string_view>

namespace hs = httpstatus;
using hs::status;

namespace {
constexpr hs::table own_codes{{
    {status{404}, "Not Found", "Our wording.",
     "RFC 9110 \xC2\xA7"
     "15.5.5"},
    {status{429}, "Too Many Requests", "Rate limited.", "RFC 6585, Section 4"},
    {status{499}, "Client Closed Request", "The client went away.", "nginx"},
    {status{520}, "Unknown Error", "The origin failed.",
     "RFC 9110 \xC2\xA7"
     "15.6.1 and Cloudflare"},
}};
}  // namespace

// Failed before 1.7: reference_url took a code, and answered for the registry's entry only.
TEST_CASE("an own table's entry that cites an RFC section has its address") {
    CHECK(hs::reference_url(own_codes[0]).view() == "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5");
    CHECK(hs::reference_url(*own_codes.find(429)).view() == "https://www.rfc-editor.org/rfc/rfc6585.html#section-4");
    STATIC_REQUIRE(hs::reference_url(own_codes[1]).view() == "https://www.rfc-editor.org/rfc/rfc6585.html#section-4");
}

TEST_CASE("an entry whose reference is not one RFC section has none") {
    CHECK(hs::reference_url(own_codes[2]).empty());
    CHECK(hs::reference_url(own_codes[3]).empty());
    CHECK(hs::reference_url(hs::status_info{}).view().empty());
}

TEST_CASE("a registry entry's address is reference_url of its code") {
    for (const hs::status_info& e : hs::all()) {
        INFO(e.value());
        CHECK(hs::reference_url(e).view() == hs::reference_url(e.code));
        CHECK(std::string(hs::reference_url(e).view()) == std::string(hs::reference_url(e.value())));
    }
}

TEST_CASE("the url is a value: copies keep their text") {
    hs::url copy;
    CHECK(copy.empty());
    {
        const hs::url made = hs::reference_url(own_codes[0]);
        copy = made;
    }
    CHECK(copy.view() == "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5");
    CHECK(copy.size() == copy.view().size());
}
