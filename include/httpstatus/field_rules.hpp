// httpstatus: the header fields the RFCs tie to each status code, with each rule's level and section.
// SPDX-License-Identifier: MIT
//
//   for (const httpstatus::field_rule& rule : httpstatus::field_rules(405))
//       rule.field;  // "Allow": requirement::must, rule_condition::always, "RFC 9110 \xC2\xA7" "15.5.6"
//
// An opt-in header, as the checker that applies these rules (httpstatus/check.hpp) is: a program that
// only names codes pays nothing for them. The rules are functions of the code, like the semantics
// facts of httpstatus.hpp: they answer for any code 100-599, registered or not, a code that is not
// registered having the rules its class has (RFC 9110 section 15), and nothing outside.
#ifndef HTTPSTATUS_FIELD_RULES_HPP
#define HTTPSTATUS_FIELD_RULES_HPP

#include <httpstatus/httpstatus.hpp>

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

namespace httpstatus {

// How strongly a rule binds a sender, by the keywords of RFC 2119 and RFC 8174.
enum class requirement : std::uint8_t {
    must,        // a response that breaks it does not conform
    must_not,    // likewise
    should,      // a response may break it for a reason it knows of
    should_not,  // likewise
    may,         // the field is allowed and has a meaning with this code
};

// The keyword as the RFCs write it: "MUST", "MUST NOT", "SHOULD", "SHOULD NOT", "MAY"; empty for a
// value outside the enum.
constexpr std::string_view to_string(requirement level) noexcept {
    switch (level) {
    case requirement::must: return "MUST";
    case requirement::must_not: return "MUST NOT";
    case requirement::should: return "SHOULD";
    case requirement::should_not: return "SHOULD NOT";
    case requirement::may: return "MAY";
    }
    return {};
}

// When a rule holds, where it does not hold for every response with its code. A response head shows
// some (a 206's Content-Type says whether it has one part); others need the request's method; the
// rest need what one response cannot show, and a checker reports those as notes, never as violations.
enum class rule_condition : std::uint8_t {
    always,                    // every response with the code
    single_part,               // a 206 whose Content-Type is not multipart/byteranges
    multiple_parts,            // a 206 whose Content-Type is multipart/byteranges
    to_connect,                // the request was CONNECT: needs the method
    to_get_or_head,            // the request was GET or HEAD, and the server has a validator to send
    origin_with_clock,         // the sender is an origin server with a clock (RFC 9110 section 6.6.1)
    as_a_200_would,            // a 200 to the same request would have carried the field
    preferred_choice,          // a 300 whose server prefers one of the choices
    temporary,                 // a 413 whose condition is temporary
    content_coding_cause,      // a 415 caused by the request's content coding
    not_content_coding_cause,  // a 415 with any other cause
    byte_ranges,               // a 416 to a request for byte ranges
};

// The condition in words, to follow the rule: "in a response to CONNECT"; empty for `always` and for
// a value outside the enum.
constexpr std::string_view to_string(rule_condition condition) noexcept {
    switch (condition) {
    case rule_condition::always: return {};
    case rule_condition::single_part: return "when the content is one part";
    case rule_condition::multiple_parts: return "when the content is multipart/byteranges";
    case rule_condition::to_connect: return "in a response to CONNECT";
    case rule_condition::to_get_or_head: return "in a response to GET or HEAD, when the server has one";
    case rule_condition::origin_with_clock: return "from an origin server with a clock";
    case rule_condition::as_a_200_would: return "when a 200 to the same request would carry it";
    case rule_condition::preferred_choice: return "when the server prefers one choice";
    case rule_condition::temporary: return "when the condition is temporary";
    case rule_condition::content_coding_cause: return "when a content coding is the cause";
    case rule_condition::not_content_coding_cause: return "when the cause is not a content coding";
    case rule_condition::byte_ranges: return "when byte ranges were asked for";
    }
    return {};
}

// Whether a response head alone shows whether the condition holds: `always`, and a 206's one part or
// several (its Content-Type). `to_connect` needs the request's method; the others need what no
// message shows.
constexpr bool head_shows(rule_condition condition) noexcept {
    return condition == rule_condition::always || condition == rule_condition::single_part ||
           condition == rule_condition::multiple_parts;
}

// One rule: the field, how strongly it binds, when, where the RFC says so, and what it asks, in words.
struct field_rule {
    std::string_view field;        // the field's name as the RFC writes it: "Allow"
    requirement level{};           // must ... may
    rule_condition condition{};    // always, or when the rule holds
    std::string_view section;      // "RFC 9110 \xC2\xA7" "15.5.6", as the registry writes a reference
    std::string_view description;  // what the rule asks, in a few words
};

namespace detail {

// A rule and the codes it holds for, first to last: 100-199 for a rule of the 1xx class.
struct field_rule_row {
    int first_code = 0;
    int last_code = 0;
    field_rule rule;
};

// Every rule, in the order of their first codes. Sections are RFC 9110's unless another RFC is named.
// A rule of a class spans the class, so a code that is not registered has its class's rules.
// Where the RFC names a field with no keyword (201's and 303's Location: the response identifies a
// resource by it), the rule is a MAY. Left out: 421 "MUST NOT be generated by a proxy" (no field);
// "only 206 and 416 describe a meaning for Content-Range" (RFC 9110 section 14.4: no keyword); and
// 304's "SHOULD NOT generate representation metadata other than the above listed fields unless said
// metadata exists for the purpose of guiding cache updates" (section 15.4.5), which names no field.
inline constexpr field_rule_row field_rule_rows[] = {
    // clang-format off
    {100, 199, {"Content-Length",    requirement::must_not, rule_condition::always,            "RFC 9110 \xC2\xA7" "8.6",      "a 1xx response has no content to measure"}},
    {100, 199, {"Transfer-Encoding", requirement::must_not, rule_condition::always,            "RFC 9112 \xC2\xA7" "6.1",      "a 1xx response has no content to encode"}},
    {100, 199, {"Date",              requirement::may,      rule_condition::origin_with_clock, "RFC 9110 \xC2\xA7" "6.6.1",    "the time the response was generated"}},
    {101, 101, {"Upgrade",           requirement::must,     rule_condition::always,            "RFC 9110 \xC2\xA7" "15.2.2",   "the protocols the connection switches to"}},
    {101, 101, {"Connection",        requirement::must,     rule_condition::always,            "RFC 9110 \xC2\xA7" "7.8",      "the option \"upgrade\", as every sender of Upgrade sends"}},
    {103, 103, {"Link",              requirement::may,      rule_condition::always,            "RFC 8297 \xC2\xA7" "2",        "hints of the final response's fields"}},
    {200, 299, {"Content-Length",    requirement::must_not, rule_condition::to_connect,        "RFC 9110 \xC2\xA7" "9.3.6",    "the connection becomes a tunnel"}},
    {200, 299, {"Transfer-Encoding", requirement::must_not, rule_condition::to_connect,        "RFC 9110 \xC2\xA7" "9.3.6",    "the connection becomes a tunnel"}},
    {200, 499, {"Date",              requirement::must,     rule_condition::origin_with_clock, "RFC 9110 \xC2\xA7" "6.6.1",    "the time the response was generated"}},
    {200, 200, {"ETag",              requirement::should,   rule_condition::to_get_or_head,    "RFC 9110 \xC2\xA7" "15.3.1",   "a validator of the representation"}},
    {200, 200, {"Last-Modified",     requirement::should,   rule_condition::to_get_or_head,    "RFC 9110 \xC2\xA7" "15.3.1",   "a validator of the representation"}},
    {201, 201, {"Location",          requirement::may,      rule_condition::always,            "RFC 9110 \xC2\xA7" "15.3.2",   "the new resource; without it, the target URI is"}},
    {204, 204, {"Content-Length",    requirement::must_not, rule_condition::always,            "RFC 9110 \xC2\xA7" "8.6",      "a 204 has no content to measure"}},
    {204, 204, {"Transfer-Encoding", requirement::must_not, rule_condition::always,            "RFC 9112 \xC2\xA7" "6.1",      "a 204 has no content to encode"}},
    {206, 206, {"Content-Range",     requirement::must,     rule_condition::single_part,       "RFC 9110 \xC2\xA7" "15.3.7.1", "the range the content holds"}},
    {206, 206, {"Content-Type",      requirement::must,     rule_condition::multiple_parts,    "RFC 9110 \xC2\xA7" "15.3.7.2", "multipart/byteranges with its boundary"}},
    {206, 206, {"Content-Range",     requirement::must_not, rule_condition::multiple_parts,    "RFC 9110 \xC2\xA7" "15.3.7.2", "each part has its own"}},
    {206, 206, {"Date",              requirement::must,     rule_condition::as_a_200_would,    "RFC 9110 \xC2\xA7" "15.3.7",   "as the 200 would"}},
    {206, 206, {"Cache-Control",     requirement::must,     rule_condition::as_a_200_would,    "RFC 9110 \xC2\xA7" "15.3.7",   "as the 200 would"}},
    {206, 206, {"ETag",              requirement::must,     rule_condition::as_a_200_would,    "RFC 9110 \xC2\xA7" "15.3.7",   "as the 200 would"}},
    {206, 206, {"Expires",           requirement::must,     rule_condition::as_a_200_would,    "RFC 9110 \xC2\xA7" "15.3.7",   "as the 200 would"}},
    {206, 206, {"Content-Location",  requirement::must,     rule_condition::as_a_200_would,    "RFC 9110 \xC2\xA7" "15.3.7",   "as the 200 would"}},
    {206, 206, {"Vary",              requirement::must,     rule_condition::as_a_200_would,    "RFC 9110 \xC2\xA7" "15.3.7",   "as the 200 would"}},
    {300, 399, {"Retry-After",       requirement::may,      rule_condition::always,            "RFC 9110 \xC2\xA7" "10.2.3",   "how long to wait before following the redirect"}},
    {300, 300, {"Location",          requirement::should,   rule_condition::preferred_choice,  "RFC 9110 \xC2\xA7" "15.4.1",   "the preferred choice"}},
    {301, 301, {"Location",          requirement::should,   rule_condition::always,            "RFC 9110 \xC2\xA7" "15.4.2",   "the new permanent URI"}},
    {302, 302, {"Location",          requirement::should,   rule_condition::always,            "RFC 9110 \xC2\xA7" "15.4.3",   "the temporary URI"}},
    {303, 303, {"Location",          requirement::may,      rule_condition::always,            "RFC 9110 \xC2\xA7" "15.4.4",   "the other resource to GET"}},
    {304, 304, {"Content-Location",  requirement::must,     rule_condition::as_a_200_would,    "RFC 9110 \xC2\xA7" "15.4.5",   "as the 200 would"}},
    {304, 304, {"Date",              requirement::must,     rule_condition::as_a_200_would,    "RFC 9110 \xC2\xA7" "15.4.5",   "as the 200 would"}},
    {304, 304, {"ETag",              requirement::must,     rule_condition::as_a_200_would,    "RFC 9110 \xC2\xA7" "15.4.5",   "as the 200 would"}},
    {304, 304, {"Vary",              requirement::must,     rule_condition::as_a_200_would,    "RFC 9110 \xC2\xA7" "15.4.5",   "as the 200 would"}},
    {304, 304, {"Cache-Control",     requirement::must,     rule_condition::as_a_200_would,    "RFC 9110 \xC2\xA7" "15.4.5",   "as the 200 would"}},
    {304, 304, {"Expires",           requirement::must,     rule_condition::as_a_200_would,    "RFC 9110 \xC2\xA7" "15.4.5",   "as the 200 would"}},
    {304, 304, {"Content-Length",    requirement::may,      rule_condition::as_a_200_would,    "RFC 9110 \xC2\xA7" "8.6",      "only the length the 200 would have"}},
    {307, 307, {"Location",          requirement::should,   rule_condition::always,            "RFC 9110 \xC2\xA7" "15.4.8",   "the temporary URI"}},
    {308, 308, {"Location",          requirement::should,   rule_condition::always,            "RFC 9110 \xC2\xA7" "15.4.9",   "the new permanent URI"}},
    {401, 401, {"WWW-Authenticate",  requirement::must,     rule_condition::always,            "RFC 9110 \xC2\xA7" "15.5.2",   "at least one challenge"}},
    {405, 405, {"Allow",             requirement::must,     rule_condition::always,            "RFC 9110 \xC2\xA7" "15.5.6",   "the methods the resource supports, perhaps none"}},
    {407, 407, {"Proxy-Authenticate",requirement::must,     rule_condition::always,            "RFC 9110 \xC2\xA7" "15.5.8",   "at least one challenge"}},
    {413, 413, {"Retry-After",       requirement::should,   rule_condition::temporary,         "RFC 9110 \xC2\xA7" "15.5.14",  "when the client may try again"}},
    {415, 415, {"Accept-Encoding",   requirement::should,   rule_condition::content_coding_cause,     "RFC 9110 \xC2\xA7" "12.5.3", "the content codings the server accepts"}},
    {415, 415, {"Accept-Encoding",   requirement::must_not, rule_condition::not_content_coding_cause, "RFC 9110 \xC2\xA7" "12.5.3", "it would blame the content coding"}},
    {416, 416, {"Content-Range",     requirement::should,   rule_condition::byte_ranges,       "RFC 9110 \xC2\xA7" "15.5.17",  "\"bytes */\" and the length"}},
    {426, 426, {"Upgrade",           requirement::must,     rule_condition::always,            "RFC 9110 \xC2\xA7" "15.5.22",  "the protocols the server would switch to"}},
    {426, 426, {"Connection",        requirement::must,     rule_condition::always,            "RFC 9110 \xC2\xA7" "7.8",      "the option \"upgrade\", as every sender of Upgrade sends"}},
    {429, 429, {"Retry-After",       requirement::may,      rule_condition::always,            "RFC 6585 \xC2\xA7" "4",        "how long to wait before a new request"}},
    {451, 451, {"Link",              requirement::should,   rule_condition::always,            "RFC 7725 \xC2\xA7" "4",        "rel=\"blocked-by\" and who blocks it"}},
    {500, 599, {"Date",              requirement::may,      rule_condition::origin_with_clock, "RFC 9110 \xC2\xA7" "6.6.1",    "the time the response was generated"}},
    {503, 503, {"Retry-After",       requirement::may,      rule_condition::always,            "RFC 9110 \xC2\xA7" "15.6.4",   "how long the service is expected to be unavailable"}},
    // clang-format on
};

inline constexpr std::size_t field_rule_count = sizeof(field_rule_rows) / sizeof(field_rule_rows[0]);

}  // namespace detail

// The rules of one code: a forward range over static storage, in the order of detail::field_rule_rows.
// It holds two pointers and the code; copy it freely.
class field_rule_list {
public:
    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = field_rule;
        using difference_type = std::ptrdiff_t;
        using pointer = const field_rule*;
        using reference = const field_rule&;

        constexpr iterator() noexcept = default;
        constexpr iterator(const detail::field_rule_row* at, int code) noexcept : at_(at), code_(code) { skip(); }
        constexpr reference operator*() const noexcept { return at_->rule; }
        constexpr pointer operator->() const noexcept { return &at_->rule; }
        constexpr iterator& operator++() noexcept {
            ++at_;
            skip();
            return *this;
        }
        constexpr iterator operator++(int) noexcept {
            iterator before = *this;
            ++*this;
            return before;
        }
        constexpr bool operator==(const iterator& other) const noexcept { return at_ == other.at_; }
        constexpr bool operator!=(const iterator& other) const noexcept { return at_ != other.at_; }

    private:
        // Moves past the rows that do not hold for the code.
        constexpr void skip() noexcept {
            const detail::field_rule_row* const last = detail::field_rule_rows + detail::field_rule_count;
            while (at_ != last && (code_ < at_->first_code || code_ > at_->last_code)) ++at_;
        }
        const detail::field_rule_row* at_ = nullptr;
        int code_ = 0;
    };

    constexpr explicit field_rule_list(int code) noexcept : code_(code) {}
    constexpr iterator begin() const noexcept { return {detail::field_rule_rows, code_}; }
    constexpr iterator end() const noexcept { return {detail::field_rule_rows + detail::field_rule_count, code_}; }
    constexpr bool empty() const noexcept { return begin() == end(); }
    constexpr std::size_t size() const noexcept {
        std::size_t count = 0;
        for (auto it = begin(); it != end(); ++it) ++count;
        return count;
    }

private:
    int code_;
};

// The rules that tie header fields to a code: field_rules(405) is one rule, Allow, MUST. Any code
// 100-599 has those of its class (every 2xx, 3xx and 4xx: Date, from an origin server with a clock);
// a code outside 100-599 has none.
constexpr field_rule_list field_rules(int code) noexcept { return field_rule_list(code); }
constexpr field_rule_list field_rules(status s) noexcept { return field_rules(to_int(s)); }

}  // namespace httpstatus

#endif  // HTTPSTATUS_FIELD_RULES_HPP
