// SPDX-License-Identifier: MIT
// from_name: registered names and aliases, in any case, with ' ', '_' and '-' alike.
#include "catch.hpp"

#include <httpstatus/httpstatus.hpp>

#include <string>
#include <string_view>

namespace hs = httpstatus;
using hs::status;

TEST_CASE("from_name finds every registered name but the ambiguous (Unused)") {
    for (const auto& e : hs::all()) {
        INFO(e.value() << ' ' << e.name);
        if (e.is_unused()) {
            CHECK_FALSE(hs::from_name(e.name).has_value());
        } else {
            CHECK(hs::from_name(e.name) == e.code);
        }
    }
}

TEST_CASE("from_name finds every alias") {
    int aliases = 0;
    for (const auto& e : hs::all()) {
        for (std::string_view alias : e.aliases) {
            INFO(alias);
            CHECK(hs::from_name(alias) == e.code);
            ++aliases;
        }
    }
    CHECK(aliases == 11);
    CHECK(hs::from_name("Payload Too Large") == status::content_too_large);
    CHECK(hs::from_name("Unprocessable Entity") == status::unprocessable_content);
    CHECK(hs::from_name("I'm a teapot") == status::unused_418);
    CHECK(hs::from_name("Moved Temporarily") == status::found);
    CHECK(hs::from_name("Switch Proxy") == status::unused_306);
    CHECK(hs::from_name("Request Time-out") == status::request_timeout);
}

TEST_CASE("from_name ignores ASCII case, treats space, underscore and hyphen alike, skips apostrophes") {
    CHECK(hs::from_name("not found") == status::not_found);
    CHECK(hs::from_name("NOT_FOUND") == status::not_found);
    CHECK(hs::from_name("Not-Found") == status::not_found);
    CHECK(hs::from_name("nOt FoUnD") == status::not_found);
    CHECK(hs::from_name("im_a_teapot") == status::unused_418);
    CHECK(hs::from_name("IM A TEAPOT") == status::unused_418);
    CHECK(hs::from_name("i'm_a_teapot") == status::unused_418);
    CHECK(hs::from_name("non_authoritative_information") == status::non_authoritative_information);
    CHECK(hs::from_name("Non Authoritative Information") == status::non_authoritative_information);
    CHECK(hs::from_name("multi_status") == status::multi_status);
    CHECK(hs::from_name("request_uri_too_long") == status::uri_too_long);
    CHECK(hs::from_name("ok") == status::ok);
    CHECK(hs::from_name("im_used") == status::im_used);
    CHECK(hs::from_name("http_version_not_supported") == status::http_version_not_supported);
    STATIC_REQUIRE(hs::from_name("gone") == status::gone);
}

TEST_CASE("from_name gives nullopt for unknown, partial, padded and ambiguous names") {
    const char* const bad[] = {"",           "(Unused)",   "(unused)",   "unused",     "Not",
                               "Not Found ", " Not Found", "NotFound",   "Not  Found", "Not Found!",
                               "404",        "not_found_", "teapot",     "Ok.",        "continue_",
                               "'",          "''",         "Not\tFound", "Continue\n"};
    for (const char* name : bad) {
        INFO('"' << name << '"');
        CHECK_FALSE(hs::from_name(name).has_value());
    }
    // A NUL inside the name is a character like any other, not an end.
    CHECK_FALSE(hs::from_name(std::string_view("Not Found\0", 10)).has_value());
    CHECK_FALSE(hs::from_name(std::string_view("Not\0Found", 9)).has_value());
}

TEST_CASE("from_name reads a view without a terminating NUL") {
    const std::string buffer = "xNot Foundx";
    CHECK(hs::from_name(std::string_view(buffer).substr(1, 9)) == status::not_found);
}

TEST_CASE("from_name reads every enumerator's spelling but the ones the rule changes") {
    for (const auto& e : hs::all()) {
        const std::string_view enumerator = hs::enumerator_name(e.code);
        INFO(enumerator);
        if (e.is_unused() || e.code == status::continue_) {
            // unused_306, unused_418 and continue_ are not names; "(Unused)" and "Continue" are.
            CHECK_FALSE(hs::from_name(enumerator).has_value());
        } else {
            CHECK(hs::from_name(enumerator) == e.code);
        }
    }
}
