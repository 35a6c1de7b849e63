// httpstatus: reading the digits of a _status literal.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_LITERAL_HPP
#define HTTPSTATUS_DETAIL_LITERAL_HPP

#include <httpstatus/detail/ascii.hpp>

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
