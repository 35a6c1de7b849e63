// SPDX-License-Identifier: MIT
// parse_retry_after in constant expressions; this file passes by compiling. A constant evaluation
// stops at any overflow, so the extreme `now`s below also show that none happens.
#include <httpstatus/retry_after.hpp>

#include <chrono>
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>

namespace hs = httpstatus;

namespace {
constexpr std::int64_t nov_6_1994 = 784111777;   // Sun, 06 Nov 1994 08:49:37 GMT, RFC 9110's example
constexpr std::int64_t dec_3_2026 = 1796256000;  // Thu, 03 Dec 2026 00:00:00 GMT
constexpr std::int64_t max = hs::retry_after_max.count();

constexpr bool gives(std::string_view value, std::int64_t now, std::int64_t seconds) noexcept {
    const std::optional<std::chrono::seconds> delay = hs::parse_retry_after(value, now);
    return delay && delay->count() == seconds;
}
constexpr bool refused(std::string_view value, std::int64_t now = dec_3_2026) noexcept {
    return !hs::parse_retry_after(value, now).has_value();
}
}  // namespace

// delay-seconds = 1*DIGIT (RFC 9110 section 10.2.3), whatever now is.
static_assert(gives("0", 0, 0) && gives("120", 0, 120) && gives("120", dec_3_2026, 120) && gives("00120", 0, 120));
static_assert(gives("2147483647", 0, 2147483647) && gives("2147483648", 0, max) && gives("2147483649", 0, max));
static_assert(gives("99999999999999999999999999999999", 0, max) && max == 2147483648);
static_assert(refused("") && refused("-1") && refused("+1") && refused("1.5") && refused("1e3") && refused("12a"));
static_assert(refused(" 120") && refused("120 ") && refused("\t120") && refused("12 0") && refused("0x10"));
static_assert(refused("99999999999999999999999999999999x") && refused(std::string_view("12\0", 3)));

// The three forms of one date, each from 10 seconds before it.
static_assert(gives("Sun, 06 Nov 1994 08:49:37 GMT", nov_6_1994 - 10, 10));
static_assert(gives("Sunday, 06-Nov-94 08:49:37 GMT", nov_6_1994 - 10, 10));
static_assert(gives("Sun Nov  6 08:49:37 1994", nov_6_1994 - 10, 10) &&
              gives("Sun Nov 06 08:49:37 1994", nov_6_1994 - 10, 10));
// A date now or past is 0 s; a date too far is retry_after_max.
static_assert(gives("Sun, 06 Nov 1994 08:49:37 GMT", nov_6_1994, 0) &&
              gives("Sun, 06 Nov 1994 08:49:37 GMT", dec_3_2026, 0));
static_assert(gives("Thu, 01 Jan 1970 00:00:00 GMT", dec_3_2026, 0) && gives("Sat, 01 Jan 0000 00:00:00 GMT", 0, 0));
static_assert(gives("Fri, 31 Dec 9999 23:59:59 GMT", dec_3_2026, max) &&
              gives("Fri, 31 Dec 9999 23:59:59 GMT", 253402300798, 1));
// Just past the days that surely exceed the limit: 24856 days ahead, but from 23:59:59 to 00:00:00,
// 2147472001 s, under the limit of 2^31 (1970-01-01 23:59:59 to 2038-01-20 00:00:00).
static_assert(gives("Wed, 20 Jan 2038 00:00:00 GMT", 86399, 2147472001));
// Any now, the extremes included, without overflow.
constexpr std::int64_t earliest = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t latest = std::numeric_limits<std::int64_t>::max();
static_assert(gives("Sun, 06 Nov 1994 08:49:37 GMT", earliest, max) &&
              gives("Sun, 06 Nov 1994 08:49:37 GMT", latest, 0));
static_assert(gives("Sun Nov  6 08:49:37 1994", earliest, max) && gives("120", latest, 120));
// A two-digit year is read from now; from the extremes the year it stands for has no time in an
// int64 count of seconds, and the date is refused rather than wrapped.
static_assert(refused("Sunday, 06-Nov-94 08:49:37 GMT", earliest));
static_assert(refused("Sunday, 06-Nov-94 08:49:37 GMT", latest));

// Days of the month: 29 February in a leap year only (2000 is one, 1900 is not), no 31 November.
static_assert(gives("Thu, 29 Feb 2024 00:00:00 GMT", 1709164800 - 1, 1) &&
              gives("Tue, 29 Feb 2000 00:00:00 GMT", 951782400 - 5, 5));
static_assert(refused("Wed, 29 Feb 2023 00:00:00 GMT") && refused("Thu, 29 Feb 1900 00:00:00 GMT"));
static_assert(refused("Mon, 31 Nov 2026 00:00:00 GMT") && refused("Mon, 00 Nov 2026 00:00:00 GMT"));
static_assert(refused("Mon, 32 Dec 2026 00:00:00 GMT") && refused("Thu, 03 Foo 2026 00:00:00 GMT"));
// Times: the leap second 23:59:60 is the next day's first second; no other :60, no 24:00:00.
static_assert(gives("Sat, 31 Dec 2016 23:59:60 GMT", 1483228799, 1) &&
              gives("Sat, 31 Dec 2016 23:59:59 GMT", 1483228798, 1));
static_assert(refused("Sat, 31 Dec 2016 12:00:60 GMT") && refused("Sat, 31 Dec 2016 23:58:60 GMT"));
static_assert(refused("Sat, 31 Dec 2016 24:00:00 GMT") && refused("Sat, 31 Dec 2016 23:60:00 GMT"));
static_assert(refused("Sat, 31 Dec 2016 23:59:61 GMT") && refused("Sat, 31 Dec 2016 9:00:00 GMT"));
// The weekday must be the date's.
static_assert(refused("Mon, 06 Nov 1994 08:49:37 GMT") && refused("Monday, 06-Nov-94 08:49:37 GMT"));
static_assert(refused("Mon Nov  6 08:49:37 1994"));
// Names are case-sensitive (RFC 9110 section 5.6.7: %s"GMT", %s"Sun", %s"Nov").
static_assert(refused("Sun, 06 Nov 1994 08:49:37 gmt") && refused("sun, 06 Nov 1994 08:49:37 GMT"));
static_assert(refused("Sun, 06 NOV 1994 08:49:37 GMT") && refused("SUNDAY, 06-Nov-94 08:49:37 GMT"));
static_assert(refused("Sun, 06 Nov 1994 08:49:37 UTC") && refused("Sun, 06 Nov 1994 08:49:37 +0000"));
// The grammar's spaces and punctuation, exactly.
static_assert(refused("Sun,06 Nov 1994 08:49:37 GMT") && refused("Sun,  06 Nov 1994 08:49:37 GMT"));
static_assert(refused("Sun, 6 Nov 1994 08:49:37 GMT") && refused("Sun, 06 Nov 94 08:49:37 GMT"));
static_assert(refused("Sun, 06-Nov-1994 08:49:37 GMT") && refused("Sunday, 06 Nov 1994 08:49:37 GMT"));
static_assert(refused("Sunday, 06-Nov-1994 08:49:37 GMT") && refused("Sun Nov 6 08:49:37 1994"));
static_assert(refused("Sun, 06 Nov 1994 08:49:37 GMT ") && refused(" Sun, 06 Nov 1994 08:49:37 GMT"));
static_assert(refused("Sun, 06 Nov 1994 08:49:37 GMT\r\n") && refused("Sun Nov  6 08:49:37 1994 GMT"));
static_assert(refused("Sun, 06 Nov 1994 08:49 GMT") && refused("Sun, 06 Nov 1994 08-49-37 GMT"));
static_assert(refused("Sun") && refused("Sun, ") && refused("Sunday") && refused("GMT") && refused(","));
// A failed read stays failed: a missing day name or a missing "GMT" is not skipped over, and the
// RFC 850 form's end is checked like the others'.
static_assert(refused(", 06 Nov 1994 08:49:37 GMT") && refused("Sun, 06 Nov 1994 08:49:37"));
static_assert(refused("Sunday, 06-Nov-94 08:49:37 UTC") && refused("Sunday, 06-Nov-94 08:49:37"));
// Day 00 is refused for itself, not for its weekday: 31 Oct 2026, the day before 1 Nov, was a Saturday.
static_assert(refused("Sat, 00 Nov 2026 00:00:00 GMT") && !refused("Sat, 31 Oct 2026 00:00:00 GMT"));

// RFC 850's two-digit year, from Thu, 03 Dec 2026 00:00:00: "76" is 2076 up to exactly 50 years
// ahead, and 1976 (a past date: 0 s) from one second more.
static_assert(gives("Wednesday, 02-Dec-76 23:59:59 GMT", dec_3_2026, 3374179199 - dec_3_2026));
static_assert(gives("Thursday, 03-Dec-76 00:00:00 GMT", dec_3_2026, 3374179200 - dec_3_2026));
static_assert(gives("Friday, 03-Dec-76 00:00:01 GMT", dec_3_2026, 0));  // 1976-12-03 was a Friday
static_assert(refused("Thursday, 03-Dec-76 00:00:01 GMT"));             // 2076's weekday, but the year is 1976
static_assert(gives("Thursday, 03-Dec-26 00:00:10 GMT", dec_3_2026, 10) &&
              gives("Wednesday, 01-Jan-70 00:00:00 GMT", dec_3_2026, 3155760000 - dec_3_2026));
static_assert(refused("Thursday, 01-Jan-70 00:00:00 GMT"));  // 1970's weekday, but "70" is 2070 from 2026
// Late in a century the next century's years are nearer: from 2090, "10" is 2110, not 2010.
constexpr std::int64_t jan_1_2090 = 3786912000;
static_assert(gives("Sunday, 15-Jun-10 00:00:00 GMT", jan_1_2090, 4432233600 - jan_1_2090));
static_assert(refused("Tuesday, 15-Jun-10 00:00:00 GMT", jan_1_2090));  // 2010's weekday

// A clock's time: std::chrono::system_clock::time_point, whole seconds taken.
constexpr std::chrono::system_clock::time_point clock_time{std::chrono::seconds{nov_6_1994 - 10} +
                                                           std::chrono::milliseconds{999}};
static_assert(hs::parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", clock_time) == std::chrono::seconds{10});
// Of the functions: a string literal's conversion to string_view is not noexcept in libc++.
constexpr std::string_view two_minutes = "120";
static_assert(noexcept(hs::parse_retry_after(two_minutes, 0)) && noexcept(hs::parse_retry_after(two_minutes,
                                                                                                clock_time)));

// The calendar under the dates (detail/http_date.hpp), at the months where its March-based year turns:
// the last day of February, the first of March, and January and December, each way.
namespace calendar {
using hs::detail::civil_from_days;
using hs::detail::days_from_civil;
constexpr bool is(hs::detail::civil_date date, std::int64_t year, int month, int day) noexcept {
    return date.year == year && date.month == month && date.day == day;
}
static_assert(days_from_civil(1970, 1, 1) == 0 && is(civil_from_days(0), 1970, 1, 1));
static_assert(is(civil_from_days(days_from_civil(2024, 1, 31)), 2024, 1, 31));
static_assert(is(civil_from_days(days_from_civil(2024, 2, 29)), 2024, 2, 29));
static_assert(is(civil_from_days(days_from_civil(2024, 3, 1)), 2024, 3, 1));
static_assert(is(civil_from_days(days_from_civil(2023, 12, 31)), 2023, 12, 31));
static_assert(days_from_civil(2024, 3, 1) - days_from_civil(2024, 2, 28) == 2);
// The 31st of a month of 30 days is no date, even on the weekday of the 1st of the next month.
static_assert(refused("Thu, 31 Apr 2025 00:00:00 GMT") && refused("Tue, 31 Jun 2025 00:00:00 GMT"));
static_assert(refused("Wed, 31 Sep 2025 00:00:00 GMT") && refused("Mon, 31 Nov 2025 00:00:00 GMT"));
static_assert(!refused("Fri, 31 Oct 2025 00:00:00 GMT") && !refused("Wed, 30 Apr 2025 00:00:00 GMT"));
}  // namespace calendar
