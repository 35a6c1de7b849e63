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
