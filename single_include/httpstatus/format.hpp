// Generated from include/httpstatus/format.hpp and the detail/ headers it includes, by the
// target httpstatus-single-include (cmake/single_include.cmake): do not edit.
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
// ---- begin include/httpstatus/detail/format_spec.hpp
// httpstatus: the format specs shared by the ostream, fmt and std::format integrations.
// SPDX-License-Identifier: MIT
//
// Not a public header: include httpstatus/ostream.hpp, fmt.hpp or format.hpp instead.
// Specs: [[fill]align][width][type], as for strings; type is one of
//   status:        none or 's' -> "404 Not Found" ("299" when not registered), 'd' -> "404",
//                  'n' -> "Not Found" (empty when not registered)
//   status_class:  none or 's' -> "Client Error"
#ifndef HTTPSTATUS_DETAIL_FORMAT_SPEC_HPP
#define HTTPSTATUS_DETAIL_FORMAT_SPEC_HPP

#include <httpstatus/httpstatus.hpp>

#include <cstddef>
#include <string_view>

namespace httpstatus::detail {

// What a status or class prints as, in a buffer on the stack: up to five digits, a space and a name.
class status_text {
public:
    constexpr std::string_view view() const noexcept { return {text_, size_}; }
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

private:
    char text_[48] = {};
    std::size_t size_ = 0;
};

constexpr status_text to_text(status s, char type = 's') noexcept {
    status_text text;
    const std::string_view name = reason_phrase(s);
    if (type != 'n') text.append_number(static_cast<unsigned>(to_int(s)));
    if (type == 's' && !name.empty()) text.append(" ");
    if (type != 'd') text.append(name);
    return text;
}

struct format_spec {
    char fill[4] = {' ', 0, 0, 0};  // one UTF-8 code point
    std::size_t fill_size = 1;
    char align = '<';  // strings align left by default
    std::size_t width = 0;
    char type = 's';
};

// Where parsing stopped, and what was wrong (nullptr when nothing was).
template <typename Iterator>
struct spec_parse_result {
    Iterator end;
    const char* error;
};

constexpr std::size_t utf8_length(char lead) noexcept {
    const auto byte = static_cast<unsigned char>(lead);
    if (byte < 0x80) return 1;
    if ((byte >> 5) == 0x6) return 2;
    if ((byte >> 4) == 0xE) return 3;
    if ((byte >> 3) == 0x1E) return 4;
    return 1;
}
constexpr bool is_align(char ch) noexcept { return ch == '<' || ch == '>' || ch == '^'; }

// [[fill]align]: a fill is one code point, and only counts when an alignment follows it.
template <typename Iterator>
constexpr spec_parse_result<Iterator> parse_fill_and_align(Iterator it, Iterator end, format_spec& spec) noexcept {
    const std::size_t fill_size = utf8_length(*it);
    Iterator after_fill = it;
    std::size_t skipped = 0;
    while (skipped < fill_size && after_fill != end) {
        ++after_fill;
        ++skipped;
    }
    if (skipped == fill_size && after_fill != end && is_align(*after_fill)) {
        if (*it == '{' || *it == '}') return {it, "httpstatus: '{' and '}' cannot be a fill"};
        spec.fill_size = fill_size;
        for (std::size_t i = 0; i < fill_size; ++i, ++it) spec.fill[i] = *it;
        spec.align = *it++;
    } else if (is_align(*it)) {
        spec.align = *it++;
    }
    return {it, nullptr};
}

// [width]: decimal digits only; no zero-padding, no width taken from an argument.
template <typename Iterator>
constexpr spec_parse_result<Iterator> parse_width(Iterator it, Iterator end, format_spec& spec) noexcept {
    if (it != end && *it == '0') return {it, "httpstatus: zero-padding is for numbers; use a fill, like {:0>5}"};
    while (it != end && *it >= '0' && *it <= '9') {
        spec.width = spec.width * 10 + static_cast<std::size_t>(*it - '0');
        if (spec.width > 4096) return {it, "httpstatus: format width too large"};
        ++it;
    }
    if (it != end && *it == '{') return {it, "httpstatus: dynamic width is not supported; write the width"};
    return {it, nullptr};
}

// Parses [[fill]align][width][type] up to the closing '}'; `types` lists the type letters accepted.
template <typename Iterator>
constexpr spec_parse_result<Iterator> parse_format_spec(Iterator it, Iterator end, format_spec& spec,
                                                        std::string_view types) noexcept {
    if (it == end || *it == '}') return {it, nullptr};
    auto step = parse_fill_and_align(it, end, spec);
    if (step.error == nullptr) step = parse_width(step.end, end, spec);
    if (step.error != nullptr) return step;
    it = step.end;
    if (it != end && *it != '}') {
        if (types.find(*it) == std::string_view::npos) return {it, "httpstatus: unknown format type"};
        spec.type = *it++;
    }
    if (it != end && *it != '}') return {it, "httpstatus: format spec has characters after its type"};
    return {it, nullptr};
}

// Writes text padded to the spec's width with its fill and alignment.
template <typename OutputIterator>
constexpr OutputIterator write_padded(OutputIterator out, std::string_view text, const format_spec& spec) {
    const std::size_t padding = spec.width > text.size() ? spec.width - text.size() : 0;
    const std::size_t before = spec.align == '>' ? padding : spec.align == '^' ? padding / 2 : 0;
    const auto fill = [&](std::size_t count) {
        for (std::size_t i = 0; i < count; ++i)
            for (std::size_t j = 0; j < spec.fill_size; ++j) *out++ = spec.fill[j];
    };
    fill(before);
    for (char ch : text) *out++ = ch;
    fill(padding - before);
    return out;
}

// What each type prints, and which type letters its spec accepts.
constexpr std::string_view spec_types(status /*value*/) noexcept { return "sdn"; }
constexpr std::string_view spec_types(status_class /*value*/) noexcept { return "s"; }
constexpr status_text text_of(status s, char type) noexcept { return to_text(s, type); }
constexpr status_text text_of(status_class c, char /*type*/) noexcept {
    status_text text;
    text.append(to_string(c));
    return text;
}

// The body of fmt::formatter and std::formatter for status and status_class. Report says how a bad
// spec is reported: `static void bad_spec(const char* message)`, throwing that library's error.
template <typename Value, typename Report>
struct formatter_base {
    format_spec spec;

    template <typename ParseContext>
    constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
        const auto result = parse_format_spec(ctx.begin(), ctx.end(), spec, spec_types(Value{}));
        if (result.error != nullptr) Report::bad_spec(result.error);
        return result.end;
    }
    template <typename FormatContext>
    auto format(Value value, FormatContext& ctx) const -> decltype(ctx.out()) {
        return write_padded(ctx.out(), text_of(value, spec.type).view(), spec);
    }
};

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_FORMAT_SPEC_HPP
// ---- end include/httpstatus/detail/format_spec.hpp

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
