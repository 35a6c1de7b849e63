// httpstatus: std::formatter for status and status_class, where the standard library has <format>.
// SPDX-License-Identifier: MIT
//
// The same specs as httpstatus/fmt.hpp: {} "404 Not Found", {:d} "404", {:n} "Not Found", and every
// spec a string takes, read by the standard library's own formatters. Where the library has no
// <format> (__cpp_lib_format is not defined) this header defines nothing.
// HTTPSTATUS_CONFIG_STD_FORMAT overrides the detection: 1 to use a <format> that works but does not
// announce itself (libc++ 16), 0 to leave it alone.
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
#include <httpstatus/detail/status_formatter.hpp>

#include <format>
#include <string_view>

namespace httpstatus::detail {
// The standard library's formatters, which read the specs.
struct std_format_library {
    using string_formatter = std::formatter<std::string_view, char>;
    using int_formatter = std::formatter<int, char>;
    using parse_context = std::format_parse_context;
    // Not constexpr: when a format string is checked at compile time, reaching this is the compile
    // error, and the compiler names this function; at run time it throws std::format_error.
    [[noreturn]] static void invalid_httpstatus_format_spec(const char* message) { throw std::format_error(message); }
    static constexpr bool misreads_widths_from_arguments() noexcept { return false; }
};
}  // namespace httpstatus::detail

template <>
struct std::formatter<httpstatus::status, char>
    : httpstatus::detail::status_formatter<httpstatus::detail::std_format_library> {};
template <>
struct std::formatter<httpstatus::status_class, char>
    : httpstatus::detail::status_class_formatter<httpstatus::detail::std_format_library> {};
#endif  // HTTPSTATUS_CONFIG_STD_FORMAT

#endif  // HTTPSTATUS_FORMAT_HPP
