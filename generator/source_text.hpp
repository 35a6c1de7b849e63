// SPDX-License-Identifier: MIT
// What the generators (registry_index.cpp, status_lines.cpp and c_header.cpp) need to write source text: a string
// literal that C and C++ read alike, and a way to stop on data the output cannot hold.
#ifndef HTTPSTATUS_GENERATOR_SOURCE_TEXT_HPP
#define HTTPSTATUS_GENERATOR_SOURCE_TEXT_HPP

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace generator {

// A string literal holding the text, escaped for a C or C++ source (the names are ASCII; anything else
// is written as an octal escape, which, unlike a hex escape, never takes in the characters that follow).
inline std::string literal(std::string_view text) {
    std::string out = "\"";
    for (char ch : text) {
        const auto byte = static_cast<unsigned char>(ch);
        if (ch == '"' || ch == '\\') {
            out += '\\';
            out += ch;
        } else if (byte >= 0x20 && byte < 0x7F) {
            out += ch;
        } else {
            out += '\\';
            for (unsigned shift : {6U, 3U, 0U}) out += static_cast<char>('0' + (byte >> shift & 7U));
        }
    }
    return out + "\"";
}

// The bytes of a number, least significant first, as escapes in a string literal (see
// detail/byte_data.hpp for why the indexes are strings).
inline std::string bytes(std::uint32_t value, std::size_t size) {
    std::string out;
    constexpr std::string_view digits = "0123456789ABCDEF";
    for (std::size_t i = 0; i < size; ++i, value >>= 8U) {
        out += "\\x";
        out += digits[value >> 4U & 0xFU];
        out += digits[value & 0xFU];
    }
    return out;
}

// Fails the generation: data that the output's layout cannot hold must not be written out.
[[noreturn]] inline void fail(const std::string& why) {
    static_cast<void>(std::fprintf(stderr, "httpstatus generator: %s\n", why.c_str()));
    std::exit(1);
}

}  // namespace generator

#endif  // HTTPSTATUS_GENERATOR_SOURCE_TEXT_HPP
