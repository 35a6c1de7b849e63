// SPDX-License-Identifier: MIT
// parse in constant expressions; this file passes by compiling.
#include <httpstatus/httpstatus.hpp>

#include <string_view>

namespace hs = httpstatus;
using hs::status;

static_assert(hs::parse("200") == status::ok && hs::parse("200 OK") == status::ok);
static_assert(hs::parse("404 Not Found") == status::not_found && hs::parse("404 ") == status::not_found);
static_assert(hs::parse("299 Whatever") == static_cast<status>(299) && hs::parse("100") == status::continue_);
static_assert(hs::parse("599") == static_cast<status>(599));
static_assert(!hs::parse("") && !hs::parse("4") && !hs::parse("40") && !hs::parse("4040"));
static_assert(!hs::parse(" 404") && !hs::parse("+404") && !hs::parse("-404") && !hs::parse("404x"));
static_assert(!hs::parse("404\t") && !hs::parse("404\r") && !hs::parse("099") && !hs::parse("600"));
static_assert(!hs::parse("000") && !hs::parse("999") && !hs::parse("4 4") && !hs::parse("x404"));
static_assert(!hs::parse(std::string_view("4\0"
                                          "04",
                                          4)) &&
              !hs::parse(std::string_view("404\0", 4)));
// The reason phrase: HTAB, SP, VCHAR and obs-text (RFC 9112 section 4); anything else is nullopt.
static_assert(hs::parse("404 \t") == status::not_found && hs::parse("404  Not  Found ") == status::not_found);
static_assert(hs::parse("200 ~!\"#") == status::ok && hs::parse("200 \x80\xC3\xA9\xFF") == status::ok);
static_assert(!hs::parse(std::string_view("404 \0", 5)) && !hs::parse(std::string_view("200 OK\0", 7)));
static_assert(!hs::parse("200 \x01") && !hs::parse("200 \x7f") && !hs::parse("200 OK\n") && !hs::parse("200 OK\r"));
static_assert(!hs::parse("200 OK\r\nSet-Cookie: a=b") && !hs::parse("200 \x1f") && !hs::parse("200 \v"));

// Every byte as the phrase: the 2 + 94 + 128 that the grammar allows, and only those.
constexpr bool every_phrase_byte() noexcept {
    int accepted = 0;
    for (int byte = 0; byte <= 255; ++byte) {
        const char text[5] = {'2', '0', '0', ' ', static_cast<char>(byte)};
        const bool allowed = byte == 0x09 || (byte >= 0x20 && byte <= 0x7E) || byte >= 0x80;
        if (hs::parse({text, 5}).has_value() != allowed) return false;
        accepted += allowed ? 1 : 0;
    }
    return accepted == 224;
}
static_assert(every_phrase_byte());

constexpr bool every_three_digits() noexcept {
    for (int code = 0; code <= 999; ++code) {
        const char text[3] = {static_cast<char>('0' + code / 100), static_cast<char>('0' + code / 10 % 10),
                              static_cast<char>('0' + code % 10)};
        const auto parsed = hs::parse({text, 3});
        const bool in_range = code >= 100 && code <= 599;
        if (parsed.has_value() != in_range) return false;
        if (in_range && hs::to_int(*parsed) != code) return false;
    }
    return true;
}
static_assert(every_three_digits());
