// httpstatus — the search rule: what of an entry a query is looked for in.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_SEARCH_HPP
#define HTTPSTATUS_DETAIL_SEARCH_HPP

#include <httpstatus/detail/ascii.hpp>

#include <string_view>

namespace httpstatus::detail {

// Does the query match the entry: does its class label (the caller's to test, as search tests the
// five labels once rather than once per row), its code as three digits, its name or an alias contain
// the query, ignoring ASCII case?
template <typename Entry>
constexpr bool entry_matches(const Entry& entry, std::string_view query, bool class_label_matches) noexcept {
    if (class_label_matches) return true;
    const int v = entry.value();
    const char code_text[3] = {static_cast<char>('0' + v / 100), static_cast<char>('0' + v / 10 % 10),
                               static_cast<char>('0' + v % 10)};
    if (contains_ignoring_case({code_text, 3}, query) || contains_ignoring_case(entry.name, query)) return true;
    for (std::string_view alias : entry.aliases)
        if (contains_ignoring_case(alias, query)) return true;
    return false;
}

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_SEARCH_HPP
