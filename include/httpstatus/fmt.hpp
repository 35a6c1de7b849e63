// httpstatus: {fmt} formatters for status and status_class.
// SPDX-License-Identifier: MIT
//
//   fmt::format("{}", status::not_found)          "404 Not Found"   ("299" when not registered)
//   fmt::format("{:d}", status::not_found)        "404"
//   fmt::format("{:n}", status::not_found)        "Not Found"       ("" when not registered)
//   fmt::format("{:*^17}", status::not_found)     "**404 Not Found**"
//   fmt::format("{:>{}}", status::not_found, 16)  "   404 Not Found"
//   fmt::format("{}", status_class::client_error) "Client Error"
// Every spec a string takes works, a width or precision from an argument too; {:d} takes an int's
// specs, and {:n} a string's written out (docs/printing.md).
#ifndef HTTPSTATUS_FMT_HPP
#define HTTPSTATUS_FMT_HPP

#include <httpstatus/detail/status_formatter.hpp>
#include <httpstatus/httpstatus.hpp>

#include <fmt/format.h>

namespace httpstatus::detail {
// fmt's formatters, which read the specs (fmt's documentation: inherit formatter<string_view>).
struct fmt_library {
    using string_formatter = fmt::formatter<fmt::string_view>;
    using int_formatter = fmt::formatter<int>;
    using parse_context = fmt::format_parse_context;
    // Not constexpr: when fmt checks a format string at compile time, reaching this is the compile
    // error, and the compiler names this function; at run time it throws fmt::format_error.
    [[noreturn]] static void invalid_httpstatus_format_spec(const char* message) {
        FMT_THROW(fmt::format_error(message));
    }
};
}  // namespace httpstatus::detail

template <>
struct fmt::formatter<httpstatus::status> : httpstatus::detail::status_formatter<httpstatus::detail::fmt_library> {};
template <>
struct fmt::formatter<httpstatus::status_class>
    : httpstatus::detail::status_class_formatter<httpstatus::detail::fmt_library> {};

#endif  // HTTPSTATUS_FMT_HPP
