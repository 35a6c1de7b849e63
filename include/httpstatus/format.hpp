// httpstatus: std::formatter for status and status_class, where the standard library has <format>.
// SPDX-License-Identifier: MIT
//
// The same specs as httpstatus/fmt.hpp: {} "404 Not Found", {:d} "404", {:n} "Not Found", with
// fill, alignment and width as for strings. Where the library has no <format> (__cpp_lib_format is
// not defined) this header defines nothing. HTTPSTATUS_CONFIG_STD_FORMAT overrides the detection:
// 1 to use a <format> that works but does not announce itself (libc++ 16), 0 to leave it alone.
#ifndef HTTPSTATUS_FORMAT_HPP
#define HTTPSTATUS_FORMAT_HPP

#include <httpstatus/httpstatus.hpp>

#if __has_include(<version>)
#include <version>
#endif

#ifndef HTTPSTATUS_CONFIG_STD_FORMAT
#if defined(__cpp_lib_format)
#define HTTPSTATUS_CONFIG_STD_FORMAT 1
#else
#define HTTPSTATUS_CONFIG_STD_FORMAT 0
#endif
#endif

#if HTTPSTATUS_CONFIG_STD_FORMAT
#include <httpstatus/detail/format_spec.hpp>

#include <format>

namespace httpstatus::detail {
struct std_format_report {
    [[noreturn]] static void bad_spec(const char* message) { throw std::format_error(message); }
};
}  // namespace httpstatus::detail

template <>
struct std::formatter<httpstatus::status, char>
    : httpstatus::detail::formatter_base<httpstatus::status, httpstatus::detail::std_format_report> {};
template <>
struct std::formatter<httpstatus::status_class, char>
    : httpstatus::detail::formatter_base<httpstatus::status_class, httpstatus::detail::std_format_report> {};
#endif  // HTTPSTATUS_CONFIG_STD_FORMAT

#endif  // HTTPSTATUS_FORMAT_HPP
