// httpstatus: the rules every table keeps, checked while the compiler builds a constexpr table.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_TABLE_RULES_HPP
#define HTTPSTATUS_DETAIL_TABLE_RULES_HPP

#include <httpstatus/detail/code_index.hpp>
#include <httpstatus/detail/names.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace httpstatus::detail {

// Each broken rule calls one of these. They are not constexpr, so a constexpr table that breaks a
// rule does not compile, and the compiler's message names the function, which names the rule:
// "call to non-constexpr function 'table_error_rows_not_sorted_by_code()'".
inline void table_error_code_outside_100_to_599() noexcept {}
inline void table_error_rows_not_sorted_by_code() noexcept {}
inline void table_error_duplicate_code() noexcept {}
inline void table_error_empty_name_or_alias() noexcept {}
inline void table_error_name_longer_than_64_characters() noexcept {}
inline void table_error_class_is_not_the_first_digit() noexcept {}
inline void table_error_two_rows_answer_to_one_name() noexcept {}
inline void too_many_aliases() noexcept {}  // for name_list: a row lists more aliases than it holds
static_assert(max_name_size == 64, "table_error_name_longer_than_64_characters names the limit");

// Whether a name is empty as from_name reads it: nothing but apostrophes. Stops at the first other
// character, so it reads one character of a real name.
constexpr bool is_blank_name(std::string_view name) noexcept {
    for (char ch : name)
        if (!is_skipped_in_name(ch)) return false;
    return true;
}

// The rules each row keeps, with its neighbour: its code in 100-599 and after the previous row's; its
// name and aliases with text, and at most 64 characters; its class the code's first digit.
template <typename Rows>
constexpr void check_each_row(const Rows& rows) noexcept {
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const int code = rows[i].value();
        if (code < min_code || code > max_code) table_error_code_outside_100_to_599();
        if (i > 0 && rows[i - 1].value() == code) table_error_duplicate_code();
        if (i > 0 && rows[i - 1].value() > code) table_error_rows_not_sorted_by_code();
        if (is_blank_name(rows[i].name)) table_error_empty_name_or_alias();
        if (rows[i].name.size() > max_name_size) table_error_name_longer_than_64_characters();
        for (std::string_view alias : rows[i].aliases) {
            if (is_blank_name(alias)) table_error_empty_name_or_alias();
            if (alias.size() > max_name_size) table_error_name_longer_than_64_characters();
        }
        if (static_cast<int>(rows[i].class_) != code / 100) table_error_class_is_not_the_first_digit();
    }
}

// A hash of a name as from_name reads it, in one pass: names that are the same have the same hash.
constexpr std::uint32_t name_hash(std::string_view name) noexcept {
    std::uint32_t hash = 2166136261U;  // FNV-1a
    for (char ch : name)
        if (!is_skipped_in_name(ch)) hash = (hash ^ static_cast<unsigned char>(fold_name_char(ch))) * 16777619U;
    return hash;
}

constexpr std::size_t power_of_two_above(std::size_t n) noexcept {
    std::size_t power = 1;
    while (power <= n) power *= 2;
    return power;
}

// The names and aliases of a table's rows, as a set of hashes with open addressing: a name is
// compared only with the names of other rows that have its hash. The work grows with the number of
// names, not their square, so that a long table stays within the compiler's limits on constant
// evaluation.
template <std::size_t MaxNames>
struct name_set {
    static constexpr std::size_t slot_count = power_of_two_above(2 * MaxNames);
    bool used[slot_count] = {};
    std::uint32_t hash[slot_count] = {};
    std::size_t row[slot_count] = {};
    std::string_view name[slot_count] = {};

    // Adds a name of row `row_number`; false if another row answers to it, unless both rows are unused.
    template <typename Rows>
    constexpr bool add(const Rows& rows, std::size_t row_number, std::string_view text) noexcept {
        const std::uint32_t h = name_hash(text);
        std::size_t at = h % slot_count;
        for (; used[at]; at = (at + 1) % slot_count) {
            if (hash[at] != h || row[at] == row_number || !same_name(name[at], text)) continue;
            if (!(rows[row[at]].is_unused() && rows[row_number].is_unused())) return false;
        }
        used[at] = true;
        hash[at] = h;
        row[at] = row_number;
        name[at] = text;
        return true;
    }
};

// Whether no name or alias of one row is a name or alias of another, so that from_name has one
// answer. Unused rows may share one: the registry calls both 306 and 418 "(Unused)", and from_name
// answers neither to it. MaxRows bounds rows.size().
template <std::size_t MaxRows, typename Rows>
constexpr bool names_are_distinct(const Rows& rows) noexcept {
    constexpr std::size_t names_per_row = 1 + decltype(rows[0].aliases)::capacity;
    name_set<MaxRows * names_per_row> names{};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!names.add(rows, i, rows[i].name)) return false;
        for (std::string_view alias : rows[i].aliases)
            if (!names.add(rows, i, alias)) return false;
    }
    return true;
}

// Every rule, for a table of at most MaxRows rows.
template <std::size_t MaxRows, typename Rows>
constexpr void check_table_rules(const Rows& rows) noexcept {
    check_each_row(rows);
    if (!names_are_distinct<MaxRows>(rows)) table_error_two_rows_answer_to_one_name();
}

// The tag of the table constructor that leaves the rules to a test (see httpstatus::table).
struct rules_checked_by_tests {};

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_TABLE_RULES_HPP
