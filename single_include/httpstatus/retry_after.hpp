// Generated from include/httpstatus/retry_after.hpp and the detail/ headers it includes, by the
// target httpstatus-single-include (cmake/single_include.cmake): do not edit.
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

// ---- begin include/httpstatus/detail/ascii.hpp
// httpstatus: ASCII helpers: case folding and digits.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_ASCII_HPP
#define HTTPSTATUS_DETAIL_ASCII_HPP

#include <cstddef>
#include <string_view>

namespace httpstatus::detail {

// ASCII only: the registry's names are ASCII, and locale-free folding keeps every function constexpr.
constexpr char to_lower(char ch) noexcept { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; }
constexpr bool is_digit(char ch) noexcept { return ch >= '0' && ch <= '9'; }

// A byte a reason phrase may hold (RFC 9112 section 4): HTAB, SP, VCHAR (0x21-0x7E) or obs-text (0x80-0xFF).
// Not NUL, CR, LF, the other controls, or DEL: a CR or LF in a phrase would split the response.
constexpr bool is_reason_phrase_char(char ch) noexcept {
    const auto byte = static_cast<unsigned char>(ch);
    return byte == '\t' || (byte >= 0x20 && byte != 0x7F);
}

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_ASCII_HPP
// ---- end include/httpstatus/detail/ascii.hpp
// ---- begin include/httpstatus/detail/http_date.hpp
// httpstatus: an HTTP-date (RFC 9110 section 5.6.7) read into seconds from now, for retry_after.hpp.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/retry_after.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_HTTP_DATE_HPP
#define HTTPSTATUS_DETAIL_HTTP_DATE_HPP


#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace httpstatus::detail {

inline constexpr std::int64_t seconds_per_day = 86400;

// Days from 1970-01-01 to a date of the proleptic Gregorian calendar, and back: Howard Hinnant's
// days_from_civil and civil_from_days (https://howardhinnant.github.io/date_algorithms.html), which
// hold for every year an int64 can count days of. No <ctime>: timegm is neither constexpr nor standard.
constexpr std::int64_t days_from_civil(std::int64_t year, int month, int day) noexcept {
    year -= month <= 2 ? 1 : 0;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const std::int64_t year_of_era = year - era * 400;                                               // 0-399
    const std::int64_t day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;  // 0-365
    const std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

struct civil_date {
    std::int64_t year = 0;
    int month = 0;  // 1-12
    int day = 0;    // 1-31
};

constexpr civil_date civil_from_days(std::int64_t days) noexcept {
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t day_of_era = days - era * 146097;  // 0-146096
    const std::int64_t year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;  // 0-399
    const std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const std::int64_t shifted_month = (5 * day_of_year + 2) / 153;  // 0-11, from March
    const auto month = static_cast<int>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
    const auto day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
    return {year_of_era + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

constexpr bool is_leap_year(std::int64_t year) noexcept {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

constexpr int days_in_month(std::int64_t year, int month) noexcept {
    if (month == 2) return is_leap_year(year) ? 29 : 28;
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
}

// 0 for Sunday to 6 for Saturday; 1970-01-01 was a Thursday.
constexpr int weekday_of(std::int64_t days) noexcept {
    const std::int64_t from_thursday = days % 7;
    return static_cast<int>((from_thursday + 7 + 4) % 7);
}

// A moment as seconds from the epoch: the day, and the second of that day.
struct day_and_second {
    std::int64_t day = 0;
    std::int64_t second = 0;  // 0-86399, or 86400 for the leap second 23:59:60
};

constexpr day_and_second split_seconds(std::int64_t seconds) noexcept {
    // Truncating division, then corrected: floor division written this way cannot overflow.
    std::int64_t day = seconds / seconds_per_day;
    std::int64_t second = seconds % seconds_per_day;
    if (second < 0) {
        second += seconds_per_day;
        --day;
    }
    return {day, second};
}

// The fields of an HTTP-date as its text gives them. The RFC 850 form's year has two digits, which
// resolve_year makes a full year.
struct date_fields {
    std::int64_t year = 0;
    int month = 0;    // 1-12
    int day = 0;      // 1-31, not yet checked against the month
    int weekday = 0;  // 0 for Sunday
    int hour = 0;
    int minute = 0;
    int second = 0;
    bool two_digit_year = false;
};

// Reads one form's text from left to right; any mismatch leaves it failed.
class date_reader {
public:
    constexpr explicit date_reader(std::string_view text) noexcept : text_(text) {}

    constexpr bool at_end() const noexcept { return ok_ && text_.empty(); }

    // Exactly this text, case and all: the grammar's names are case-sensitive (%s"GMT").
    constexpr void literal(std::string_view expected) noexcept {
        if (!ok_ || text_.substr(0, expected.size()) != expected) {
            ok_ = false;
            return;
        }
        text_.remove_prefix(expected.size());
    }

    // `count` ASCII digits as a number.
    constexpr int digits(std::size_t count) noexcept {
        int value = 0;
        for (std::size_t i = 0; i < count; ++i) {
            if (!ok_ || text_.empty() || !is_digit(text_.front())) {
                ok_ = false;
                return 0;
            }
            value = value * 10 + (text_.front() - '0');
            text_.remove_prefix(1);
        }
        return value;
    }

    // The asctime form's day: two digits, or a space and one digit ("Nov  6").
    constexpr int day_padded_with_space() noexcept {
        if (ok_ && !text_.empty() && text_.front() == ' ') {
            text_.remove_prefix(1);
            return digits(1);
        }
        return digits(2);
    }

    // The index of the name that the text starts with, among names of `size` letters one after
    // another in `names` ("SunMon..."); the names are case-sensitive.
    constexpr int name_of(std::string_view names, std::size_t size) noexcept {
        for (std::size_t at = 0; ok_ && at + size <= names.size(); at += size) {
            if (text_.substr(0, size) == names.substr(at, size)) {
                text_.remove_prefix(size);
                return static_cast<int>(at / size);
            }
        }
        ok_ = false;
        return 0;
    }

    // hour ":" minute ":" second, 00:00:00 to 23:59:59, and 23:59:60 for a leap second (RFC 9110
    // section 5.6.7), the only second a leap second can be (the last of a UTC day).
    constexpr void time_of_day(date_fields& date) noexcept {
        date.hour = digits(2);
        literal(":");
        date.minute = digits(2);
        literal(":");
        date.second = digits(2);
        const bool leap_second = date.hour == 23 && date.minute == 59 && date.second == 60;
        if (date.hour > 23 || date.minute > 59 || (date.second > 59 && !leap_second)) ok_ = false;
    }

private:
    std::string_view text_;
    bool ok_ = true;
};

inline constexpr std::string_view short_day_names = "SunMonTueWedThuFriSat";
inline constexpr std::string_view month_names = "JanFebMarAprMayJunJulAugSepOctNovDec";

// IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT", the form a sender generates.
constexpr std::optional<date_fields> read_imf_fixdate(std::string_view text) noexcept {
    date_reader in(text);
    date_fields date;
    date.weekday = in.name_of(short_day_names, 3);
    in.literal(", ");
    date.day = in.digits(2);
    in.literal(" ");
    date.month = in.name_of(month_names, 3) + 1;
    in.literal(" ");
    date.year = in.digits(4);
    in.literal(" ");
    in.time_of_day(date);
    in.literal(" GMT");
    if (!in.at_end()) return std::nullopt;
    return date;
}

// The obsolete RFC 850 form: "Sunday, 06-Nov-94 08:49:37 GMT", with the day's whole name.
constexpr std::optional<date_fields> read_rfc850_date(std::string_view text) noexcept {
    constexpr std::string_view long_day_names[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                   "Thursday", "Friday", "Saturday"};
    date_reader in(text);
    date_fields date;
    date.weekday = -1;
    for (int i = 0; i < 7; ++i)
        if (text.substr(0, long_day_names[i].size()) == long_day_names[i]) date.weekday = i;
    if (date.weekday < 0) return std::nullopt;
    in.literal(long_day_names[date.weekday]);
    in.literal(", ");
    date.day = in.digits(2);
    in.literal("-");
    date.month = in.name_of(month_names, 3) + 1;
    in.literal("-");
    date.year = in.digits(2);
    date.two_digit_year = true;
    in.literal(" ");
    in.time_of_day(date);
    in.literal(" GMT");
    if (!in.at_end()) return std::nullopt;
    return date;
}

// The obsolete asctime form: "Sun Nov  6 08:49:37 1994", in GMT though it does not say so.
constexpr std::optional<date_fields> read_asctime_date(std::string_view text) noexcept {
    date_reader in(text);
    date_fields date;
    date.weekday = in.name_of(short_day_names, 3);
    in.literal(" ");
    date.month = in.name_of(month_names, 3) + 1;
    in.literal(" ");
    date.day = in.day_padded_with_space();
    in.literal(" ");
    in.time_of_day(date);
    in.literal(" ");
    date.year = in.digits(4);
    if (!in.at_end()) return std::nullopt;
    return date;
}

// Is the date (its year already whole) later than `limit`, comparing year, month, day and time?
constexpr bool is_later(const date_fields& date, std::int64_t limit_year, const civil_date& limit_date,
                        std::int64_t limit_second) noexcept {
    if (date.year != limit_year) return date.year > limit_year;
    if (date.month != limit_date.month) return date.month > limit_date.month;
    if (date.day != limit_date.day) return date.day > limit_date.day;
    return date.hour * 3600 + date.minute * 60 + date.second > limit_second;
}

// RFC 9110 section 5.6.7: a recipient MUST interpret an RFC 850 date that appears to be more than 50
// years in the future as the most recent year in the past that had the same last two digits. So the
// year is the latest one ending in those two digits that is not more than 50 years after now.
constexpr std::int64_t resolve_year(const date_fields& date, const civil_date& today,
                                    std::int64_t second_of_today) noexcept {
    const std::int64_t last_two = (today.year % 100 + 100) % 100;
    std::int64_t year = today.year - last_two + date.year;  // this century's year with those digits
    date_fields candidate = date;
    candidate.year = year + 100;
    if (!is_later(candidate, today.year + 50, today, second_of_today)) return year + 100;
    candidate.year = year;
    if (is_later(candidate, today.year + 50, today, second_of_today)) year -= 100;
    return year;
}

// The seconds from now until the HTTP-date in the text, in any of its three forms (RFC 9110 section
// 5.6.7): negative or 0 for a date not after now; at most `limit` (and `limit` for any date later
// than that), so that nothing overflows. nullopt for text that is none of the forms, a day the month
// does not have (31 Nov, 29 Feb 2023), or a weekday that is not the date's.
constexpr std::optional<std::int64_t> seconds_until_http_date(std::string_view text, std::int64_t now,
                                                              std::int64_t limit) noexcept {
    std::optional<date_fields> read = read_imf_fixdate(text);
    if (!read) read = read_rfc850_date(text);
    if (!read) read = read_asctime_date(text);
    if (!read) return std::nullopt;
    date_fields date = *read;

    const day_and_second today = split_seconds(now);
    if (date.two_digit_year) date.year = resolve_year(date, civil_from_days(today.day), today.second);
    if (date.day < 1 || date.day > days_in_month(date.year, date.month)) return std::nullopt;
    const std::int64_t day = days_from_civil(date.year, date.month, date.day);
    if (weekday_of(day) != date.weekday) return std::nullopt;

    // Days first, so that no product overflows whatever `now` is: both days are within +-1.1e14.
    const std::int64_t days_ahead = day - today.day;
    if (days_ahead < 0) return 0;  // a second of the day is less than a day: the date is past
    if (days_ahead > limit / seconds_per_day + 1) return limit;
    const std::int64_t ahead =
        days_ahead * seconds_per_day + (date.hour * 3600 + date.minute * 60 + date.second) - today.second;
    return ahead < limit ? ahead : limit;
}

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_HTTP_DATE_HPP
// ---- end include/httpstatus/detail/http_date.hpp
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
