// httpstatus: the RFC Editor address of each registered code's defining section, built at compile time.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_REFERENCE_URL_HPP
#define HTTPSTATUS_DETAIL_REFERENCE_URL_HPP

#include <httpstatus/detail/ascii.hpp>
#include <httpstatus/detail/code_index.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace httpstatus {
enum class status : std::uint16_t;

namespace detail {

// "RFC 9110 \xC2\xA7" "15.5.5" (the section sign in UTF-8) as its two numbers: "9110" and "15.5.5".
// Both empty when the reference has another form.
struct rfc_section {
    std::string_view number;
    std::string_view section;

    constexpr explicit rfc_section(std::string_view reference) noexcept {
        constexpr std::string_view rfc = "RFC ";
        constexpr std::string_view section_sign = " \xC2\xA7";
        if (reference.substr(0, rfc.size()) != rfc) return;
        const std::size_t sign = reference.find(section_sign);
        if (sign == std::string_view::npos) return;
        const std::string_view n = reference.substr(rfc.size(), sign - rfc.size());
        const std::string_view s = reference.substr(sign + section_sign.size());
        if (!is_digits(n) || !is_section_number(s)) return;
        number = n;
        section = s;
    }

    constexpr bool empty() const noexcept { return number.empty(); }

private:
    static constexpr bool is_digits(std::string_view text) noexcept {
        if (text.empty()) return false;
        for (char ch : text)
            if (!is_digit(ch)) return false;
        return true;
    }
    // "15.5.5": numbers joined by single dots.
    static constexpr bool is_section_number(std::string_view text) noexcept {
        for (;;) {
            const std::size_t dot = text.find('.');
            if (!is_digits(text.substr(0, dot))) return false;
            if (dot == std::string_view::npos) return true;
            text.remove_prefix(dot + 1);
        }
    }
};

// Every row's address, one after another in one buffer: a string_view into it lives as long as the
// program. A row whose reference is not "RFC n section s" has an empty address.
constexpr std::size_t reference_urls_capacity = 8192;

struct reference_urls {
    char text[reference_urls_capacity] = {};
    std::uint16_t at[max_rows] = {};
    std::uint8_t size[max_rows] = {};
    std::size_t used = 0;
    bool complete = true;  // false if the buffer was too small; reference_url static_asserts it

    constexpr void append(std::size_t row, std::string_view rfc_number, std::string_view section) noexcept {
        constexpr std::string_view pieces[] = {"https://www.rfc-editor.org/rfc/rfc", ".html#section-"};
        const std::size_t length = pieces[0].size() + rfc_number.size() + pieces[1].size() + section.size();
        if (used + length > reference_urls_capacity || length > 255) {
            complete = false;
            return;
        }
        at[row] = static_cast<std::uint16_t>(used);
        size[row] = static_cast<std::uint8_t>(length);
        for (std::string_view piece : {pieces[0], rfc_number, pieces[1], section})
            for (char ch : piece) text[used++] = ch;
    }
    constexpr std::string_view of(std::size_t row) const noexcept { return {text + at[row], size[row]}; }
};

// Lazy is never used: it makes the call depend on a template parameter, so that the addresses are
// built only where they are looked up (as for the name index, detail/name_index.hpp).
template <typename Lazy, typename Table>
constexpr reference_urls make_reference_urls(const Table& table) noexcept {
    reference_urls urls{};
    for (std::size_t row = 0; row < table.size(); ++row) {
        const rfc_section reference(table[row].reference);
        if (!reference.empty()) urls.append(row, reference.number, reference.section);
    }
    return urls;
}

// reference_url for a table: an object whose call operators are templates, so that the addresses are
// built only in the translation units that ask for one.
template <const auto& Table>
struct reference_url_through_table {
    template <typename Lazy = void>
    constexpr std::string_view operator()(int code) const noexcept {
        constexpr const reference_urls& urls = urls_of<Lazy>;
        static_assert(urls.complete, "every reference's address fits the buffer");
        // Decided by contains(), not by comparing find()'s answer with nullptr (see table::find).
        if (!Table.contains(code)) return {};
        return urls.of(static_cast<std::size_t>(Table.find(code) - Table.begin()));
    }
    template <typename Lazy = void>
    constexpr std::string_view operator()(status s) const noexcept {
        return operator()<Lazy>(static_cast<int>(s));
    }

private:
    template <typename Lazy>
    static constexpr reference_urls urls_of = make_reference_urls<Lazy>(Table);
};

}  // namespace detail
}  // namespace httpstatus

#endif  // HTTPSTATUS_DETAIL_REFERENCE_URL_HPP
