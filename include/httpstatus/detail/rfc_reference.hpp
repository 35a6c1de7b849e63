// httpstatus: the RFC Editor's address of the section a reference names, for reference_url.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_RFC_REFERENCE_HPP
#define HTTPSTATUS_DETAIL_RFC_REFERENCE_HPP

#include <httpstatus/detail/ascii.hpp>

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
