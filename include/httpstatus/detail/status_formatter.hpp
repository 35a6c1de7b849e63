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

#include <httpstatus/detail/status_text.hpp>
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
