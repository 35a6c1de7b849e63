// SPDX-License-Identifier: MIT
// `httpstatus --check` in words: a line that says whether a response conforms, then a line per
// finding, errors, warnings and notes each named so.
#ifndef HTTPSTATUS_COMMAND_CHECK_TEXT_HPP
#define HTTPSTATUS_COMMAND_CHECK_TEXT_HPP

#include <httpstatus/check.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace httpstatus_command {

// What a finding is to the person reading it: an error breaks a MUST or MUST NOT (the response does
// not conform), a warning a SHOULD or SHOULD NOT, and a note is a rule whose condition the head cannot
// show (the request's method, what a 200 would carry): never counted against the response.
std::string_view kind_of(const httpstatus::finding& found);

// Where a note comes from: the condition of the code's rule the finding is about ("in a response to
// GET or HEAD, when the server has one"); empty when none is found or the rule has none.
std::string_view condition_of(int code, const httpstatus::finding& found);

// "HTTP/1.1 405 Method Not Allowed": the version and code read, and the registry's name of the code
// (none for an unregistered one), whatever phrase the server sent.
std::string response_name(const httpstatus::check_report& report);

// One finding after its kind: code, level, field, what is wrong, for a note the condition, and the
// section: "405 MUST Allow: missing (RFC 9110 §15.5.6)". A finding about no field (the status line)
// has none: "299 MUST: no space after the code (RFC 9112 §4)". What the head sent (a field's name) is
// made printable.
std::string finding_text(int code, const httpstatus::finding& found);

// The report as lines: "<response name>: conforms" or ": does not conform", then each finding on a line
// of its own, "  error:   ...", "  warning: ...", "  note:    ...", wrapped to `width` columns under the
// text when there is a width (0 or nullopt: whole lines).
std::string report_text(const httpstatus::check_report& report, std::optional<std::size_t> width);

}  // namespace httpstatus_command

#endif  // HTTPSTATUS_COMMAND_CHECK_TEXT_HPP
