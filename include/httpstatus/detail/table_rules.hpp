// httpstatus: the rules every table keeps, checked while the compiler builds a table.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_TABLE_RULES_HPP
#define HTTPSTATUS_DETAIL_TABLE_RULES_HPP

#include <httpstatus/detail/code_index.hpp>
#include <httpstatus/detail/names.hpp>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <string_view>

namespace httpstatus::detail {

// A row that breaks a rule calls the rule's function with its code: table_error_duplicate_code(520).
// It ends the compiler's evaluation of a constexpr table with a reinterpret_cast, which is not allowed
// in a constant expression, and both compilers print the rule and the code in the first lines of
// their error (docs/tables.md shows them):
//     g++:     in 'constexpr' expansion of 'httpstatus::detail::table_error_duplicate_code<int>(code)'
//              ...
//              error: 'reinterpret_cast<const void*>(520)' is not a constant expression
//     clang++: note: in call to 'table_error_duplicate_code(520)'
// Nothing plainer does both: neither compiler prints the arguments of a call to a function that is
// not constexpr, and g++ prints the value of no argument in the calls that lead to an error. At run
// time, for a table that is not a constant, the cast gives the code back and the program ends: no
// exception may leave the core, and a debugger shows the rule's call with the code. The functions are
// templates because a constexpr function that never gives a constant must be one ([dcl.constexpr];
// Clang refuses such a function that is not a template).
template <typename Code>
constexpr bool end_at_broken_rule(Code code) noexcept {
    const auto bits = static_cast<std::uintptr_t>(code);
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast,performance-no-int-to-ptr): the point
    const void* const a_row_of_the_table_breaks_a_rule = reinterpret_cast<const void*>(bits);
    // Always true, and meant to be: it uses the cast's result, so that the cast is what a constant
    // evaluation stops at, and no compiler drops it as unused.
    // cppcheck-suppress knownConditionTrueFalse
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): at run time
    if (reinterpret_cast<std::uintptr_t>(a_row_of_the_table_breaks_a_rule) == bits) std::terminate();
    // Never runs: a constant evaluation stops at the cast, and at run time the program has ended.
    return false;  // GCOVR_EXCL_LINE
}

// The code is not in 100-599 (RFC 9110 section 15).
template <typename Code>
constexpr bool table_error_code_outside_100_to_599(Code code) noexcept {
    return end_at_broken_rule(code);
}

// Another row has the same code.
template <typename Code>
constexpr bool table_error_duplicate_code(Code code) noexcept {
    return end_at_broken_rule(code);
}

// The row comes after a row with a greater code.
template <typename Code>
constexpr bool table_error_rows_not_sorted_by_code(Code code) noexcept {
    return end_at_broken_rule(code);
}

// A name or alias is empty, or only apostrophes, which from_name skips.
template <typename Code>
constexpr bool table_error_empty_name_or_alias(Code code) noexcept {
    return end_at_broken_rule(code);
}

// A name or alias has more than 64 characters.
template <typename Code>
constexpr bool table_error_name_longer_than_64_characters(Code code) noexcept {
    return end_at_broken_rule(code);
}

// The row writes a class that is not its code's first digit.
template <typename Code>
constexpr bool table_error_class_is_not_the_first_digit(Code code) noexcept {
    return end_at_broken_rule(code);
}

// A name or alias of the row is one of an earlier row, as from_name compares them.
template <typename Code>
constexpr bool table_error_two_rows_answer_to_one_name(Code code) noexcept {
    return end_at_broken_rule(code);
}

// For name_list: a row lists more aliases than it holds. Not constexpr, so that such a row does not
// compile; at run time it ends the program, as a broken table rule does, rather than drop a name.
[[noreturn]] inline void too_many_aliases() noexcept { std::terminate(); }
static_assert(max_name_size == 64, "table_error_name_longer_than_64_characters names the limit");

// Whether a name is empty as from_name reads it: nothing but apostrophes. Stops at the first other
// character, so it reads one character of a real name.
constexpr bool is_blank_name(std::string_view name) noexcept {
    for (char ch : name)
        if (!is_skipped_in_name(ch)) return false;
    return true;
}

// Each code in 100-599 and in one row, wherever the rows are: a table's index has the last row of
// each code, so a row that the index does not lead to has a twin. Checked before the order, so that
// a duplicate is reported as one even when its twin is not the row before it.
template <typename Table>
constexpr bool codes_are_valid_and_distinct(const Table& rows) noexcept {
    for (std::size_t i = 0; i < rows.size(); ++i) {
        int code = rows[i].value();  // not const: g++ prints a call with it as f(code), not f(((int)code))
        if (code < min_code || code > max_code) return table_error_code_outside_100_to_599(code);
        if (rows.find(code) != &rows[i]) return table_error_duplicate_code(code);
    }
    return true;
}

// The rules each row keeps, with its neighbour: its code after the previous row's; its name and
// aliases with text, and at most 64 characters; its class the code's first digit.
template <typename Rows>
constexpr bool each_row_keeps_rules(const Rows& rows) noexcept {
    for (std::size_t i = 0; i < rows.size(); ++i) {
        int code = rows[i].value();  // not const, as above
        if (i > 0 && rows[i - 1].value() > code) return table_error_rows_not_sorted_by_code(code);
        if (is_blank_name(rows[i].name)) return table_error_empty_name_or_alias(code);
        if (rows[i].name.size() > max_name_size) return table_error_name_longer_than_64_characters(code);
        for (std::string_view alias : rows[i].aliases) {
            if (is_blank_name(alias)) return table_error_empty_name_or_alias(code);
            if (alias.size() > max_name_size) return table_error_name_longer_than_64_characters(code);
        }
        if (static_cast<int>(rows[i].class_) != code / 100) return table_error_class_is_not_the_first_digit(code);
    }
    return true;
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
    bool row_is_unused[slot_count] = {};  // kept here, so that no row is read back by its number
    std::string_view name[slot_count] = {};

    // Adds a name of row `row_number`, whose registration is unused or not; false if another row
    // answers to it, unless both rows are unused. The rows are not read here: at run time, GCC's
    // -Warray-bounds took a row read back by a stored number for one past a one-row table.
    constexpr bool add(std::size_t row_number, bool unused, std::string_view text) noexcept {
        const std::uint32_t h = name_hash(text);
        std::size_t at = h % slot_count;
        for (; used[at]; at = (at + 1) % slot_count) {
            if (hash[at] != h || row[at] == row_number || !same_name(name[at], text)) continue;
            if (!(row_is_unused[at] && unused)) return false;
        }
        used[at] = true;
        hash[at] = h;
        row[at] = row_number;
        row_is_unused[at] = unused;
        name[at] = text;
        return true;
    }
};

// The first row with a name or alias that an earlier row has too, so that from_name would have two
// answers; rows.size() if there is none. Unused rows may share one: the registry calls both 306 and
// 418 "(Unused)", and from_name answers neither to it. MaxRows bounds rows.size().
template <std::size_t MaxRows, typename Rows>
constexpr std::size_t row_sharing_a_name(const Rows& rows) noexcept {
    constexpr std::size_t names_per_row = 1 + decltype(rows[0].aliases)::capacity;
    name_set<MaxRows * names_per_row> names{};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const bool unused = rows[i].is_unused();
        if (!names.add(i, unused, rows[i].name)) return i;
        for (std::string_view alias : rows[i].aliases)
            if (!names.add(i, unused, alias)) return i;
    }
    return rows.size();
}

// Every rule, for a table of at most MaxRows rows: true, or no answer, as a broken rule does not
// compile in a constant evaluation and ends the program at run time.
template <std::size_t MaxRows, typename Table>
constexpr bool check_table_rules(const Table& rows) noexcept {
    if (!codes_are_valid_and_distinct(rows) || !each_row_keeps_rules(rows)) return false;
    const std::size_t shared = row_sharing_a_name<MaxRows>(rows);
    return shared == rows.size() || table_error_two_rows_answer_to_one_name(rows[shared].value());
}

// The tag of the table constructor that leaves the rules to a test (see httpstatus::table).
struct rules_checked_by_tests {};

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_TABLE_RULES_HPP
