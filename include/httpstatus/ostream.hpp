// httpstatus: operator<< for status and status_class.
// SPDX-License-Identifier: MIT
//
//   std::cout << httpstatus::status::not_found;          // 404 Not Found
//   std::cout << static_cast<httpstatus::status>(299);   // 299 (never a wrong phrase)
//   std::cout << httpstatus::status_class::client_error; // Client Error
// Each prints as one string, so std::setw, std::left and the stream's fill apply to the whole.
#ifndef HTTPSTATUS_OSTREAM_HPP
#define HTTPSTATUS_OSTREAM_HPP

#include <httpstatus/detail/status_text.hpp>
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
