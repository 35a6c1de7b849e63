// SPDX-License-Identifier: MIT
#include "response_heads.hpp"

#include <cstddef>
#include <optional>

namespace httpstatus_command {

namespace {

bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }

char lower(char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; }

bool equals_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

// The line that starts at `at`, without its line end ("\n" or "\r\n"), and where the next starts.
struct line_at {
    std::string_view text;
    std::size_t next;
};

line_at read_line(std::string_view input, std::size_t at) {
    const std::size_t newline = input.find('\n', at);
    const std::size_t end = newline == std::string_view::npos ? input.size() : newline;
    std::string_view text = input.substr(at, end - at);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    return {text, newline == std::string_view::npos ? input.size() : newline + 1};
}

// The value of a field line "Content-Length: 42" as a number of bytes; nullopt for another field or a
// value that is not one number (a list, as some servers repeat it, is left to the checker).
std::optional<std::size_t> content_length_of(std::string_view line) {
    constexpr std::string_view name = "content-length:";
    if (line.size() <= name.size() || !equals_ignoring_case(line.substr(0, name.size()), name)) return std::nullopt;
    std::string_view value = line.substr(name.size());
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
    if (value.empty() || value.size() > 18) return std::nullopt;  // 18 digits fit any size_t of 64 bits
    std::size_t length = 0;
    for (char ch : value) {
        if (!is_digit(ch)) return std::nullopt;
        length = length * 10 + static_cast<std::size_t>(ch - '0');
    }
    return length;
}

// The start of the next line at or after `at` that begins a head; the input's size when none does.
std::size_t next_head(std::string_view input, std::size_t at) {
    while (at < input.size()) {
        if (begins_head(input.substr(at))) return at;
        at = read_line(input, at).next;
    }
    return input.size();
}

}  // namespace

bool begins_head(std::string_view text) {
    constexpr std::string_view http = "HTTP/";
    return text.size() > http.size() && text.substr(0, http.size()) == http && is_digit(text[http.size()]);
}

std::vector<std::string_view> response_heads(std::string_view input) {
    std::vector<std::string_view> heads;
    std::size_t at = 0;
    while (at < input.size() && begins_head(input.substr(at))) {
        // The head: its lines up to and with the first empty one.
        const std::size_t start = at;
        std::optional<std::size_t> content_length;
        for (;;) {
            const line_at line = read_line(input, at);
            at = line.next;
            if (line.text.empty() || at >= input.size()) break;
            if (const std::optional<std::size_t> length = content_length_of(line.text)) content_length = length;
        }
        heads.push_back(input.substr(start, at - start));
        if (at >= input.size() || begins_head(input.substr(at))) continue;
        // A body follows.
        if (content_length && *content_length <= input.size() - at) {
            const std::size_t after = at + *content_length;
            if (after == input.size() || begins_head(input.substr(after))) {
                at = after;
                continue;
            }
        }
        at = next_head(input, at);
    }
    return heads;
}

}  // namespace httpstatus_command
