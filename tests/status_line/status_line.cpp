// SPDX-License-Identifier: MIT
// parse_status_line in constant expressions; this file passes by compiling.
#include <httpstatus/status_line.hpp>

#include <optional>
#include <string_view>

namespace hs = httpstatus;
using hs::status;

namespace {
// The line's parts, or false when it is not a status line.
constexpr bool reads(std::string_view line, int major, int minor, status code, std::string_view phrase) noexcept {
    const std::optional<hs::status_line> parsed = hs::parse_status_line(line);
    return parsed && parsed->version_major == major && parsed->version_minor == minor && parsed->code == code &&
           parsed->reason_phrase == phrase;
}
constexpr bool refused(std::string_view line) noexcept { return !hs::parse_status_line(line).has_value(); }
}  // namespace

static_assert(reads("HTTP/1.1 200 OK", 1, 1, status::ok, "OK"));
static_assert(reads("HTTP/1.0 404 Not Found", 1, 0, status::not_found, "Not Found"));
static_assert(reads("HTTP/2.0 503 Service Unavailable", 2, 0, status::service_unavailable, "Service Unavailable"));
static_assert(reads("HTTP/9.9 100 ", 9, 9, status::continue_, "") && reads("HTTP/0.0 599 x", 0, 0, status{599}, "x"));
// An empty phrase after the required space; a code that is not registered.
static_assert(reads("HTTP/1.1 299 ", 1, 1, status{299}, "") &&
              reads("HTTP/1.1 299 Whatever", 1, 1, status{299}, "Whatever"));
// The phrase as the grammar allows it: HTAB, SP, VCHAR, obs-text, spaces kept as they are.
static_assert(reads("HTTP/1.1 200 \tOK", 1, 1, status::ok, "\tOK") &&
              reads("HTTP/1.1 200  OK ", 1, 1, status::ok, " OK "));
static_assert(reads("HTTP/1.1 200 O\tK", 1, 1, status::ok, "O\tK"));
static_assert(reads("HTTP/1.1 200 \xC3\xA9\x80\xFF", 1, 1, status::ok, "\xC3\xA9\x80\xFF"));

// Too short, or not a status line at all.
static_assert(refused("") && refused("H") && refused("HTTP/1.1") && refused("HTTP/1.1 ") && refused("HTTP/1.1 20"));
static_assert(refused("HTTP/1.1 299") && refused("HTTP/1.1 200") && refused("200 OK") && refused(" 200 OK"));
// The version: "HTTP" in capitals, one digit each side of the dot.
static_assert(refused("http/1.1 200 OK") && refused("Http/1.1 200 OK") && refused("HTTPS/1.1 200 OK"));
static_assert(refused("HTTP/11 200 OK") && refused("HTTP/1 200 OK") && refused("HTTP/1.10 200 OK"));
static_assert(refused("HTTP/1,1 200 OK") && refused("HTTP/a.1 200 OK") && refused("HTTP/1.b 200 OK"));
static_assert(refused("HTTP 1.1 200 OK") && refused("HTTP/.1 200 OK") && refused("HTTP/1. 200 OK"));
static_assert(refused(" HTTP/1.1 200 OK") && refused("XHTTP/1.1 200 OK"));
// The separators: one SP, never HTAB, never two.
static_assert(refused("HTTP/1.1  200 OK") && refused("HTTP/1.1\t200 OK") && refused("HTTP/1.1 200\tOK"));
// The code: three digits, 100-599.
static_assert(refused("HTTP/1.1 099 X") && refused("HTTP/1.1 600 X") && refused("HTTP/1.1 000 X"));
static_assert(refused("HTTP/1.1 2000 X") && refused("HTTP/1.1 20 OK") && refused("HTTP/1.1 +20 OK") &&
              refused("HTTP/1.1 -1 X"));
// The line ending is the caller's: CR and LF are never part of the line.
static_assert(refused("HTTP/1.1 200 OK\r\n") && refused("HTTP/1.1 200 OK\r") && refused("HTTP/1.1 200 OK\n"));
static_assert(refused("HTTP/1.1 200 \r\n") && refused("HTTP/1.1 200 OK\r\nSet-Cookie: a=b"));
// Other controls, DEL and NUL in the phrase or the version.
static_assert(refused("HTTP/1.1 200 O\x7FK") && refused("HTTP/1.1 200 \x01") &&
              refused(std::string_view("HTTP/1.1 200 OK\0", 16)));
static_assert(refused(std::string_view("HTTP/1\0.1 200 OK", 16)) &&
              refused(std::string_view("HTTP/1.1 2\0\x30 OK", 15)));
// Of the function: a string literal's conversion to string_view is not noexcept in libc++.
constexpr std::string_view ok_line = "HTTP/1.1 200 OK";
static_assert(noexcept(hs::parse_status_line(ok_line)));

// status_line_for: every code 100-599 is "HTTP/1.1 ", its three digits, a space, reason_phrase and
// CRLF, the space kept where there is no phrase; any other value gives an empty view.
namespace {
constexpr bool line_is(int code, std::string_view line) noexcept {
    constexpr std::string_view version = "HTTP/1.1 ";
    const std::string_view phrase = hs::reason_phrase(code);
    if (line.size() != version.size() + 4 + phrase.size() + 2) return false;
    if (line.substr(0, version.size()) != version) return false;
    const std::string_view digits = line.substr(version.size(), 3);
    if (digits[0] - '0' != code / 100 || digits[1] - '0' != code / 10 % 10 || digits[2] - '0' != code % 10)
        return false;
    return line[version.size() + 3] == ' ' && line.substr(version.size() + 4, phrase.size()) == phrase &&
           line.substr(line.size() - 2) == "\r\n";
}
// A hundred codes at a time: each static_assert is one constant evaluation, and MSVC stops one after
// 100,000 steps (tests/portability's msvc_constexpr_budget holds Clang to that number).
constexpr bool lines_are_the_registry_s(int first, int last) noexcept {
    for (int code = first; code <= last; ++code)
        if (!line_is(code, hs::status_line_for(code)) ||
            hs::status_line_for(static_cast<status>(code)) != hs::status_line_for(code))
            return false;
    return true;
}
}  // namespace
static_assert(lines_are_the_registry_s(100, 149) && lines_are_the_registry_s(150, 199));
static_assert(lines_are_the_registry_s(200, 249) && lines_are_the_registry_s(250, 299));
static_assert(lines_are_the_registry_s(300, 349) && lines_are_the_registry_s(350, 399));
static_assert(lines_are_the_registry_s(400, 449) && lines_are_the_registry_s(450, 499));
static_assert(lines_are_the_registry_s(500, 549) && lines_are_the_registry_s(550, 599));
static_assert(hs::status_line_for(404) == "HTTP/1.1 404 Not Found\r\n");
static_assert(hs::status_line_for(status::ok) == "HTTP/1.1 200 OK\r\n");
static_assert(hs::status_line_for(100) == "HTTP/1.1 100 Continue\r\n");
static_assert(hs::status_line_for(599) == "HTTP/1.1 599 \r\n" && hs::status_line_for(299) == "HTTP/1.1 299 \r\n");
static_assert(hs::status_line_for(511) == "HTTP/1.1 511 Network Authentication Required\r\n");
// What parse_status_line reads back, once the caller has taken the line ending off.
static_assert(reads(hs::status_line_for(503).substr(0, hs::status_line_for(503).size() - 2), 1, 1,
                    status::service_unavailable, "Service Unavailable"));
static_assert(hs::status_line_for(99).empty() && hs::status_line_for(600).empty() && hs::status_line_for(-1).empty());
static_assert(hs::status_line_for(0).empty() && hs::status_line_for(65535).empty());
static_assert(hs::status_line_for(static_cast<status>(700)).empty());
static_assert(noexcept(hs::status_line_for(404)) && noexcept(hs::status_line_for(status::ok)));
