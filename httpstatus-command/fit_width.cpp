// SPDX-License-Identifier: MIT
#include "fit_width.hpp"

namespace httpstatus_command {

namespace {

bool is_continuation_byte(char ch) { return (static_cast<unsigned char>(ch) & 0xC0) == 0x80; }

// The bytes of the first `columns` code points of the text.
std::size_t bytes_of_columns(std::string_view text, std::size_t columns) {
    std::size_t at = 0;
    for (std::size_t counted = 0; at < text.size(); ++at) {
        if (is_continuation_byte(text[at])) continue;
        if (counted == columns) break;
        ++counted;
    }
    return at;
}

// Whether a line may break at the space at `at`: not inside a reference, "RFC 9110 §15.3.7.1", which
// reads as one name.
bool breakable(std::string_view text, std::size_t at) {
    const bool before_section = text.substr(at + 1, 2) == "\xC2\xA7";
    const bool after_rfc = at >= 3 && text.substr(at - 3, 3) == "RFC";
    return at > 0 && !before_section && !after_rfc;
}

}  // namespace

std::size_t columns_of(std::string_view text) {
    std::size_t columns = 0;
    for (char ch : text)
        if (!is_continuation_byte(ch)) ++columns;
    return columns;
}

std::string cut_to_width(std::string_view line, std::size_t width) {
    if (columns_of(line) <= width) return std::string(line);
    if (width == 0) return {};
    return std::string(line.substr(0, bytes_of_columns(line, width - 1))) + "\u2026";
}

std::string wrapped(std::string_view text, std::size_t indent, std::size_t width) {
    if (width <= indent) return std::string(text) + '\n';
    const std::size_t room = width - indent;
    std::string out;
    while (columns_of(text) > room) {
        // Break at the last space that leaves a line within the room, or in the word if none does.
        const std::size_t limit = bytes_of_columns(text, room);
        std::size_t space = text.substr(0, limit + 1).rfind(' ');
        while (space != std::string_view::npos && space > 0 && !breakable(text, space))
            space = text.rfind(' ', space - 1);
        const bool at_space = space != std::string_view::npos && space > 0;
        const std::size_t end = at_space ? space : limit;
        out.append(text.substr(0, end)).append("\n").append(indent, ' ');
        text.remove_prefix(at_space ? end + 1 : end);
    }
    return out.append(text).append("\n");
}

}  // namespace httpstatus_command
