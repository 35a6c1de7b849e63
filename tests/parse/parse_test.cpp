// SPDX-License-Identifier: MIT
// parse: a status line's code, with or without its reason phrase.
#include "catch.hpp"

#include <httpstatus/httpstatus.hpp>

#include <string>
#include <string_view>

namespace hs = httpstatus;
using hs::status;

TEST_CASE("parse reads three digits, alone or before one space and a phrase") {
    CHECK(hs::parse("404") == status::not_found);
    CHECK(hs::parse("404 Not Found") == status::not_found);
    CHECK(hs::parse("404 Anything at all") == status::not_found);
    CHECK(hs::parse("404 ") == status::not_found);  // RFC 9112: the reason phrase may be empty
    CHECK(hs::parse("200 OK") == status::ok);
    CHECK(hs::parse("100") == status::continue_);
    CHECK(hs::parse("599") == static_cast<status>(599));
    STATIC_REQUIRE(hs::parse("418 I'm a teapot") == status::im_a_teapot);
}

TEST_CASE("parse accepts unregistered codes in 100-599") {
    CHECK(hs::parse("299 Whatever") == static_cast<status>(299));
    CHECK(hs::parse("499") == static_cast<status>(499));
    const auto parsed = hs::parse("299");
    REQUIRE(parsed.has_value());
    CHECK_FALSE(hs::is_registered(*parsed));
    CHECK(hs::is_successful(*parsed));
}

TEST_CASE("parse accepts every code 100-599 and nothing else of three digits") {
    for (int code = 0; code <= 999; ++code) {
        std::string text = std::to_string(code);
        text.insert(0, 3 - text.size(), '0');
        const auto parsed = hs::parse(text);
        if (code >= 100 && code <= 599) {
            REQUIRE(parsed == static_cast<status>(code));
        } else {
            REQUIRE_FALSE(parsed.has_value());
        }
    }
}

TEST_CASE("parse gives nullopt for everything else") {
    const char* const bad[] = {"",      "4",       "40",    "4040", " 404", "+404", "-404", "404x",
                               "404\t", "404\r\n", "404\n", "099",  "600",  "999",  "000",  "4 4",
                               "40 4",  "x404",    "four",  "404_", "٤٠٤",  "0404", "1e2",  "404  "};
    for (const char* text : bad) {
        INFO('"' << text << '"');
        if (std::string_view(text) == "404  ") {
            // One space, then a phrase that happens to start with a space: still a valid tail.
            CHECK(hs::parse(text) == status::not_found);
            continue;
        }
        CHECK_FALSE(hs::parse(text).has_value());
    }
}

TEST_CASE("parse stops at an embedded NUL inside the code, and reads views without one") {
    CHECK_FALSE(hs::parse(std::string_view("4\0"
                                           "4",
                                           3))
                    .has_value());
    CHECK_FALSE(hs::parse(std::string_view("40\0", 3)).has_value());
    CHECK_FALSE(hs::parse(std::string_view("404\0", 4)).has_value());
    CHECK_FALSE(hs::parse(std::string_view("404 \0", 5)).has_value());  // a NUL is no reason-phrase byte
    const std::string buffer = "x404x";
    CHECK(hs::parse(std::string_view(buffer).substr(1, 3)) == status::not_found);
}

TEST_CASE("the reason phrase is HTAB, SP, VCHAR and obs-text: a control character gives nullopt") {
    CHECK(hs::parse("200 OK\tfine") == status::ok);
    CHECK(hs::parse("200 \xC3\x89tat") == status::ok);  // obs-text: bytes 0x80-0xFF, UTF-8 or not
    CHECK(hs::parse("200 \xFF") == status::ok);
    // Response splitting: a CR or LF would end the status line and start a header field.
    CHECK_FALSE(hs::parse("200 OK\r\nSet-Cookie: a=b").has_value());
    CHECK_FALSE(hs::parse("200 OK\n").has_value());
    CHECK_FALSE(hs::parse("200 OK\r").has_value());
    CHECK_FALSE(hs::parse("200 \x01").has_value());
    CHECK_FALSE(hs::parse("200 \x7f").has_value());
    CHECK_FALSE(hs::parse("200 \x1b[31m").has_value());
    CHECK_FALSE(hs::parse(std::string_view("200 OK\0more", 11)).has_value());
}
