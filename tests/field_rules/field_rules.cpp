// SPDX-License-Identifier: MIT
// The field rules against the reference table of fields and protocols, row by row, and the HTTP/2
// and HTTP/3 facts; this file passes by compiling.
#include <httpstatus/field_rules.hpp>
#include <httpstatus/http_versions.hpp>

#include <cstddef>
#include <string_view>

namespace hs = httpstatus;
using hs::http_version;
using hs::requirement;
using hs::rule_condition;

namespace {

// Whether `section` is "<rfc> \xC2\xA7<number>", as the registry writes a reference: "RFC 9110 \xC2\xA7" "8.6".
constexpr bool is_section(std::string_view section, std::string_view rfc, std::string_view number) noexcept {
    constexpr std::string_view sign = " \xC2\xA7";
    return section.size() == rfc.size() + sign.size() + number.size() && section.substr(0, rfc.size()) == rfc &&
           section.substr(rfc.size(), sign.size()) == sign && section.substr(rfc.size() + sign.size()) == number;
}

// Whether the code has exactly one rule for the field at this level, with this condition and section.
constexpr bool has_rule(int code, std::string_view field, requirement level, rule_condition condition,
                        std::string_view rfc, std::string_view number) noexcept {
    int found = 0;
    for (const hs::field_rule& rule : hs::field_rules(code))
        if (rule.field == field && rule.level == level && rule.condition == condition &&
            is_section(rule.section, rfc, number))
            ++found;
    return found == 1;
}

// The same rule for every code first-last, registered or not.
constexpr bool every_code_has(int first, int last, std::string_view field, requirement level, rule_condition condition,
                              std::string_view rfc, std::string_view number) noexcept {
    for (int code = first; code <= last; ++code)
        if (!has_rule(code, field, level, condition, rfc, number)) return false;
    return true;
}

// Whether no code in first-last has a rule for the field.
constexpr bool no_code_has(int first, int last, std::string_view field) noexcept {
    for (int code = first; code <= last; ++code)
        for (const hs::field_rule& rule : hs::field_rules(code))
            if (rule.field == field) return false;
    return true;
}

constexpr std::size_t rules_of(int code) noexcept { return hs::field_rules(code).size(); }

constexpr auto must = requirement::must;
constexpr auto must_not = requirement::must_not;
constexpr auto should = requirement::should;
constexpr auto may = requirement::may;
constexpr auto always = rule_condition::always;
constexpr auto with_clock = rule_condition::origin_with_clock;
constexpr auto as_200 = rule_condition::as_a_200_would;

}  // namespace

// ---- The reference table, row by row -----------------------------------------------------------------
// 1xx, 204: Content-Length MUST NOT (RFC 9110 section 8.6); Transfer-Encoding MUST NOT (RFC 9112 section 6.1).
static_assert(every_code_has(100, 199, "Content-Length", must_not, always, "RFC 9110", "8.6"));
static_assert(has_rule(204, "Content-Length", must_not, always, "RFC 9110", "8.6"));
static_assert(every_code_has(100, 199, "Transfer-Encoding", must_not, always, "RFC 9112", "6.1"));
static_assert(has_rule(204, "Transfer-Encoding", must_not, always, "RFC 9112", "6.1"));
// 2xx to CONNECT: Content-Length and Transfer-Encoding MUST NOT (section 9.3.6), needing the method.
static_assert(every_code_has(200, 299, "Content-Length", must_not, rule_condition::to_connect, "RFC 9110", "9.3.6"));
static_assert(every_code_has(200, 299, "Transfer-Encoding", must_not, rule_condition::to_connect, "RFC 9110", "9.3.6"));
// Date: MUST in 2xx-4xx, MAY in 1xx and 5xx, from an origin server with a clock (section 6.6.1).
// A class per assertion: 300 codes in one expression pass Clang's step limit when the clang build holds the
// static tests to MSVC's budget (tests/portability, msvc_constexpr_budget).
static_assert(every_code_has(200, 299, "Date", must, with_clock, "RFC 9110", "6.6.1"));
static_assert(every_code_has(300, 399, "Date", must, with_clock, "RFC 9110", "6.6.1"));
static_assert(every_code_has(400, 499, "Date", must, with_clock, "RFC 9110", "6.6.1"));
static_assert(every_code_has(100, 199, "Date", may, with_clock, "RFC 9110", "6.6.1"));
static_assert(every_code_has(500, 599, "Date", may, with_clock, "RFC 9110", "6.6.1"));
// 101: Upgrade MUST (section 15.2.2), and Connection with "upgrade" MUST (section 7.8).
static_assert(has_rule(101, "Upgrade", must, always, "RFC 9110", "15.2.2"));
static_assert(has_rule(101, "Connection", must, always, "RFC 9110", "7.8"));
// 103: Link MAY (RFC 8297 section 2).
static_assert(has_rule(103, "Link", may, always, "RFC 8297", "2"));
// 200 to GET or HEAD: ETag, Last-Modified SHOULD (section 15.3.1).
static_assert(has_rule(200, "ETag", should, rule_condition::to_get_or_head, "RFC 9110", "15.3.1"));
static_assert(has_rule(200, "Last-Modified", should, rule_condition::to_get_or_head, "RFC 9110", "15.3.1"));
// 201: Location identifies the new resource, no keyword: a MAY (section 15.3.2).
static_assert(has_rule(201, "Location", may, always, "RFC 9110", "15.3.2"));
// 206: Content-Range MUST with one part; multipart/byteranges MUST with several, and then no
// Content-Range (sections 15.3.7.1, 15.3.7.2); six fields MUST when a 200 would carry them (15.3.7).
static_assert(has_rule(206, "Content-Range", must, rule_condition::single_part, "RFC 9110", "15.3.7.1"));
static_assert(has_rule(206, "Content-Type", must, rule_condition::multiple_parts, "RFC 9110", "15.3.7.2"));
static_assert(has_rule(206, "Content-Range", must_not, rule_condition::multiple_parts, "RFC 9110", "15.3.7.2"));
static_assert(has_rule(206, "Date", must, as_200, "RFC 9110", "15.3.7"));
static_assert(has_rule(206, "Cache-Control", must, as_200, "RFC 9110", "15.3.7"));
static_assert(has_rule(206, "ETag", must, as_200, "RFC 9110", "15.3.7"));
static_assert(has_rule(206, "Expires", must, as_200, "RFC 9110", "15.3.7"));
static_assert(has_rule(206, "Content-Location", must, as_200, "RFC 9110", "15.3.7"));
static_assert(has_rule(206, "Vary", must, as_200, "RFC 9110", "15.3.7"));
// 300: Location SHOULD when there is a preferred choice (section 15.4.1).
static_assert(has_rule(300, "Location", should, rule_condition::preferred_choice, "RFC 9110", "15.4.1"));
// 301, 302, 307, 308: Location SHOULD (sections 15.4.2, .3, .8, .9); 303: implied, no keyword, a MAY
// (15.4.4).
static_assert(has_rule(301, "Location", should, always, "RFC 9110", "15.4.2"));
static_assert(has_rule(302, "Location", should, always, "RFC 9110", "15.4.3"));
static_assert(has_rule(303, "Location", may, always, "RFC 9110", "15.4.4"));
static_assert(has_rule(307, "Location", should, always, "RFC 9110", "15.4.8"));
static_assert(has_rule(308, "Location", should, always, "RFC 9110", "15.4.9"));
// 3xx: Retry-After MAY (section 10.2.3), for every 3xx.
static_assert(every_code_has(300, 399, "Retry-After", may, always, "RFC 9110", "10.2.3"));
// 304: six fields MUST when a 200 would carry them (section 15.4.5); Content-Length MAY, only the
// 200's (section 8.6).
static_assert(has_rule(304, "Content-Location", must, as_200, "RFC 9110", "15.4.5"));
static_assert(has_rule(304, "Date", must, as_200, "RFC 9110", "15.4.5"));
static_assert(has_rule(304, "ETag", must, as_200, "RFC 9110", "15.4.5"));
static_assert(has_rule(304, "Vary", must, as_200, "RFC 9110", "15.4.5"));
static_assert(has_rule(304, "Cache-Control", must, as_200, "RFC 9110", "15.4.5"));
static_assert(has_rule(304, "Expires", must, as_200, "RFC 9110", "15.4.5"));
static_assert(has_rule(304, "Content-Length", may, as_200, "RFC 9110", "8.6"));
// 401 WWW-Authenticate, 405 Allow, 407 Proxy-Authenticate: MUST (sections 15.5.2, 15.5.6, 15.5.8).
static_assert(has_rule(401, "WWW-Authenticate", must, always, "RFC 9110", "15.5.2"));
static_assert(has_rule(405, "Allow", must, always, "RFC 9110", "15.5.6"));
static_assert(has_rule(407, "Proxy-Authenticate", must, always, "RFC 9110", "15.5.8"));
// 413: Retry-After SHOULD when temporary (section 15.5.14).
static_assert(has_rule(413, "Retry-After", should, rule_condition::temporary, "RFC 9110", "15.5.14"));
// 415: Accept-Encoding ought to when a content coding is the cause, MUST NOT otherwise (section 12.5.3).
static_assert(has_rule(415, "Accept-Encoding", should, rule_condition::content_coding_cause, "RFC 9110", "12.5.3"));
static_assert(has_rule(415, "Accept-Encoding", must_not, rule_condition::not_content_coding_cause, "RFC 9110",
                       "12.5.3"));
// 416: Content-Range SHOULD for byte ranges (section 15.5.17).
static_assert(has_rule(416, "Content-Range", should, rule_condition::byte_ranges, "RFC 9110", "15.5.17"));
// 426: Upgrade MUST (section 15.5.22), and so Connection with "upgrade" (section 7.8).
static_assert(has_rule(426, "Upgrade", must, always, "RFC 9110", "15.5.22"));
static_assert(has_rule(426, "Connection", must, always, "RFC 9110", "7.8"));
// 429: Retry-After MAY (RFC 6585 section 4); 451: Link SHOULD (RFC 7725 section 4); 503: Retry-After MAY (15.6.4).
static_assert(has_rule(429, "Retry-After", may, always, "RFC 6585", "4"));
static_assert(has_rule(451, "Link", should, always, "RFC 7725", "4"));
static_assert(has_rule(503, "Retry-After", may, always, "RFC 9110", "15.6.4"));

// ---- Nothing else: each code has the rules above and no more ------------------------------------------
static_assert(rules_of(100) == 3 && rules_of(101) == 5 && rules_of(103) == 4 && rules_of(199) == 3);
static_assert(rules_of(200) == 5 && rules_of(204) == 5 && rules_of(206) == 12 && rules_of(299) == 3);
static_assert(rules_of(301) == 3 && rules_of(304) == 9 && rules_of(305) == 2 && rules_of(399) == 2);
static_assert(rules_of(404) == 1 && rules_of(405) == 2 && rules_of(415) == 3 && rules_of(499) == 1);
static_assert(rules_of(500) == 1 && rules_of(503) == 2 && rules_of(599) == 1);
static_assert(no_code_has(100, 599, "Content-Disposition") && no_code_has(400, 499, "Location"));
// Outside 100-599, none; a status holds the same answers as its int.
static_assert(hs::field_rules(99).empty() && hs::field_rules(600).empty() && hs::field_rules(-1).empty());
static_assert(hs::field_rules(0).empty() && hs::field_rules(65535).empty());
static_assert(hs::field_rules(hs::status::method_not_allowed).begin()->field == "Allow" ||
              (++hs::field_rules(hs::status::method_not_allowed).begin())->field == "Allow");
// Every rule's section is one that reference_url can link; every row has a field, words and codes.
constexpr bool rows_are_whole() noexcept {
    for (const auto& row : hs::detail::field_rule_rows) {
        char address[hs::detail::max_address_size] = {};
        if (hs::detail::write_section_address(row.rule.section, address) == 0) return false;
        if (row.rule.field.empty() || row.rule.description.empty()) return false;
        if (row.first_code < 100 || row.last_code > 599 || row.first_code > row.last_code) return false;
    }
    return true;
}
static_assert(rows_are_whole());
// The rows are in the order of their first codes, the order field_rules gives.
constexpr bool rows_in_order() noexcept {
    for (std::size_t i = 1; i < hs::detail::field_rule_count; ++i)
        if (hs::detail::field_rule_rows[i - 1].first_code > hs::detail::field_rule_rows[i].first_code) return false;
    return true;
}
static_assert(rows_in_order());

// ---- The words of the enums --------------------------------------------------------------------------
static_assert(hs::to_string(must) == "MUST" && hs::to_string(must_not) == "MUST NOT");
static_assert(hs::to_string(should) == "SHOULD" && hs::to_string(requirement::should_not) == "SHOULD NOT");
static_assert(hs::to_string(may) == "MAY" && hs::to_string(static_cast<requirement>(5)).empty());
static_assert(hs::to_string(always).empty() && hs::to_string(rule_condition::to_connect) == "in a response to CONNECT");
static_assert(hs::to_string(static_cast<rule_condition>(12)).empty());
static_assert(hs::head_shows(always) && hs::head_shows(rule_condition::single_part) &&
              hs::head_shows(rule_condition::multiple_parts));
static_assert(!hs::head_shows(rule_condition::to_connect) && !hs::head_shows(with_clock) && !hs::head_shows(as_200));

// ---- HTTP/2 and HTTP/3 -------------------------------------------------------------------------------
static_assert(!hs::carries_code(http_version::http_2, 101) && !hs::carries_code(http_version::http_3, 101));
static_assert(hs::carries_code(http_version::http_2, 101).section == "RFC 9113 \xC2\xA7"
                                                                     "8.6");
static_assert(hs::carries_code(http_version::http_3, hs::status::switching_protocols).section == "RFC 9114 \xC2\xA7"
                                                                                                 "4.5");
static_assert(hs::carries_code(http_version::http_1_1, 101) && hs::carries_code(http_version::http_1_0, 101));
static_assert(hs::carries_code(http_version::http_2, 100) && hs::carries_code(http_version::http_3, 299));
static_assert(!hs::carries_code(http_version::http_1_1, 99) && !hs::carries_code(http_version::http_2, 600));
// The last code of 100-599 is carried too.
static_assert(hs::carries_code(http_version::http_1_1, 599) && hs::carries_code(http_version::http_2, 599));
static_assert(!hs::carries_code(static_cast<http_version>(4), 200) &&
              hs::carries_code(static_cast<http_version>(4), 200).section.empty());
static_assert(hs::carries_reason_phrase(http_version::http_1_1) && hs::carries_reason_phrase(http_version::http_1_0));
static_assert(!hs::carries_reason_phrase(http_version::http_2) && !hs::carries_reason_phrase(http_version::http_3));
static_assert(hs::carries_reason_phrase(http_version::http_2).section == "RFC 9113 \xC2\xA7"
                                                                         "8.3.2");
static_assert(hs::carries_reason_phrase(http_version::http_3).section == "RFC 9114 \xC2\xA7"
                                                                         "4.3.2");
static_assert(hs::is_connection_specific("Connection") && hs::is_connection_specific("keep-alive") &&
              hs::is_connection_specific("PROXY-CONNECTION") && hs::is_connection_specific("Transfer-Encoding") &&
              hs::is_connection_specific("upgrade"));
static_assert(!hs::is_connection_specific("Content-Length") && !hs::is_connection_specific("") &&
              !hs::is_connection_specific("Connectio") && !hs::is_connection_specific("Connections") &&
              !hs::is_connection_specific("TE"));
static_assert(!hs::allows_field(http_version::http_2, "Upgrade") &&
              !hs::allows_field(http_version::http_3, "Connection"));
static_assert(hs::allows_field(http_version::http_2, "Upgrade").section == "RFC 9113 \xC2\xA7"
                                                                           "8.2.2");
static_assert(hs::allows_field(http_version::http_3, "Upgrade").section == "RFC 9114 \xC2\xA7"
                                                                           "4.2");
static_assert(hs::allows_field(http_version::http_1_1, "Upgrade") && hs::allows_field(http_version::http_2, "Allow"));
static_assert(hs::to_string(http_version::http_1_0) == "HTTP/1.0" &&
              hs::to_string(http_version::http_1_1) == "HTTP/1.1");
static_assert(hs::to_string(http_version::http_2) == "HTTP/2" && hs::to_string(http_version::http_3) == "HTTP/3");
static_assert(hs::to_string(static_cast<http_version>(4)).empty());

// A rule spread to a code it does not hold for (a row's last code one too far) changes this count:
// 100 codes of 3 class rules, 1xx; 100 of 3, 2xx; 100 of 2, 3xx; 100 of 1, 4xx; 100 of 1, 5xx; and
// the rows of single codes.
constexpr bool no_rule_spread() noexcept {
    std::size_t total = 0;
    for (int code = 100; code <= 599; ++code) total += rules_of(code);
    std::size_t single_code_rows = 0;
    for (const auto& row : hs::detail::field_rule_rows) single_code_rows += row.first_code == row.last_code ? 1 : 0;
    return total == 300 + 300 + 200 + 100 + 100 + single_code_rows && single_code_rows == 42;
}
static_assert(no_rule_spread());
