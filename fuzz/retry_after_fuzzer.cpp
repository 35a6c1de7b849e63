// SPDX-License-Identifier: MIT
// parse_retry_after: any text at any now stays in range and reads only its view; delay-seconds
// agree with a plain count; and a time written in each HTTP-date form reads back as its delay.
#include "reference.hpp"
#include "text_input.hpp"

#include <httpstatus/retry_after.hpp>

#include <cstring>
#include <limits>

namespace {
namespace hs = httpstatus;

constexpr long long max = hs::retry_after_max.count();

// The delay from now to t, as parse_retry_after gives it: 0 for a past t, at most retry_after_max.
long long expected_delay(std::int64_t t, std::int64_t now) {
    if (t <= now) return 0;
    return now < t - max ? max : t - now;
}

void check_text(const text_input& input) {
    constexpr std::int64_t nows[] = {
        std::numeric_limits<std::int64_t>::min(), -1, 0, 784111777, 1796256000, 253402300799,
        std::numeric_limits<std::int64_t>::max()};
    for (std::int64_t now : nows) {
        const auto delay = hs::parse_retry_after(input.unterminated(), now);
        reference::check(delay == hs::parse_retry_after(input.terminated(), now), "reads only its view");
        if (delay) reference::check(delay->count() >= 0 && delay->count() <= max, "0 to retry_after_max");
        const auto seconds = reference::delay_seconds(input.unterminated(), max);
        if (seconds) reference::check(delay && delay->count() == *seconds, "delay-seconds agree with a plain count");
        // A date with a four-digit year (IMF-fixdate or asctime; RFC 850's has '-') is far ahead of
        // the earliest now and behind the latest. RFC 850's two digits name a year near any now.
        const bool full_year_date = delay && !seconds && input.unterminated().find('-') == std::string_view::npos;
        if (full_year_date && now == nows[0])
            reference::check(delay->count() == max, "a date from the earliest now: the cap");
        if (full_year_date && now == nows[6]) reference::check(delay->count() == 0, "a date from the latest now: past");
        // Text that starts with a digit is delay-seconds or nothing.
        if (!input.unterminated().empty() && input.unterminated().front() >= '0' && input.unterminated().front() <= '9')
            reference::check(delay.has_value() == seconds.has_value(), "digits first: delay-seconds or nullopt");
    }
}

// A time from the input's first 8 bytes, year 0 to 9999, and a now from the next 8, up to 2^33 s
// (272 years) either side of it: beyond retry_after_max, so that the cap is checked too.
void check_round_trip(const std::uint8_t* data) {
    constexpr std::int64_t first = -62167219200;  // 0000-01-01 00:00:00
    constexpr std::int64_t last = 253402300799;   // 9999-12-31 23:59:59
    std::uint64_t bits = 0;
    std::uint64_t offset_bits = 0;
    std::memcpy(&bits, data, sizeof bits);
    std::memcpy(&offset_bits, data + 8, sizeof offset_bits);
    const std::int64_t t = first + static_cast<std::int64_t>(bits % static_cast<std::uint64_t>(last - first + 1));
    constexpr std::uint64_t offsets = std::uint64_t{1} << 34;
    const std::int64_t now =
        t - (static_cast<std::int64_t>(offset_bits % offsets) - static_cast<std::int64_t>(offsets / 2));
    const reference::http_dates dates = reference::format_http_date(t);
    const auto want = std::chrono::seconds{expected_delay(t, now)};
    reference::check(hs::parse_retry_after(dates.imf_fixdate, now) == want, "an IMF-fixdate reads back");
    reference::check(hs::parse_retry_after(dates.asctime, now) == want, "an asctime date reads back");
    // Two digits name t's year when t is well within 50 years of now either way.
    constexpr std::int64_t forty_years = 40LL * 365 * 86400;
    if (t - now < forty_years && now - t < forty_years)
        reference::check(hs::parse_retry_after(dates.rfc850, now) == want, "an RFC 850 date reads back");
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    check_text(text_input(data, size));
    if (size >= 16) check_round_trip(data);
    return 0;
}
