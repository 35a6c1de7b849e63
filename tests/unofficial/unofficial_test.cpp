// SPDX-License-Identifier: MIT
// httpstatus/unofficial.hpp: the opt-in table of codes outside the registry.
#include "catch.hpp"

#include <httpstatus/unofficial.hpp>

#include <string_view>
#include <vector>

namespace hs = httpstatus;
namespace un = httpstatus::unofficial;
using hs::status;

TEST_CASE("the unofficial table holds the widely seen vendor codes, each with its source") {
    const std::vector<int> expected = {419, 420, 444, 494, 495, 496, 497, 498, 499, 509, 520,
                                       521, 522, 523, 524, 525, 526, 527, 530, 598, 599};
    std::vector<int> codes;
    for (const auto& e : un::all()) {
        codes.push_back(e.value());
        INFO(e.value());
        CHECK_FALSE(e.name.empty());
        CHECK_FALSE(e.reference.empty());
        CHECK_FALSE(e.description.empty());
        CHECK(static_cast<int>(e.class_) == e.value() / 100);
        CHECK_FALSE(hs::is_registered(e.value()));
    }
    CHECK(codes == expected);
    CHECK(un::find(499)->reference == "nginx");
    CHECK(un::find(520)->reference == "Cloudflare");
    CHECK(un::find(419)->reference == "Laravel");
    CHECK(un::find(420)->reference == "Twitter API v1");
    CHECK(un::find(509)->reference == "Apache (mod_bw), cPanel");
    CHECK(un::find(598)->reference == "network proxies (Microsoft)");
}

TEST_CASE("no unofficial code is registered") {
    CHECK(hs::detail::none_registered(un::all()));
    CHECK_FALSE(hs::detail::none_registered(hs::all()));
    CHECK(hs::detail::none_registered(hs::entry_span{nullptr, 0}));
}

TEST_CASE("the unofficial table, rebuilt at run time, keeps the rules") {
    // Its constructor checks every table rule when the program runs (table_test.cpp does the same for
    // the registry), as the compiler did for the constant.
    hs::status_info rows[un::codes.size()];
    std::size_t i = 0;
    for (const hs::status_info& row : un::codes) rows[i++] = row;
    const hs::table rebuilt{rows};
    CHECK(rebuilt.size() == un::all().size());
    CHECK(rebuilt.find(499)->name == "Client Closed Request");
    CHECK(rebuilt.from_name("enhance your calm") == static_cast<status>(420));
}

TEST_CASE("418 stays in the registry as an alias of (Unused)") {
    CHECK(un::find(418) == nullptr);
    CHECK(hs::find(418)->aliases[0] == "I'm a teapot");
    CHECK_FALSE(un::from_name("I'm a teapot").has_value());
}

TEST_CASE("the core lookups never fall back to the unofficial table") {
    CHECK(hs::find(499) == nullptr);
    CHECK(hs::reason_phrase(499).empty());
    CHECK_FALSE(hs::to_status(520).has_value());
    CHECK_FALSE(hs::from_name("Client Closed Request").has_value());
    CHECK(hs::search("cloudflare").empty());
    CHECK(hs::search("Enhance").empty());
}

TEST_CASE("the unofficial lookups answer for unofficial codes only") {
    CHECK(un::find(499)->name == "Client Closed Request");
    CHECK(un::find(static_cast<status>(444))->name == "No Response");
    CHECK(un::find(404) == nullptr);
    CHECK(un::find(-1) == nullptr);
    CHECK(un::find(99999) == nullptr);
    CHECK(un::is_unofficial(420));
    CHECK_FALSE(un::is_unofficial(status::not_found));
    CHECK(un::reason_phrase(520) == "Web Server Returned an Unknown Error");
    CHECK(un::reason_phrase(status::not_found).empty());
    CHECK(un::description(599).find("proxies") != std::string_view::npos);
    CHECK(un::description(200).empty());
    CHECK(un::description(static_cast<status>(599)) == un::description(599));
    CHECK(un::description(status::not_found).empty());
    CHECK(un::from_name("client_closed_request") == static_cast<status>(499));
    CHECK(un::from_name("ENHANCE YOUR CALM") == static_cast<status>(420));
    CHECK_FALSE(un::from_name("Not Found").has_value());
    CHECK(un::search("timeout").size() == 3);
    CHECK(un::search("52").size() == 8);
    CHECK(un::search("ssl").size() == 4);
    CHECK(un::search("").size() == un::all().size());
    STATIC_REQUIRE(un::is_unofficial(499));  // not find(499) != nullptr: see docs/api.md on GCC's UBSan
    STATIC_REQUIRE(un::search("calm")[0].value() == 420);
}

TEST_CASE("find_any tries the registry first, then the unofficial table, and says which it used") {
    CHECK(un::find_any(404) == hs::find(404));
    CHECK(un::find_any(499) == un::find(499));
    CHECK(un::find_any(static_cast<status>(520)) == un::find(520));
    CHECK(un::find_any(299) == nullptr);
    CHECK(un::reason_phrase_any(404) == "Not Found");
    CHECK(un::reason_phrase_any(499) == "Client Closed Request");
    CHECK(un::reason_phrase_any(static_cast<status>(299)).empty());
    // Which table answered is visible: a registry entry lives in hs::all(), an unofficial one in un::all().
    const hs::status_info* e = un::find_any(499);
    CHECK(e >= un::all().begin());
    CHECK(e < un::all().end());
}
