// httpstatus: the codes a table can hold, and the index from a code to its row.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_CODE_INDEX_HPP
#define HTTPSTATUS_DETAIL_CODE_INDEX_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace httpstatus::detail {

// An HTTP status code has three digits, 100 to 599 (RFC 9110 section 15).
constexpr int min_code = 100;
constexpr int max_code = 599;
constexpr std::size_t code_count = max_code - min_code + 1;

// Rows are numbered in a byte; this number means "no row". Tables are smaller (see max_rows).
constexpr std::uint8_t no_row = 0xFF;
// The most rows a table may have: search results keep one byte per matching row.
constexpr std::size_t max_rows = 128;

// code - 100 as an index, or code_count when the code is outside 100-599 (unsigned arithmetic, so
// that no int, INT_MIN included, can overflow).
constexpr std::size_t code_slot(int code) noexcept {
    const unsigned offset = static_cast<unsigned>(code) - static_cast<unsigned>(min_code);
    return offset < code_count ? offset : code_count;
}

// Every name of a table indexed by the code itself, for the registry's reason_phrase, the hot path:
// one compare and one load. Empty for 0-99 and for codes the table does not have.
struct names_by_code {
    std::string_view name[max_code + 1];
};
template <typename Table>
constexpr names_by_code make_names_by_code(const Table& table) noexcept {
    names_by_code index{};
    // Every name assigned, not left value-initialized: GCC 12 otherwise rejects reading one in a
    // constant expression.
    for (auto& name : index.name) name = std::string_view{};
    for (const auto& entry : table) index.name[entry.value()] = entry.name;
    return index;
}

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_CODE_INDEX_HPP
