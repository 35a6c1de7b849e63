// SPDX-License-Identifier: MIT
// check_response: the status line, the field-line grammar, each field rule with a conforming and a
// violating head, notes and violations, the request method, HTTP/2 and HTTP/3, LF line ends, truncation.
#include "catch.hpp"

#include <httpstatus/check.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace hs = httpstatus;
using hs::requirement;
using hs::rule_condition;

namespace {

// The findings about one field (or the status line, ""), at one level.
std::size_t count(const hs::check_report& report, std::string_view field, requirement level) {
    std::size_t found = 0;
    for (const hs::finding& f : report)
        if (f.field == field && f.level == level) ++found;
    return found;
}

// The one finding about `field` with this problem, or a default finding when there is none.
hs::finding find(const hs::check_report& report, std::string_view field, std::string_view problem) {
    for (const hs::finding& f : report)
        if (f.field == field && f.problem == problem) return f;
    return {};
}

// The finding of exactly this rule, or a default finding.
hs::finding find_rule(const hs::check_report& report, const hs::field_rule& rule) {
    for (const hs::finding& f : report)
        if (f.field == rule.field && f.level == rule.level && f.section == rule.section) return f;
    return {};
}

// Whether the report has a finding of exactly this rule: its field, level and section.
bool reports_rule(const hs::check_report& report, const hs::field_rule& rule) {
    for (const hs::finding& f : report)
        if (f.field == rule.field && f.level == rule.level && f.section == rule.section) return true;
    return false;
}

std::string head(int code, std::string_view fields) {
    return "HTTP/1.1 " + std::to_string(code) + " Phrase\r\n" + std::string(fields) + "\r\n";
}

// A value that passes the rule's value checks.
std::string good_value(int code, std::string_view field) {
    if (field == "Connection") return "Upgrade";
    if (field == "Content-Range") return code == 416 ? "bytes */1000" : "bytes 0-99/1000";
    if (field == "Content-Type") return "multipart/byteranges; boundary=B";
    if (field == "Link") return "<https://example.org/>; rel=\"blocked-by\"";
    return "x";
}

// The fields that make a rule's condition hold, and the method that does.
std::string condition_fields(rule_condition condition) {
    return condition == rule_condition::multiple_parts ? "Content-Type: multipart/byteranges; boundary=B\r\n" : "";
}
std::string_view condition_method(rule_condition condition) {
    if (condition == rule_condition::to_connect) return "CONNECT";
    if (condition == rule_condition::to_get_or_head) return "GET";
    return {};
}
bool shown(rule_condition condition) { return hs::head_shows(condition) || condition == rule_condition::to_connect; }

}  // namespace

// ---- every rule: a conforming head and a violating one ---------------------------------------------

TEST_CASE("every field rule of every code has a conforming head and a violating head") {
    std::size_t rules_tested = 0;
    for (int code = 100; code <= 599; ++code) {
        for (const hs::field_rule& rule : hs::field_rules(code)) {
            INFO(code << " " << std::string(rule.field) << " " << std::string(hs::to_string(rule.level)) << " "
                      << std::string(hs::to_string(rule.condition)));
            const std::string with_field = std::string(rule.field) + ": " + good_value(code, rule.field) + "\r\n";
            const std::string context = condition_fields(rule.condition);
            const std::string_view method = condition_method(rule.condition);
            const bool wants = rule.level == requirement::must || rule.level == requirement::should;
            // The head that keeps the rule: the field sent if the rule asks for it, left out if it forbids it.
            const std::string keeps = head(code, context + (wants ? with_field : ""));
            // The head that breaks it.
            const std::string breaks = head(code, context + (wants ? "" : with_field));
            if (rule.field == "Content-Type" && rule.condition == rule_condition::multiple_parts) {
                // The condition is the field: a 206 whose Content-Type is multipart/byteranges has one.
                CHECK_FALSE(reports_rule(hs::check_response(keeps, method), rule));
                ++rules_tested;
                continue;
            }
            const hs::check_report kept = hs::check_response(keeps, method);
            const hs::check_report broken = hs::check_response(breaks, method);
            CHECK(kept.is_response_head());
            CHECK_FALSE(reports_rule(kept, rule));
            if (rule.level == requirement::may) {
                CHECK_FALSE(reports_rule(broken, rule));  // a MAY is never broken
            } else {
                REQUIRE(reports_rule(broken, rule));
                const hs::finding f = find_rule(broken, rule);
                CHECK(f.section == rule.section);
                CHECK(f.is_note == !shown(rule.condition));
                const bool violation =
                    !f.is_note && (rule.level == requirement::must || rule.level == requirement::must_not);
                CHECK(f.breaks_conformance() == violation);
                if (violation) CHECK_FALSE(broken.conforms());
            }
            ++rules_tested;
        }
    }
    CHECK(rules_tested > 1000);  // 500 codes, each with its class's Date rule at least
}

TEST_CASE("a rule whose condition does not hold gives nothing") {
    // Content-Range MUST in a 206 of one part; a multipart 206 has none at the top (RFC 9110 section 15.3.7.2).
    const auto multipart = hs::check_response(head(206, "Date: x\r\nContent-Type: multipart/byteranges; b=1\r\n"));
    CHECK(count(multipart, "Content-Range", requirement::must) == 0);
    CHECK(multipart.conforms());
    // The 2xx-to-CONNECT rule, with another method.
    const auto to_get = hs::check_response(head(200, "Date: x\r\nContent-Length: 2\r\n"), "GET");
    CHECK(count(to_get, "Content-Length", requirement::must_not) == 0);
    // ETag SHOULD in a 200 to GET or HEAD; not to POST.
    const auto to_post = hs::check_response(head(200, "Date: x\r\n"), "POST");
    CHECK(count(to_post, "ETag", requirement::should) == 0);
    CHECK(to_post.empty());
}

// ---- notes and violations ----------------------------------------------------------------------------

TEST_CASE("a rule the head cannot show is a note, never a violation") {
    const auto report = hs::check_response(head(200, ""));
    const hs::finding date = find(report, "Date", "missing");
    CHECK(date.level == requirement::must);
    CHECK(date.is_note);
    CHECK_FALSE(date.breaks_conformance());
    CHECK(find(report, "ETag", "missing").is_note);
    CHECK(report.conforms());
    CHECK(report.violations() == 0);
}

TEST_CASE("a note is left out where a rule that holds reports the field") {
    // 204 with Content-Length: RFC 9110 section 8.6, a violation; the to-CONNECT rule adds no note.
    const auto report = hs::check_response(head(204, "Date: x\r\nContent-Length: 0\r\n"));
    REQUIRE(report.size() == 1);
    CHECK(report[0].section == "RFC 9110 \xC2\xA7"
                               "8.6");
    CHECK_FALSE(report[0].is_note);
    CHECK_FALSE(report.conforms());
}

TEST_CASE("the method decides the rules of the method") {
    const std::string ok_with_length = head(200, "Date: x\r\nContent-Length: 0\r\n");
    CHECK(find(hs::check_response(ok_with_length), "Content-Length", "sent").is_note);
    CHECK(hs::check_response(ok_with_length).conforms());
    const auto to_connect = hs::check_response(ok_with_length, "CONNECT");
    CHECK_FALSE(find(to_connect, "Content-Length", "sent").is_note);
    CHECK(find(to_connect, "Content-Length", "sent").section == "RFC 9110 \xC2\xA7"
                                                                "9.3.6");
    CHECK_FALSE(to_connect.conforms());
    // Methods are case-sensitive (RFC 9110 section 9.1): "connect" is not CONNECT.
    CHECK(hs::check_response(ok_with_length, "connect").conforms());
    // An empty method is no method.
    CHECK(find(hs::check_response(ok_with_length, ""), "Content-Length", "sent").is_note);
    // ETag: a note to HEAD as without the method, since no head shows whether the server has a
    // validator ("SHOULD send any available validator"); nothing to POST, where the rule does not hold.
    CHECK(find(hs::check_response(head(200, "Date: x\r\n")), "ETag", "missing").is_note);
    CHECK(find(hs::check_response(head(200, "Date: x\r\n"), "HEAD"), "ETag", "missing").is_note);
    CHECK(find(hs::check_response(head(200, "Date: x\r\n"), "HEAD"), "ETag", "missing").level == requirement::should);
    CHECK(find(hs::check_response(head(200, "Date: x\r\n"), "POST"), "ETag", "missing").field.empty());
}

// ---- the values some rules ask for ---------------------------------------------------------------------

TEST_CASE("101 and 426: Connection lists the upgrade option") {
    for (int code : {101, 426}) {
        INFO(code);
        CHECK(hs::check_response(head(code, "Date: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n")).conforms());
        CHECK(hs::check_response(head(code, "Date: x\r\nUpgrade: websocket\r\nConnection: keep-alive, UPGRADE\r\n"))
                  .conforms());
        CHECK(hs::check_response(head(code, "Date: x\r\nUpgrade: a\r\nConnection: close\r\nConnection: upgrade\r\n"))
                  .conforms());
        const auto report = hs::check_response(head(code, "Date: x\r\nUpgrade: websocket\r\nConnection: close\r\n"));
        CHECK(find(report, "Connection", "has no \"upgrade\" option").level == requirement::must);
        CHECK_FALSE(report.conforms());
        CHECK_FALSE(hs::check_response(head(code, "Date: x\r\nUpgrade: a\r\nConnection: upgraded\r\n")).conforms());
    }
}

TEST_CASE("206: multipart/byteranges decides which Content-Range rule holds") {
    CHECK(hs::check_response(head(206, "Date: x\r\nContent-Range: bytes 0-1/2\r\n")).conforms());
    CHECK_FALSE(hs::check_response(head(206, "Date: x\r\nContent-Type: text/plain\r\n")).conforms());
    CHECK(hs::check_response(head(206, "Date: x\r\nContent-Type: Multipart/ByteRanges ; boundary=x\r\n")).conforms());
    const auto both = hs::check_response(
        head(206, "Date: x\r\nContent-Type: multipart/byteranges; boundary=x\r\nContent-Range: bytes 0-1/2\r\n"));
    CHECK(find(both, "Content-Range", "sent").level == requirement::must_not);
    CHECK_FALSE(both.conforms());
}

TEST_CASE("416: Content-Range \"bytes */\" and the length, a SHOULD") {
    CHECK(hs::check_response(head(416, "Date: x\r\nContent-Range: bytes */1000\r\n")).empty());
    const auto wrong = hs::check_response(head(416, "Date: x\r\nContent-Range: bytes 0-1/1000\r\n"));
    const hs::finding f = find(wrong, "Content-Range", "is not \"bytes */\" and the length");
    CHECK(f.level == requirement::should);
    CHECK_FALSE(f.is_note);  // a range in bytes shows the request asked for byte ranges
    CHECK(wrong.conforms());
    // Missing: whether byte ranges were asked for, the head cannot show.
    CHECK(find(hs::check_response(head(416, "Date: x\r\n")), "Content-Range", "missing").is_note);
    // Another unit is not read.
    CHECK(hs::check_response(head(416, "Date: x\r\nContent-Range: pages 1-2/9\r\n")).empty());
}

TEST_CASE("451: Link with rel=\"blocked-by\", a SHOULD") {
    for (std::string_view link : {"<https://a.example>; rel=\"blocked-by\"", "<https://a.example>;rel=blocked-by",
                                  R"(<https://b>; rel="next", <https://a>; REL = "other Blocked-By")"}) {
        INFO(std::string(link));
        CHECK(hs::check_response(head(451, "Date: x\r\nLink: " + std::string(link) + "\r\n")).empty());
    }
    for (std::string_view link : {"<https://a.example>; rel=\"next\"", "<https://blocked-by>; rel=next",
                                  "<https://a>; prel=\"blocked-by\"", "<https://a>; rel=\"blocked-by-x\""}) {
        INFO(std::string(link));
        const auto report = hs::check_response(head(451, "Date: x\r\nLink: " + std::string(link) + "\r\n"));
        CHECK(find(report, "Link", "has no rel=\"blocked-by\" link").level == requirement::should);
        CHECK(report.conforms());
    }
    CHECK(find(hs::check_response(head(451, "Date: x\r\n")), "Link", "missing").level == requirement::should);
}

// ---- HTTP/1.x framing -----------------------------------------------------------------------------------

TEST_CASE("Content-Length with Transfer-Encoding breaks RFC 9112 section 6.2") {
    const auto report = hs::check_response(head(200, "Date: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n"));
    const hs::finding f = find(report, "Content-Length", "sent with Transfer-Encoding");
    CHECK(f.level == requirement::must_not);
    CHECK(f.section == "RFC 9112 \xC2\xA7"
                       "6.2");
    CHECK_FALSE(report.conforms());
    CHECK(hs::check_response(head(200, "Date: x\r\nTransfer-Encoding: chunked\r\n")).conforms());
}

TEST_CASE("Content-Length: digits, one value (RFC 9110 section 8.6)") {
    CHECK(hs::check_response(head(200, "Date: x\r\nContent-Length: 42\r\n")).conforms());
    CHECK(hs::check_response(head(200, "Date: x\r\nContent-Length: 42, 42\r\nContent-Length: 42\r\n")).conforms());
    for (std::string_view bad : {"Content-Length: 42, 43\r\n", "Content-Length: 42\r\nContent-Length: 7\r\n"}) {
        INFO(std::string(bad));
        const auto report = hs::check_response(head(200, "Date: x\r\n" + std::string(bad)));
        CHECK(find(report, "Content-Length", "has differing values").level == requirement::must);
        CHECK_FALSE(report.conforms());
    }
    for (std::string_view bad : {"-1", "4 2", "0x10", "", "42,", "1e3"}) {
        INFO(std::string(bad));
        const auto report = hs::check_response(head(200, "Date: x\r\nContent-Length: " + std::string(bad) + "\r\n"));
        CHECK(find(report, "Content-Length", "is not a number").section == "RFC 9110 \xC2\xA7"
                                                                           "8.6");
        CHECK_FALSE(report.conforms());
    }
}

TEST_CASE("Upgrade in any response needs Connection: upgrade (RFC 9110 section 7.8)") {
    CHECK(hs::check_response(head(200, "Date: x\r\nUpgrade: h2c\r\nConnection: Upgrade\r\n")).conforms());
    const auto report = hs::check_response(head(200, "Date: x\r\nUpgrade: h2c\r\n"));
    CHECK(find(report, "Connection", "has no \"upgrade\" option for Upgrade").level == requirement::must);
    CHECK_FALSE(report.conforms());
}

// ---- the status line ------------------------------------------------------------------------------------

TEST_CASE("status lines: HTTP/1.0, HTTP/1.1, any phrase, an empty one") {
    // 404 and 299 have no rule but Date's: a head with Date has no finding.
    for (std::string_view line :
         {"HTTP/1.1 404 Not Found", "HTTP/1.0 404 Not Found", "HTTP/1.1 404 ", "HTTP/1.1 404 Gone away, sorry",
          "HTTP/1.1 404 \xC3\xA9t\xC3\xA9", "HTTP/1.1 299 Whatever", "HTTP/1.1 404 \tNot found"}) {
        INFO(std::string(line));
        const auto report = hs::check_response(std::string(line) + "\r\nDate: x\r\n\r\n");
        CHECK(report.is_response_head());
        CHECK(report.conforms());
        CHECK(report.empty());
    }
    CHECK(hs::check_response("HTTP/1.0 404 Not Found\r\n\r\n").version() == hs::http_version::http_1_0);
    CHECK(hs::check_response("HTTP/1.1 404 Not Found\r\n\r\n").version() == hs::http_version::http_1_1);
    CHECK(hs::check_response("HTTP/1.1 404 Not Found\r\n\r\n").code() == 404);
}

TEST_CASE("not a status line: not a response head, and no finding") {
    for (std::string_view text :
         {"", "\r\n", "GET / HTTP/1.1\r\n\r\n", "http/1.1 200 OK\r\n", "HTTP/1.2 200 OK\r\n", "HTTP/2.0 200 OK\r\n",
          "HTTP/1.1  200 OK\r\n", " HTTP/1.1 200 OK\r\n", "HTTP/1.1 200OK\r\n", "HTTP/1.1 20 OK\r\n",
          "HTTP/1.1 2000 OK\r\n", "HTTP/1.1 20x OK\r\n", "HTTP/1.1\t200 OK\r\n", "HTTP/2 2000\r\n", "HTTP/4 200\r\n",
          "\r\nHTTP/1.1 200 OK\r\n", "HTTP/1.1 200\tOK\r\n"}) {
        INFO(std::string(text));
        const auto report = hs::check_response(text);
        CHECK_FALSE(report.is_response_head());
        CHECK_FALSE(report.conforms());
        CHECK(report.empty());
        CHECK(report.code() == 0);
    }
}

TEST_CASE("no space after the code: a head that breaks RFC 9112 section 4 (scylladb/seastar #3468)") {
    const auto report = hs::check_response("HTTP/1.1 299\r\nDate: x\r\n\r\n");
    CHECK(report.is_response_head());
    CHECK(report.code() == 299);
    REQUIRE(report.size() == 1);
    CHECK(report[0].field.empty());
    CHECK(report[0].problem == "no space after the code");
    CHECK(report[0].section == "RFC 9112 \xC2\xA7"
                               "4");
    CHECK_FALSE(report.conforms());
}

TEST_CASE("a code outside 100-599: a head that breaks RFC 9110 section 15") {
    for (std::string_view line : {"HTTP/1.1 600 Library Error", "HTTP/1.1 099 X", "HTTP/1.1 999 "}) {
        INFO(std::string(line));
        const auto report = hs::check_response(std::string(line) + "\r\n\r\n");
        CHECK(report.is_response_head());
        REQUIRE(report.size() == 1);
        CHECK(report[0].problem == "code outside 100-599");
        CHECK_FALSE(report.conforms());
    }
    CHECK(hs::check_response("HTTP/1.1 600 X\r\n\r\n").code() == 600);
    CHECK(hs::check_response("HTTP/1.1 600\r\n\r\n").size() == 2);  // and no space
}

TEST_CASE("a control byte in the reason phrase") {
    const auto report = hs::check_response(std::string_view("HTTP/1.1 200 O\0K\r\nDate: x\r\n\r\n", 27));
    CHECK(report.is_response_head());
    CHECK(find(report, "", "reason phrase has a control byte").level == requirement::must);
    CHECK_FALSE(report.conforms());
    CHECK_FALSE(hs::check_response("HTTP/1.1 200 O\rK\r\nDate: x\r\n\r\n").conforms());
}

// ---- HTTP/2 and HTTP/3 ----------------------------------------------------------------------------------

TEST_CASE("HTTP/2 and HTTP/3 as curl prints them, with or without the space") {
    for (std::string_view line : {"HTTP/2 404 ", "HTTP/2 404", "HTTP/3 404 ", "HTTP/3 404"}) {
        INFO(std::string(line));
        const auto report = hs::check_response(std::string(line) + "\r\ndate: x\r\ncontent-type: text/html\r\n\r\n");
        CHECK(report.is_response_head());
        CHECK(report.empty());
        CHECK(report.code() == 404);
    }
    CHECK(hs::check_response("HTTP/2 200 \r\n\r\n").version() == hs::http_version::http_2);
    CHECK(hs::check_response("HTTP/3 200 \r\n\r\n").version() == hs::http_version::http_3);
    // The HTTP/1.x rules hold there too: a 405 without allow.
    CHECK(find(hs::check_response("HTTP/2 405 \r\ndate: x\r\n\r\n"), "Allow", "missing").level == requirement::must);
}

TEST_CASE("HTTP/2 and HTTP/3: a reason phrase, 101 and connection-specific fields break them") {
    const auto phrase = hs::check_response("HTTP/2 200 OK\r\ndate: x\r\n\r\n");
    CHECK(phrase.is_response_head());
    CHECK(find(phrase, "", "a reason phrase in a version without one").section == "RFC 9113 \xC2\xA7"
                                                                                  "8.3.2");
    CHECK_FALSE(phrase.conforms());
    // No space needed: curl may print none.
    CHECK(count(hs::check_response("HTTP/3 200\r\ndate: x\r\n\r\n"), "", requirement::must) == 0);

    const auto switching = hs::check_response("HTTP/2 101 \r\n\r\n");
    CHECK(find(switching, "", "a code this version does not carry").section == "RFC 9113 \xC2\xA7"
                                                                               "8.6");
    CHECK_FALSE(switching.conforms());
    CHECK(find(hs::check_response("HTTP/3 101\r\n\r\n"), "", "a code this version does not carry").section ==
          "RFC 9114 \xC2\xA7"
          "4.5");

    for (std::string_view field : {"connection", "Keep-Alive", "proxy-connection", "transfer-encoding", "upgrade"}) {
        INFO(std::string(field));
        // The finding names the field in lower case, from static storage: the head is a temporary here.
        const auto report = hs::check_response("HTTP/2 200 \r\ndate: x\r\n" + std::string(field) + ": x\r\n\r\n");
        const std::string lower = field == "Keep-Alive" ? "keep-alive" : std::string(field);
        CHECK(find(report, lower, "connection-specific").level == requirement::must_not);
        CHECK_FALSE(report.conforms());
        CHECK(hs::check_response("HTTP/1.1 200 OK\r\nDate: x\r\nConnection: upgrade\r\n" + std::string(field) +
                                 ": upgrade\r\n\r\n")
                  .conforms());
    }
}

TEST_CASE("HTTP/2: the rules asking for Upgrade and Connection are notes, not applied") {
    const auto report = hs::check_response("HTTP/2 426 \r\ndate: x\r\n\r\n");
    CHECK(report.conforms());
    const hs::finding upgrade = find(report, "Upgrade", "not applied: this version cannot carry the field");
    CHECK(upgrade.is_note);
    CHECK(upgrade.section == "RFC 9113 \xC2\xA7"
                             "8.2.2");
    CHECK(find(report, "Connection", "not applied: this version cannot carry the field").is_note);
    // And a 204's Transfer-Encoding is reported once, as connection-specific.
    const auto no_content = hs::check_response("HTTP/2 204 \r\ndate: x\r\ntransfer-encoding: chunked\r\n\r\n");
    REQUIRE(no_content.size() == 1);
    CHECK(no_content[0].problem == "connection-specific");
    // Content-Length with Transfer-Encoding is an HTTP/1.1 framing rule.
    CHECK(find(hs::check_response("HTTP/2 200 \r\ntransfer-encoding: chunked\r\ncontent-length: 1\r\n\r\n"),
               "Content-Length", "sent with Transfer-Encoding")
              .problem.empty());
}

// ---- the field-line grammar: each error its own head ---------------------------------------------------

TEST_CASE("each field-line grammar error, its own head") {
    struct grammar_case {
        std::string_view line;
        std::string_view field;
        std::string_view problem;
        std::string_view section;
    };
    // clang-format off
    const grammar_case cases[] = {
        {"X-A: 1\r\n folded",              "",          "obs-fold",                               "RFC 9112 \xC2\xA7" "5.2"},
        {"X-A: 1\r\n\tfolded",             "",          "obs-fold",                               "RFC 9112 \xC2\xA7" "5.2"},
        {" X-A: 1",                        "",          "whitespace before the first field line", "RFC 9112 \xC2\xA7" "2.2"},
        {"Allow : GET",                    "Allow",     "whitespace before the colon",            "RFC 9112 \xC2\xA7" "5.1"},
        {"Allow\t: GET",                   "Allow",     "whitespace before the colon",            "RFC 9112 \xC2\xA7" "5.1"},
        {"No colon here",                  "",          "not a field line",                       "RFC 9112 \xC2\xA7" "5"},
        {": empty name",                   "",          "name is not a token",                    "RFC 9110 \xC2\xA7" "5.1"},
        {"Bad Name: x",                    "Bad Name",  "name is not a token",                    "RFC 9110 \xC2\xA7" "5.1"},
        {"Bad(Name): x",                   "Bad(Name)", "name is not a token",                    "RFC 9110 \xC2\xA7" "5.1"},
        {"X-A: a\rb",                      "X-A",       "value has a CR",                         "RFC 9110 \xC2\xA7" "5.5"},
        {std::string_view("X-A: a\0b", 8), "X-A",       "value has a NUL",                        "RFC 9110 \xC2\xA7" "5.5"},
        {"X-A: a\x01z",                    "X-A",       "value has a control byte",               "RFC 9110 \xC2\xA7" "5.5"},
        {"X-A: a\x7Fz",                    "X-A",       "value has a control byte",               "RFC 9110 \xC2\xA7" "5.5"},
    };
    // clang-format on
    for (const grammar_case& c : cases) {
        INFO(std::string(c.line));
        // After Date, so that a line of whitespace is obs-fold; first, where it is whitespace before the fields.
        const bool first = c.problem == "whitespace before the first field line";
        const std::string fields =
            first ? std::string(c.line) + "\r\nDate: x\r\n" : "Date: x\r\n" + std::string(c.line) + "\r\n";
        // A grammar error's field is a view into the head: the head must outlive the report.
        const std::string head_text = "HTTP/1.1 404 Not Found\r\n" + fields + "\r\n";
        const auto report = hs::check_response(head_text);
        REQUIRE(report.size() == 1);
        CHECK(report[0].field == c.field);
        CHECK(report[0].problem == c.problem);
        CHECK(report[0].section == c.section);
        CHECK(report[0].level == requirement::must);
        CHECK_FALSE(report.conforms());
    }
}

TEST_CASE("the field grammar allows what it allows") {
    for (std::string_view line : {"X-A:1", "X-A:   1   ", "X-A:\t1\t", "X-A:", "X-A: ", "!#$%&'*+-.^_`|~09az: x",
                                  "X-A: a b\tc", "X-A: \xC3\xA9\x80\xFF", "X-A: \"quoted\", (comment)"}) {
        INFO(std::string(line));
        const auto report =
            hs::check_response("HTTP/1.1 404 Not Found\r\nDate: x\r\n" + std::string(line) + "\r\n\r\n");
        CHECK(report.empty());
    }
}

TEST_CASE("a field with a grammar error in its name does not count as the field") {
    const std::string text = head(405, "Date: x\r\nAllow : GET\r\n");  // the report views its name
    const auto report = hs::check_response(text);
    CHECK(find(report, "Allow", "whitespace before the colon").level == requirement::must);
    CHECK(find(report, "Allow", "missing").level == requirement::must);
    CHECK(report.size() == 2);
}

TEST_CASE("names are compared ignoring ASCII case") {
    CHECK(hs::check_response(head(405, "DATE: x\r\nallow: GET\r\n")).empty());
    CHECK(hs::check_response(head(401, "date: x\r\nwww-AUTHENTICATE: Basic realm=\"x\"\r\n")).empty());
}

// ---- line ends and the end of the head ------------------------------------------------------------------

TEST_CASE("LF-only heads read as CRLF ones") {
    CHECK(hs::check_response("HTTP/1.1 405 Method Not Allowed\nDate: x\nAllow: GET\n\n").empty());
    const auto report = hs::check_response("HTTP/1.1 405 Method Not Allowed\nDate: x\n\n");
    REQUIRE(report.size() == 1);
    CHECK(report[0].field == "Allow");
    CHECK(hs::check_response("HTTP/1.1 404 Not Found\r\nDate: x\nX-A: 1\r\n\n").empty());  // mixed
}

TEST_CASE("the head ends at the first empty line; a head without one ends with the text") {
    CHECK(hs::check_response("HTTP/1.1 405 X\r\nDate: x\r\n\r\nAllow: GET\r\n").size() == 1);
    CHECK(hs::check_response("HTTP/1.1 404 X\r\nDate: x\r\n\r\nnot a field line\r\n\r\n").empty());
    CHECK(hs::check_response("HTTP/1.1 405 X\r\nDate: x\r\nAllow: GET").empty());
    CHECK(hs::check_response("HTTP/1.1 405 X\r\nDate: x\r\nAllow: GET\r\n").empty());
    CHECK(hs::check_response("HTTP/1.1 200 OK").is_response_head());
}

TEST_CASE("truncation at capacity; conforms() counts every violation") {
    std::string fields = "Date: x\r\n";
    const std::size_t bad_lines = hs::check_report::capacity + 8;
    for (std::size_t i = 0; i < bad_lines; ++i) fields += "Bad Name: x\r\n";
    const auto report = hs::check_response(head(405, fields));
    CHECK(report.truncated());
    CHECK(report.size() == hs::check_report::capacity);
    CHECK(report.violations() == bad_lines + 1);  // and Allow, left out
    CHECK_FALSE(report.conforms());
    CHECK_FALSE(hs::check_response(head(405, "Date: x\r\n")).truncated());
}

// ---- real heads -------------------------------------------------------------------------------------------

// What nginx 1.22.1 (Debian 12) sends for its default page to `curl -sI http://127.0.0.1/`.
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

TEST_CASE("an nginx head conforms, with no finding but the CONNECT note") {
    const auto report = hs::check_response(nginx_head);
    CHECK(report.conforms());
    REQUIRE(report.size() == 1);
    CHECK(report[0].field == "Content-Length");
    CHECK(report[0].is_note);
    CHECK(hs::check_response(nginx_head, "GET").empty());
    // With its Connection line in HTTP/2, it would not.
    std::string as_http_2(nginx_head);
    as_http_2.replace(0, 15, "HTTP/2 200 ");
    CHECK_FALSE(hs::check_response(as_http_2, "GET").conforms());
}

TEST_CASE("curl -sIL: check_response reads the first head only") {
    const std::string chain = "HTTP/1.1 301 Moved Permanently\r\nDate: x\r\nLocation: /b\r\n\r\n"
                              "HTTP/1.1 405 Method Not Allowed\r\nDate: x\r\n\r\n";
    const auto report = hs::check_response(chain);
    CHECK(report.code() == 301);
    CHECK(report.empty());
}
