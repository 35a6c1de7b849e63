// SPDX-License-Identifier: MIT
// The command's text helpers: lines fitted to a width (fit_width.hpp), what the user typed made
// safe to echo in a message (printable.hpp), and a code's header field rules and HTTP/2 facts in
// words (code_facts.hpp).
#include "catch.hpp"

#include <code_facts.hpp>
#include <fit_width.hpp>
#include <printable.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

using httpstatus_command::columns_of;
using httpstatus_command::cut_to_width;
using httpstatus_command::printable;
using httpstatus_command::shell_word;
using httpstatus_command::wrapped;

TEST_CASE("columns_of counts characters, not bytes") {
    CHECK(columns_of("") == 0);
    CHECK(columns_of("RFC 9110 \xC2\xA7"
                     "15.5.5") == 16);
    CHECK(columns_of("\xE2\x80\xA6") == 1);
}

TEST_CASE("cut_to_width keeps a line that fits and ends a longer one in an ellipsis") {
    CHECK(cut_to_width("404 Not Found", 13) == "404 Not Found");
    CHECK(cut_to_width("404 Not Found", 12) == "404 Not Fou\xE2\x80\xA6");
    CHECK(columns_of(cut_to_width("404 Not Found", 12)) == 12);
    CHECK(cut_to_width("404 Not Found", 1) == "\xE2\x80\xA6");
    CHECK(cut_to_width("404 Not Found", 0).empty());
    // Never in the middle of a character.
    CHECK(cut_to_width("\xC2\xA7\xC2\xA7\xC2\xA7", 2) == "\xC2\xA7\xE2\x80\xA6");
}

TEST_CASE("wrapped breaks at spaces within the width, indenting the lines after the first") {
    CHECK(wrapped("one two three", 2, 20) == "one two three\n");
    CHECK(wrapped("one two three", 2, 10) == "one two\n  three\n");
    CHECK(wrapped("one two three", 2, 9) == "one two\n  three\n");
    CHECK(wrapped("one two three", 2, 8) == "one\n  two\n  three\n");
    // A word longer than a line is broken where the line ends.
    CHECK(wrapped("abcdefghij", 2, 6) == "abcd\n  efgh\n  ij\n");
    // No room after the indent: the text as it is.
    CHECK(wrapped("one two", 16, 16) == "one two\n");
}

TEST_CASE("wrapped keeps a reference whole: RFC, its number and its section") {
    CHECK(wrapped("part (RFC 9110 \xC2\xA7"
                  "15.3.7.1)",
                  2, 22) == "part\n  (RFC 9110 \xC2\xA7"
                            "15.3.7.1)\n");
    CHECK(wrapped("part (RFC 9110 \xC2\xA7"
                  "15.3.7.1)",
                  2, 18) == "part\n  (RFC 9110 \xC2\xA7"
                            "15.3.\n  7.1)\n");
}

TEST_CASE("printable keeps printable UTF-8 and escapes every other byte as \\xHH") {
    CHECK(printable("not found") == "not found");
    CHECK(printable("caf\xC3\xA9 \xC2\xA7") == "caf\xC3\xA9 \xC2\xA7");
    CHECK(printable("a\tb\nc") == "a\\x09b\\x0ac");
    CHECK(printable("\x1B[31m") == "\\x1b[31m");
    CHECK(printable("\x7F") == "\\x7f");
    CHECK(printable("\xC2\x85") == "\\xc2\\x85");                    // NEL, a C1 control
    CHECK(printable("\xFF") == "\\xff");                             // never in UTF-8
    CHECK(printable("\xC3") == "\\xc3");                             // cut short
    CHECK(printable("\xC0\xAF") == "\\xc0\\xaf");                    // overlong "/"
    CHECK(printable("\xED\xA0\x80") == "\\xed\\xa0\\x80");           // a surrogate
    CHECK(printable("\xF4\x90\x80\x80") == "\\xf4\\x90\\x80\\x80");  // above U+10FFFF
    CHECK(printable("\xF0\x9F\x98\x80") == "\xF0\x9F\x98\x80");      // U+1F600
    CHECK(printable("a\\b") == "a\\\\b");
    CHECK(printable(std::string_view("\0", 1)) == "\\x00");
}

TEST_CASE("shell_word leaves a plain word as it is and quotes any other for a POSIX shell") {
    CHECK(shell_word("404") == "404");
    CHECK(shell_word("not_found") == "not_found");
    CHECK(shell_word("5xx") == "5xx");
    CHECK(shell_word("client error") == "'client error'");
    CHECK(shell_word("i'm a teapot") == "'i'\\''m a teapot'");
    CHECK(shell_word("$HOME") == "'$HOME'");
    CHECK(shell_word("") == "''");
    CHECK(shell_word("\x1b[31m") == "'\\x1b[31m'");  // printable()'s text, quoted
}

namespace {

// Each rule line of a code as the entry view shows it: "Must send: Allow (RFC 9110 \xC2\xA715.5.6)".
std::vector<std::string> rule_lines(int code) {
    std::vector<std::string> lines;
    for (const httpstatus_command::rule_line& line : httpstatus_command::rule_lines_of(code))
        lines.push_back(httpstatus_command::labelled(line));
    return lines;
}

// A line of a rule of RFC 9110: "Must send: Allow" and "15.5.6" give "Must send: Allow (RFC 9110 §15.5.6)".
std::string rfc9110_line(std::string_view rule, std::string_view section) {
    return std::string(rule) + " (RFC 9110 \xC2\xA7" + std::string(section) + ")";
}

std::string date_rule() { return rfc9110_line("Must send: Date, from an origin server with a clock", "6.6.1"); }

std::string connect_rule() {
    return rfc9110_line("Must not send: Content-Length and Transfer-Encoding, in a response to CONNECT", "9.3.6");
}

}  // namespace

TEST_CASE("a code's own rule comes first, then its class's") {
    CHECK(rule_lines(405) == std::vector<std::string>{rfc9110_line("Must send: Allow", "15.5.6"), date_rule()});
}

TEST_CASE("a code without rules of its own has its class's") {
    CHECK(rule_lines(404) == std::vector<std::string>{date_rule()});
    // Not registered: its class's rules all the same.
    CHECK(rule_lines(299) == std::vector<std::string>{date_rule(), connect_rule()});
    CHECK(rule_lines(599) ==
          std::vector<std::string>{rfc9110_line("May send: Date, from an origin server with a clock", "6.6.1")});
    CHECK(rule_lines(99).empty());
    CHECK(rule_lines(600).empty());
}

TEST_CASE("rules of one sentence share a line, MUST before MUST NOT before MAY") {
    // 206 has 12 rules, from 6 sentences.
    CHECK(rule_lines(206) ==
          std::vector<std::string>{
              rfc9110_line("Must send: Content-Range, when the content is one part", "15.3.7.1"),
              rfc9110_line("Must send: Content-Type, when the content is multipart/byteranges", "15.3.7.2"),
              rfc9110_line("Must send: Date, Cache-Control, ETag, Expires, Content-Location and Vary, when a 200 to "
                           "the same request would carry it",
                           "15.3.7"),
              date_rule(),
              rfc9110_line("Must not send: Content-Range, when the content is multipart/byteranges", "15.3.7.2"),
              connect_rule(),
          });
    const std::vector<std::string> not_modified = rule_lines(304);
    REQUIRE(not_modified.size() == 4);
    CHECK(not_modified[2] ==
          rfc9110_line("May send: Content-Length, when a 200 to the same request would carry it", "8.6"));
    CHECK(not_modified[3] == rfc9110_line("May send: Retry-After", "10.2.3"));
}

TEST_CASE("each level is said as a verb") {
    using httpstatus::requirement;
    CHECK(httpstatus_command::send_verb(requirement::must) == "Must send");
    CHECK(httpstatus_command::send_verb(requirement::must_not) == "Must not send");
    CHECK(httpstatus_command::send_verb(requirement::should) == "Should send");
    CHECK(httpstatus_command::send_verb(requirement::should_not) == "Should not send");
    CHECK(httpstatus_command::send_verb(requirement::may) == "May send");
    CHECK(httpstatus_command::send_verb(static_cast<requirement>(99)).empty());
}

TEST_CASE("a section's address is the one reference_url gives for it") {
    CHECK(httpstatus_command::section_address("RFC 9110 \xC2\xA7"
                                              "15.5.6") ==
          "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6");
    CHECK(httpstatus_command::section_address("RFC 8297 \xC2\xA7"
                                              "2") == "https://www.rfc-editor.org/rfc/rfc8297.html#section-2");
    CHECK(httpstatus_command::section_address("nginx").empty());
}

TEST_CASE("101 says that HTTP/2 and HTTP/3 cannot carry it; other codes say nothing of versions") {
    const auto versions_of = [](httpstatus::status code) {
        std::vector<std::string> found;
        for (const httpstatus_command::code_fact& fact : httpstatus_command::facts_of(code))
            if (fact.label.find("HTTP/") != std::string::npos) found.push_back(httpstatus_command::labelled(fact));
        return found;
    };
    CHECK(versions_of(httpstatus::status::switching_protocols) ==
          std::vector<std::string>{"HTTP/2, HTTP/3: not sent (RFC 9113 \xC2\xA7"
                                   "8.6, RFC 9114 \xC2\xA7"
                                   "4.5)"});
    for (const httpstatus::status_info& e : httpstatus::all()) {
        if (e.code == httpstatus::status::switching_protocols) continue;
        INFO(e.value());
        CHECK(versions_of(e.code).empty());
    }
}
