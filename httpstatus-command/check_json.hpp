// SPDX-License-Identifier: MIT
// `httpstatus --check --json`: each response's report as JSON. Built only where nlohmann/json is found
// (HTTPSTATUS_COMMAND_HAS_JSON), as json_output.cpp is.
#ifndef HTTPSTATUS_COMMAND_CHECK_JSON_HPP
#define HTTPSTATUS_COMMAND_CHECK_JSON_HPP

#include <httpstatus/check.hpp>

#include <iosfwd>
#include <vector>

namespace httpstatus_command {

// The reports in the order of the responses, as an array of objects, indented by two spaces per
// level and ending in a newline:
//   {"version": "HTTP/1.1", "code": 405, "name": "Method Not Allowed", "conforms": false,
//    "truncated": false, "findings": [{"kind": "error", "level": "MUST", "field": "Allow",
//    "problem": "missing", "condition": "", "section": "RFC 9110 §15.5.6"}]}
// "kind" is kind_of's word (error, warning, note); "condition" is condition_of's, for a note.
void write_json_reports(std::ostream& out, const std::vector<httpstatus::check_report>& reports);

}  // namespace httpstatus_command

#endif  // HTTPSTATUS_COMMAND_CHECK_JSON_HPP
