// Generated from include/httpstatus/ostream.hpp and the detail/ headers it includes, by the
// target httpstatus-single-include (cmake/single_include.cmake): do not edit.
// httpstatus: operator<< for status and status_class.
// SPDX-License-Identifier: MIT
//
//   std::cout << httpstatus::status::not_found;          // 404 Not Found
//   std::cout << static_cast<httpstatus::status>(299);   // 299 (never a wrong phrase)
//   std::cout << httpstatus::status_class::client_error; // Client Error
// Each prints as one string, so std::setw, std::left and the stream's fill apply to the whole.
#ifndef HTTPSTATUS_OSTREAM_HPP
#define HTTPSTATUS_OSTREAM_HPP

// ---- begin include/httpstatus/detail/status_text.hpp
// httpstatus: the text a status prints as, shared by the ostream, fmt and std::format integrations.
// SPDX-License-Identifier: MIT
//
// Not a public header: include httpstatus/ostream.hpp, fmt.hpp or format.hpp instead.
#ifndef HTTPSTATUS_DETAIL_STATUS_TEXT_HPP
#define HTTPSTATUS_DETAIL_STATUS_TEXT_HPP

#include <httpstatus/httpstatus.hpp>

#include <cstddef>
#include <string_view>

namespace httpstatus::detail {

// "404 Not Found", or "299" for a code without a registered name (never a wrong or invented phrase),
// in a buffer on the stack: up to five digits, a space and the longest registered name.
class status_text {
public:
    constexpr explicit status_text(status s) noexcept {
        append_number(static_cast<unsigned>(to_int(s)));
        const std::string_view name = reason_phrase(s);
        if (name.empty()) return;
        append(" ");
        append(name);
    }
    constexpr std::string_view view() const noexcept { return {text_, size_}; }

private:
    constexpr void append(std::string_view part) noexcept {
        for (char ch : part)
            if (size_ < sizeof(text_)) text_[size_++] = ch;
    }
    constexpr void append_number(unsigned value) noexcept {
        char digits[10] = {};
        std::size_t n = 0;
        do {
            digits[n++] = static_cast<char>('0' + value % 10);
            value /= 10;
        } while (value != 0);
        while (n > 0 && size_ < sizeof(text_)) text_[size_++] = digits[--n];
    }

    char text_[48] = {};
    std::size_t size_ = 0;
};

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_STATUS_TEXT_HPP
// ---- end include/httpstatus/detail/status_text.hpp
#include <httpstatus/httpstatus.hpp>

#include <ostream>

namespace httpstatus {

template <typename CharTraits>
std::basic_ostream<char, CharTraits>& operator<<(std::basic_ostream<char, CharTraits>& os, status s) {
    return os << detail::status_text(s).view();
}

template <typename CharTraits>
std::basic_ostream<char, CharTraits>& operator<<(std::basic_ostream<char, CharTraits>& os, status_class c) {
    return os << to_string(c);
}

}  // namespace httpstatus

#endif  // HTTPSTATUS_OSTREAM_HPP
