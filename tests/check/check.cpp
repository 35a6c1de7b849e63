// SPDX-License-Identifier: MIT
// check_response runs in constant evaluation (C++17): a few heads checked in static_asserts; this file
// passes by compiling.
#include <httpstatus/check.hpp>

#include <string_view>

namespace hs = httpstatus;
using hs::requirement;

namespace {
// Whether the report has a finding about `field` at `level`, as a note or not.
constexpr bool has(const hs::check_report& report, std::string_view field, requirement level, bool note) noexcept {
    for (const hs::finding& found : report)
        if (found.field == field && found.level == level && found.is_note == note) return true;
    return false;
}
}  // namespace

// A 405 without Allow breaks RFC 9110 section 15.5.6; with it, the head conforms.
static_assert(!hs::check_response("HTTP/1.1 405 Method Not Allowed\r\nDate: x\r\n\r\n").conforms());
static_assert(has(hs::check_response("HTTP/1.1 405 Method Not Allowed\r\n\r\n"), "Allow", requirement::must, false));
static_assert(hs::check_response("HTTP/1.1 405 Method Not Allowed\r\nAllow: GET\r\nDate: x\r\n\r\n").conforms());
static_assert(hs::check_response("HTTP/1.1 405 Method Not Allowed\r\nAllow: GET\r\nDate: x\r\n\r\n").empty());

// A 204 with Content-Length: a violation. A 200 without ETag: a note (the method is unknown).
static_assert(!hs::check_response("HTTP/1.1 204 No Content\nContent-Length: 0\n\n").conforms());
static_assert(has(hs::check_response("HTTP/1.1 200 OK\r\n\r\n"), "ETag", requirement::should, true));
static_assert(hs::check_response("HTTP/1.1 200 OK\r\n\r\n").conforms());
// Knowing the method: a 2xx to CONNECT with Content-Length breaks RFC 9110 section 9.3.6.
static_assert(!hs::check_response("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", "CONNECT").conforms());
static_assert(hs::check_response("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", "GET").conforms());

// HTTP/2 as curl prints it: no 101, no connection-specific fields.
static_assert(hs::check_response("HTTP/2 200 \r\ndate: x\r\n\r\n").version() == hs::http_version::http_2);
static_assert(!hs::check_response("HTTP/2 101 \r\n\r\n").conforms());
static_assert(!hs::check_response("HTTP/3 200\r\nconnection: close\r\n\r\n").conforms());

// Not a response head; and the seastar #3468 line, a head with a finding.
static_assert(!hs::check_response("GET / HTTP/1.1\r\n\r\n").is_response_head());
static_assert(hs::check_response("HTTP/1.1 299\r\n\r\n").is_response_head() &&
              !hs::check_response("HTTP/1.1 299\r\n\r\n").conforms());

// A real head: what nginx 1.22.1 sends for its default page conforms, to GET with no finding at all.
constexpr std::string_view nginx_head = "HTTP/1.1 200 OK\r\n"
                                        "Server: nginx/1.22.1\r\n"
                                        "Date: Thu, 03 Dec 2026 18:00:00 GMT\r\n"
                                        "Content-Type: text/html\r\n"
                                        "Content-Length: 615\r\n"
                                        "Last-Modified: Tue, 13 Jun 2023 15:08:10 GMT\r\n"
                                        "Connection: keep-alive\r\n"
                                        "ETag: \"64888a5a-267\"\r\n"
                                        "Accept-Ranges: bytes\r\n"
                                        "\r\n";
static_assert(hs::check_response(nginx_head, "GET").conforms() && hs::check_response(nginx_head, "GET").empty());

// A finding built without saying whether it is a note is not one, and breaks conformance at MUST.
constexpr hs::finding missing_allow{"Allow", requirement::must, "missing",
                                    "RFC 9110 \xC2\xA7"
                                    "15.5.6"};
static_assert(!hs::finding{}.is_note && !missing_allow.is_note && missing_allow.breaks_conformance());

// A Link rel value holds blocked-by as a token or among the relation types of a quoted string; a value
// quoted on one side only is one token, which is not blocked-by (RFC 8288 section 3.3).
static_assert(hs::detail::is_blocked_by_relation("blocked-by") && hs::detail::is_blocked_by_relation("Blocked-By"));
static_assert(hs::detail::is_blocked_by_relation("\"next blocked-by\"") &&
              hs::detail::is_blocked_by_relation("\"blocked-by next\""));
static_assert(!hs::detail::is_blocked_by_relation("\"blocked-by x") &&
              !hs::detail::is_blocked_by_relation("xblocked-by\""));
static_assert(!hs::detail::is_blocked_by_relation("\"\"") && !hs::detail::is_blocked_by_relation("\"") &&
              !hs::detail::is_blocked_by_relation(""));
// The media type and the Link value read to the text's end when no ';' or ',' ends them.
static_assert(hs::detail::is_multipart_byteranges("Multipart/ByteRanges") &&
              hs::detail::is_multipart_byteranges("multipart/byteranges; boundary=x") &&
              !hs::detail::is_multipart_byteranges("text/plain"));
static_assert(hs::detail::links_blocked_by("<https://example.org/>; rel=blocked-by") &&
              !hs::detail::links_blocked_by("<https://example.org/>; rel=next"));
// A text starts with a prefix of its own length that it equals, case aside (Content-Range: "bytes */").
static_assert(hs::detail::starts_with_ignoring_case("BYTES */", "bytes */") &&
              !hs::detail::starts_with_ignoring_case("bytes *", "bytes */"));

// Upgrade without Connection's "upgrade" option is one finding: RFC 9110 section 7.8's, or for 101
// and 426 their own rule's, never both.
namespace upgrade {
constexpr std::size_t findings_about(const hs::check_report& report, std::string_view field) noexcept {
    std::size_t count = 0;
    for (const hs::finding& found : report)
        if (found.field == field) ++count;
    return count;
}
static_assert(findings_about(hs::check_response("HTTP/1.1 200 OK\r\nUpgrade: h2c\r\n\r\n"), "Connection") == 1);
static_assert(findings_about(hs::check_response("HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n"),
                             "Connection") == 1);
// With the option, in a list whose last element has no comma after it, nothing is found.
static_assert(
    findings_about(hs::check_response(
                       "HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\nConnection: keep-alive, Upgrade\r\n\r\n"),
                   "Connection") == 0);
// A head whose last line has no line end is read to its end: the line reader stops at the text's end.
static_assert(findings_about(hs::check_response("HTTP/1.1 200 OK\r\nUpgrade: h2c"), "Connection") == 1);
// A control byte in a value is a finding, 0x1F (the last below SP) included (RFC 9110 section 5.5).
static_assert(findings_about(hs::check_response("HTTP/1.1 200 OK\r\nX-Unit: a\x1F"
                                                "b\r\n\r\n"),
                             "X-Unit") == 1);
static_assert(findings_about(hs::check_response("HTTP/1.1 200 OK\r\nX-Unit: a b\r\n\r\n"), "X-Unit") == 0);
}  // namespace upgrade

// The lenient reader of status lines, for those the strict one refuses (HTTP/2, HTTP/3, a line
// without the space after the code): three digits, then the line's end or a space.
namespace lenient {
// A line of another version is no status line, even one whose digits the strict reader would take.
static_assert(!hs::check_response("HTTP/0.1 200 OK\r\n\r\n").is_response_head());
// A code with a byte that is no digit, or a fourth digit, is no status line: nothing after it is read.
static_assert(!hs::check_response("HTTP/2 2x0\r\n\r\n").is_response_head());
static_assert(!hs::check_response("HTTP/2 20x\r\n\r\n").is_response_head());
static_assert(!hs::check_response("HTTP/2 x00\r\n\r\n").is_response_head());
static_assert(hs::check_response("HTTP/2 2x0\r\nnot a field\r\n\r\n").empty());
static_assert(hs::check_response("HTTP/2 2000\r\nnot a field\r\n\r\n").empty() &&
              !hs::check_response("HTTP/2 2000\r\n\r\n").is_response_head());
// 599 is in range, read by this reader too (RFC 9110 section 15).
static_assert(hs::check_response("HTTP/2 599\r\n\r\n").conforms());
static_assert(!hs::check_response("HTTP/2 600\r\n\r\n").conforms());
// curl's space after the code is no phrase; one byte after it is (RFC 9113 section 8.3.2: no phrase).
static_assert(hs::check_response("HTTP/2 200 \r\n\r\n").conforms());
static_assert(!hs::check_response("HTTP/2 200 X\r\n\r\n").conforms());
// A line the field reader refuses (whitespace before the colon) is a grammar finding, not also a
// connection-specific field (which that finding names in lower case).
constexpr std::string_view spaced_connection = "HTTP/2 200\r\nConnection : close\r\n\r\n";
static_assert(has(hs::check_response(spaced_connection), "Connection", requirement::must, false) &&
              !has(hs::check_response(spaced_connection), "connection", requirement::must_not, false));
}  // namespace lenient

// The order of a report: the rules whose condition holds first, the version's "not applied" notes of
// such rules among them, then the notes of conditions the head cannot tell.
static_assert(hs::check_response("HTTP/2 426\r\n\r\n")[0].field == "Upgrade");
