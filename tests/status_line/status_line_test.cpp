// SPDX-License-Identifier: MIT
// parse_status_line: a response's whole status line, strict to RFC 9112 section 4.
#include "catch.hpp"

#include <httpstatus/status_line.hpp>

#include <string>
#include <string_view>

namespace hs = httpstatus;
using hs::status;

TEST_CASE("parse_status_line reads the version, the code and the phrase") {
    const auto line = hs::parse_status_line("HTTP/1.1 404 Not Found");
    REQUIRE(line.has_value());
    CHECK(line->version_major == 1);
    CHECK(line->version_minor == 1);
    CHECK(line->code == status::not_found);
    CHECK(line->reason_phrase == "Not Found");
}

TEST_CASE("parse(\"HTTP/1.1 200 OK\") is nullopt; parse_status_line reads it") {
    // The friction of issue 23: parse() reads only what follows the version.
    CHECK_FALSE(hs::parse("HTTP/1.1 200 OK").has_value());
    REQUIRE(hs::parse_status_line("HTTP/1.1 200 OK").has_value());
    CHECK(hs::parse_status_line("HTTP/1.1 200 OK")->code == status::ok);
}

TEST_CASE("the space after the code is required, the phrase is not") {
    REQUIRE(hs::parse_status_line("HTTP/1.1 299 ").has_value());
    CHECK(hs::parse_status_line("HTTP/1.1 299 ")->code == status{299});
    CHECK(hs::parse_status_line("HTTP/1.1 299 ")->reason_phrase.empty());
    CHECK_FALSE(hs::parse_status_line("HTTP/1.1 299").has_value());
}

TEST_CASE("the reason phrase is a view into the line") {
    const std::string text = "HTTP/1.0 503 Busy, try later";
    const auto line = hs::parse_status_line(text);
    REQUIRE(line.has_value());
    CHECK(line->reason_phrase.data() == text.data() + 13);
    CHECK(line->reason_phrase.size() == text.size() - 13);
}

TEST_CASE("a line read from a longer buffer is the view's, not the buffer's") {
    const std::string buffer = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n";
    const std::string_view line = std::string_view(buffer).substr(0, buffer.find("\r\n"));
    REQUIRE(hs::parse_status_line(line).has_value());
    CHECK(hs::parse_status_line(line)->reason_phrase == "OK");
    CHECK_FALSE(hs::parse_status_line(std::string_view(buffer).substr(0, buffer.find('\n'))).has_value());
}

TEST_CASE("parse_status_line refuses what is not a status line") {
    for (std::string_view bad :
         {"", "HTTP/1.1", "HTTP/1.1 ", "HTTP/1.1 200", "http/1.1 200 OK", "HTTP/11 200 OK", " HTTP/1.1 200 OK",
          "HTTP/1.1  200 OK", "HTTP/1.1 200\tOK", "HTTP/1.1\t200 OK", "HTTP/1.1 600 X", "HTTP/1.1 099 X",
          "HTTP/1.1 200 OK\r\n", "HTTP/1.1 200 OK\n", "HTTP/1.x 200 OK", "HTTP/1.1 20x OK", " 200 OK", "200 OK"}) {
        INFO(std::string(bad));
        CHECK_FALSE(hs::parse_status_line(bad).has_value());
    }
}

TEST_CASE("every code 100-599 and every version digit parse; the code agrees with parse()") {
    for (int code = 0; code <= 999; ++code) {
        std::string digits = std::to_string(code);
        digits.insert(0, 3 - digits.size(), '0');
        const auto line = hs::parse_status_line("HTTP/1.1 " + digits + " X");
        INFO(digits);
        CHECK(line.has_value() == hs::parse(digits + " X").has_value());
        if (line) CHECK(line->code == *hs::parse(digits));
    }
    for (char major = '0'; major <= '9'; ++major)
        for (char minor = '0'; minor <= '9'; ++minor) {
            const auto line = hs::parse_status_line(std::string("HTTP/") + major + '.' + minor + " 200 OK");
            REQUIRE(line.has_value());
            CHECK(line->version_major == major - '0');
            CHECK(line->version_minor == minor - '0');
        }
}

TEST_CASE("every byte in the phrase is accepted exactly when parse() accepts it") {
    for (int byte = 0; byte < 256; ++byte) {
        const std::string phrase(1, static_cast<char>(byte));
        INFO(byte);
        CHECK(hs::parse_status_line("HTTP/1.1 200 " + phrase).has_value() == hs::parse("200 " + phrase).has_value());
    }
}
