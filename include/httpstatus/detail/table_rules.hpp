// httpstatus — the rules every table keeps, checked while the compiler builds a constexpr table.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_TABLE_RULES_HPP
#define HTTPSTATUS_DETAIL_TABLE_RULES_HPP

#include <httpstatus/detail/code_index.hpp>
#include <httpstatus/detail/names.hpp>

#include <cstddef>
#include <string_view>

namespace httpstatus::detail {

// Each broken rule calls one of these. They are not constexpr, so a constexpr table that breaks a
// rule does not compile, and the compiler's message names the function, which names the rule:
// "call to non-constexpr function 'table_error_rows_not_sorted_by_code()'".
inline void table_error_code_outside_100_to_599() noexcept {}
inline void table_error_rows_not_sorted_by_code() noexcept {}
inline void table_error_duplicate_code() noexcept {}
inline void table_error_row_without_name() noexcept {}
inline void table_error_two_rows_answer_to_one_name() noexcept {}
inline void too_many_aliases() noexcept {}  // for name_list: a row lists more aliases than it holds

// The tag of the table constructor that leaves the names rule to a test (see httpstatus::table).
struct names_checked_elsewhere {};

// Codes in 100–599, in order, each once; every row named.
template <typename Rows>
constexpr void check_table_codes(const Rows& rows) noexcept {
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const int code = rows[i].value();
        if (code < min_code || code > max_code) table_error_code_outside_100_to_599();
        if (i > 0 && rows[i - 1].value() == code) table_error_duplicate_code();
        if (i > 0 && rows[i - 1].value() > code) table_error_rows_not_sorted_by_code();
        if (rows[i].name.empty()) table_error_row_without_name();
    }
}

// No name or alias of one row is a name or alias of another, so that from_name has one answer.
// Unused rows may share one: the registry calls both 306 and 418 "(Unused)", and from_name answers
// neither to it. Every pair of rows is compared, so this costs more than everything else a table
// does at compile time.
template <typename Rows>
constexpr void check_table_names(const Rows& rows) noexcept {
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t j = 0; j < i; ++j) {
            if (rows[i].is_unused() && rows[j].is_unused()) continue;
            bool shared = answers_to(rows[j], rows[i].name);
            for (std::string_view alias : rows[i].aliases) shared = shared || answers_to(rows[j], alias);
            if (shared) table_error_two_rows_answer_to_one_name();
        }
}

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_TABLE_RULES_HPP
