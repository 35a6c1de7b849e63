// SPDX-License-Identifier: MIT
#include "printable.hpp"

#include <cstddef>

namespace httpstatus_command {

namespace {

// The length of the well-formed UTF-8 character at the start of `text` (RFC 3629 section 4, the
// table of well-formed byte sequences), or 0 if the bytes there are not one.
std::size_t utf8_length(std::string_view text) {
    const auto byte = [&text](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(0);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80;  // the range of the second byte, narrower after some leads
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;   // not overlong
        if (lead == 0xED) high = 0x9F;  // not a surrogate
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;   // not overlong
        if (lead == 0xF4) high = 0x8F;  // not above U+10FFFF
    } else {
        return 0;
    }
    if (text.size() < length || byte(1) < low || byte(1) > high) return 0;
    for (std::size_t i = 2; i < length; ++i)
        if (byte(i) < 0x80 || byte(i) > 0xBF) return 0;
    return length;
}

bool is_control(std::string_view character) {
    const auto lead = static_cast<unsigned char>(character[0]);
    if (character.size() == 1) return lead < 0x20 || lead == 0x7F;
    // U+0080-U+009F, the C1 controls, are 0xC2 0x80-0x9F.
    return character.size() == 2 && lead == 0xC2 && static_cast<unsigned char>(character[1]) <= 0x9F;
}

void append_escaped(std::string& out, char ch) {
    constexpr char hex[] = "0123456789abcdef";
    const auto byte = static_cast<unsigned char>(ch);
    out += "\\x";
    out += hex[byte >> 4];
    out += hex[byte & 0xF];
}

}  // namespace

std::string printable(std::string_view text) {
    std::string out;
    while (!text.empty()) {
        const std::size_t length = utf8_length(text);
        if (length == 0) {
            append_escaped(out, text[0]);
            text.remove_prefix(1);
            continue;
        }
        const std::string_view character = text.substr(0, length);
        if (character == "\\") {
            out += "\\\\";
        } else if (is_control(character)) {
            for (char ch : character) append_escaped(out, ch);
        } else {
            out += character;
        }
        text.remove_prefix(length);
    }
    return out;
}

std::string shell_word(std::string_view text) {
    std::string shown = printable(text);
    constexpr std::string_view plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.,:/+=@%^-";
    if (!shown.empty() && shown.find_first_not_of(plain) == std::string::npos) return shown;
    std::string out = "'";
    for (char ch : shown) {
        if (ch == '\'') {
            out += "'\\''";
        } else {
            out += ch;
        }
    }
    return out + "'";
}

}  // namespace httpstatus_command
