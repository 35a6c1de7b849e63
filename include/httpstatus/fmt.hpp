// httpstatus: {fmt} formatters for status and status_class.
// SPDX-License-Identifier: MIT
//
//   fmt::format("{}", status::not_found)          "404 Not Found"   ("299" when not registered)
//   fmt::format("{:d}", status::not_found)        "404"
//   fmt::format("{:n}", status::not_found)        "Not Found"       ("" when not registered)
//   fmt::format("{:*^17}", status::not_found)     "**404 Not Found**"
//   fmt::format("{}", status_class::client_error) "Client Error"
// Fill, alignment and width work as for strings; the width is written in the spec (no {:{}}).
#ifndef HTTPSTATUS_FMT_HPP
#define HTTPSTATUS_FMT_HPP

#include <httpstatus/detail/format_spec.hpp>
#include <httpstatus/httpstatus.hpp>

#include <fmt/format.h>

namespace httpstatus::detail {
struct fmt_report {
    // Not constexpr: when fmt checks a format string at compile time, reaching this is the compile
    // error, and the compiler names this function; at run time it throws fmt::format_error.
    [[noreturn]] static void invalid_httpstatus_format_spec(const char* message) {
        FMT_THROW(fmt::format_error(message));
    }
    [[noreturn]] static void bad_spec(const char* message) { invalid_httpstatus_format_spec(message); }
};
}  // namespace httpstatus::detail

template <>
struct fmt::formatter<httpstatus::status>
    : httpstatus::detail::formatter_base<httpstatus::status, httpstatus::detail::fmt_report> {};
template <>
struct fmt::formatter<httpstatus::status_class>
    : httpstatus::detail::formatter_base<httpstatus::status_class, httpstatus::detail::fmt_report> {};

#endif  // HTTPSTATUS_FMT_HPP
