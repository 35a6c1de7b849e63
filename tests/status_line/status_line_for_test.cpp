// SPDX-License-Identifier: MIT
// status_line_for: the whole status line a server sends, "HTTP/1.1 404 Not Found\r\n", from static storage.
#include "catch.hpp"

#include <httpstatus/status_line.hpp>

#include <climits>
#include <cstring>
#include <string>
#include <string_view>

namespace hs = httpstatus;
using hs::status;

TEST_CASE("status_line_for(404) is the whole line, CRLF included", "[status_line_for]") {
    CHECK(hs::status_line_for(404) == "HTTP/1.1 404 Not Found\r\n");
    CHECK(hs::status_line_for(status::not_found) == "HTTP/1.1 404 Not Found\r\n");
    CHECK(hs::status_line_for(200) == "HTTP/1.1 200 OK\r\n");
    CHECK(hs::status_line_for(status::network_authentication_required) ==
          "HTTP/1.1 511 Network Authentication Required\r\n");
}

TEST_CASE("every code 100-599 is the version, the code, a space, reason_phrase and CRLF", "[status_line_for]") {
    for (int code = 100; code <= 599; ++code) {
        const std::string expected =
            "HTTP/1.1 " + std::to_string(code) + ' ' + std::string(hs::reason_phrase(code)) + "\r\n";
        INFO(code);
        CHECK(hs::status_line_for(code) == expected);
        CHECK(hs::status_line_for(static_cast<status>(code)) == expected);
    }
}

TEST_CASE("an unregistered code keeps the space after it", "[status_line_for]") {
    CHECK(hs::status_line_for(299) == "HTTP/1.1 299 \r\n");
    CHECK(hs::status_line_for(status{599}) == "HTTP/1.1 599 \r\n");
    CHECK(hs::parse_status_line("HTTP/1.1 299 ").has_value());  // the line without its CRLF reads back
}

TEST_CASE("any value outside 100-599 gives an empty view", "[status_line_for]") {
    for (int bad : {99, 600, -1, 0, 65535, 999, 1000, INT_MIN, INT_MAX}) {
        INFO(bad);
        CHECK(hs::status_line_for(bad).empty());
    }
    CHECK(hs::status_line_for(static_cast<status>(700)).empty());
    CHECK(hs::status_line_for(status{}).empty());
}

TEST_CASE("the line is in static storage: the same bytes on every call, one after another", "[status_line_for]") {
    const std::string_view first = hs::status_line_for(404);
    CHECK(hs::status_line_for(404).data() == first.data());
    CHECK(hs::status_line_for(status::not_found).data() == first.data());
    // The lines are one text: 404's ends where 405's begins.
    CHECK(first.data() + first.size() == hs::status_line_for(405).data());
    constexpr std::string_view at_compile_time = hs::status_line_for(404);
    CHECK(at_compile_time.data() == first.data());
}

TEST_CASE("a server writes the line with one copy, and a client reads it back", "[status_line_for]") {
    char response[128];
    const std::string_view line = hs::status_line_for(503);
    std::memcpy(response, line.data(), line.size());
    const std::string_view written(response, line.size());
    CHECK(written == "HTTP/1.1 503 Service Unavailable\r\n");
    const auto read = hs::parse_status_line(written.substr(0, written.find("\r\n")));
    REQUIRE(read.has_value());
    CHECK(read->code == status::service_unavailable);
    CHECK(read->reason_phrase == hs::reason_phrase(503));
}
