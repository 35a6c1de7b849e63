// httpstatus: how names are compared: from_name's rule, and the names rule of a table.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_NAMES_HPP
#define HTTPSTATUS_DETAIL_NAMES_HPP

#include <httpstatus/detail/ascii.hpp>

#include <cstddef>
#include <string_view>

namespace httpstatus::detail {

// The longest name or alias a table may have; the registry's longest has 31 characters. A bound
// lets from_name's index and search fold a name or a query into a buffer on the stack: text longer
// than any name cannot be one, nor be found in one.
constexpr std::size_t max_name_size = 64;

// Two names are the same name when they are equal with ASCII case folded, ' ' '_' '-' alike and
// apostrophes dropped: "Not Found", "not_found", "NOT-FOUND"; "I'm a teapot", "im_a_teapot".
constexpr bool is_skipped_in_name(char ch) noexcept { return ch == '\''; }
constexpr char fold_name_char(char ch) noexcept { return ch == '_' || ch == '-' ? ' ' : to_lower(ch); }

constexpr bool same_name(std::string_view a, std::string_view b) noexcept {
    std::size_t i = 0;
    std::size_t j = 0;
    for (;;) {
        while (i < a.size() && is_skipped_in_name(a[i])) ++i;
        while (j < b.size() && is_skipped_in_name(b[j])) ++j;
        if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
        if (fold_name_char(a[i++]) != fold_name_char(b[j++])) return false;
    }
}

// Does the entry answer to the name, by its name or one of its aliases?
template <typename Entry>
constexpr bool answers_to(const Entry& entry, std::string_view name) noexcept {
    if (same_name(entry.name, name)) return true;
    for (std::string_view alias : entry.aliases)
        if (same_name(alias, name)) return true;
    return false;
}

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_NAMES_HPP
