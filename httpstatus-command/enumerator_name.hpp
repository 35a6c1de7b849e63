// SPDX-License-Identifier: MIT
// The enumerator a registry row is named by: its registered name in snake_case.
// Shared by the command (the Enumerator column of docs/status-codes.md) and by the tests, which
// check that the compiler's name of each enumerator agrees with this rule; they reach it through the
// target httpstatus_enumerator_name.
#ifndef HTTPSTATUS_COMMAND_ENUMERATOR_NAME_HPP
#define HTTPSTATUS_COMMAND_ENUMERATOR_NAME_HPP

#include <httpstatus/httpstatus.hpp>

#include <cstddef>
#include <string_view>

namespace httpstatus_command {

// A name short enough for any enumerator, built at compile time.
struct enumerator_name {
    char text[48] = {};
    std::size_t size = 0;

    constexpr void push(char ch) noexcept {
        if (size < sizeof(text)) text[size++] = ch;
    }
    constexpr std::string_view view() const noexcept { return {text, size}; }
};

// Lowercase, spaces and hyphens become '_', apostrophes are dropped; "(Unused)" codes are unused_NNN
// and "Continue", a keyword, gets a trailing '_'.
constexpr enumerator_name enumerator_name_of(const httpstatus::status_info& entry) noexcept {
    enumerator_name out;
    if (entry.is_unused()) {
        for (char ch : std::string_view{"unused_"}) out.push(ch);
        const int v = entry.value();
        out.push(static_cast<char>('0' + v / 100));
        out.push(static_cast<char>('0' + v / 10 % 10));
        out.push(static_cast<char>('0' + v % 10));
        return out;
    }
    for (char ch : entry.name) {
        if (ch == '\'') continue;
        if (ch == ' ' || ch == '-') {
            out.push('_');
        } else {
            out.push(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch);
        }
    }
    if (entry.code == httpstatus::status::continue_) out.push('_');
    return out;
}

}  // namespace httpstatus_command

#endif  // HTTPSTATUS_COMMAND_ENUMERATOR_NAME_HPP
