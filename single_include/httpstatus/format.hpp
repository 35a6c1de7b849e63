// Generated from include/httpstatus/format.hpp and the detail/ headers it includes, by the
// target httpstatus-single-include (cmake/single_include.cmake): do not edit.
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
// ---- begin include/httpstatus/detail/status_formatter.hpp
// httpstatus: the body of the fmt and std::format formatters, made of that library's own formatters.
// SPDX-License-Identifier: MIT
//
// Not a public header: include httpstatus/fmt.hpp or format.hpp instead.
//
// A spec is read by the library's formatter for what is printed, so every spec it takes works, as
// fmt's documentation recommends (inherit formatter<string_view>). The last letter of the spec picks
// what is printed:
//   status:        none, 's' or any other: "404 Not Found" ("299" when not registered), as a string
//                  'd': 404, as an int ({:>5d}, {:05d}, {:+d}, {:{}d})
//                  'n': "Not Found" ("" when not registered), as a string, the spec before the 'n'
//                       written out: {:<12n}, {:.3n}; not {:{}n}
//   status_class:  "Client Error", as a string
#ifndef HTTPSTATUS_DETAIL_STATUS_FORMATTER_HPP
#define HTTPSTATUS_DETAIL_STATUS_FORMATTER_HPP

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

#include <cstddef>
#include <string_view>

namespace httpstatus::detail {

// Where a format spec ends: at the '}' that closes it, or at the end of the text. A '{' opens a width
// or precision taken from an argument, "{}" or "{1}", whose '}' does not close the spec (a fill cannot
// be a brace).
template <typename Iterator>
constexpr Iterator end_of_spec(Iterator it, Iterator end) noexcept {
    int open = 0;
    for (; it != end && (*it != '}' || open > 0); ++it) {
        if (*it == '{') ++open;
        if (*it == '}') --open;
    }
    return it;
}

// Refuses a width or precision taken from an argument, "{}" or "{1}" in the spec, where the library
// would misread it (Library::misreads_widths_from_arguments, fmt.hpp says where): a clear error
// rather than a width read from memory the library does not own.
template <typename Library, typename Iterator>
constexpr void refuse_misread_widths(Iterator it, Iterator spec_end) {
    if (!Library::misreads_widths_from_arguments()) return;
    // GCOVR_EXCL_START: only clang 14 in C++2b misreads (fmt.hpp), never g++, whose coverage build
    // counts the lines; fmt_test's "where fmt 9 misreads a width" runs them in clang++'s C++23 tests.
    for (; it != spec_end; ++it) {
        if (*it == '{')
            Library::invalid_httpstatus_format_spec(
                "httpstatus: fmt 9 built by this compiler misreads a width or precision taken from an argument "
                "(fmtlib/fmt#3247, fixed in fmt 10); write it in the spec");
    }
    // GCOVR_EXCL_STOP
}

// The formatter of a status for one library, made of its formatters. Library names them:
//   string_formatter   the library's formatter<string_view>, whose specs a status takes
//   int_formatter      its formatter<int>, for {:d}
//   parse_context      its parse context, constructible from a std::string_view
//   static void invalid_httpstatus_format_spec(const char*)   throws its format_error
//   static constexpr bool misreads_widths_from_arguments()    where it cannot be given "{:>{}}"
template <typename Library>
class status_formatter : public Library::string_formatter {
    using string_formatter = typename Library::string_formatter;

public:
    template <typename ParseContext>
    constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
        const auto spec_end = end_of_spec(ctx.begin(), ctx.end());
        shown_ = spec_end == ctx.begin() ? '\0' : *(spec_end - 1);
        if (shown_ == 'n') return parse_name_spec(ctx, spec_end);
        refuse_misread_widths<Library>(ctx.begin(), spec_end);
        if (shown_ == 'd') return number_.parse(ctx);
        return string_formatter::parse(ctx);
    }

    template <typename FormatContext>
    auto format(status s, FormatContext& ctx) const -> decltype(ctx.out()) {
        if (shown_ == 'd') return number_.format(to_int(s), ctx);
        if (shown_ == 'n') return string_formatter::format(reason_phrase(s), ctx);
        return string_formatter::format(status_text(s).view(), ctx);
    }

private:
    // The spec before the 'n' is a string's, read by the string formatter in a parse context of its
    // own: the library's cannot be made to end before the 'n'. That context knows nothing of the
    // arguments, so a width or precision taken from one is refused rather than read from the wrong one.
    template <typename ParseContext, typename Iterator>
    constexpr Iterator parse_name_spec(ParseContext& ctx, Iterator spec_end) {
        const Iterator n = spec_end - 1;
        for (Iterator it = ctx.begin(); it != n; ++it) {
            if (*it == '{')
                Library::invalid_httpstatus_format_spec(
                    "httpstatus: {:n} takes no width or precision from an argument; format reason_phrase(s) "
                    "for that, as in {:>{}}");
        }
        typename Library::parse_context spec(
            std::string_view(&*ctx.begin(), static_cast<std::size_t>(n - ctx.begin())));
        if (string_formatter::parse(spec) != spec.end())
            Library::invalid_httpstatus_format_spec("httpstatus: the spec before 'n' is not a string's");
        return spec_end;
    }

    typename Library::int_formatter number_{};
    char shown_ = 0;  // the spec's last letter: 'd' the code, 'n' the name, any other both
};

// The formatter of a status class: its label, with every spec a string takes.
template <typename Library>
struct status_class_formatter : Library::string_formatter {
    template <typename ParseContext>
    constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
        refuse_misread_widths<Library>(ctx.begin(), end_of_spec(ctx.begin(), ctx.end()));
        return Library::string_formatter::parse(ctx);
    }

    template <typename FormatContext>
    auto format(status_class c, FormatContext& ctx) const -> decltype(ctx.out()) {
        return Library::string_formatter::format(to_string(c), ctx);
    }
};

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_STATUS_FORMATTER_HPP
// ---- end include/httpstatus/detail/status_formatter.hpp

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
