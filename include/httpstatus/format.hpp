// httpstatus — std::formatter for status and status_class, where the standard library has <format>.
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
template <typename ParseContext>
constexpr auto parse_std_spec(ParseContext& ctx, format_spec& spec, std::string_view types) -> decltype(ctx.begin()) {
    const auto result = parse_format_spec(ctx.begin(), ctx.end(), spec, types);
    if (result.error != nullptr) throw std::format_error(result.error);
    return result.end;
}
}  // namespace httpstatus::detail

template <>
struct std::formatter<httpstatus::status, char> {
    httpstatus::detail::format_spec spec;

    template <typename ParseContext>
    constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
        return httpstatus::detail::parse_std_spec(ctx, spec, httpstatus::detail::status_types);
    }
    template <typename FormatContext>
    auto format(httpstatus::status s, FormatContext& ctx) const -> decltype(ctx.out()) {
        return httpstatus::detail::write_padded(ctx.out(), httpstatus::detail::to_text(s, spec.type).view(), spec);
    }
};

template <>
struct std::formatter<httpstatus::status_class, char> {
    httpstatus::detail::format_spec spec;

    template <typename ParseContext>
    constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
        return httpstatus::detail::parse_std_spec(ctx, spec, httpstatus::detail::status_class_types);
    }
    template <typename FormatContext>
    auto format(httpstatus::status_class c, FormatContext& ctx) const -> decltype(ctx.out()) {
        return httpstatus::detail::write_padded(ctx.out(), httpstatus::to_string(c), spec);
    }
};
#endif  // HTTPSTATUS_CONFIG_STD_FORMAT

#endif  // HTTPSTATUS_FORMAT_HPP
