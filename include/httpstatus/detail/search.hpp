// httpstatus: the search rule: what of an entry a query is looked for in.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_SEARCH_HPP
#define HTTPSTATUS_DETAIL_SEARCH_HPP

#include <httpstatus/detail/ascii.hpp>
#include <httpstatus/detail/names.hpp>

#include <cstddef>

#include <string_view>

namespace httpstatus::detail {

// A query, lowercased once. A query longer than any name or alias (max_name_size) cannot be found in
// one, nor in a class label or a code, so it matches nothing.
struct search_query {
    char text[max_name_size] = {};
    std::size_t size = 0;
    bool matches_nothing = false;

    constexpr explicit search_query(std::string_view query) noexcept {
        if (query.size() > max_name_size) {
            matches_nothing = true;
            return;
        }
        for (char ch : query) text[size++] = to_lower(ch);
    }
    // Does the text contain the query, ignoring ASCII case?
    constexpr bool is_in(std::string_view haystack) const noexcept {
        return !matches_nothing && contains_lowercase(haystack, {text, size});
    }
};

// Does the query match the entry: does its class label (the caller's to test, as search tests the
// five labels once rather than once per row), its code as three digits, its name or an alias contain
// the query, ignoring ASCII case?
template <typename Entry>
constexpr bool entry_matches(const Entry& entry, const search_query& query, bool class_label_matches) noexcept {
    if (class_label_matches) return true;
    const int v = entry.value();
    const char code_text[3] = {static_cast<char>('0' + v / 100), static_cast<char>('0' + v / 10 % 10),
                               static_cast<char>('0' + v % 10)};
    if (query.is_in({code_text, 3}) || query.is_in(entry.name)) return true;
    for (std::string_view alias : entry.aliases)
        if (query.is_in(alias)) return true;
    return false;
}

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_SEARCH_HPP
