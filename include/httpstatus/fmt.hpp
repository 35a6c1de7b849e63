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

#include <type_traits>

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
    // Whether fmt reads a width or precision taken from an argument wrongly here: clang 14 in C++2b
    // takes std::is_constant_evaluated(), which fmt 9 asks, for true in constexpr functions called at
    // run time (llvm/llvm-project#55638), and fmt 9 then reads the argument's type through a parse
    // context it does not have (fmtlib/fmt#3247; fmt 10 asks the compiler's builtin, which is right).
    // Asked the same way, the two answers differ only where that happens.
    static constexpr bool misreads_widths_from_arguments() noexcept {
#if FMT_VERSION < 100000 && defined(__cpp_lib_is_constant_evaluated) && defined(__has_builtin)
#if __has_builtin(__builtin_is_constant_evaluated)
        if (std::is_constant_evaluated()) return !__builtin_is_constant_evaluated();
#endif
#endif
        return false;
    }
};
}  // namespace httpstatus::detail

template <>
struct fmt::formatter<httpstatus::status> : httpstatus::detail::status_formatter<httpstatus::detail::fmt_library> {};
template <>
struct fmt::formatter<httpstatus::status_class>
    : httpstatus::detail::status_class_formatter<httpstatus::detail::fmt_library> {};

#endif  // HTTPSTATUS_FMT_HPP
