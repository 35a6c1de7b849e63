// httpstatus: the codes a table can hold, and how a code finds its row or its name.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_CODE_INDEX_HPP
#define HTTPSTATUS_DETAIL_CODE_INDEX_HPP

#include <cstddef>
#include <cstdint>

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

// reason_phrase's index, one entry per code 0-599, is data in detail/registry_index.hpp, written by
// generator/registry_index.cpp: where the code's name is in one text of names, as 4 bytes (see
// detail/byte_data.hpp): the offset in the first two, the size in the third (0: no name), and a 0.
// Offsets into one text rather than string_views: 4 bytes a code rather than 16, and no pointer for
// the loader to relocate. Indexed by the code itself, not code - 100: the subtraction made each
// lookup 13% slower with Clang. reference_url's index has the same form, by row.
constexpr std::size_t text_at_size = 4;

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_CODE_INDEX_HPP
