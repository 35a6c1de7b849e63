// httpstatus: the delay a Retry-After field value asks for, from delay-seconds or an HTTP-date.
// SPDX-License-Identifier: MIT
//
//   const auto now = std::chrono::system_clock::now();
//   httpstatus::parse_retry_after("120", now);                            // 120 s
//   httpstatus::parse_retry_after("Fri, 31 Dec 1999 23:59:59 GMT", now);  // 0 s: the date is past
//   httpstatus::parse_retry_after("soon", now);                           // nullopt
//
// Whether Retry-After means anything with a code: retry_after_applies (httpstatus.hpp). The rules
// this header follows, and why: docs/parsing.md.
#ifndef HTTPSTATUS_RETRY_AFTER_HPP
#define HTTPSTATUS_RETRY_AFTER_HPP

#include <httpstatus/detail/ascii.hpp>
#include <httpstatus/detail/http_date.hpp>
#include <httpstatus/httpstatus.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

namespace httpstatus {

// The longest delay parse_retry_after gives: 2^31 seconds, about 68 years. A longer delay, in
// seconds or to a date, gives this: RFC 9111 section 1.2.2 asks the same of a cache for a too large
// delta-seconds, and a program can add it to any time without overflow.
inline constexpr std::chrono::seconds retry_after_max{std::int64_t{1} << 31};

// The delay a Retry-After field value asks for (RFC 9110 section 10.2.3), given the time now as seconds
// since the Unix epoch, 1970-01-01 00:00:00 UTC:
// - delay-seconds, 1*DIGIT: "120" is 120 s; "0" is 0 s; leading zeros are allowed;
// - an HTTP-date, in any of its three forms (RFC 9110 section 5.6.7): "Sun, 06 Nov 1994 08:49:37 GMT"
//   (IMF-fixdate), "Sunday, 06-Nov-94 08:49:37 GMT" (RFC 850), "Sun Nov  6 08:49:37 1994" (asctime):
//   the seconds from now to that date, 0 for a date not after now. An RFC 850 year is the latest
//   year with those two digits that is not more than 50 years after now (section 5.6.7's rule).
// Any delay over retry_after_max gives retry_after_max. nullopt for anything else: an empty value,
// a sign, a fraction, spaces around the value (a field parser strips them: RFC 9110 section 5.5),
// lowercase names ("gmt", "sun"), a day the month does not have (31 Nov, 29 Feb 1900), a time past
// 23:59:59 but for the leap second 23:59:60, or a weekday that is not the date's.
constexpr std::optional<std::chrono::seconds> parse_retry_after(std::string_view value, std::int64_t now) noexcept {
    constexpr std::int64_t limit = retry_after_max.count();
    if (value.empty()) return std::nullopt;
    if (detail::is_digit(value.front())) {
        std::int64_t seconds = 0;
        for (char ch : value) {
            if (!detail::is_digit(ch)) return std::nullopt;
            seconds = seconds * 10 + (ch - '0');
            if (seconds > limit) seconds = limit;  // still reading: every byte must be a digit
        }
        return std::chrono::seconds{seconds};
    }
    const std::optional<std::int64_t> until = detail::seconds_until_http_date(value, now, limit);
    if (!until) return std::nullopt;
    return std::chrono::seconds{*until > 0 ? *until : 0};
}

// The same with the time now as a clock reads it: parse_retry_after(value, system_clock::now()).
// The system clock counts from the Unix epoch (C++20 says so; C++17's libraries all do).
constexpr std::optional<std::chrono::seconds> parse_retry_after(std::string_view value,
                                                                std::chrono::system_clock::time_point now) noexcept {
    return parse_retry_after(value, std::chrono::floor<std::chrono::seconds>(now.time_since_epoch()).count());
}

}  // namespace httpstatus

#endif  // HTTPSTATUS_RETRY_AFTER_HPP
