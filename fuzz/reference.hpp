// SPDX-License-Identifier: MIT
// Plain reference implementations the fuzz targets compare the library with: written the obvious
// way, with std::string and linear scans, sharing no code with the header's own algorithms.
#ifndef HTTPSTATUS_FUZZ_REFERENCE_HPP
#define HTTPSTATUS_FUZZ_REFERENCE_HPP

#include <httpstatus/httpstatus.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

namespace reference {

// A violated property: say which, and stop the run (libFuzzer saves the input as a crash).
inline void check(bool ok, const char* property) {
    if (ok) return;
    std::fprintf(stderr, "property violated: %s\n", property);
    std::abort();
}

inline std::string lower(std::string_view text) {
    std::string out(text);
    for (char& ch : out)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return out;
}

// The grammar of parse: three digits forming 100-599, then the end, or a space and a reason phrase
// (RFC 9112 section 4: reason-phrase = *( HTAB / SP / VCHAR / obs-text ) here, as it may be empty).
inline std::optional<int> parse(std::string_view text) {
    if (text.size() < 3) return std::nullopt;
    int code = 0;
    for (std::size_t i = 0; i < 3; ++i) {
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        code = code * 10 + (text[i] - '0');
    }
    if (code < 100 || code > 599) return std::nullopt;
    if (text.size() > 3 && text[3] != ' ') return std::nullopt;
    const std::string_view phrase = text.size() > 4 ? text.substr(4) : std::string_view{};
    for (char ch : phrase) {
        const auto byte = static_cast<unsigned char>(ch);
        const bool htab = byte == 0x09;
        const bool sp = byte == 0x20;
        const bool vchar = byte >= 0x21 && byte <= 0x7E;
        const bool obs_text = byte >= 0x80;
        if (!htab && !sp && !vchar && !obs_text) return std::nullopt;
    }
    return code;
}

// from_name's rule: ASCII case ignored, ' ' '_' '-' alike, apostrophes dropped.
inline std::string name_key(std::string_view name) {
    std::string key;
    for (char ch : lower(name)) {
        if (ch == '\'') continue;
        key += ch == '_' || ch == '-' ? ' ' : ch;
    }
    return key;
}

// The code of the one entry of a table whose name or an alias has the key of `name`.
inline std::optional<httpstatus::status> from_name(httpstatus::entry_span table, std::string_view name) {
    const std::string key = name_key(name);
    std::optional<httpstatus::status> found;
    int answering = 0;
    for (const auto& e : table) {
        bool answers = name_key(e.name) == key;
        for (std::string_view alias : e.aliases) answers = answers || name_key(alias) == key;
        if (answers) {
            ++answering;
            found = e.code;
        }
    }
    return answering == 1 ? found : std::nullopt;
}

// search's rule: a query of one to three characters, digits then 'x's ("5", "5xx", "41"), is a
// prefix of the code; any other query is in the name, an alias, the class label or the enumerator
// of the code ("unused_418"; enumerator_name, taken as data), all read by from_name's rule (name_key).
inline bool is_code_query(std::string_view query) {
    std::size_t digits = 0;
    while (digits < query.size() && query[digits] >= '0' && query[digits] <= '9') ++digits;
    if (digits == 0 || query.size() > 3) return false;
    for (std::size_t i = digits; i < query.size(); ++i)
        if (query[i] != 'x' && query[i] != 'X') return false;
    return true;
}

inline bool matches(const httpstatus::status_info& e, std::string_view query) {
    if (is_code_query(query)) {
        const std::string digits(query.substr(0, query.find_first_of("xX")));
        return std::to_string(e.value()).rfind(digits, 0) == 0;
    }
    const std::string q = name_key(query);
    if (name_key(e.name).find(q) != std::string::npos) return true;
    if (name_key(httpstatus::to_string(e.class_)).find(q) != std::string::npos) return true;
    for (std::string_view alias : e.aliases)
        if (name_key(alias).find(q) != std::string::npos) return true;
    return name_key(httpstatus::enumerator_name(e.code)).find(q) != std::string::npos;
}

// Whether the same request may succeed if sent again, as docs/semantics.md lists the codes.
inline httpstatus::retry retry_of(long long code) {
    using httpstatus::retry;
    if (code == 408 || code == 425 || code == 429 || code == 503) return retry::yes;
    if (code == 421) return retry::on_another_connection;
    if (code == 502 || code == 504) return retry::if_idempotent;
    if (code == 413) return retry::if_retry_after;
    if (code == 501 || code == 505) return retry::no;
    return retry::unspecified;
}

// The RFC Editor's address of an entry's section, from its reference "RFC 9110 \xC2\xA7" "15.5.5":
// https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5; empty for no entry.
inline std::string reference_url(const httpstatus::status_info* entry) {
    if (entry == nullptr) return {};
    const std::string reference(entry->reference);
    const std::string sign = " \xC2\xA7";
    const std::size_t at = reference.find(sign);
    return "https://www.rfc-editor.org/rfc/rfc" + reference.substr(4, at - 4) + ".html#section-" +
           reference.substr(at + sign.size());
}

// A table's entry for a code, by a linear scan.
inline const httpstatus::status_info* find(httpstatus::entry_span table, long long code) {
    for (const auto& e : table)
        if (e.value() == code) return &e;
    return nullptr;
}

// The grammar of parse_status_line: "HTTP/" DIGIT "." DIGIT SP, then parse's grammar with the space
// after the code required (RFC 9112 section 4).
inline bool is_status_line(std::string_view line) {
    const auto digit = [](char ch) { return ch >= '0' && ch <= '9'; };
    if (line.size() < 13 || line.substr(0, 5) != "HTTP/") return false;
    if (!digit(line[5]) || line[6] != '.' || !digit(line[7]) || line[8] != ' ') return false;
    return line[12] == ' ' && parse(line.substr(9)).has_value();
}

// delay-seconds (RFC 9110 section 10.2.3), counted with a cap: nullopt unless every byte is a digit.
inline std::optional<long long> delay_seconds(std::string_view text, long long cap) {
    if (text.empty()) return std::nullopt;
    long long value = 0;
    for (char ch : text) {
        if (ch < '0' || ch > '9') return std::nullopt;
        value = value >= cap ? cap : value * 10 + (ch - '0');
    }
    return value < cap ? value : cap;
}

// A time as the three forms of HTTP-date write it (RFC 9110 section 5.6.7), found by walking the
// calendar a year, then a month, at a time from 1970: slow and plain. Seconds from year 0 to 9999.
struct http_dates {
    std::string imf_fixdate, rfc850, asctime;
};

inline http_dates format_http_date(std::int64_t t) {
    const auto leap = [](std::int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; };
    std::int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
    const std::int64_t second_of_day = t - days * 86400;
    const int weekday = static_cast<int>(((days % 7) + 11) % 7);  // 1970-01-01 was a Thursday
    std::int64_t year = 1970;
    while (days < 0) days += leap(--year) ? 366 : 365;
    while (days >= (leap(year) ? 366 : 365)) days -= leap(year++) ? 366 : 365;
    const int lengths[] = {31, leap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int month = 0;
    while (days >= lengths[month]) days -= lengths[month++];
    const int day = static_cast<int>(days) + 1;
    const int h = static_cast<int>(second_of_day / 3600);
    const int m = static_cast<int>(second_of_day / 60 % 60);
    const int s = static_cast<int>(second_of_day % 60);
    static const char* const names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char* const long_names[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                             "Thursday", "Friday", "Saturday"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char text[3][64];
    static_cast<void>(std::snprintf(text[0], sizeof text[0], "%s, %02d %s %04lld %02d:%02d:%02d GMT", names[weekday],
                                    day, months[month], static_cast<long long>(year), h, m, s));
    static_cast<void>(std::snprintf(text[1], sizeof text[1], "%s, %02d-%s-%02lld %02d:%02d:%02d GMT",
                                    long_names[weekday], day, months[month], static_cast<long long>(year % 100), h, m,
                                    s));
    static_cast<void>(std::snprintf(text[2], sizeof text[2], "%s %s %2d %02d:%02d:%02d %04lld", names[weekday],
                                    months[month], day, h, m, s, static_cast<long long>(year)));
    return {text[0], text[1], text[2]};
}

}  // namespace reference

#endif  // HTTPSTATUS_FUZZ_REFERENCE_HPP
