// Generated from include/httpstatus/httpstatus.hpp and the detail/ headers it includes, by the
// target httpstatus-single-include (cmake/single_include.cmake): do not edit.
// httpstatus: HTTP response status codes as one constexpr table and a typed enum.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The httpstatus authors. See LICENSE.
//
// The data follows the IANA HTTP Status Code Registry and RFC 9110. Every function is constexpr and
// noexcept, allocates nothing, throws nothing and needs no RTTI; any int, and any value cast into
// `status`, is a valid argument.
//
// This file reads top-down as the API: the enums, the entry type, the table type, the functions,
// the compile-time checked codes. The registry's rows are in detail/registry.hpp; the machinery
// (indexes, folding, the search rule, the table rules) is in the other detail/ headers.
#ifndef HTTPSTATUS_HTTPSTATUS_HPP
#define HTTPSTATUS_HTTPSTATUS_HPP

// The version lives here once; CMakeLists.txt reads it from these three lines.
#define HTTPSTATUS_VERSION_MAJOR 1
#define HTTPSTATUS_VERSION_MINOR 9
#define HTTPSTATUS_VERSION_PATCH 1
#define HTTPSTATUS_VERSION \
    (HTTPSTATUS_VERSION_MAJOR * 10000 + HTTPSTATUS_VERSION_MINOR * 100 + HTTPSTATUS_VERSION_PATCH)

// MSVC keeps __cplusplus at 199711L unless /Zc:__cplusplus is given; _MSVC_LANG has the standard.
#if (defined(_MSVC_LANG) && _MSVC_LANG < 201703L) || (!defined(_MSVC_LANG) && __cplusplus < 201703L)
#error "httpstatus needs C++17 or later"
#endif

// ---- begin include/httpstatus/detail/ascii.hpp
// httpstatus: ASCII helpers: case folding and digits.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_ASCII_HPP
#define HTTPSTATUS_DETAIL_ASCII_HPP

#include <cstddef>
#include <string_view>

namespace httpstatus::detail {

// ASCII only: the registry's names are ASCII, and locale-free folding keeps every function constexpr.
constexpr char to_lower(char ch) noexcept { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; }
constexpr bool is_digit(char ch) noexcept { return ch >= '0' && ch <= '9'; }

// A byte a reason phrase may hold (RFC 9112 section 4): HTAB, SP, VCHAR (0x21-0x7E) or obs-text (0x80-0xFF).
// Not NUL, CR, LF, the other controls, or DEL: a CR or LF in a phrase would split the response.
constexpr bool is_reason_phrase_char(char ch) noexcept {
    const auto byte = static_cast<unsigned char>(ch);
    return byte == '\t' || (byte >= 0x20 && byte != 0x7F);
}

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_ASCII_HPP
// ---- end include/httpstatus/detail/ascii.hpp
// ---- begin include/httpstatus/detail/checked_code.hpp
// httpstatus: the compile errors behind status_v<N>, N_status and status_in<table, N>.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_CHECKED_CODE_HPP
#define HTTPSTATUS_DETAIL_CHECKED_CODE_HPP

// ---- begin include/httpstatus/detail/code_index.hpp
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
// ---- end include/httpstatus/detail/code_index.hpp

#include <cstdint>

namespace httpstatus {
enum class status : std::uint16_t;
constexpr bool is_registered(int code) noexcept;  // defined in httpstatus.hpp, before any use here

namespace detail {
template <long long Code>
struct checked_code {
    static_assert(Code >= min_code && Code <= max_code,
                  "httpstatus: an HTTP status code has three digits, 100 to 599 (RFC 9110 section 15)");
    // Out of range was reported above; one error is enough.
    static_assert(Code < min_code || Code > max_code || is_registered(static_cast<int>(Code)),
                  "httpstatus: this code is not in the IANA HTTP Status Code Registry; for a code that is "
                  "not registered use to_any_status(code), or status_in<table, code> for a code of your table");
    static constexpr status value = static_cast<status>(Code);
};

// The same for a code of any table: status_in<my_codes, 499>.
template <const auto& Table, int Code>
struct checked_table_code {
    static_assert(Code >= min_code && Code <= max_code,
                  "httpstatus: an HTTP status code has three digits, 100 to 599 (RFC 9110 section 15)");
    static_assert(Code < min_code || Code > max_code || Table.contains(Code),
                  "httpstatus: this code is not in the table that status_in names");
    static constexpr status value = static_cast<status>(Code);
};
}  // namespace detail
}  // namespace httpstatus

#endif  // HTTPSTATUS_DETAIL_CHECKED_CODE_HPP
// ---- end include/httpstatus/detail/checked_code.hpp
// ---- begin include/httpstatus/detail/literal.hpp
// httpstatus: reading the digits of a _status literal.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_LITERAL_HPP
#define HTTPSTATUS_DETAIL_LITERAL_HPP


namespace httpstatus::detail {

// The value of a decimal integer literal, saturated at 1000 so that long literals cannot overflow;
// -1 if it is not plain decimal (hex, binary, octal with a leading 0).
template <char... Chars>
constexpr long long decimal_literal_value() noexcept {
    constexpr char chars[] = {Chars...};
    if (sizeof...(Chars) > 1 && chars[0] == '0') return -1;
    long long value = 0;
    for (char ch : chars) {
        if (ch == '\'') continue;  // digit separator
        if (!is_digit(ch)) return -1;
        value = value * 10 + (ch - '0');
        if (value > 1000) value = 1000;
    }
    return value;
}

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_LITERAL_HPP
// ---- end include/httpstatus/detail/literal.hpp
// ---- begin include/httpstatus/detail/methods.hpp
// httpstatus: the request methods the IANA HTTP Method Registry marks safe or idempotent.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_METHODS_HPP
#define HTTPSTATUS_DETAIL_METHODS_HPP

#include <cstddef>
#include <string_view>

namespace httpstatus::detail {

// The registry (https://www.iana.org/assignments/http-methods) has a "Safe" and an "Idempotent" column;
// RFC 9110 section 18.2 registers its own methods and RFC 7237 those defined before the registry. Each
// list is one text of words, and a char array rather than a string_view: as an array of 35
// string_views the lists made every unit that includes httpstatus.hpp cost GCC 2% more, as this 0.5%.

// Safe, and so idempotent too (RFC 9110 section 9.2.2: every safe method is idempotent).
inline constexpr char safe_methods[] =
    "GET "       // RFC 9110 section 9.3.1
    "HEAD "      // RFC 9110 section 9.3.2
    "OPTIONS "   // RFC 9110 section 9.3.7
    "TRACE "     // RFC 9110 section 9.3.8
    "PRI "       // RFC 9113 section 11.6 (RFC 7540 section 11.6): the HTTP/2 connection preface
    "PROPFIND "  // RFC 4918 section 9.1
    "REPORT "    // RFC 3253 section 3.6
    "SEARCH";    // RFC 5323 section 2

// Idempotent but not safe. Not in either list: CONNECT, POST (RFC 9110 sections 9.3.6, 9.3.3), PATCH
// (RFC 5789 section 2), LOCK (RFC 4918 section 9.10), and "*", which the registry reserves.
inline constexpr char idempotent_unsafe_methods[] = "PUT "                // RFC 9110 section 9.3.4
                                                    "DELETE "             // RFC 9110 section 9.3.5
                                                    "ACL "                // RFC 3744 section 8.1
                                                    "BASELINE-CONTROL "   // RFC 3253 section 12.6
                                                    "BIND "               // RFC 5842 section 4
                                                    "CHECKIN "            // RFC 3253 sections 4.4 and 9.4
                                                    "CHECKOUT "           // RFC 3253 sections 4.3 and 8.8
                                                    "COPY "               // RFC 4918 section 9.8
                                                    "LABEL "              // RFC 3253 section 8.2
                                                    "LINK "               // RFC 2068 section 19.6.1.2
                                                    "MERGE "              // RFC 3253 section 11.2
                                                    "MKACTIVITY "         // RFC 3253 section 13.5
                                                    "MKCALENDAR "         // RFC 4791 section 5.3.1
                                                    "MKCOL "              // RFC 4918 section 9.3
                                                    "MKREDIRECTREF "      // RFC 4437 section 6
                                                    "MKWORKSPACE "        // RFC 3253 section 6.3
                                                    "MOVE "               // RFC 4918 section 9.9
                                                    "ORDERPATCH "         // RFC 3648 section 7
                                                    "PROPPATCH "          // RFC 4918 section 9.2
                                                    "REBIND "             // RFC 5842 section 6
                                                    "UNBIND "             // RFC 5842 section 5
                                                    "UNCHECKOUT "         // RFC 3253 section 4.5
                                                    "UNLINK "             // RFC 2068 section 19.6.1.3
                                                    "UNLOCK "             // RFC 4918 section 9.11
                                                    "UPDATE "             // RFC 3253 section 7.1
                                                    "UPDATEREDIRECTREF "  // RFC 4437 section 7
                                                    "VERSION-CONTROL";    // RFC 3253 section 3.5

// Is `word` one of the space-separated words of `words`, exactly (case and all)? An empty word, or one
// with a space, is none of them. Byte by byte, with no string_view::find: with GCC and
// -fsanitize=undefined, find's test of the pointer memchr gives is not a constant expression.
template <std::size_t Size>
constexpr bool is_word_of(std::string_view word, const char (&words)[Size]) noexcept {
    std::size_t start = 0;  // where the word being read starts
    for (std::size_t end = 0; end < Size; ++end) {
        if (words[end] != ' ' && words[end] != '\0') continue;  // the last word ends at the NUL
        if (end - start == word.size()) {
            std::size_t same = 0;
            while (same < word.size() && words[start + same] == word[same]) ++same;
            if (same == word.size() && same != 0) return true;
        }
        start = end + 1;
    }
    return false;
}

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_METHODS_HPP
// ---- end include/httpstatus/detail/methods.hpp
// ---- begin include/httpstatus/detail/name_index.hpp
// httpstatus: from_name's hash table: how a name becomes a key, and how the table is probed.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own. The registry's table itself is
// data in detail/registry_index.hpp, written by generator/registry_index.cpp with the same key.
#ifndef HTTPSTATUS_DETAIL_NAME_INDEX_HPP
#define HTTPSTATUS_DETAIL_NAME_INDEX_HPP

// ---- begin include/httpstatus/detail/byte_data.hpp
// httpstatus: numbers read from a string of bytes, the form of the registry's generated indexes.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_BYTE_DATA_HPP
#define HTTPSTATUS_DETAIL_BYTE_DATA_HPP

#include <cstdint>

namespace httpstatus::detail {

// detail/registry_index.hpp writes its numbers as bytes in string literals, least significant
// first, rather than as arrays of integers: every translation unit that includes the header reads
// them, and GCC reads a 500-integer array in about 7 M instructions, a string of the same bytes in
// 0.1 M (docs/benchmarks.md). At run time GCC and Clang make these byte reads one load.
constexpr std::uint32_t byte_at(const char* bytes, unsigned i) noexcept { return static_cast<unsigned char>(bytes[i]); }
constexpr std::uint16_t read_u16(const char* bytes) noexcept {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[0]) | static_cast<unsigned char>(bytes[1])
                                                                                 << 8U);
}
constexpr std::uint32_t read_u32(const char* bytes) noexcept {
    return byte_at(bytes, 0) | byte_at(bytes, 1) << 8U | byte_at(bytes, 2) << 16U | byte_at(bytes, 3) << 24U;
}

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_BYTE_DATA_HPP
// ---- end include/httpstatus/detail/byte_data.hpp
// ---- begin include/httpstatus/detail/names.hpp
// httpstatus: how names are compared: from_name's rule, and the names rule of a table.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_NAMES_HPP
#define HTTPSTATUS_DETAIL_NAMES_HPP


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
// ---- end include/httpstatus/detail/names.hpp

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace httpstatus::detail {

// A name's key: the name folded and without apostrophes, with a hash.
constexpr std::size_t max_name_key = max_name_size;  // a longer input is no name and has no key

struct name_key {
    char text[max_name_key] = {};
    std::size_t size = 0;
    std::uint32_t hash = 0;  // of the length and three bytes: cheap, and enough to tell the names apart
    bool too_long = false;   // the folded name is longer than max_name_key: it has no key

    // `folding` holds each of the 256 bytes as same_name() folds it: from_name folds every byte of
    // its input, and a load is cheaper than the compares.
    constexpr name_key(std::string_view name, const char* folding) noexcept {
        // Counted in a local, stored once: Clang cannot tell that a byte stored into text[] leaves
        // size alone, and kept size in memory, a store and a reload per byte, which made from_name
        // take 2x as long as with g++ (docs/benchmarks.md).
        std::size_t folded = 0;
        for (char ch : name) {
            if (is_skipped_in_name(ch)) continue;
            if (folded == max_name_key) {
                too_long = true;
                return;
            }
            text[folded++] = folding[static_cast<unsigned char>(ch)];
        }
        size = folded;
        if (size == 0) return;
        const auto byte = [this](std::size_t i) {
            return static_cast<std::uint32_t>(static_cast<unsigned char>(text[i]));
        };
        hash = static_cast<std::uint32_t>(size) * 0x9E3779B1U ^ byte(0) * 0x85EBCA77U ^ byte(size / 2) * 0xC2B2AE3DU ^
               byte(size - 1) * 0x27D4EB2FU;
        hash ^= hash >> 16;
    }
    constexpr std::string_view view() const noexcept { return {text, size}; }
};

// Open addressing: each name and alias is stored as its key, in one text of keys; a lookup computes
// the key of its input once and compares bytes only with the keys whose hash matches. A slot is
// name_slot_size bytes (see detail/byte_data.hpp): the hash (4 bytes), where the key starts in the
// text of keys (2), the code (2; 0 when the key belongs to more than one code, "(Unused)", so to
// none) and the key's size (1; 0: the slot is empty, since no key is empty).
constexpr std::size_t name_slot_count = 256;  // a power of two, over three times the names
constexpr std::size_t name_slot_size = 9;

// One hash table's data: its slots, the text their keys are in, and the folding of each byte.
// (Not `slots`: Qt defines that word as a macro, and the library must compile after Qt's headers.)
struct name_table {
    const char* slot_bytes;  // name_slot_count slots, at least one empty, so that every probe ends
    const char* keys;
    const char* folding;
};

// The code answering to the name; 0 when none does, or more than one.
constexpr std::uint16_t find_code_by_name(const name_table& table, std::string_view name) noexcept {
    const name_key key(name, table.folding);
    if (key.too_long || key.size == 0) return 0;
    for (std::size_t at = key.hash % name_slot_count;; at = (at + 1) % name_slot_count) {
        const char* slot = table.slot_bytes + at * name_slot_size;
        const std::size_t key_size = static_cast<unsigned char>(slot[8]);
        if (key_size == 0) return 0;
        if (read_u32(slot) == key.hash && std::string_view(table.keys + read_u16(slot + 4), key_size) == key.view())
            return read_u16(slot + 6);
    }
}

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_NAME_INDEX_HPP
// ---- end include/httpstatus/detail/name_index.hpp
// ---- begin include/httpstatus/detail/rfc_reference.hpp
// httpstatus: the RFC Editor's address of the section a reference names, for reference_url.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_RFC_REFERENCE_HPP
#define HTTPSTATUS_DETAIL_RFC_REFERENCE_HPP


#include <cstddef>
#include <string_view>

namespace httpstatus::detail {

// The longest address written: "https://www.rfc-editor.org/rfc/rfc" (34 characters), an RFC number of
// up to 5 digits, ".html#section-" (14) and a section number of up to 24 characters.
inline constexpr std::size_t max_rfc_number_size = 5;
inline constexpr std::size_t max_section_size = 24;
inline constexpr std::size_t max_address_size = 34 + max_rfc_number_size + 14 + max_section_size;

// Writes the address of the section a reference names to `out`, which has room for max_address_size
// characters, and returns its size: "RFC 9110 \xC2\xA7" "15.5.5" (the registry's form, the section sign
// in UTF-8) or "RFC 9110, Section 15.5.5" (the RFCs' own, RFC 7322 section 4.8) gives
// "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5". The whole reference must be that: any
// other ("nginx", "RFC 9110", "RFC 9110 \xC2\xA7" "15.5.5 and RFC 7231", "rfc 9110 ...") writes nothing
// and returns 0. One function rather than a parser and a writer: each function in the core header
// costs every translation unit that includes it (tests/compile_cost).
constexpr std::size_t write_section_address(std::string_view reference, char* out) noexcept {
    // "RFC ", then the number as the RFC Editor's addresses write it: 1 to 5 digits, no leading zero.
    if (reference.substr(0, 4) != "RFC ") return 0;
    std::size_t end_of_number = 4;
    while (end_of_number < reference.size() && is_digit(reference[end_of_number])) ++end_of_number;
    const std::string_view number = reference.substr(4, end_of_number - 4);
    if (number.empty() || number.size() > max_rfc_number_size || number[0] == '0') return 0;

    // A separator, then the section: numbers joined by single dots, "15.5.5" or "4".
    std::string_view section = reference.substr(end_of_number);
    if (section.substr(0, 3) == " \xC2\xA7") {
        section.remove_prefix(3);
    } else if (section.substr(0, 10) == ", Section ") {
        section.remove_prefix(10);
    } else {
        return 0;
    }
    if (section.empty() || section.size() > max_section_size || section.back() == '.') return 0;
    char previous = '.';
    for (char ch : section) {
        if (!is_digit(ch) && (ch != '.' || previous == '.')) return 0;
        previous = ch;
    }

    const std::string_view parts[] = {"https://www.rfc-editor.org/rfc/rfc", number, ".html#section-", section};
    std::size_t size = 0;
    for (std::string_view part : parts)
        for (char ch : part) out[size++] = ch;
    return size;
}

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_RFC_REFERENCE_HPP
// ---- end include/httpstatus/detail/rfc_reference.hpp
// ---- begin include/httpstatus/detail/row_iterator.hpp
// httpstatus: the iterator of search_results: entries of a table picked by row number.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_ROW_ITERATOR_HPP
#define HTTPSTATUS_DETAIL_ROW_ITERATOR_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace httpstatus::detail {

// A random-access iterator over the entries table[rows[0]], table[rows[1]], ...
template <typename Entry>
class row_iterator {
public:
    // std::random_access_iterator_tag, named through a type that <string_view> must define, so that
    // the core header need not include <iterator> (which brings <streambuf> and <system_error>).
    using iterator_category = std::string_view::const_reverse_iterator::iterator_category;
    using value_type = Entry;
    using difference_type = std::ptrdiff_t;
    using pointer = const Entry*;
    using reference = const Entry&;

    constexpr row_iterator() noexcept = default;
    constexpr row_iterator(const Entry* table, const std::uint8_t* row) noexcept : table_(table), row_(row) {}

    constexpr reference operator*() const noexcept { return table_[*row_]; }
    constexpr pointer operator->() const noexcept { return &table_[*row_]; }
    constexpr reference operator[](difference_type n) const noexcept { return table_[row_[n]]; }
    constexpr row_iterator& operator++() noexcept {
        ++row_;
        return *this;
    }
    constexpr row_iterator& operator--() noexcept {
        --row_;
        return *this;
    }
    constexpr row_iterator operator++(int) noexcept {
        row_iterator old = *this;
        ++row_;
        return old;
    }
    constexpr row_iterator operator--(int) noexcept {
        row_iterator old = *this;
        --row_;
        return old;
    }
    constexpr row_iterator& operator+=(difference_type n) noexcept {
        row_ += n;
        return *this;
    }
    constexpr row_iterator& operator-=(difference_type n) noexcept {
        row_ -= n;
        return *this;
    }
    friend constexpr row_iterator operator+(row_iterator it, difference_type n) noexcept { return it += n; }
    friend constexpr row_iterator operator+(difference_type n, row_iterator it) noexcept { return it += n; }
    friend constexpr row_iterator operator-(row_iterator it, difference_type n) noexcept { return it -= n; }
    friend constexpr difference_type operator-(row_iterator a, row_iterator b) noexcept { return a.row_ - b.row_; }
    friend constexpr bool operator==(row_iterator a, row_iterator b) noexcept { return a.row_ == b.row_; }
    friend constexpr bool operator!=(row_iterator a, row_iterator b) noexcept { return a.row_ != b.row_; }
    friend constexpr bool operator<(row_iterator a, row_iterator b) noexcept { return a.row_ < b.row_; }
    friend constexpr bool operator>(row_iterator a, row_iterator b) noexcept { return a.row_ > b.row_; }
    friend constexpr bool operator<=(row_iterator a, row_iterator b) noexcept { return a.row_ <= b.row_; }
    friend constexpr bool operator>=(row_iterator a, row_iterator b) noexcept { return a.row_ >= b.row_; }

private:
    const Entry* table_ = nullptr;
    const std::uint8_t* row_ = nullptr;
};

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_ROW_ITERATOR_HPP
// ---- end include/httpstatus/detail/row_iterator.hpp
// ---- begin include/httpstatus/detail/search.hpp
// httpstatus: the search rule: what of an entry a query is looked for in.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_SEARCH_HPP
#define HTTPSTATUS_DETAIL_SEARCH_HPP


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
// ---- end include/httpstatus/detail/search.hpp
// ---- begin include/httpstatus/detail/table_rules.hpp
// httpstatus: the rules every table keeps, checked while the compiler builds a table.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_TABLE_RULES_HPP
#define HTTPSTATUS_DETAIL_TABLE_RULES_HPP


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
// ---- end include/httpstatus/detail/table_rules.hpp

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace httpstatus {

// ---------------------------------------------------------------------------------------------------
// The enums
// ---------------------------------------------------------------------------------------------------

// A status code. Any value 0-65535 may be held; the functions below answer for every one of them.
// Switching on it needs a case per registered code only: the aliases at the end share their code's value.
enum class status : std::uint16_t {
    continue_ = 100,
    switching_protocols = 101,
    processing = 102,
    early_hints = 103,

    ok = 200,
    created = 201,
    accepted = 202,
    non_authoritative_information = 203,
    no_content = 204,
    reset_content = 205,
    partial_content = 206,
    multi_status = 207,
    already_reported = 208,
    im_used = 226,

    multiple_choices = 300,
    moved_permanently = 301,
    found = 302,
    see_other = 303,
    not_modified = 304,
    use_proxy = 305,
    unused_306 = 306,
    temporary_redirect = 307,
    permanent_redirect = 308,

    bad_request = 400,
    unauthorized = 401,
    payment_required = 402,
    forbidden = 403,
    not_found = 404,
    method_not_allowed = 405,
    not_acceptable = 406,
    proxy_authentication_required = 407,
    request_timeout = 408,
    conflict = 409,
    gone = 410,
    length_required = 411,
    precondition_failed = 412,
    content_too_large = 413,
    uri_too_long = 414,
    unsupported_media_type = 415,
    range_not_satisfiable = 416,
    expectation_failed = 417,
    unused_418 = 418,
    misdirected_request = 421,
    unprocessable_content = 422,
    locked = 423,
    failed_dependency = 424,
    too_early = 425,
    upgrade_required = 426,
    precondition_required = 428,
    too_many_requests = 429,
    request_header_fields_too_large = 431,
    unavailable_for_legal_reasons = 451,

    internal_server_error = 500,
    not_implemented = 501,
    bad_gateway = 502,
    service_unavailable = 503,
    gateway_timeout = 504,
    http_version_not_supported = 505,
    variant_also_negotiates = 506,
    insufficient_storage = 507,
    loop_detected = 508,
    not_extended = 510,
    network_authentication_required = 511,

    // Older names still in wide use; each is also in its row's `aliases`.
    moved_temporarily = found,
    payload_too_large = content_too_large,
    requested_range_not_satisfiable = range_not_satisfiable,
    im_a_teapot = unused_418,
    unprocessable_entity = unprocessable_content,
};

// The class of a status code: its first digit (RFC 9110 section 15).
enum class status_class : std::uint8_t {
    informational = 1,
    successful,
    redirection,
    client_error,
    server_error,
};

// Where a code stands in the registry.
enum class registration : std::uint8_t {
    active,
    deprecated,  // 305 Use Proxy
    unused,      // 306 and 418: reserved, never to be sent
    obsoleted,   // 510 Not Extended
};

// May the same request, sent again unchanged, succeed? The answer retry_of() gives for a code, from
// the RFC's words where it has them and from the practice of major clients where it does not
// (docs/semantics.md lists each code with its source).
enum class retry : std::uint8_t {
    unspecified,            // no source says it may: do not resend automatically (most codes)
    no,                     // it will not: 501, 505, the server does not support what the request needs
    yes,                    // it may: 408, 425, 429, 503 (later, or as the RFC says: docs/semantics.md)
    if_idempotent,          // it may, but resend only an idempotent request: 502, 504 (RFC 9110 section 9.2.2)
    if_retry_after,         // only when the response has Retry-After: 413 (RFC 9110 section 15.5.14)
    on_another_connection,  // it may, over a different connection: 421 (RFC 9110 section 15.5.20)
    // A later version may add values here, at the end: a switch over retry wants a default.
};

// The label the status-code page gives a class: "Informational", "Successful", "Redirect",
// "Client Error", "Server Error"; empty for a value outside the enum.
constexpr std::string_view to_string(status_class c) noexcept {
    switch (c) {
    case status_class::informational: return "Informational";
    case status_class::successful: return "Successful";
    case status_class::redirection: return "Redirect";
    case status_class::client_error: return "Client Error";
    case status_class::server_error: return "Server Error";
    }
    return {};
}

// The code as a number.
constexpr int to_int(status s) noexcept { return static_cast<int>(s); }

// ---------------------------------------------------------------------------------------------------
// The entry type
// ---------------------------------------------------------------------------------------------------

// The aliases of a code (its older names): a random-access range of string_views.
class name_list {
public:
    static constexpr std::size_t capacity = 2;
    using value_type = std::string_view;
    using const_iterator = const std::string_view*;
    using iterator = const_iterator;

    constexpr name_list() noexcept = default;
    // From one ';'-separated string, "Payload Too Large;Request Entity Too Large"; implicit, so that
    // a table row can write it as a string. More than `capacity` names do not compile in a constant,
    // and end the program at run time (std::terminate), as a table that breaks a rule does.
    // cppcheck-suppress noExplicitConstructor
    constexpr name_list(std::string_view joined) noexcept {  // NOLINT(google-explicit-constructor)
        while (!joined.empty()) {
            if (size_ == capacity) detail::too_many_aliases();
            const std::size_t separator = joined.find(';');
            names_[size_++] = joined.substr(0, separator);
            joined = separator == std::string_view::npos ? std::string_view{} : joined.substr(separator + 1);
        }
    }

    // The same from a plain string literal, which would otherwise need two conversions.
    // cppcheck-suppress noExplicitConstructor
    constexpr name_list(const char* joined) noexcept
        : name_list(std::string_view(joined)) {}  // NOLINT(google-explicit-constructor)
    name_list(std::nullptr_t) = delete;           // not a string

    constexpr const std::string_view* begin() const noexcept { return names_; }
    constexpr const std::string_view* end() const noexcept { return names_ + size_; }
    constexpr std::size_t size() const noexcept { return size_; }
    constexpr bool empty() const noexcept { return size_ == 0; }
    constexpr std::string_view operator[](std::size_t i) const noexcept { return names_[i]; }

private:
    std::string_view names_[capacity] = {};
    std::size_t size_ = 0;
};

// One entry of a table: a code and what is known of it. A row writes the members in this order and
// may stop after any of them from `name` on: {status{499}, "Client Closed Request", "..."}.
struct status_info {
    // Every member has a default, so that a row may stop early without -Wmissing-field-initializers.
    status code{};
    std::string_view name{};                    // registered name, the reason phrase: "Not Found"
    std::string_view description{};             // what the code means
    std::string_view reference{};               // where it is defined, in UTF-8: "RFC 9110 \xC2\xA7" "15.5.5"
    name_list aliases{};                        // older names still in use: "Payload Too Large", ...
    registration state = registration::active;  // active, deprecated, unused or obsoleted
    bool cacheable = false;                     // heuristically cacheable by default (RFC 9110 section 15.1)
    // From the first digit of the code: set from `code`, never written by a row.
    status_class class_ = static_cast<status_class>(to_int(code) / 100);

    constexpr int value() const noexcept { return to_int(code); }
    constexpr bool is_deprecated() const noexcept { return state == registration::deprecated; }
    constexpr bool is_unused() const noexcept { return state == registration::unused; }
    constexpr bool is_obsoleted() const noexcept { return state == registration::obsoleted; }
    // allows_content(code): defined after that function, below.
    constexpr bool allows_content() const noexcept;
};

// ---------------------------------------------------------------------------------------------------
// Ranges of entries
// ---------------------------------------------------------------------------------------------------

// A view of consecutive entries: random access, constexpr.
class entry_span {
public:
    using value_type = status_info;
    using const_iterator = const status_info*;
    using iterator = const_iterator;

    constexpr entry_span(const status_info* first, std::size_t count) noexcept : first_(first), count_(count) {}
    constexpr const status_info* begin() const noexcept { return first_; }
    constexpr const status_info* end() const noexcept { return first_ + count_; }
    constexpr std::size_t size() const noexcept { return count_; }
    constexpr bool empty() const noexcept { return count_ == 0; }
    constexpr const status_info& operator[](std::size_t i) const noexcept { return first_[i]; }
    constexpr const status_info& front() const noexcept { return first_[0]; }
    constexpr const status_info& back() const noexcept { return first_[count_ - 1]; }

private:
    const status_info* first_;
    std::size_t count_;
};

constexpr std::string_view enumerator_name(int code) noexcept;  // defined below, with the registry

// Does the entry match the query? A query of digits, with 'x's after them if you like ("5", "5xx",
// "41", "404"), matches the codes that begin with those digits. Any other query matches when the
// entry's name, an alias, its class label or the enumerator of its code (enumerator_name) contains
// it, read by from_name's rule (ASCII case ignored, ' ' '_' '-' alike, apostrophes skipped):
// "not_found", "im a teapot", "continue_", "unused_418". An empty query matches every entry.
constexpr bool matches(const status_info& e, std::string_view query) noexcept {
    const detail::search_query folded(query);
    return detail::entry_matches(e, folded, folded.is_in(to_string(e.class_)), enumerator_name(e.value()));
}

// The entries of a table that a search matched, in table order. It holds row numbers and the table's
// address, not the query: it outlives the query and the call, but not the table. No heap is used.
class search_results {
public:
    static constexpr std::size_t capacity = detail::max_rows;  // the most rows a table has
    using iterator = detail::row_iterator<status_info>;
    using const_iterator = iterator;
    using value_type = status_info;

    // The entries of `table` that match the query, by the rule of matches().
    constexpr search_results(entry_span table, std::string_view query) noexcept : table_(table.begin()) {
        const detail::search_query folded(query);
        bool label_matches[6] = {};  // by class digit, tested once rather than once per row
        for (int c = 1; c <= 5; ++c) label_matches[c] = folded.is_in(to_string(static_cast<status_class>(c)));
        for (std::size_t i = 0; i < table.size() && i < capacity; ++i) {
            const auto digit = static_cast<std::size_t>(table[i].class_);
            if (detail::entry_matches(table[i], folded, digit < 6 && label_matches[digit],
                                      enumerator_name(table[i].value())))
                rows_[count_++] = static_cast<std::uint8_t>(i);
        }
    }

    constexpr iterator begin() const noexcept { return {table_, rows_}; }
    constexpr iterator end() const noexcept { return {table_, rows_ + count_}; }
    constexpr std::size_t size() const noexcept { return count_; }
    constexpr bool empty() const noexcept { return count_ == 0; }
    constexpr const status_info& operator[](std::size_t i) const noexcept { return table_[rows_[i]]; }

private:
    const status_info* table_;
    std::uint8_t rows_[capacity] = {};
    std::size_t count_ = 0;
};

// ---------------------------------------------------------------------------------------------------
// The table type: the registry is one, httpstatus/unofficial.hpp's codes another, and a program may
// declare its own (docs/tables.md).
// ---------------------------------------------------------------------------------------------------

// A constexpr table of entries with every lookup. Declare it constexpr, with its rows:
//     constexpr httpstatus::table my_codes{{
//         {httpstatus::status{499}, "Client Closed Request", "The client went away."},
//     }};
// The rows must be in code order, each code once and in 100-599, every name and alias with text, no
// class but the code's first digit, and no name or alias may belong to two rows (but for rows that
// are both registration::unused). A constexpr table that breaks a rule does not compile, and the error
// names the rule and the code: table_error_duplicate_code(520). A table that is not a constant is
// checked when it is built at run time, and one that breaks a rule ends the program (docs/tables.md).
template <std::size_t Size>
class table {
    static_assert(detail::max_rows == 128, "the message below names the limit");
    static_assert(Size <= detail::max_rows, "httpstatus: a table has at most 128 rows");

public:
    using value_type = status_info;
    using const_iterator = const status_info*;
    using iterator = const_iterator;

    constexpr explicit table(const status_info (&rows)[Size]) noexcept : table(detail::rules_checked_by_tests{}, rows) {
        detail::check_table_rules<Size>(*this);
    }

    // For the registry, whose rules tests/tables/table_rules.cpp checks once: checking them wherever
    // httpstatus.hpp is included would make including it cost the compiler a tenth more.
    constexpr table(detail::rules_checked_by_tests /*tag*/, const status_info (&rows)[Size]) noexcept {
        for (std::size_t i = 0; i < Size; ++i) {
            rows_[i] = rows[i];
            const std::size_t slot = detail::code_slot(rows[i].value());
            if (slot < detail::code_count) row_of_code_[slot] = static_cast<std::uint8_t>(i + 1);
        }
    }

    constexpr const status_info* begin() const noexcept { return rows_; }
    constexpr const status_info* end() const noexcept { return rows_ + Size; }
    constexpr std::size_t size() const noexcept { return Size; }
    constexpr const status_info& operator[](std::size_t i) const noexcept { return rows_[i]; }
    constexpr operator entry_span() const noexcept { return {rows_, Size}; }  // NOLINT(google-explicit-constructor)

    // Whether the table has the code.
    constexpr bool contains(int code) const noexcept { return row_of(code) != detail::no_row; }
    constexpr bool contains(status s) const noexcept { return contains(to_int(s)); }

    // The entry of the code; nullptr when the table does not have it.
    constexpr const status_info* find(int code) const noexcept {
        // Decided by row number, never by comparing a row's address with nullptr: GCC's
        // -fsanitize=undefined does not take that comparison as a constant expression.
        const std::uint8_t row = row_of(code);
        return row == detail::no_row ? nullptr : &rows_[row];
    }
    constexpr const status_info* find(status s) const noexcept { return find(to_int(s)); }

    // The name ("Not Found"); empty when the table does not have the code.
    constexpr std::string_view reason_phrase(int code) const noexcept {
        const std::uint8_t row = row_of(code);
        return row == detail::no_row ? std::string_view{} : rows_[row].name;
    }
    constexpr std::string_view reason_phrase(status s) const noexcept { return reason_phrase(to_int(s)); }

    // What the code means; empty when the table does not have the code.
    constexpr std::string_view description(int code) const noexcept {
        const std::uint8_t row = row_of(code);
        return row == detail::no_row ? std::string_view{} : rows_[row].description;
    }
    constexpr std::string_view description(status s) const noexcept { return description(to_int(s)); }

    // Whether the code is heuristically cacheable by default; false when the table does not have it.
    constexpr bool is_cacheable_by_default(int code) const noexcept {
        const std::uint8_t row = row_of(code);
        return row != detail::no_row && rows_[row].cacheable;
    }
    constexpr bool is_cacheable_by_default(status s) const noexcept { return is_cacheable_by_default(to_int(s)); }

    // The code with this name or alias, compared as from_name() compares; nullopt for an unknown
    // name and for one that two (unused) rows share.
    constexpr std::optional<status> from_name(std::string_view name) const noexcept {
        std::uint8_t match = detail::no_row;
        for (std::size_t i = 0; i < Size; ++i) {
            if (!detail::answers_to(rows_[i], name)) continue;
            if (match != detail::no_row) return std::nullopt;
            match = static_cast<std::uint8_t>(i);
        }
        if (match == detail::no_row) return std::nullopt;
        return rows_[match].code;
    }

    // The entries that match the query, by the rule of matches(), in code order.
    constexpr search_results search(std::string_view query) const noexcept { return {*this, query}; }

private:
    constexpr std::uint8_t row_of(int code) const noexcept {
        const std::size_t slot = detail::code_slot(code);
        if (slot == detail::code_count || row_of_code_[slot] == 0) return detail::no_row;
        return static_cast<std::uint8_t>(row_of_code_[slot] - 1);
    }

    status_info rows_[Size] = {};
    // The row of each code 100-599, plus one: 0 is no row, so that the array starts empty without a
    // loop (filling 500 bytes with another value cost every unit that includes the header 3%).
    std::uint8_t row_of_code_[detail::code_count] = {};
};
// The size is the number of rows: `constexpr table t{{...}};`.
template <std::size_t Size>
table(const status_info (&)[Size]) -> table<Size>;
template <std::size_t Size>
table(detail::rules_checked_by_tests, const status_info (&)[Size]) -> table<Size>;

// The entry of the code in the first of the tables that has it, in the order given; nullptr when none
// has it: find_in(499, registry, my_codes, unofficial::codes).
template <std::size_t First, std::size_t... Rest>
constexpr const status_info* find_in(int code, const table<First>& first, const table<Rest>&... rest) noexcept {
    if constexpr (sizeof...(Rest) == 0) {
        return first.find(code);
    } else {
        // Decided by contains(), never by comparing find()'s answer with nullptr (see table::find).
        return first.contains(code) ? first.find(code) : find_in(code, rest...);
    }
}
template <std::size_t First, std::size_t... Rest>
constexpr const status_info* find_in(status s, const table<First>& first, const table<Rest>&... rest) noexcept {
    return find_in(to_int(s), first, rest...);
}

// The code with this name or alias in the first of the tables that answers to it, in the order given,
// each compared as from_name() compares; nullopt when none does.
template <std::size_t First, std::size_t... Rest>
constexpr std::optional<status> from_name_in(std::string_view name, const table<First>& first,
                                             const table<Rest>&... rest) noexcept {
    if constexpr (sizeof...(Rest) == 0) {
        return first.from_name(name);
    } else {
        const std::optional<status> found = first.from_name(name);
        return found ? found : from_name_in(name, rest...);
    }
}

}  // namespace httpstatus

// The registry's rows, as a table: it needs the table type above.
// ---- begin include/httpstatus/detail/registry.hpp
// httpstatus: the IANA HTTP Status Code Registry, one row per code.
// SPDX-License-Identifier: MIT
//
// The one file to edit when the registry changes (with the enumerator in httpstatus.hpp; the
// compiler checks that each row names one, and tests/registry/enum_table_sync.cpp the reverse); then
// `cmake --build <build-dir> --target httpstatus-index` (in a build with the tests, such as the test
// preset's) writes the indexes made from the rows (detail/registry_index.hpp), and the test
// index_fresh fails until it has.
// Rows are in code order. Each row: code, name, description, reference; then, where they differ
// from the defaults, aliases (older names, ';'-separated), the registration state, and `true` when
// the code is heuristically cacheable by default (RFC 9110 section 15.1). The class comes from the code.
// The table rules (docs/tables.md) are checked by tests/tables/table_rules.cpp, not wherever this
// file is included. Part of <httpstatus/httpstatus.hpp>, which includes it where the table type is
// complete.
#ifndef HTTPSTATUS_DETAIL_REGISTRY_HPP
#define HTTPSTATUS_DETAIL_REGISTRY_HPP

namespace httpstatus::detail {

// The headers are ASCII, so that they mean the same under any source character set (MSVC without
// /utf-8 reads a file in the system code page, and GCC's -finput-charset may be set). The text is
// UTF-8 all the same: the section sign in each reference is written as its bytes, "\xC2\xA7", and
// the literal is split after it because a hex escape would otherwise take in the digits that follow.
//
// The text is written as ""sv literals: a string_view made from a plain literal would have to count
// its characters during constant evaluation, and for this table that is most of what including the
// header costs. The sv literal knows its length.
using namespace std::string_view_literals;

// clang-format off
inline constexpr table registry_table{rules_checked_by_tests{}, {
// code                                   name                                 description, reference [, aliases, registration state, cacheable]
{status::continue_,                       "Continue"sv,                        "This interim response indicates that everything so far is OK and that the client should continue the request, or ignore the response if the request is already finished."sv, "RFC 9110 \xC2\xA7" "15.2.1"sv},
{status::switching_protocols,             "Switching Protocols"sv,             "Indicates that the server understands and is willing to comply with the client's request, via the Upgrade header field, for a change in the application protocol being used on this connection."sv, "RFC 9110 \xC2\xA7" "15.2.2"sv},
{status::processing,                      "Processing"sv,                      "Indicates that the server has accepted the complete request but has not yet completed it, and sends this interim response so that the client does not time out while it waits."sv, "RFC 2518 \xC2\xA7" "10.1"sv},
{status::early_hints,                     "Early Hints"sv,                     "Indicates that the server is likely to send a final response with the header fields included in this interim response, so that the client can start preloading resources in the meantime."sv, "RFC 8297 \xC2\xA7" "2"sv},
{status::ok,                              "OK"sv,                              "Indicates that the request has succeeded. The payload sent depends on the request method."sv, "RFC 9110 \xC2\xA7" "15.3.1"sv, {}, registration::active, true},
{status::created,                         "Created"sv,                         "Indicates that the request has been fulfilled and has resulted in one or more new resources being created."sv, "RFC 9110 \xC2\xA7" "15.3.2"sv},
{status::accepted,                        "Accepted"sv,                        "Indicates that the request has been accepted for processing but the processing has not been completed."sv, "RFC 9110 \xC2\xA7" "15.3.3"sv},
{status::non_authoritative_information,   "Non-Authoritative Information"sv,   "Indicates that the request was successful but the enclosed payload has been modified from that of the origin server's 200 response by a transforming proxy."sv, "RFC 9110 \xC2\xA7" "15.3.4"sv, {}, registration::active, true},
{status::no_content,                      "No Content"sv,                      "Indicates that the server has successfully fulfilled the request and that there is no additional content to send in the response payload body."sv, "RFC 9110 \xC2\xA7" "15.3.5"sv, {}, registration::active, true},
{status::reset_content,                   "Reset Content"sv,                   "Indicates that the server has fulfilled the request and desires that the user agent reset the document view, which caused the request to be sent, to its original state as received from the origin server."sv, "RFC 9110 \xC2\xA7" "15.3.6"sv},
{status::partial_content,                 "Partial Content"sv,                 "Indicates that the server is successfully fulfilling a range request for the target resource by transferring one or more parts of the selected representation."sv, "RFC 9110 \xC2\xA7" "15.3.7"sv, {}, registration::active, true},
{status::multi_status,                    "Multi-Status"sv,                    "Indicates that the response carries the status of several independent operations, each reported in the XML multistatus body that follows (WebDAV)."sv, "RFC 4918 \xC2\xA7" "11.1"sv},
{status::already_reported,                "Already Reported"sv,                "Indicates that the members of a WebDAV binding have already been listed in an earlier part of the multistatus response and are not listed again."sv, "RFC 5842 \xC2\xA7" "7.1"sv},
{status::im_used,                         "IM Used"sv,                         "Indicates that the server has fulfilled a GET request for the resource and that the response represents the result of one or more instance-manipulations applied to the current instance."sv, "RFC 3229 \xC2\xA7" "10.4.1"sv},
{status::multiple_choices,                "Multiple Choices"sv,                "Indicates that the target resource has more than one representation, each with its own more specific identifier, and information about the alternatives is being provided so that the user (or user agent) can select a preferred representation by redirecting its request to one or more of those identifiers."sv, "RFC 9110 \xC2\xA7" "15.4.1"sv, {}, registration::active, true},
{status::moved_permanently,               "Moved Permanently"sv,               "Indicates that the target resource has been assigned a new permanent URI and any future references to this resource ought to use one of the enclosed URIs."sv, "RFC 9110 \xC2\xA7" "15.4.2"sv, {}, registration::active, true},
{status::found,                           "Found"sv,                           "Indicates that the target resource resides temporarily under a different URI. Since the redirection might be altered on occasion, the client ought to continue to use the effective request URI for future requests."sv, "RFC 9110 \xC2\xA7" "15.4.3"sv, "Moved Temporarily"sv},
{status::see_other,                       "See Other"sv,                       "Indicates that the server is redirecting the user agent to a different resource, as specified by a URI in the Location header field, which is intended to provide an indirect response to the original request."sv, "RFC 9110 \xC2\xA7" "15.4.4"sv},
{status::not_modified,                    "Not Modified"sv,                    "Indicates that a conditional GET or HEAD request would have led to a 200 response if its condition had not evaluated to false, so the client can use the representation it has stored; the response has no content."sv, "RFC 9110 \xC2\xA7" "15.4.5"sv},
{status::use_proxy,                       "Use Proxy"sv,                       "Deprecated. It told the client to repeat the request through the proxy named in the Location header field; it was deprecated over the security concerns of configuring a proxy in-band (RFC 7231 Appendix B)."sv, "RFC 9110 \xC2\xA7" "15.4.6"sv, {}, registration::deprecated},
{status::unused_306,                      "(Unused)"sv,                        "This code is no longer used and is reserved."sv, "RFC 9110 \xC2\xA7" "15.4.7"sv, "Switch Proxy"sv, registration::unused},
{status::temporary_redirect,              "Temporary Redirect"sv,              "Indicates that the target resource resides temporarily under a different URI and the user agent must not change the request method if it performs an automatic redirection to that URI. Since the redirection can change over time, the client should continue using the original URI for future requests."sv, "RFC 9110 \xC2\xA7" "15.4.8"sv},
{status::permanent_redirect,              "Permanent Redirect"sv,              "Indicates that the target resource has been assigned a new permanent URI and any future references to this resource ought to use one of the enclosed URIs. The user agent must not change the request method if it performs an automatic redirection to that URI."sv, "RFC 9110 \xC2\xA7" "15.4.9"sv, {}, registration::active, true},
{status::bad_request,                     "Bad Request"sv,                     "Indicates that the server cannot or will not process the request due to something that is perceived to be a client error (e.g. malformed request syntax, invalid request message framing, or deceptive request routing)."sv, "RFC 9110 \xC2\xA7" "15.5.1"sv},
{status::unauthorized,                    "Unauthorized"sv,                    "Indicates that the request has not been applied because it lacks valid authentication credentials for the target resource. The server must send a WWW-Authenticate header field with at least one challenge that applies to the target resource."sv, "RFC 9110 \xC2\xA7" "15.5.2"sv},
{status::payment_required,                "Payment Required"sv,                "Reserved for future use."sv, "RFC 9110 \xC2\xA7" "15.5.3"sv},
{status::forbidden,                       "Forbidden"sv,                       "Indicates that the server understood the request but refuses to authorize it. If authentication credentials were provided in the request, the server considers them insufficient to grant access."sv, "RFC 9110 \xC2\xA7" "15.5.4"sv},
{status::not_found,                       "Not Found"sv,                       "Indicates that the origin server did not find a current representation for the target resource or is not willing to disclose that one exists."sv, "RFC 9110 \xC2\xA7" "15.5.5"sv, {}, registration::active, true},
{status::method_not_allowed,              "Method Not Allowed"sv,              "Indicates that the method received in the request line is known by the origin server but not supported by the target resource. The origin server must generate an Allow header field in the response containing a list of the target resource's currently supported methods."sv, "RFC 9110 \xC2\xA7" "15.5.6"sv, {}, registration::active, true},
{status::not_acceptable,                  "Not Acceptable"sv,                  "Indicates that the target resource does not have a current representation that would be acceptable to the user agent, according to the proactive negotiation header fields received in the request, and the server is unwilling to supply a default representation."sv, "RFC 9110 \xC2\xA7" "15.5.7"sv},
{status::proxy_authentication_required,   "Proxy Authentication Required"sv,   "Indicates that the client needs to authenticate itself in order to use a proxy. The proxy must send a Proxy-Authenticate header field with a challenge that applies to that proxy for the request."sv, "RFC 9110 \xC2\xA7" "15.5.8"sv},
{status::request_timeout,                 "Request Timeout"sv,                 R"(Indicates that the server did not receive a complete request message within the time that it was prepared to wait. A server should send the "close" connection option in the response.)"sv, "RFC 9110 \xC2\xA7" "15.5.9"sv, "Request Time-out"sv},
{status::conflict,                        "Conflict"sv,                        "Indicates that the request could not be completed due to a conflict with the current state of the target resource. This code is used in situations where the user might be able to resolve the conflict and resubmit the request."sv, "RFC 9110 \xC2\xA7" "15.5.10"sv},
{status::gone,                            "Gone"sv,                            "Indicates that access to the target resource is no longer available at the origin server and that this condition is likely to be permanent."sv, "RFC 9110 \xC2\xA7" "15.5.11"sv, {}, registration::active, true},
{status::length_required,                 "Length Required"sv,                 "Indicates that the server refuses to accept the request without a defined Content-Length."sv, "RFC 9110 \xC2\xA7" "15.5.12"sv},
{status::precondition_failed,             "Precondition Failed"sv,             "Indicates that one or more conditions given in the request header fields evaluated to false when tested on the server."sv, "RFC 9110 \xC2\xA7" "15.5.13"sv},
{status::content_too_large,               "Content Too Large"sv,               "Indicates that the server is refusing to process a request because the request payload is larger than the server is willing or able to process. The server may close the connection to prevent the client from continuing the request."sv, "RFC 9110 \xC2\xA7" "15.5.14"sv, "Payload Too Large;Request Entity Too Large"sv},
{status::uri_too_long,                    "URI Too Long"sv,                    "Indicates that the server is refusing to service the request because the request target is longer than the server is willing to interpret."sv, "RFC 9110 \xC2\xA7" "15.5.15"sv, "Request-URI Too Long;Request-URI Too Large"sv, registration::active, true},
{status::unsupported_media_type,          "Unsupported Media Type"sv,          "Indicates that the origin server is refusing to service the request because the payload is in a format not supported by this method on the target resource."sv, "RFC 9110 \xC2\xA7" "15.5.16"sv},
{status::range_not_satisfiable,           "Range Not Satisfiable"sv,           "Indicates that none of the ranges in the request's Range header field overlap the current extent of the selected representation, or that the server rejected the set of ranges as invalid or too many small or overlapping ranges."sv, "RFC 9110 \xC2\xA7" "15.5.17"sv, "Requested Range Not Satisfiable"sv},
{status::expectation_failed,              "Expectation Failed"sv,              "Indicates that the expectation given in the request's Expect header field could not be met by at least one of the inbound servers."sv, "RFC 9110 \xC2\xA7" "15.5.18"sv},
{status::unused_418,                      "(Unused)"sv,                        R"(This code is reserved and not used. "I'm a teapot" was an April Fools' joke (RFC 2324, RFC 7168), and because deployed software sends it, the code cannot be assigned to another use for now.)"sv, "RFC 9110 \xC2\xA7" "15.5.19"sv, "I'm a teapot"sv, registration::unused},
{status::misdirected_request,             "Misdirected Request"sv,             "Indicates that the request was directed at a server that is unable or unwilling to produce an authoritative response for the target URI."sv, "RFC 9110 \xC2\xA7" "15.5.20"sv},
{status::unprocessable_content,           "Unprocessable Content"sv,           "Indicates that the server understands the content type of the request and its syntax is correct, but it was unable to process the instructions it contains."sv, "RFC 9110 \xC2\xA7" "15.5.21"sv, "Unprocessable Entity"sv},
{status::locked,                          "Locked"sv,                          "Indicates that the source or destination resource of a method is locked (WebDAV)."sv, "RFC 4918 \xC2\xA7" "11.3"sv},
{status::failed_dependency,               "Failed Dependency"sv,               "Indicates that the method could not be performed on the resource because it depended on another action, and that action failed (WebDAV)."sv, "RFC 4918 \xC2\xA7" "11.4"sv},
{status::too_early,                       "Too Early"sv,                       "Indicates that the server is unwilling to risk processing a request that might be replayed, such as one sent in TLS early data."sv, "RFC 8470 \xC2\xA7" "5.2"sv},
{status::upgrade_required,                "Upgrade Required"sv,                "Indicates that the server refuses to perform the request using the current protocol but might be willing to do so after the client upgrades to a different protocol. The server must send an Upgrade header field in the response to indicate the required protocol(s)."sv, "RFC 9110 \xC2\xA7" "15.5.22"sv},
{status::precondition_required,           "Precondition Required"sv,           "Indicates that the origin server requires the request to be conditional. Responses should explain how to resubmit the request successfully."sv, "RFC 6585 \xC2\xA7" "3"sv},
{status::too_many_requests,               "Too Many Requests"sv,               "Indicates that the user has sent too many requests in a given amount of time (rate limiting). The response should include details explaining the condition, and may include a Retry-After header indicating how long to wait before making a new request."sv, "RFC 6585 \xC2\xA7" "4"sv},
{status::request_header_fields_too_large, "Request Header Fields Too Large"sv, "Indicates that the server is unwilling to process the request because its header fields are too large."sv, "RFC 6585 \xC2\xA7" "5"sv},
{status::unavailable_for_legal_reasons,   "Unavailable For Legal Reasons"sv,   "Indicates that the server is denying access to the resource as a consequence of a legal demand."sv, "RFC 7725 \xC2\xA7" "3"sv, {}, registration::active, true},
{status::internal_server_error,           "Internal Server Error"sv,           "Indicates that the server encountered an unexpected condition that prevented it from fulfilling the request."sv, "RFC 9110 \xC2\xA7" "15.6.1"sv},
{status::not_implemented,                 "Not Implemented"sv,                 "Indicates that the server does not support the functionality required to fulfill the request."sv, "RFC 9110 \xC2\xA7" "15.6.2"sv, {}, registration::active, true},
{status::bad_gateway,                     "Bad Gateway"sv,                     "Indicates that the server, while acting as a gateway or proxy, received an invalid response from an inbound server it accessed while attempting to fulfill the request."sv, "RFC 9110 \xC2\xA7" "15.6.3"sv},
{status::service_unavailable,             "Service Unavailable"sv,             "Indicates that the server is currently unable to handle the request due to a temporary overload or scheduled maintenance, which will likely be alleviated after some delay. The server may send a Retry-After header field to suggest an appropriate amount of time for the client to wait before retrying the request."sv, "RFC 9110 \xC2\xA7" "15.6.4"sv},
{status::gateway_timeout,                 "Gateway Timeout"sv,                 "Indicates that the server, while acting as a gateway or proxy, did not receive a timely response from an upstream server it needed to access in order to complete the request."sv, "RFC 9110 \xC2\xA7" "15.6.5"sv, "Gateway Time-out"sv},
{status::http_version_not_supported,      "HTTP Version Not Supported"sv,      "Indicates that the server does not support, or refuses to support, the major version of HTTP that was used in the request message. The server should generate a response that describes why that version is not supported and what other protocols are supported."sv, "RFC 9110 \xC2\xA7" "15.6.6"sv},
{status::variant_also_negotiates,         "Variant Also Negotiates"sv,         "Indicates that the server has a configuration error: the variant chosen by transparent content negotiation is itself set up to negotiate, so it is not a proper end point of the negotiation."sv, "RFC 2295 \xC2\xA7" "8.1"sv},
{status::insufficient_storage,            "Insufficient Storage"sv,            "Indicates that the method could not be performed on the resource because the server is unable to store the representation needed to complete the request (WebDAV)."sv, "RFC 4918 \xC2\xA7" "11.5"sv},
{status::loop_detected,                   "Loop Detected"sv,                   R"(Indicates that the server ended an operation because it met an infinite loop while processing a request with "Depth: infinity" (WebDAV).)"sv, "RFC 5842 \xC2\xA7" "7.2"sv},
{status::not_extended,                    "Not Extended"sv,                    "Obsoleted: the HTTP extension framework that defined it (RFC 2774) is now Historic. Indicates that the request did not meet the policy for accessing the resource, and that the client may repeat it with the extension declarations required."sv, "RFC 2774 \xC2\xA7" "7"sv, {}, registration::obsoleted},
{status::network_authentication_required, "Network Authentication Required"sv, "Indicates that the client needs to authenticate to gain network access. The response should contain a link to a resource that allows the user to submit credentials."sv, "RFC 6585 \xC2\xA7" "6"sv},
}};
// clang-format on

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_REGISTRY_HPP
// ---- end include/httpstatus/detail/registry.hpp
// reason_phrase's and from_name's indexes of the registry, as data written from its rows.
// ---- begin include/httpstatus/detail/registry_index.hpp
// httpstatus: the registry's indexes for reason_phrase and from_name. Generated: do not edit.
// SPDX-License-Identifier: MIT
// Written from detail/registry.hpp by generator/registry_index.cpp: after changing the rows, run
// `cmake --build <build-dir> --target httpstatus-index`; the test index_fresh fails until then.
// Data rather than constexpr code: built during constant evaluation, in every translation unit,
// these indexes cost the compiler more than the rest of the header (docs/benchmarks.md).
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_REGISTRY_INDEX_HPP
#define HTTPSTATUS_DETAIL_REGISTRY_INDEX_HPP


namespace httpstatus::detail {

// clang-format off
// reason_phrase's text: every registered name, one after another, in code order.
inline constexpr char registry_phrases[] =
    "Continue"  // 100
    "Switching Protocols"  // 101
    "Processing"  // 102
    "Early Hints"  // 103
    "OK"  // 200
    "Created"  // 201
    "Accepted"  // 202
    "Non-Authoritative Information"  // 203
    "No Content"  // 204
    "Reset Content"  // 205
    "Partial Content"  // 206
    "Multi-Status"  // 207
    "Already Reported"  // 208
    "IM Used"  // 226
    "Multiple Choices"  // 300
    "Moved Permanently"  // 301
    "Found"  // 302
    "See Other"  // 303
    "Not Modified"  // 304
    "Use Proxy"  // 305
    "(Unused)"  // 306
    "Temporary Redirect"  // 307
    "Permanent Redirect"  // 308
    "Bad Request"  // 400
    "Unauthorized"  // 401
    "Payment Required"  // 402
    "Forbidden"  // 403
    "Not Found"  // 404
    "Method Not Allowed"  // 405
    "Not Acceptable"  // 406
    "Proxy Authentication Required"  // 407
    "Request Timeout"  // 408
    "Conflict"  // 409
    "Gone"  // 410
    "Length Required"  // 411
    "Precondition Failed"  // 412
    "Content Too Large"  // 413
    "URI Too Long"  // 414
    "Unsupported Media Type"  // 415
    "Range Not Satisfiable"  // 416
    "Expectation Failed"  // 417
    "(Unused)"  // 418
    "Misdirected Request"  // 421
    "Unprocessable Content"  // 422
    "Locked"  // 423
    "Failed Dependency"  // 424
    "Too Early"  // 425
    "Upgrade Required"  // 426
    "Precondition Required"  // 428
    "Too Many Requests"  // 429
    "Request Header Fields Too Large"  // 431
    "Unavailable For Legal Reasons"  // 451
    "Internal Server Error"  // 500
    "Not Implemented"  // 501
    "Bad Gateway"  // 502
    "Service Unavailable"  // 503
    "Gateway Timeout"  // 504
    "HTTP Version Not Supported"  // 505
    "Variant Also Negotiates"  // 506
    "Insufficient Storage"  // 507
    "Loop Detected"  // 508
    "Not Extended"  // 510
    "Network Authentication Required"  // 511
    ;

// Where each code's name is in registry_phrases, by code 0-599: the offset (2 bytes) and the size
// (1 byte, then a 0), as detail/code_index.hpp says; a code that is not registered has 0s.
inline constexpr char registry_phrase_at[] =
    /* 0 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 5 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 10 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 15 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 20 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 25 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 30 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 35 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 40 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 45 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 50 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 55 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 60 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 65 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 70 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 75 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 80 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 85 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 90 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 95 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 100 */ "\x00\x00\x08\x00\x08\x00\x13\x00\x1B\x00\x0A\x00\x25\x00\x0B\x00\x00\x00\x00\x00"
    /* 105 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 110 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 115 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 120 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 125 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 130 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 135 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 140 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 145 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 150 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 155 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 160 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 165 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 170 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 175 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 180 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 185 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 190 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 195 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 200 */ "\x30\x00\x02\x00\x32\x00\x07\x00\x39\x00\x08\x00\x41\x00\x1D\x00\x5E\x00\x0A\x00"
    /* 205 */ "\x68\x00\x0D\x00\x75\x00\x0F\x00\x84\x00\x0C\x00\x90\x00\x10\x00\x00\x00\x00\x00"
    /* 210 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 215 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 220 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 225 */ "\x00\x00\x00\x00\xA0\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 230 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 235 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 240 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 245 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 250 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 255 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 260 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 265 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 270 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 275 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 280 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 285 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 290 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 295 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 300 */ "\xA7\x00\x10\x00\xB7\x00\x11\x00\xC8\x00\x05\x00\xCD\x00\x09\x00\xD6\x00\x0C\x00"
    /* 305 */ "\xE2\x00\x09\x00\xEB\x00\x08\x00\xF3\x00\x12\x00\x05\x01\x12\x00\x00\x00\x00\x00"
    /* 310 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 315 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 320 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 325 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 330 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 335 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 340 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 345 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 350 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 355 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 360 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 365 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 370 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 375 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 380 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 385 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 390 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 395 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 400 */ "\x17\x01\x0B\x00\x22\x01\x0C\x00\x2E\x01\x10\x00\x3E\x01\x09\x00\x47\x01\x09\x00"
    /* 405 */ "\x50\x01\x12\x00\x62\x01\x0E\x00\x70\x01\x1D\x00\x8D\x01\x0F\x00\x9C\x01\x08\x00"
    /* 410 */ "\xA4\x01\x04\x00\xA8\x01\x0F\x00\xB7\x01\x13\x00\xCA\x01\x11\x00\xDB\x01\x0C\x00"
    /* 415 */ "\xE7\x01\x16\x00\xFD\x01\x15\x00\x12\x02\x12\x00\x24\x02\x08\x00\x00\x00\x00\x00"
    /* 420 */ "\x00\x00\x00\x00\x2C\x02\x13\x00\x3F\x02\x15\x00\x54\x02\x06\x00\x5A\x02\x11\x00"
    /* 425 */ "\x6B\x02\x09\x00\x74\x02\x10\x00\x00\x00\x00\x00\x84\x02\x15\x00\x99\x02\x11\x00"
    /* 430 */ "\x00\x00\x00\x00\xAA\x02\x1F\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 435 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 440 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 445 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 450 */ "\x00\x00\x00\x00\xC9\x02\x1D\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 455 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 460 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 465 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 470 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 475 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 480 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 485 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 490 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 495 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 500 */ "\xE6\x02\x15\x00\xFB\x02\x0F\x00\x0A\x03\x0B\x00\x15\x03\x13\x00\x28\x03\x0F\x00"
    /* 505 */ "\x37\x03\x1A\x00\x51\x03\x17\x00\x68\x03\x14\x00\x7C\x03\x0D\x00\x00\x00\x00\x00"
    /* 510 */ "\x89\x03\x0C\x00\x95\x03\x1F\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 515 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 520 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 525 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 530 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 535 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 540 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 545 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 550 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 555 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 560 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 565 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 570 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 575 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 580 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 585 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 590 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    /* 595 */ "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    ;

// reference_url's text: each row's reference as the address of its section at the RFC Editor.
inline constexpr char registry_reference_urls[] =
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.2.1"  // 100
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.2.2"  // 101
    "https://www.rfc-editor.org/rfc/rfc2518.html#section-10.1"  // 102
    "https://www.rfc-editor.org/rfc/rfc8297.html#section-2"  // 103
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1"  // 200
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.2"  // 201
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.3"  // 202
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.4"  // 203
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.5"  // 204
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.6"  // 205
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.7"  // 206
    "https://www.rfc-editor.org/rfc/rfc4918.html#section-11.1"  // 207
    "https://www.rfc-editor.org/rfc/rfc5842.html#section-7.1"  // 208
    "https://www.rfc-editor.org/rfc/rfc3229.html#section-10.4.1"  // 226
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.1"  // 300
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.2"  // 301
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.3"  // 302
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.4"  // 303
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.5"  // 304
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.6"  // 305
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.7"  // 306
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.8"  // 307
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.9"  // 308
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.1"  // 400
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.2"  // 401
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.3"  // 402
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.4"  // 403
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5"  // 404
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6"  // 405
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.7"  // 406
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.8"  // 407
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.9"  // 408
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.10"  // 409
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.11"  // 410
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.12"  // 411
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.13"  // 412
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.14"  // 413
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.15"  // 414
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.16"  // 415
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.17"  // 416
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.18"  // 417
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.19"  // 418
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.20"  // 421
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.21"  // 422
    "https://www.rfc-editor.org/rfc/rfc4918.html#section-11.3"  // 423
    "https://www.rfc-editor.org/rfc/rfc4918.html#section-11.4"  // 424
    "https://www.rfc-editor.org/rfc/rfc8470.html#section-5.2"  // 425
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.22"  // 426
    "https://www.rfc-editor.org/rfc/rfc6585.html#section-3"  // 428
    "https://www.rfc-editor.org/rfc/rfc6585.html#section-4"  // 429
    "https://www.rfc-editor.org/rfc/rfc6585.html#section-5"  // 431
    "https://www.rfc-editor.org/rfc/rfc7725.html#section-3"  // 451
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.1"  // 500
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.2"  // 501
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.3"  // 502
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.4"  // 503
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.5"  // 504
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.6"  // 505
    "https://www.rfc-editor.org/rfc/rfc2295.html#section-8.1"  // 506
    "https://www.rfc-editor.org/rfc/rfc4918.html#section-11.5"  // 507
    "https://www.rfc-editor.org/rfc/rfc5842.html#section-7.2"  // 508
    "https://www.rfc-editor.org/rfc/rfc2774.html#section-7"  // 510
    "https://www.rfc-editor.org/rfc/rfc6585.html#section-6"  // 511
    ;

// Where each row's address is in registry_reference_urls, by row, in the form of registry_phrase_at.
inline constexpr char registry_reference_url_at[] =
    "\x00\x00\x3A\x00"  // 100
    "\x3A\x00\x3A\x00"  // 101
    "\x74\x00\x38\x00"  // 102
    "\xAC\x00\x35\x00"  // 103
    "\xE1\x00\x3A\x00"  // 200
    "\x1B\x01\x3A\x00"  // 201
    "\x55\x01\x3A\x00"  // 202
    "\x8F\x01\x3A\x00"  // 203
    "\xC9\x01\x3A\x00"  // 204
    "\x03\x02\x3A\x00"  // 205
    "\x3D\x02\x3A\x00"  // 206
    "\x77\x02\x38\x00"  // 207
    "\xAF\x02\x37\x00"  // 208
    "\xE6\x02\x3A\x00"  // 226
    "\x20\x03\x3A\x00"  // 300
    "\x5A\x03\x3A\x00"  // 301
    "\x94\x03\x3A\x00"  // 302
    "\xCE\x03\x3A\x00"  // 303
    "\x08\x04\x3A\x00"  // 304
    "\x42\x04\x3A\x00"  // 305
    "\x7C\x04\x3A\x00"  // 306
    "\xB6\x04\x3A\x00"  // 307
    "\xF0\x04\x3A\x00"  // 308
    "\x2A\x05\x3A\x00"  // 400
    "\x64\x05\x3A\x00"  // 401
    "\x9E\x05\x3A\x00"  // 402
    "\xD8\x05\x3A\x00"  // 403
    "\x12\x06\x3A\x00"  // 404
    "\x4C\x06\x3A\x00"  // 405
    "\x86\x06\x3A\x00"  // 406
    "\xC0\x06\x3A\x00"  // 407
    "\xFA\x06\x3A\x00"  // 408
    "\x34\x07\x3B\x00"  // 409
    "\x6F\x07\x3B\x00"  // 410
    "\xAA\x07\x3B\x00"  // 411
    "\xE5\x07\x3B\x00"  // 412
    "\x20\x08\x3B\x00"  // 413
    "\x5B\x08\x3B\x00"  // 414
    "\x96\x08\x3B\x00"  // 415
    "\xD1\x08\x3B\x00"  // 416
    "\x0C\x09\x3B\x00"  // 417
    "\x47\x09\x3B\x00"  // 418
    "\x82\x09\x3B\x00"  // 421
    "\xBD\x09\x3B\x00"  // 422
    "\xF8\x09\x38\x00"  // 423
    "\x30\x0A\x38\x00"  // 424
    "\x68\x0A\x37\x00"  // 425
    "\x9F\x0A\x3B\x00"  // 426
    "\xDA\x0A\x35\x00"  // 428
    "\x0F\x0B\x35\x00"  // 429
    "\x44\x0B\x35\x00"  // 431
    "\x79\x0B\x35\x00"  // 451
    "\xAE\x0B\x3A\x00"  // 500
    "\xE8\x0B\x3A\x00"  // 501
    "\x22\x0C\x3A\x00"  // 502
    "\x5C\x0C\x3A\x00"  // 503
    "\x96\x0C\x3A\x00"  // 504
    "\xD0\x0C\x3A\x00"  // 505
    "\x0A\x0D\x37\x00"  // 506
    "\x41\x0D\x38\x00"  // 507
    "\x79\x0D\x37\x00"  // 508
    "\xB0\x0D\x35\x00"  // 510
    "\xE5\x0D\x35\x00"  // 511
    ;

// enumerator_name's text: the enumerator each row is named by, one after another.
inline constexpr char registry_enumerators[] =
    "continue_"  // 100
    "switching_protocols"  // 101
    "processing"  // 102
    "early_hints"  // 103
    "ok"  // 200
    "created"  // 201
    "accepted"  // 202
    "non_authoritative_information"  // 203
    "no_content"  // 204
    "reset_content"  // 205
    "partial_content"  // 206
    "multi_status"  // 207
    "already_reported"  // 208
    "im_used"  // 226
    "multiple_choices"  // 300
    "moved_permanently"  // 301
    "found"  // 302
    "see_other"  // 303
    "not_modified"  // 304
    "use_proxy"  // 305
    "unused_306"  // 306
    "temporary_redirect"  // 307
    "permanent_redirect"  // 308
    "bad_request"  // 400
    "unauthorized"  // 401
    "payment_required"  // 402
    "forbidden"  // 403
    "not_found"  // 404
    "method_not_allowed"  // 405
    "not_acceptable"  // 406
    "proxy_authentication_required"  // 407
    "request_timeout"  // 408
    "conflict"  // 409
    "gone"  // 410
    "length_required"  // 411
    "precondition_failed"  // 412
    "content_too_large"  // 413
    "uri_too_long"  // 414
    "unsupported_media_type"  // 415
    "range_not_satisfiable"  // 416
    "expectation_failed"  // 417
    "unused_418"  // 418
    "misdirected_request"  // 421
    "unprocessable_content"  // 422
    "locked"  // 423
    "failed_dependency"  // 424
    "too_early"  // 425
    "upgrade_required"  // 426
    "precondition_required"  // 428
    "too_many_requests"  // 429
    "request_header_fields_too_large"  // 431
    "unavailable_for_legal_reasons"  // 451
    "internal_server_error"  // 500
    "not_implemented"  // 501
    "bad_gateway"  // 502
    "service_unavailable"  // 503
    "gateway_timeout"  // 504
    "http_version_not_supported"  // 505
    "variant_also_negotiates"  // 506
    "insufficient_storage"  // 507
    "loop_detected"  // 508
    "not_extended"  // 510
    "network_authentication_required"  // 511
    ;

// Where each row's enumerator is in registry_enumerators, by row, in the form of registry_phrase_at.
inline constexpr char registry_enumerator_at[] =
    "\x00\x00\x09\x00"  // 100
    "\x09\x00\x13\x00"  // 101
    "\x1C\x00\x0A\x00"  // 102
    "\x26\x00\x0B\x00"  // 103
    "\x31\x00\x02\x00"  // 200
    "\x33\x00\x07\x00"  // 201
    "\x3A\x00\x08\x00"  // 202
    "\x42\x00\x1D\x00"  // 203
    "\x5F\x00\x0A\x00"  // 204
    "\x69\x00\x0D\x00"  // 205
    "\x76\x00\x0F\x00"  // 206
    "\x85\x00\x0C\x00"  // 207
    "\x91\x00\x10\x00"  // 208
    "\xA1\x00\x07\x00"  // 226
    "\xA8\x00\x10\x00"  // 300
    "\xB8\x00\x11\x00"  // 301
    "\xC9\x00\x05\x00"  // 302
    "\xCE\x00\x09\x00"  // 303
    "\xD7\x00\x0C\x00"  // 304
    "\xE3\x00\x09\x00"  // 305
    "\xEC\x00\x0A\x00"  // 306
    "\xF6\x00\x12\x00"  // 307
    "\x08\x01\x12\x00"  // 308
    "\x1A\x01\x0B\x00"  // 400
    "\x25\x01\x0C\x00"  // 401
    "\x31\x01\x10\x00"  // 402
    "\x41\x01\x09\x00"  // 403
    "\x4A\x01\x09\x00"  // 404
    "\x53\x01\x12\x00"  // 405
    "\x65\x01\x0E\x00"  // 406
    "\x73\x01\x1D\x00"  // 407
    "\x90\x01\x0F\x00"  // 408
    "\x9F\x01\x08\x00"  // 409
    "\xA7\x01\x04\x00"  // 410
    "\xAB\x01\x0F\x00"  // 411
    "\xBA\x01\x13\x00"  // 412
    "\xCD\x01\x11\x00"  // 413
    "\xDE\x01\x0C\x00"  // 414
    "\xEA\x01\x16\x00"  // 415
    "\x00\x02\x15\x00"  // 416
    "\x15\x02\x12\x00"  // 417
    "\x27\x02\x0A\x00"  // 418
    "\x31\x02\x13\x00"  // 421
    "\x44\x02\x15\x00"  // 422
    "\x59\x02\x06\x00"  // 423
    "\x5F\x02\x11\x00"  // 424
    "\x70\x02\x09\x00"  // 425
    "\x79\x02\x10\x00"  // 426
    "\x89\x02\x15\x00"  // 428
    "\x9E\x02\x11\x00"  // 429
    "\xAF\x02\x1F\x00"  // 431
    "\xCE\x02\x1D\x00"  // 451
    "\xEB\x02\x15\x00"  // 500
    "\x00\x03\x0F\x00"  // 501
    "\x0F\x03\x0B\x00"  // 502
    "\x1A\x03\x13\x00"  // 503
    "\x2D\x03\x0F\x00"  // 504
    "\x3C\x03\x1A\x00"  // 505
    "\x56\x03\x17\x00"  // 506
    "\x6D\x03\x14\x00"  // 507
    "\x81\x03\x0D\x00"  // 508
    "\x8E\x03\x0C\x00"  // 510
    "\x9A\x03\x1F\x00"  // 511
    ;

// Each byte as same_name() folds it: ASCII letters lowercased, '_' and '-' made ' '.
inline constexpr char name_folding[] =
    "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0A\x0B\x0C\x0D\x0E\x0F"
    "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1A\x1B\x1C\x1D\x1E\x1F"
    "\x20\x21\x22\x23\x24\x25\x26\x27\x28\x29\x2A\x2B\x2C\x20\x2E\x2F"
    "\x30\x31\x32\x33\x34\x35\x36\x37\x38\x39\x3A\x3B\x3C\x3D\x3E\x3F"
    "\x40\x61\x62\x63\x64\x65\x66\x67\x68\x69\x6A\x6B\x6C\x6D\x6E\x6F"
    "\x70\x71\x72\x73\x74\x75\x76\x77\x78\x79\x7A\x5B\x5C\x5D\x5E\x20"
    "\x60\x61\x62\x63\x64\x65\x66\x67\x68\x69\x6A\x6B\x6C\x6D\x6E\x6F"
    "\x70\x71\x72\x73\x74\x75\x76\x77\x78\x79\x7A\x7B\x7C\x7D\x7E\x7F"
    "\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8A\x8B\x8C\x8D\x8E\x8F"
    "\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9A\x9B\x9C\x9D\x9E\x9F"
    "\xA0\xA1\xA2\xA3\xA4\xA5\xA6\xA7\xA8\xA9\xAA\xAB\xAC\xAD\xAE\xAF"
    "\xB0\xB1\xB2\xB3\xB4\xB5\xB6\xB7\xB8\xB9\xBA\xBB\xBC\xBD\xBE\xBF"
    "\xC0\xC1\xC2\xC3\xC4\xC5\xC6\xC7\xC8\xC9\xCA\xCB\xCC\xCD\xCE\xCF"
    "\xD0\xD1\xD2\xD3\xD4\xD5\xD6\xD7\xD8\xD9\xDA\xDB\xDC\xDD\xDE\xDF"
    "\xE0\xE1\xE2\xE3\xE4\xE5\xE6\xE7\xE8\xE9\xEA\xEB\xEC\xED\xEE\xEF"
    "\xF0\xF1\xF2\xF3\xF4\xF5\xF6\xF7\xF8\xF9\xFA\xFB\xFC\xFD\xFE\xFF"
    ;

// from_name's keys (names folded, without apostrophes), one after another.
inline constexpr char registry_name_keys[] =
    "continue"
    "switching protocols"
    "processing"
    "early hints"
    "ok"
    "created"
    "accepted"
    "non authoritative information"
    "no content"
    "reset content"
    "partial content"
    "multi status"
    "already reported"
    "im used"
    "multiple choices"
    "moved permanently"
    "found"
    "moved temporarily"
    "see other"
    "not modified"
    "use proxy"
    "(unused)"
    "switch proxy"
    "temporary redirect"
    "permanent redirect"
    "bad request"
    "unauthorized"
    "payment required"
    "forbidden"
    "not found"
    "method not allowed"
    "not acceptable"
    "proxy authentication required"
    "request timeout"
    "request time out"
    "conflict"
    "gone"
    "length required"
    "precondition failed"
    "content too large"
    "payload too large"
    "request entity too large"
    "uri too long"
    "request uri too long"
    "request uri too large"
    "unsupported media type"
    "range not satisfiable"
    "requested range not satisfiable"
    "expectation failed"
    "im a teapot"
    "misdirected request"
    "unprocessable content"
    "unprocessable entity"
    "locked"
    "failed dependency"
    "too early"
    "upgrade required"
    "precondition required"
    "too many requests"
    "request header fields too large"
    "unavailable for legal reasons"
    "internal server error"
    "not implemented"
    "bad gateway"
    "service unavailable"
    "gateway timeout"
    "gateway time out"
    "http version not supported"
    "variant also negotiates"
    "insufficient storage"
    "loop detected"
    "not extended"
    "network authentication required"
    ;

// from_name's slots, as detail/name_index.hpp says: the hash, where the key is in
// registry_name_keys, the code and the key's size; 0s: an empty slot.
inline constexpr char registry_name_slots[] =
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 0
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 1
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 2
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 3
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 4
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 5
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 6
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 7
    "\x08\xD4\x08\xBA\x3F\x01\x91\x01\x0C"  // 8: "unauthorized" 401
    "\x09\x09\x36\x9E\xBF\x03\xF6\x01\x0B"  // 9: "bad gateway" 502
    "\x0A\x4F\xF9\x22\x20\x03\xA9\x01\x09"  // 10: "too early" 425
    "\x0B\xB1\x0E\xEB\x29\x03\xAA\x01\x10"  // 11: "upgrade required" 426
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 12
    "\x0D\xF1\x80\xD9\x0F\x03\xA8\x01\x11"  // 13: "failed dependency" 424
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 14
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 15
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 16
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 17
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 18
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 19
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 20
    "\x15\xEC\xB0\xCA\xA0\x00\xE2\x00\x07"  // 21: "im used" 226
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 22
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 23
    "\x18\x55\x88\x9D\x4E\x03\xAD\x01\x11"  // 24: "too many requests" 429
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 25
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 26
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 27
    "\x1C\x11\xB2\x2D\xB0\x02\xA1\x01\x12"  // 28: "expectation failed" 417
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 29
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 30
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 31
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 32
    "\x21\x8E\x94\x7B\x9B\x03\xF4\x01\x15"  // 33: "internal server error" 500
    "\x22\xE3\x6F\xBC\xAA\x01\x98\x01\x0F"  // 34: "request timeout" 408
    "\x23\x4D\x02\xE8\x30\x00\xC8\x00\x02"  // 35: "ok" 200
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 36
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 37
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 38
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 39
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 40
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 41
    "\x2A\x6E\x84\xC7\x04\x01\x32\x01\x0C"  // 42: "switch proxy" 306
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 43
    "\x2C\xBE\x52\x4D\x66\x02\x9F\x01\x16"  // 44: "unsupported media type" 415
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 45
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 46
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 47
    "\x30\x64\x26\x4B\x7F\x01\x96\x01\x0E"  // 48: "not acceptable" 406
    "\x30\x58\xC5\x35\x51\x02\x9E\x01\x15"  // 49: "request uri too large" 414
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 50
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 51
    "\x34\xEE\x2C\xA1\x41\x00\xCB\x00\x1D"  // 52: "non authoritative information" 203
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 53
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 54
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 55
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 56
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 57
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 58
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 59
    "\x3C\x1C\x89\x33\x31\x02\x9E\x01\x0C"  // 60: "uri too long" 414
    "\x3C\xBA\x25\x36\xEC\x03\xF8\x01\x10"  // 61: "gateway time out" 504
    "\x3E\x48\x54\x7D\xE4\x01\x9C\x01\x13"  // 62: "precondition failed" 412
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 63
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 64
    "\x41\x13\x94\xA8\x25\x00\x67\x00\x0B"  // 65: "early hints" 103
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 66
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 67
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 68
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 69
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 70
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 71
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 72
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 73
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 74
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 75
    "\x4C\xB4\xF6\x89\x39\x03\xAC\x01\x15"  // 76: "precondition required" 428
    "\x4D\x4A\x85\x51\xFC\x03\xF9\x01\x1A"  // 77: "http version not supported" 505
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 78
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 79
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 80
    "\x51\x87\x35\x12\x5B\x01\x93\x01\x09"  // 81: "forbidden" 403
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 82
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 83
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 84
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 85
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 86
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 87
    "\x58\xF0\xE2\x6A\x91\x02\xA0\x01\x1F"  // 88: "requested range not satisfiable" 416
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 89
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 90
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 91
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 92
    "\x5D\x02\xC5\x86\xD1\x01\x9A\x01\x04"  // 93: "gone" 410
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 94
    "\x5F\xC7\xC8\x98\x7C\x02\xA0\x01\x15"  // 95: "range not satisfiable" 416
    "\x60\xF2\xB1\x70\xDE\x00\x2F\x01\x09"  // 96: "see other" 303
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 97
    "\x62\x9A\xBF\x46\xF3\x00\x31\x01\x09"  // 98: "use proxy" 305
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 99
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 100
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 101
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 102
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 103
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 104
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 105
    "\x6A\x19\xB2\xEC\x68\x00\xCD\x00\x0D"  // 106: "reset content" 205
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 107
    "\x6C\x8E\x1E\xEB\x10\x01\x33\x01\x12"  // 108: "temporary redirect" 307
    "\x6D\xC0\x25\x54\x34\x01\x90\x01\x0B"  // 109: "bad request" 400
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 110
    "\x6F\x9E\xE1\xD2\x22\x01\x34\x01\x12"  // 111: "permanent redirect" 308
    "\x70\x63\xB6\x22\x3D\x02\x9E\x01\x14"  // 112: "request uri too long" 414
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 113
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 114
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 115
    "\x74\x71\xC6\x01\x5E\x00\xCC\x00\x0A"  // 116: "no content" 204
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 117
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 118
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 119
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 120
    "\x79\x0F\xFD\x28\x41\x04\xFC\x01\x0D"  // 121: "loop detected" 508
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 122
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 123
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 124
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 125
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 126
    "\x7F\x3A\x5E\xAD\x6D\x01\x95\x01\x12"  // 127: "method not allowed" 405
    "\x80\x9E\x1D\xFD\x84\x00\xCF\x00\x0C"  // 128: "multi status" 207
    "\x81\x98\xB0\x25\x09\x03\xA7\x01\x06"  // 129: "locked" 423
    "\x82\x30\x14\x56\x4E\x04\xFE\x01\x0C"  // 130: "not extended" 510
    "\x83\x32\x25\xAE\x2D\x04\xFB\x01\x14"  // 131: "insufficient storage" 507
    "\x84\x5D\x52\xBF\x8D\x01\x97\x01\x1D"  // 132: "proxy authentication required" 407
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 133
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 134
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 135
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 136
    "\x89\xA0\x53\x33\xF5\x02\xA6\x01\x14"  // 137: "unprocessable entity" 422
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 138
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 139
    "\x8C\x83\xC5\xF9\x19\x02\x9D\x01\x18"  // 140: "request entity too large" 413
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 141
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 142
    "\x8F\x7A\xF8\xE4\xB7\x00\x2D\x01\x11"  // 143: "moved permanently" 301
    "\x8F\x23\x71\x99\x08\x02\x9D\x01\x11"  // 144: "payload too large" 413
    "\x91\x1D\x85\xF7\x5A\x04\xFF\x01\x1F"  // 145: "network authentication required" 511
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 146
    "\x93\x0E\xE5\x48\x4B\x01\x92\x01\x10"  // 147: "payment required" 402
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 148
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 149
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 150
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 151
    "\x98\x47\xEC\xC9\x1B\x00\x66\x00\x0A"  // 152: "processing" 102
    "\x98\x70\xEB\xEE\x39\x00\xCA\x00\x08"  // 153: "accepted" 202
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 154
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 155
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 156
    "\x9D\xA6\x76\xC4\xF7\x01\x9D\x01\x11"  // 157: "content too large" 413
    "\x9E\x04\x83\x06\xD5\x01\x9B\x01\x0F"  // 158: "length required" 411
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 159
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 160
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 161
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 162
    "\xA3\x1B\x53\x4A\xE0\x02\xA6\x01\x15"  // 163: "unprocessable content" 422
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 164
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 165
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 166
    "\xA7\x17\x34\xD3\x32\x00\xC9\x00\x07"  // 167: "created" 201
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 168
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 169
    "\xAA\x74\x7F\x67\xCD\x02\xA5\x01\x13"  // 170: "misdirected request" 421
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 171
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 172
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 173
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 174
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 175
    "\xB0\x12\xB9\x18\x64\x01\x94\x01\x09"  // 176: "not found" 404
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 177
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 178
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 179
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 180
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 181
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 182
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 183
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 184
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 185
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 186
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 187
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 188
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 189
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 190
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 191
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 192
    "\xC1\x8A\x31\x0A\xFC\x00\x00\x00\x08"  // 193: "(unused)" (more than one code)
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 194
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 195
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 196
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 197
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 198
    "\xC7\x8C\x65\x38\xC8\x00\x2E\x01\x05"  // 199: "found" 302
    "\xC8\xF9\x2E\x63\xE7\x00\x30\x01\x0C"  // 200: "not modified" 304
    "\xC7\xE3\x5A\x62\xB0\x03\xF5\x01\x0F"  // 201: "not implemented" 501
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 202
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 203
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 204
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 205
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 206
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 207
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 208
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 209
    "\xD2\x9E\x86\xAF\x5F\x03\xAF\x01\x1F"  // 210: "request header fields too large" 431
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 211
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 212
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 213
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 214
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 215
    "\xD8\x65\x33\x89\xCA\x03\xF7\x01\x13"  // 216: "service unavailable" 503
    "\xD9\x97\x7D\xB1\xCD\x00\x2E\x01\x11"  // 217: "moved temporarily" 302
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 218
    "\xDB\x95\x88\x03\x16\x04\xFA\x01\x17"  // 219: "variant also negotiates" 506
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 220
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 221
    "\xDE\x68\xDD\x57\x00\x00\x64\x00\x08"  // 222: "continue" 100
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 223
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 224
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 225
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 226
    "\xE3\xFC\xB1\xFE\xDD\x03\xF8\x01\x0F"  // 227: "gateway timeout" 504
    "\xE4\x6B\x47\x88\x75\x00\xCE\x00\x0F"  // 228: "partial content" 206
    "\xE4\x9A\xE2\x54\xA7\x00\x2C\x01\x10"  // 229: "multiple choices" 300
    "\xE4\x47\x58\x15\xC2\x02\xA2\x01\x0B"  // 230: "im a teapot" 418
    "\xE6\xFF\xBF\x8F\x7E\x03\xC3\x01\x1D"  // 231: "unavailable for legal reasons" 451
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 232
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 233
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 234
    "\xEB\x04\x9A\x61\x90\x00\xD0\x00\x10"  // 235: "already reported" 208
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 236
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 237
    "\xEE\xBE\x05\x24\x08\x00\x65\x00\x13"  // 238: "switching protocols" 101
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 239
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 240
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 241
    "\xF2\x85\x8F\x14\xC9\x01\x99\x01\x08"  // 242: "conflict" 409
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 243
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 244
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 245
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 246
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 247
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 248
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 249
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 250
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 251
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 252
    "\xFD\xA5\xFB\x74\xB9\x01\x98\x01\x10"  // 253: "request time out" 408
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 254
    "\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // 255
    ;

inline constexpr name_table registry_name_table{registry_name_slots, registry_name_keys, name_folding};

// clang-format on

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_REGISTRY_INDEX_HPP
// ---- end include/httpstatus/detail/registry_index.hpp

namespace httpstatus {

// ---------------------------------------------------------------------------------------------------
// The registry and its lookups
// ---------------------------------------------------------------------------------------------------

// Every registered code, sorted by code: the IANA HTTP Status Code Registry as a table.
inline constexpr const auto& registry = detail::registry_table;

// The same entries as a span.
constexpr entry_span all() noexcept { return registry; }

// The entry of a registered code; nullptr for any other value.
constexpr const status_info* find(int code) noexcept { return registry.find(code); }
constexpr const status_info* find(status s) noexcept { return registry.find(s); }

constexpr bool is_registered(int code) noexcept { return registry.contains(code); }
constexpr bool is_registered(status s) noexcept { return registry.contains(s); }

// The enumerator of a registered code; nullopt for any other value. For a code read from the wire,
// which may be one the registry does not have, use to_any_status.
constexpr std::optional<status> to_status(int code) noexcept {
    if (!is_registered(code)) return std::nullopt;
    return static_cast<status>(code);
}

// Any code 100-599 as a status, registered or not: a client that reads 299 keeps 299 and understands
// it by its class (RFC 9110 section 15). nullopt outside 100-599.
constexpr std::optional<status> to_any_status(int code) noexcept {
    if (code < detail::min_code || code > detail::max_code) return std::nullopt;
    return static_cast<status>(code);
}

// The registered name ("Not Found"); empty when the code is not registered. The hot path: one
// compare, and one load of where the name is in one text of names (detail/code_index.hpp).
constexpr std::string_view reason_phrase(int code) noexcept {
    if (static_cast<unsigned>(code) > static_cast<unsigned>(detail::max_code)) return {};
    const char* at = detail::registry_phrase_at + static_cast<std::size_t>(code) * detail::text_at_size;
    return {detail::registry_phrases + detail::read_u16(at), detail::byte_at(at, 2)};
}
constexpr std::string_view reason_phrase(status s) noexcept { return reason_phrase(to_int(s)); }

// What the code means; empty when the code is not registered.
constexpr std::string_view description(int code) noexcept { return registry.description(code); }
constexpr std::string_view description(status s) noexcept { return registry.description(s); }

namespace detail {
// A registered code's text in one of the generated indexes that hold a text per registry row (the
// RFC Editor addresses, the enumerators): `at` holds each row's offset and size into `texts`. Empty
// for a code the registry does not have.
constexpr std::string_view registry_row_text(int code, const char* at, const char* texts) noexcept {
    // Decided by contains(), never by comparing find()'s answer with nullptr (see table::find).
    if (!registry.contains(code)) return {};
    const auto row = static_cast<std::size_t>(registry.find(code) - registry.begin());
    const char* row_at = at + row * text_at_size;
    return {texts + read_u16(row_at), byte_at(row_at, 2)};
}
}  // namespace detail

// The RFC Editor address of the section that defines the code,
// "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5"; empty when the code is not registered.
// The text has static storage.
constexpr std::string_view reference_url(int code) noexcept {
    return detail::registry_row_text(code, detail::registry_reference_url_at, detail::registry_reference_urls);
}
constexpr std::string_view reference_url(status s) noexcept { return reference_url(to_int(s)); }

// An address held in the value, as reference_url gives it for an entry of any table: an own table's
// address is text that exists nowhere else, so the value holds it, up to `capacity` characters, with
// no heap. Keep the url while its view is used, as one would a std::string.
class url {
public:
    static constexpr std::size_t capacity = detail::max_address_size;

    constexpr std::string_view view() const noexcept { return {text_, size_}; }
    constexpr std::size_t size() const noexcept { return size_; }
    constexpr bool empty() const noexcept { return size_ == 0; }

private:
    friend constexpr url reference_url(const status_info& entry) noexcept;
    char text_[capacity] = {};
    std::size_t size_ = 0;
};

// The RFC Editor address of the section an entry's reference names, for an entry of any table:
// "RFC 9110 \xC2\xA7" "15.5.5" (as the registry writes it) or "RFC 9110, Section 15.5.5" gives
// "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5". Empty for a reference that is not one
// RFC section ("nginx", "RFC 9110", "RFC 9110 \xC2\xA7" "15.5.5 and RFC 7231"). For a registry entry
// it is reference_url(entry.code).
constexpr url reference_url(const status_info& entry) noexcept {
    url address;
    address.size_ = detail::write_section_address(entry.reference, address.text_);
    return address;
}

// The class of any code 100-599, registered or not (RFC 9110 section 15: a client understands a code by its
// class); nullopt outside.
constexpr std::optional<status_class> class_of(int code) noexcept {
    if (code < detail::min_code || code > detail::max_code) return std::nullopt;
    return static_cast<status_class>(code / 100);
}
constexpr std::optional<status_class> class_of(status s) noexcept { return class_of(to_int(s)); }

// Whether a code is in a class; false outside 100-599. They compare ints, never an
// optional<status_class>: such a comparison would make GCC instantiate
// std::is_error_condition_enum<status_class> wherever <system_error> is visible, before
// httpstatus/error_code.hpp could specialize it.
constexpr bool is_informational(int code) noexcept { return code >= 100 && code <= 199; }
constexpr bool is_successful(int code) noexcept { return code >= 200 && code <= 299; }
constexpr bool is_redirection(int code) noexcept { return code >= 300 && code <= 399; }
constexpr bool is_client_error(int code) noexcept { return code >= 400 && code <= 499; }
constexpr bool is_server_error(int code) noexcept { return code >= 500 && code <= 599; }
constexpr bool is_error(int code) noexcept { return code >= 400 && code <= 599; }
constexpr bool is_informational(status s) noexcept { return is_informational(to_int(s)); }
constexpr bool is_successful(status s) noexcept { return is_successful(to_int(s)); }
constexpr bool is_redirection(status s) noexcept { return is_redirection(to_int(s)); }
constexpr bool is_client_error(status s) noexcept { return is_client_error(to_int(s)); }
constexpr bool is_server_error(status s) noexcept { return is_server_error(to_int(s)); }
constexpr bool is_error(status s) noexcept { return is_error(to_int(s)); }

// Whether a response with this code is heuristically cacheable by default (RFC 9110 section 15.1, RFC 7725 section 3).
constexpr bool is_cacheable_by_default(int code) noexcept { return registry.is_cacheable_by_default(code); }
constexpr bool is_cacheable_by_default(status s) noexcept { return is_cacheable_by_default(to_int(s)); }

// ---------------------------------------------------------------------------------------------------
// What a code means for the program that sends or receives it (docs/semantics.md). Each answers for
// any code 100-599, registered or not, and is false (or retry::unspecified) outside. A code that is
// not registered means what its class's x00 code means (RFC 9110 section 15): 299 allows content, 399
// is not followed.
// ---------------------------------------------------------------------------------------------------

// The sender's question: may a response with this code carry content? Not 1xx, 204 or 304, which
// never have any (RFC 9110 section 6.4.1), nor 205, in which a server must not generate content (section 15.3.6).
constexpr bool allows_content(int code) noexcept {
    return code >= 200 && code <= detail::max_code && code != 204 && code != 205 && code != 304;
}
constexpr bool allows_content(status s) noexcept { return allows_content(to_int(s)); }

// The receiver's question, for framing: does a response with this code end at the empty line after
// its header section, whatever Content-Length or Transfer-Encoding say? 1xx, 204 and 304 do (RFC 9112
// section 6.3, rule 1). A 205 is framed like any response (with Content-Length: 0, say), so it is not
// one of them. The code is not all a parser asks: a response to HEAD, and a 2xx to CONNECT, have no
// content either (rules 1 and 2).
constexpr bool never_has_content(int code) noexcept {
    return (code >= 100 && code <= 199) || code == 204 || code == 304;
}
constexpr bool never_has_content(status s) noexcept { return never_has_content(to_int(s)); }

// Whether browsers follow the Location of a response with this code automatically: 301, 302, 303,
// 307 and 308, the redirect statuses of the Fetch Standard (Go's client follows the same five). RFC
// 9110 section 15.4 is wider: a user agent may follow a Location with any 3xx, and curl -L does.
// Not 300 (the user picks one of several choices), 304 (it answers a conditional request), 305
// (deprecated) or 306 (unused).
constexpr bool follows_location(int code) noexcept {
    return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
}
constexpr bool follows_location(status s) noexcept { return follows_location(to_int(s)); }

// Whether the redirected request keeps the method and content: 307 and 308, whose user agent must
// not change the method (RFC 9110 sections 15.4.8, 15.4.9). After 301 or 302 a user agent may change
// POST to GET (sections 15.4.2, 15.4.3); after 303 it sends GET or HEAD (section 15.4.4).
constexpr bool preserves_method(int code) noexcept { return code == 307 || code == 308; }
constexpr bool preserves_method(status s) noexcept { return preserves_method(to_int(s)); }

// Whether the redirect is permanent, so that a client able to edit links ought to re-link to the new
// URI: 301 and 308 (RFC 9110 sections 15.4.2, 15.4.9). 302, 303 and 307 are temporary.
constexpr bool is_permanent_redirect(int code) noexcept { return code == 301 || code == 308; }
constexpr bool is_permanent_redirect(status s) noexcept { return is_permanent_redirect(to_int(s)); }

// Whether a Retry-After header field has a defined meaning with this code: any 3xx and 503 (RFC 9110
// section 10.2.3), 413 (section 15.5.14) and 429 (RFC 6585 section 4).
constexpr bool retry_after_applies(int code) noexcept {
    return (code >= 300 && code <= 399) || code == 413 || code == 429 || code == 503;
}
constexpr bool retry_after_applies(status s) noexcept { return retry_after_applies(to_int(s)); }

// May the same request, sent again unchanged, succeed? See `retry` for the answers and
// docs/semantics.md for each code's source.
constexpr retry retry_of(int code) noexcept {
    switch (code) {
    case 408:  // RFC 9110 section 15.5.9: the client may repeat the request, on a new connection if need be
    case 425:  // RFC 8470 section 5.2: the user agent should retry, not in early data
    case 429:  // RFC 6585 section 4: rate limited; Retry-After may say how long to wait
    case 503:  // RFC 9110 section 15.6.4: a temporary condition, likely alleviated after some delay
        return retry::yes;
    case 421:  // RFC 9110 section 15.5.20: the client may retry over a different connection, whatever the method
        return retry::on_another_connection;
    case 502:  // practice: a gateway's upstream failed, and may have acted on the request
    case 504: return retry::if_idempotent;
    case 413:  // RFC 9110 section 15.5.14: Retry-After says the condition is temporary
        return retry::if_retry_after;
    case 501:  // RFC 9110 section 15.6.2: the server does not support the functionality
    case 505:  // RFC 9110 section 15.6.6: nor the major version of HTTP the request used
        return retry::no;
    default: return retry::unspecified;
    }
}
constexpr retry retry_of(status s) noexcept { return retry_of(to_int(s)); }

constexpr bool status_info::allows_content() const noexcept { return httpstatus::allows_content(value()); }

// The code with this registered name or alias. ASCII case is ignored, ' ', '_' and '-' are alike and
// apostrophes are skipped: "not found", "NOT_FOUND", "Payload Too Large", "im_a_teapot" all work.
// nullopt for an unknown name, and for "(Unused)", which names both 306 and 418.
constexpr std::optional<status> from_name(std::string_view name) noexcept {
    const std::uint16_t code = detail::find_code_by_name(detail::registry_name_table, name);
    if (code == 0) return std::nullopt;
    return static_cast<status>(code);
}

// The enumerator of a registered code, as the enum spells it: "not_found", "continue_", "unused_418".
// An alias has its code's value, so enumerator_name(status::im_a_teapot) is "unused_418", the code's
// own enumerator. Empty for any value without one (299, 0, 700). The text has static storage.
constexpr std::string_view enumerator_name(int code) noexcept {
    return detail::registry_row_text(code, detail::registry_enumerator_at, detail::registry_enumerators);
}
constexpr std::string_view enumerator_name(status s) noexcept { return enumerator_name(to_int(s)); }

// The code at the start of a status line's tail: exactly three digits, 100-599, alone or followed by
// one space and a reason phrase (RFC 9112 section 4). Codes that are not registered are accepted
// ("299 Whatever" gives status 299). The phrase's text is not compared with anything, but its bytes
// must be those the grammar allows: HTAB, SP, VCHAR and obs-text, so a NUL, CR, LF, other control or
// DEL gives nullopt, as does anything else that is not this grammar.
constexpr std::optional<status> parse(std::string_view text) noexcept {
    if (text.size() < 3 || (text.size() > 3 && text[3] != ' ')) return std::nullopt;
    if (!detail::is_digit(text[0]) || !detail::is_digit(text[1]) || !detail::is_digit(text[2])) return std::nullopt;
    const int code = (text[0] - '0') * 100 + (text[1] - '0') * 10 + (text[2] - '0');
    if (code < detail::min_code || code > detail::max_code) return std::nullopt;
    for (std::size_t i = 4; i < text.size(); ++i)
        if (!detail::is_reason_phrase_char(text[i])) return std::nullopt;
    return static_cast<status>(code);
}

// Whether a request method is safe, essentially read-only (RFC 9110 section 9.2.1), as the IANA HTTP
// Method Registry marks it. Methods are case-sensitive (RFC 9110 section 9.1): "get" is not GET, and
// is false, as is any method the registry does not list.
constexpr bool is_safe_method(std::string_view method) noexcept {
    return detail::is_word_of(method, detail::safe_methods);
}

// Whether a request method is idempotent (RFC 9110 section 9.2.2), as the IANA HTTP Method Registry
// marks it: every safe method, PUT, DELETE and most WebDAV methods; not POST, CONNECT, PATCH or LOCK.
// A client resends automatically only a request whose method is idempotent: the answer that
// retry::if_idempotent (502, 504) waits for. Case-sensitive, as methods are.
constexpr bool is_idempotent_method(std::string_view method) noexcept {
    return is_safe_method(method) || detail::is_word_of(method, detail::idempotent_unsafe_methods);
}

// The entries that match the query by the rule of matches(), in code order: search("teapot"),
// search("client error"), search("not_found"), search("unused_418"), search("41") (410-418),
// search("5xx").
constexpr search_results search(std::string_view query) noexcept { return registry.search(query); }

// ---------------------------------------------------------------------------------------------------
// Compile-time checked codes
// ---------------------------------------------------------------------------------------------------

// status_v<404> is status::not_found; status_v<299> or status_v<999> does not compile.
template <int Code>
inline constexpr status status_v = detail::checked_code<Code>::value;

// The same for a table of one's own, or any table: status_in<my_codes, 499> is status{499} when
// my_codes has a row for 499, and does not compile when it has none. status_in<registry, 404> is
// status_v<404>.
template <const auto& Table, int Code>
inline constexpr status status_in = detail::checked_table_code<Table, Code>::value;

namespace literals {
// 404_status is status::not_found; 299_status, 999_status or 0x194_status does not compile.
template <char... Chars>
constexpr status operator""_status() noexcept {
    constexpr long long value = detail::decimal_literal_value<Chars...>();
    static_assert(value >= 0, "httpstatus: write a _status literal as a plain decimal number, like 404_status");
    constexpr long long code = value < 0 ? detail::min_code : value;  // one error for a bad literal is enough
    return detail::checked_code<code>::value;
}
}  // namespace literals

}  // namespace httpstatus

#endif  // HTTPSTATUS_HTTPSTATUS_HPP
