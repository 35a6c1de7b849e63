// SPDX-License-Identifier: MIT
// status_v, the _status literal, the compile-time checks behind them (run at run time too, so that
// coverage counts them), and a switch over status whose aliases take their row's case.
#include "catch.hpp"

#include <httpstatus/httpstatus.hpp>

#include <string_view>

namespace hs = httpstatus;
using hs::status;
using namespace hs::literals;

namespace {
// A switch over status: an alias is its row's value, so it takes no case of its own (a case for both
// would not compile: two cases with one value). No list of every code: a new code needs no case here.
std::string_view kind_of(status s) {
    switch (s) {
    case status::continue_: return "interim";
    case status::found: return "found";
    case status::content_too_large: return "too large";
    default: return hs::is_registered(s) ? "registered" : "unregistered";
    }
}
}  // namespace

TEST_CASE("status_v checks the code at compile time") {
    STATIC_REQUIRE(hs::status_v<404> == status::not_found);
    STATIC_REQUIRE(hs::status_v<100> == status::continue_);
    STATIC_REQUIRE(hs::status_v<511> == status::network_authentication_required);
    STATIC_REQUIRE(hs::status_v<413> == status::payload_too_large);
    // status_v<299>, status_v<999>: tests/registry/compile_fail
}

TEST_CASE("the _status literal checks the code at compile time") {
    STATIC_REQUIRE(404_status == status::not_found);
    STATIC_REQUIRE(200_status == status::ok);
    STATIC_REQUIRE(4'18_status == status::im_a_teapot);
    constexpr status teapot = 418_status;
    CHECK(hs::reason_phrase(teapot) == "(Unused)");
    // 999_status, 600_status, 299_status, 0x194_status: tests/registry/compile_fail
}

TEST_CASE("a switch over status takes an alias by its row's case; its default tells registered codes") {
    for (const auto& e : hs::all()) CHECK(kind_of(e.code) != "unregistered");
    CHECK(kind_of(status::continue_) == "interim");
    CHECK(kind_of(status::payload_too_large) == "too large");
    CHECK(kind_of(status::moved_temporarily) == "found");
    CHECK(kind_of(static_cast<status>(299)) == "unregistered");
    CHECK(kind_of(static_cast<status>(0)) == "unregistered");
}

// The literal's parser and the checked code behind status_v are templates that the tests above
// instantiate only in constant expressions, which gcov does not see; called here at run time too.
TEST_CASE("the literal's parser and the checked code also work at run time") {
    CHECK(hs::detail::decimal_literal_value<'4', '0', '4'>() == 404);
    CHECK(hs::detail::decimal_literal_value<'4', '\'', '1', '8'>() == 418);
    CHECK(hs::detail::decimal_literal_value<'1', '2', '3', '4'>() == 1000);
    CHECK(hs::detail::decimal_literal_value<'0', 'x', '1'>() == -1);
    CHECK(hs::detail::decimal_literal_value<'0'>() == 0);
    const status checked = hs::detail::checked_code<404>::value;
    CHECK(checked == status::not_found);
}
