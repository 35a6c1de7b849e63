// SPDX-License-Identifier: MIT
// parse_retry_after: delay-seconds or an HTTP-date in any of its three forms.
#include "catch.hpp"

#include <httpstatus/retry_after.hpp>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace hs = httpstatus;
using std::chrono::seconds;

namespace {
constexpr std::int64_t dec_3_2026 = 1796256000;  // Thu, 03 Dec 2026 00:00:00 GMT

// A date written out the plain way: walking the calendar a day at a time from 1970-01-01, a
// Thursday, with no formula shared with the header.
struct walked_date {
    int year = 1970, month = 1, day = 1, weekday = 4;
};

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// The day after.
void next_day(walked_date& d) {
    static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    d.weekday = (d.weekday + 1) % 7;
    const int length = d.month == 2 && is_leap(d.year) ? 29 : lengths[d.month - 1];
    if (++d.day > length) {
        d.day = 1;
        if (++d.month > 12) {
            d.month = 1;
            ++d.year;
        }
    }
}

const char* const day_names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
const char* const long_day_names[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
const char* const month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

enum class form { imf_fixdate, rfc850, asctime };

std::string format(const walked_date& d, int second_of_day, form f) {
    char text[64];
    const int h = second_of_day / 3600;
    const int m = second_of_day / 60 % 60;
    const int s = second_of_day % 60;
    switch (f) {
    case form::imf_fixdate:
        static_cast<void>(std::snprintf(text, sizeof text, "%s, %02d %s %04d %02d:%02d:%02d GMT", day_names[d.weekday],
                                        d.day, month_names[d.month - 1], d.year, h, m, s));
        break;
    case form::rfc850:
        static_cast<void>(std::snprintf(text, sizeof text, "%s, %02d-%s-%02d %02d:%02d:%02d GMT",
                                        long_day_names[d.weekday], d.day, month_names[d.month - 1], d.year % 100, h, m,
                                        s));
        break;
    case form::asctime:
        static_cast<void>(std::snprintf(text, sizeof text, "%s %s %2d %02d:%02d:%02d %04d", day_names[d.weekday],
                                        month_names[d.month - 1], d.day, h, m, s, d.year));
        break;
    }
    return text;
}
}  // namespace

TEST_CASE("delay-seconds: one or more digits, saturating at retry_after_max") {
    CHECK(hs::parse_retry_after("0", dec_3_2026) == seconds{0});
    CHECK(hs::parse_retry_after("120", dec_3_2026) == seconds{120});
    CHECK(hs::parse_retry_after("007", dec_3_2026) == seconds{7});
    CHECK(hs::parse_retry_after("2147483648", dec_3_2026) == hs::retry_after_max);
    CHECK(hs::parse_retry_after("18446744073709551616", dec_3_2026) == hs::retry_after_max);
    for (std::string_view bad : {"", "-1", "+1", "1.5", " 120", "120 ", "1,000", "12s", "0x1F", "\xEF\xBC\x91"}) {
        INFO(std::string(bad));
        CHECK_FALSE(hs::parse_retry_after(bad, dec_3_2026).has_value());
    }
}

TEST_CASE("RFC 9110's three examples of one date give the same delay") {
    constexpr std::int64_t before = 784111777 - 3600;  // an hour before Sun, 06 Nov 1994 08:49:37 GMT
    CHECK(hs::parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", before) == seconds{3600});
    CHECK(hs::parse_retry_after("Sunday, 06-Nov-94 08:49:37 GMT", before) == seconds{3600});
    CHECK(hs::parse_retry_after("Sun Nov  6 08:49:37 1994", before) == seconds{3600});
}

TEST_CASE("a date in the past gives 0") {
    CHECK(hs::parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", dec_3_2026) == seconds{0});
    CHECK(hs::parse_retry_after("Thu, 03 Dec 2026 00:00:00 GMT", dec_3_2026) == seconds{0});
    CHECK(hs::parse_retry_after("Thu, 03 Dec 2026 00:00:01 GMT", dec_3_2026) == seconds{1});
}

TEST_CASE("every day from 1970 to 2169, in each form, gives its delay from the day before") {
    walked_date d;
    std::int64_t days = 0;
    for (days = 0; d.year < 2170; ++days) {
        const std::int64_t midnight = days * 86400;
        const int second_of_day = static_cast<int>(days * 7919 % 86400);  // a different time each day
        const std::int64_t at = midnight + second_of_day;
        const std::int64_t now = at - 86400;
        INFO(format(d, second_of_day, form::imf_fixdate));
        REQUIRE(hs::parse_retry_after(format(d, second_of_day, form::imf_fixdate), now) == seconds{86400});
        REQUIRE(hs::parse_retry_after(format(d, second_of_day, form::asctime), now) == seconds{86400});
        // RFC 850's two digits name this year when it is within 50 years after now, as it is.
        REQUIRE(hs::parse_retry_after(format(d, second_of_day, form::rfc850), now) == seconds{86400});
        // Another weekday is refused.
        walked_date wrong = d;
        wrong.weekday = (d.weekday + 1) % 7;
        REQUIRE_FALSE(hs::parse_retry_after(format(wrong, second_of_day, form::imf_fixdate), now).has_value());
        next_day(d);
    }
    CHECK(days == 73049);  // 200 years, 49 of them leap years (2100 is not one)
}

TEST_CASE("an RFC 850 year more than 50 years ahead is the past year with the same digits") {
    // From 03 Dec 2026, a date in 2077 is more than 50 years ahead: "77" is 1977, a past date.
    CHECK(hs::parse_retry_after("Saturday, 01-Jan-77 00:00:00 GMT", dec_3_2026) == seconds{0});    // 1977-01-01
    CHECK_FALSE(hs::parse_retry_after("Friday, 01-Jan-77 00:00:00 GMT", dec_3_2026).has_value());  // 2077's weekday
    CHECK(hs::parse_retry_after("Friday, 01-Jan-27 00:00:00 GMT", dec_3_2026) == seconds{29 * 86400});
}

TEST_CASE("now as a system_clock time") {
    const auto now = std::chrono::system_clock::now();
    CHECK(hs::parse_retry_after("120", now) == seconds{120});
    CHECK(hs::parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now) == seconds{0});
    CHECK(hs::parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT", now) == hs::retry_after_max);
#if defined(__cpp_lib_chrono) && __cpp_lib_chrono >= 201907L
    // C++20's sys_seconds converts to a system_clock::time_point.
    const std::chrono::sys_seconds in_seconds{seconds{dec_3_2026}};
    CHECK(hs::parse_retry_after("Thu, 03 Dec 2026 00:02:00 GMT", in_seconds) == seconds{120});
#endif
}

TEST_CASE("an RFC 850 year exactly 50 years ahead is ahead; a second, a day or a month more is past") {
    // From Thu, 15 Jun 2000 12:00:00 GMT, the limit is 15 Jun 2050 12:00:00: year, month, day and
    // time each decide in turn. The past year's date has its own weekday.
    const std::int64_t jun_15_2000_noon = 961070400;
    CHECK(hs::parse_retry_after("Wednesday, 15-Jun-50 12:00:00 GMT", jun_15_2000_noon) == seconds{1577836800});
    CHECK(hs::parse_retry_after("Thursday, 15-Jun-50 12:00:01 GMT", jun_15_2000_noon) == seconds{0});  // 1950
    CHECK(hs::parse_retry_after("Tuesday, 14-Jun-50 00:00:00 GMT", jun_15_2000_noon) == seconds{1577707200});
    CHECK(hs::parse_retry_after("Friday, 16-Jun-50 00:00:00 GMT", jun_15_2000_noon) == seconds{0});  // 1950
    CHECK(hs::parse_retry_after("Sunday, 01-May-50 00:00:00 GMT", jun_15_2000_noon) == seconds{1573905600});
    CHECK(hs::parse_retry_after("Saturday, 01-Jul-50 00:00:00 GMT", jun_15_2000_noon) == seconds{0});  // 1950
}

TEST_CASE("now before 1970 counts back from the epoch") {
    // A `now` of -1 is the last second of 1969, a day before the epoch's day.
    CHECK(hs::parse_retry_after("Thu, 01 Jan 1970 00:00:00 GMT", std::int64_t{-1}) == seconds{1});
    CHECK(hs::parse_retry_after("Wed, 31 Dec 1969 23:59:58 GMT", std::int64_t{-1}) == seconds{0});
    const std::int64_t jan_1_1969 = -31536000;  // 365 days before the epoch
    CHECK(hs::parse_retry_after("Thu, 01 Jan 1970 00:01:00 GMT", jan_1_1969) == seconds{31536000 + 60});
}
