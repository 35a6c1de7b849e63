// httpstatus: a response's whole status line, "HTTP/1.1 404 Not Found", read strictly, and written.
// SPDX-License-Identifier: MIT
//
//   if (const auto line = httpstatus::parse_status_line("HTTP/1.1 404 Not Found"))
//       line->code;  // status::not_found, with line->version_major 1, line->reason_phrase "Not Found"
//   httpstatus::status_line_for(404);  // "HTTP/1.1 404 Not Found\r\n", in static storage
//
// An opt-in header rather than part of httpstatus.hpp: a std::optional of one more type made every
// unit that includes httpstatus.hpp cost GCC 4% more to compile (docs/parsing.md).
#ifndef HTTPSTATUS_STATUS_LINE_HPP
#define HTTPSTATUS_STATUS_LINE_HPP

#include <httpstatus/detail/status_lines.hpp>
#include <httpstatus/httpstatus.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

namespace httpstatus {

// A response's status line, as parse_status_line reads it: "HTTP/1.1 404 Not Found" is version 1.1,
// code 404 and the phrase "Not Found".
struct status_line {
    int version_major = 0;             // the first digit of the version, 0-9: the 1 of HTTP/1.1
    int version_minor = 0;             // the second, 0-9
    status code{};                     // any code 100-599, registered or not
    std::string_view reason_phrase{};  // a view into the line, possibly empty; a client should ignore it
};

// A whole status line, strict to RFC 9112 section 4:
//     status-line  = HTTP-version SP status-code SP [ reason-phrase ]
//     HTTP-version = "HTTP/" DIGIT "." DIGIT      ("HTTP" in capitals: RFC 9112 section 2.3)
// From the code on, the line is read as parse() reads a line's tail, but the space after the code is
// required: "HTTP/1.1 200 OK" and "HTTP/1.1 299 " give a status_line, "HTTP/1.1 299" does not. Pass
// the line without its line ending: a CR or LF anywhere, "\r\n" at the end included, gives nullopt,
// as do "http/1.1", a space before the line, "HTTP/11", two spaces after the version, a code outside
// 100-599 and a phrase with a control byte or DEL. The reason phrase is a view into `line`.
constexpr std::optional<status_line> parse_status_line(std::string_view line) noexcept {
    constexpr std::string_view http = "HTTP/";
    constexpr std::size_t code_at = 9;  // after "HTTP/1.1 "
    if (line.size() < code_at + 4 || line.substr(0, http.size()) != http) return std::nullopt;
    if (!detail::is_digit(line[5]) || line[6] != '.' || !detail::is_digit(line[7]) || line[8] != ' ')
        return std::nullopt;
    const std::string_view from_code = line.substr(code_at);  // "404 Not Found"; at least "404 "
    const std::optional<status> code = parse(from_code);
    if (!code || from_code[3] != ' ') return std::nullopt;
    return status_line{line[5] - '0', line[7] - '0', *code, from_code.substr(4)};
}

// The whole status line a server sends for `code`, "HTTP/1.1 404 Not Found\r\n", line ending
// included: a view of text in static storage, to be written with one copy. Any code 100-599; the
// phrase is reason_phrase's, and an unregistered code keeps the space after it, "HTTP/1.1 299 \r\n"
// (RFC 9112 section 4). Empty for any other value.
// Not called status_line: that is the type parse_status_line returns, which a function of the same
// name would hide. The lines are data (detail/status_lines.hpp), written from the registry by
// generator/status_lines.cpp: a program that does not call this function holds none of them.
constexpr std::string_view status_line_for(int code) noexcept {
    if (code < detail::min_code || code > detail::max_code) return {};
    const auto index = static_cast<std::size_t>(code - detail::min_code);
    const std::size_t start = detail::read_u16(detail::status_line_starts + 2 * index);
    const std::size_t end = detail::read_u16(detail::status_line_starts + 2 * (index + 1));
    return {detail::status_lines + start, end - start};
}
constexpr std::string_view status_line_for(status code) noexcept { return status_line_for(to_int(code)); }

}  // namespace httpstatus

#endif  // HTTPSTATUS_STATUS_LINE_HPP
