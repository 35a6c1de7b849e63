// httpstatus: ASCII helpers: case folding, digits, and the one substring test that search uses.
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

// Does haystack contain needle, ignoring ASCII case? The needle is already lowercase: a search
// folds its query once, not once per comparison. An empty needle is in every haystack.
constexpr bool contains_lowercase(std::string_view haystack, std::string_view lowercase_needle) noexcept {
    if (lowercase_needle.size() > haystack.size()) return false;
    const std::size_t last_start = haystack.size() - lowercase_needle.size();
    for (std::size_t start = 0; start <= last_start; ++start) {
        std::size_t i = 0;
        while (i < lowercase_needle.size() && to_lower(haystack[start + i]) == lowercase_needle[i]) ++i;
        if (i == lowercase_needle.size()) return true;
    }
    return false;
}

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_ASCII_HPP
