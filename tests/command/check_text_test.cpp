// SPDX-License-Identifier: MIT
// `httpstatus --check` without the process: the exit status of an input (check_input.hpp) and the
// words of a report (check_text.hpp).
#include "catch.hpp"

#include <check_input.hpp>
#include <check_text.hpp>

#include <httpstatus/check.hpp>

#include <string>
#include <string_view>

using httpstatus_command::check_input;
using httpstatus_command::condition_of;
using httpstatus_command::finding_text;
using httpstatus_command::kind_of;
using httpstatus_command::report_text;

namespace {

constexpr std::string_view ok = "HTTP/1.1 200 OK\r\nDate: Thu, 03 Dec 2026 18:00:00 GMT\r\n\r\n";
constexpr std::string_view no_allow = "HTTP/1.1 405 Method Not Allowed\r\nDate: Thu, 03 Dec 2026 18:00:00 GMT\r\n\r\n";

}  // namespace

TEST_CASE("check_input: 0 when every response conforms, 1 when one does not") {
    CHECK(check_input(ok, "").exit_status == 0);
    CHECK(check_input(no_allow, "").exit_status == 1);
    const auto chain = check_input(std::string(ok) + std::string(no_allow), "");
    CHECK(chain.exit_status == 1);
    REQUIRE(chain.reports.size() == 2);
    CHECK(chain.reports[0].code() == 200);
    CHECK(chain.reports[1].code() == 405);
    CHECK(chain.error.empty());
}

TEST_CASE("check_input: 2 when the input is not response heads, and what to say") {
    const auto empty = check_input("", "");
    CHECK(empty.exit_status == 2);
    CHECK(empty.error == "standard input is empty");
    const auto json = check_input("{\"status\": 404}\n", "");
    CHECK(json.exit_status == 2);
    CHECK(json.error == "standard input does not begin with a status line (\"{\"status\": 404}\")");
    // A second head the checker cannot read: the first is kept, the exit status is 2.
    const auto second = check_input(std::string(ok) + "HTTP/1.2 200 OK\r\n\r\n", "");
    CHECK(second.exit_status == 2);
    CHECK(second.reports.size() == 1);
    CHECK(second.error == "response 2 does not begin with a status line (\"HTTP/1.2 200 OK\")");
    // A line too long for a message is cut, and control bytes are escaped.
    const auto long_line = check_input(std::string(100, 'x') + "\x1b[31m", "");
    CHECK(long_line.error ==
          "standard input does not begin with a status line (\"" + std::string(39, 'x') + "\xE2\x80\xA6\")");
    CHECK(check_input("\x1b[2J", "").error == "standard input does not begin with a status line (\"\\x1b[2J\")");
}

TEST_CASE("check_input passes the request's method to the checker") {
    const std::string_view length = "HTTP/1.1 200 OK\r\nDate: x\r\nContent-Length: 2\r\n\r\n";
    CHECK(check_input(length, "").exit_status == 0);
    CHECK(check_input(length, "CONNECT").exit_status == 1);
}

TEST_CASE("kind_of: error, warning, note") {
    httpstatus::finding found{"Allow", httpstatus::requirement::must, "missing",
                              "RFC 9110 \xC2\xA7"
                              "15.5.6"};
    CHECK(kind_of(found) == "error");
    found.level = httpstatus::requirement::must_not;
    CHECK(kind_of(found) == "error");
    found.level = httpstatus::requirement::should;
    CHECK(kind_of(found) == "warning");
    found.level = httpstatus::requirement::must;
    found.is_note = true;
    CHECK(kind_of(found) == "note");
}

TEST_CASE("condition_of finds the rule a note comes from") {
    const httpstatus::finding etag{"ETag", httpstatus::requirement::should, "missing",
                                   "RFC 9110 \xC2\xA7"
                                   "15.3.1",
                                   true};
    CHECK(condition_of(200, etag) == "in a response to GET or HEAD, when the server has one");
    CHECK(condition_of(404, etag).empty());
    const httpstatus::finding allow{"Allow", httpstatus::requirement::must, "missing",
                                    "RFC 9110 \xC2\xA7"
                                    "15.5.6"};
    CHECK(condition_of(405, allow).empty());  // "always" has no words
}

TEST_CASE("finding_text: code, level, field, words, the condition of a note, section") {
    const httpstatus::finding allow{"Allow", httpstatus::requirement::must, "missing",
                                    "RFC 9110 \xC2\xA7"
                                    "15.5.6"};
    CHECK(finding_text(405, allow) == "405 MUST Allow: missing (RFC 9110 \xC2\xA7"
                                      "15.5.6)");
    const httpstatus::finding space{{},
                                    httpstatus::requirement::must,
                                    "no space after the code",
                                    "RFC 9112 \xC2\xA7"
                                    "4"};
    CHECK(finding_text(299, space) == "299 MUST: no space after the code (RFC 9112 \xC2\xA7"
                                      "4)");
    const httpstatus::finding etag{"ETag", httpstatus::requirement::should, "missing",
                                   "RFC 9110 \xC2\xA7"
                                   "15.3.1",
                                   true};
    CHECK(finding_text(200, etag) == "200 SHOULD ETag: missing; the rule applies in a response to GET or HEAD, when "
                                     "the server has one (RFC 9110 \xC2\xA7"
                                     "15.3.1)");
    // A field's name as the head sent it is escaped.
    const httpstatus::finding odd{"X\x1b", httpstatus::requirement::must, "obs-fold",
                                  "RFC 9112 \xC2\xA7"
                                  "5.2"};
    CHECK(finding_text(200, odd) == "200 MUST X\\x1b: obs-fold (RFC 9112 \xC2\xA7"
                                    "5.2)");
}

TEST_CASE("report_text: one line when all is well, a line per finding otherwise") {
    const std::string_view moved = "HTTP/1.1 301 Moved Permanently\r\nDate: x\r\nLocation: /\r\n\r\n";
    CHECK(report_text(httpstatus::check_response(moved), std::nullopt) == "HTTP/1.1 301 Moved Permanently: conforms\n");
    CHECK(report_text(httpstatus::check_response(no_allow), std::nullopt) ==
          "HTTP/1.1 405 Method Not Allowed: does not conform\n"
          "  error:   405 MUST Allow: missing (RFC 9110 \xC2\xA7"
          "15.5.6)\n");
    // The registry's name, whatever phrase was sent; none for an unregistered code; HTTP/2 as curl prints it.
    CHECK(report_text(httpstatus::check_response("HTTP/1.1 301 Gone Away\r\nDate: x\r\nLocation: /\r\n\r\n"),
                      std::nullopt) == "HTTP/1.1 301 Moved Permanently: conforms\n");
    CHECK(report_text(httpstatus::check_response("HTTP/1.1 599 \r\n\r\n"), std::nullopt) == "HTTP/1.1 599: conforms\n");
    CHECK(report_text(httpstatus::check_response("HTTP/2 301 \r\ndate: x\r\nlocation: /\r\n\r\n"), std::nullopt) ==
          "HTTP/2 301 Moved Permanently: conforms\n");
    const std::string warning =
        report_text(httpstatus::check_response("HTTP/1.1 301 Moved Permanently\r\nDate: x\r\n\r\n"), std::nullopt);
    CHECK(warning == "HTTP/1.1 301 Moved Permanently: conforms\n"
                     "  warning: 301 SHOULD Location: missing (RFC 9110 \xC2\xA7"
                     "15.4.2)\n");
}

TEST_CASE("report_text wraps each finding under its text to a width, a reference whole; 0 is no limit") {
    const httpstatus::check_report report = httpstatus::check_response(no_allow);
    CHECK(report_text(report, 30) == "HTTP/1.1 405 Method Not Allow\xE2\x80\xA6\n"
                                     "  error:   405 MUST Allow:\n"
                                     "           missing\n"
                                     "           (RFC 9110 \xC2\xA7"
                                     "15.5.6)\n");
    CHECK(report_text(report, 0) == report_text(report, std::nullopt));
}
