// SPDX-License-Identifier: MIT
// What curl prints, cut into response heads (httpstatus-command/response_heads.hpp), the input of
// `httpstatus --check`.
#include "catch.hpp"

#include <response_heads.hpp>

#include <string>
#include <string_view>
#include <vector>

using httpstatus_command::begins_head;
using httpstatus_command::response_heads;

namespace {

using heads = std::vector<std::string_view>;

}  // namespace

TEST_CASE("begins_head: \"HTTP/\" and a digit, whatever the rest of the line") {
    CHECK(begins_head("HTTP/1.1 200 OK\r\n"));
    CHECK(begins_head("HTTP/2 200 \r\n"));
    CHECK(begins_head("HTTP/3 404"));
    // Broken status lines are the checker's to report, so they begin a head.
    CHECK(begins_head("HTTP/1.1 299"));
    CHECK(begins_head("HTTP/9"));
    CHECK_FALSE(begins_head(""));
    CHECK_FALSE(begins_head("HTTP/"));
    CHECK_FALSE(begins_head("http/1.1 200 OK"));
    CHECK_FALSE(begins_head(" HTTP/1.1 200 OK"));
    CHECK_FALSE(begins_head("HTTP/x"));
    CHECK_FALSE(begins_head("{\"status\": 200}"));
}

TEST_CASE("curl -sI: one head, CRLF, ended by an empty line") {
    const std::string_view input =
        "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nDate: Thu, 03 Dec 2026 18:00:00 GMT\r\n\r\n";
    CHECK(response_heads(input) == heads{input});
}

TEST_CASE("a head with LF line ends, or without its final empty line, is read to its end") {
    CHECK(response_heads("HTTP/1.1 204 No Content\nDate: x\n\n") == heads{"HTTP/1.1 204 No Content\nDate: x\n\n"});
    CHECK(response_heads("HTTP/1.1 204 No Content\r\nDate: x\r\n") == heads{"HTTP/1.1 204 No Content\r\nDate: x\r\n"});
    CHECK(response_heads("HTTP/1.1 204 No Content") == heads{"HTTP/1.1 204 No Content"});
}

TEST_CASE("curl -sIL: each head of a redirect chain, whatever Content-Length says (HEAD has no body)") {
    const std::string_view redirect = "HTTP/1.1 301 Moved Permanently\r\nLocation: /b\r\nContent-Length: 20\r\n\r\n";
    const std::string_view found = "HTTP/1.1 200 OK\r\nContent-Length: 12\r\n\r\n";
    CHECK(response_heads(std::string(redirect) + std::string(found)) == heads{redirect, found});
}

TEST_CASE("HTTP/2 and HTTP/3 heads as curl prints them, and interim 1xx heads") {
    const std::string_view early = "HTTP/2 103 \r\nlink: </style.css>; rel=preload\r\n\r\n";
    const std::string_view ok = "HTTP/2 200 \r\ncontent-type: text/html\r\n\r\n";
    CHECK(response_heads(std::string(early) + std::string(ok)) == heads{early, ok});
    const std::string_view continue_ = "HTTP/1.1 100 Continue\r\n\r\n";
    const std::string_view created = "HTTP/1.1 201 Created\r\nLocation: /x\r\n\r\n";
    CHECK(response_heads(std::string(continue_) + std::string(created)) == heads{continue_, created});
}

TEST_CASE("curl -si: the body after a head is skipped by its Content-Length") {
    const std::string_view head = "HTTP/1.1 200 OK\r\nContent-Length: 30\r\n\r\n";
    // A body whose second line begins like a status line: its length says it is the body's.
    const std::string body = "hello\nHTTP/1.1 500 Not a head\n";
    REQUIRE(body.size() == 30);
    CHECK(response_heads(std::string(head) + body) == heads{head});
    // The name in any case, and a body with no line end.
    const std::string_view lower = "HTTP/1.1 200 OK\r\ncontent-length:  3 \r\n\r\n";
    const std::string_view next = "HTTP/1.1 404 Not Found\r\n\r\n";
    CHECK(response_heads(std::string(lower) + "abc" + std::string(next)) == heads{lower, next});
}

TEST_CASE("curl -siL: each head, its body skipped, to the next head") {
    const std::string_view redirect = "HTTP/1.1 302 Found\r\nLocation: /b\r\nContent-Length: 9\r\n\r\n";
    const std::string_view found = "HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\n";
    const std::string input = std::string(redirect) + "moved on\n" + std::string(found) + "done.\n";
    CHECK(response_heads(input) == heads{redirect, found});
}

TEST_CASE("a body without a Content-Length (chunked, which curl decodes, or to the end) runs to the next head") {
    const std::string_view chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
    const std::string_view next = "HTTP/1.1 404 Not Found\r\n\r\n";
    CHECK(response_heads(std::string(chunked) + "line one\nline two\n" + std::string(next)) == heads{chunked, next});
    CHECK(response_heads(std::string(chunked) + "to the end") == heads{chunked});
    // A Content-Length that the bytes do not bear out (too long, or not followed by a head) is not
    // trusted: the body runs to the next head.
    const std::string_view wrong = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n";
    CHECK(response_heads(std::string(wrong) + "four\n" + std::string(next)) == heads{wrong, next});
    const std::string_view too_long = "HTTP/1.1 200 OK\r\nContent-Length: 999\r\n\r\n";
    CHECK(response_heads(std::string(too_long) + "four\n" + std::string(next)) == heads{too_long, next});
}

TEST_CASE("input that does not begin with a head has none") {
    CHECK(response_heads("").empty());
    CHECK(response_heads("{\"status\": 404}\n").empty());
    CHECK(response_heads("<!DOCTYPE html>\nHTTP/1.1 200 OK\r\n\r\n").empty());
    CHECK(response_heads("\r\nHTTP/1.1 200 OK\r\n\r\n").empty());
    CHECK(response_heads("404 Not Found\n").empty());
}
