// httpstatus — {fmt} formatters for status and status_class.
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
// Not constexpr: when fmt checks a format string at compile time, reaching this is the compile
// error, and the compiler names this function; at run time it throws the message.
[[noreturn]] inline void invalid_httpstatus_format_spec(const char* message) { FMT_THROW(fmt::format_error(message)); }

// The parse half of both formatters. A bad spec is a fmt::format_error at run time.
template <typename ParseContext>
constexpr auto parse_fmt_spec(ParseContext& ctx, format_spec& spec, std::string_view types) -> decltype(ctx.begin()) {
    const auto result = parse_format_spec(ctx.begin(), ctx.end(), spec, types);
    if (result.error != nullptr) invalid_httpstatus_format_spec(result.error);
    return result.end;
}
}  // namespace httpstatus::detail

template <>
struct fmt::formatter<httpstatus::status> {
    httpstatus::detail::format_spec spec;

    template <typename ParseContext>
    constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
        return httpstatus::detail::parse_fmt_spec(ctx, spec, httpstatus::detail::status_types);
    }
    template <typename FormatContext>
    auto format(httpstatus::status s, FormatContext& ctx) const -> decltype(ctx.out()) {
        return httpstatus::detail::write_padded(ctx.out(), httpstatus::detail::to_text(s, spec.type).view(), spec);
    }
};

template <>
struct fmt::formatter<httpstatus::status_class> {
    httpstatus::detail::format_spec spec;

    template <typename ParseContext>
    constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
        return httpstatus::detail::parse_fmt_spec(ctx, spec, httpstatus::detail::status_class_types);
    }
    template <typename FormatContext>
    auto format(httpstatus::status_class c, FormatContext& ctx) const -> decltype(ctx.out()) {
        return httpstatus::detail::write_padded(ctx.out(), httpstatus::to_string(c), spec);
    }
};

#endif  // HTTPSTATUS_FMT_HPP
