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

// Does the text contain the folded query, where the text is read by from_name's rule (names.hpp):
// ASCII case folded, '_' and '-' read as ' ', apostrophes skipped? So "not_found" is in "Not Found"
// and "im a" is in "I'm a teapot". An empty query is in every text.
constexpr bool contains_folded(std::string_view text, std::string_view folded_query) noexcept {
    if (folded_query.empty()) return true;
    for (std::size_t start = 0; start < text.size(); ++start) {
        if (is_skipped_in_name(text[start])) continue;
        std::size_t matched = 0;
        for (std::size_t at = start; at < text.size() && matched < folded_query.size(); ++at) {
            if (is_skipped_in_name(text[at])) continue;
            if (fold_name_char(text[at]) != folded_query[matched]) break;
            ++matched;
        }
        if (matched == folded_query.size()) return true;
    }
    return false;
}

// A query, read once. One to three characters that are digits followed by 'x's ("5", "5xx", "41",
// "404") make a code query, which matches the codes that begin with those digits: "5" and "5xx" are
// the 5xx class, as the status-code page writes it. Any other query is text, folded by from_name's
// rule; a text longer than any name or alias (max_name_size) once folded cannot be found in one, nor
// in a class label or an enumerator (the longest has 31 characters), so it matches nothing.
struct search_query {
    char text[max_name_size] = {};
    std::size_t size = 0;
    bool matches_nothing = false;
    bool is_code = false;

    constexpr explicit search_query(std::string_view query) noexcept {
        std::size_t digits = 0;
        while (digits < query.size() && is_digit(query[digits])) ++digits;
        std::size_t xs = digits;
        while (xs < query.size() && to_lower(query[xs]) == 'x') ++xs;
        is_code = digits > 0 && xs == query.size() && query.size() <= 3;
        if (is_code) query = query.substr(0, digits);
        for (char ch : query) {
            if (is_skipped_in_name(ch)) continue;
            if (size == max_name_size) {
                matches_nothing = true;
                return;
            }
            text[size++] = fold_name_char(ch);
        }
    }
    // Is the query in the text, by the rule of contains_folded? Never for a code query.
    constexpr bool is_in(std::string_view haystack) const noexcept {
        return !is_code && !matches_nothing && contains_folded(haystack, {text, size});
    }
    // Does the code begin with the digits of a code query? Never for a text query.
    constexpr bool begins(int code) const noexcept {
        if (!is_code) return false;
        const char code_text[3] = {static_cast<char>('0' + code / 100), static_cast<char>('0' + code / 10 % 10),
                                   static_cast<char>('0' + code % 10)};
        return std::string_view(code_text, 3).substr(0, size) == std::string_view(text, size);
    }
};

// Does the query match the entry: does its code begin with a code query, or does a text query occur
// in its class label, its name, an alias or its enumerator? The caller tests the class label (search
// tests the five labels once rather than once per row) and looks the enumerator up (enumerator_name,
// which needs the registry, defined after this header).
template <typename Entry>
constexpr bool entry_matches(const Entry& entry, const search_query& query, bool class_label_matches,
                             std::string_view enumerator) noexcept {
    if (query.is_code) return query.begins(entry.value());
    if (class_label_matches || query.is_in(entry.name)) return true;
    for (std::string_view alias : entry.aliases)
        if (query.is_in(alias)) return true;
    return query.is_in(enumerator);
}

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_SEARCH_HPP
