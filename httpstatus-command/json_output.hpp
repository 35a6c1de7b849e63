// SPDX-License-Identifier: MIT
// `httpstatus --json`: entries written as JSON by httpstatus/json.hpp, with their fields in the order
// that header writes them, then "field_rules": the header fields the RFCs tie to the code
// (httpstatus/field_rules.hpp). Built only where nlohmann/json is found (HTTPSTATUS_COMMAND_HAS_JSON).
#ifndef HTTPSTATUS_COMMAND_JSON_OUTPUT_HPP
#define HTTPSTATUS_COMMAND_JSON_OUTPUT_HPP

#include <httpstatus/httpstatus.hpp>

#include <iosfwd>
#include <vector>

namespace httpstatus_command {

// The entries in the order given, as an array, indented by two spaces per level and ending in a
// newline: one entry is an array of one, and none is "[]", so that a script reads one shape.
void write_json_entries(std::ostream& out, const std::vector<const httpstatus::status_info*>& entries);

}  // namespace httpstatus_command

#endif  // HTTPSTATUS_COMMAND_JSON_OUTPUT_HPP
