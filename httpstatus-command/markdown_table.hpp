// SPDX-License-Identifier: MIT
// `httpstatus --markdown`: a table as Markdown, for a user's own documents. The repository's
// docs/status-codes.md and docs/unofficial-codes.md are the same tables with a heading and a
// paragraph around them, written by docs_generator.cpp.
#ifndef HTTPSTATUS_COMMAND_MARKDOWN_TABLE_HPP
#define HTTPSTATUS_COMMAND_MARKDOWN_TABLE_HPP

#include <httpstatus/httpstatus.hpp>

#include <iosfwd>
#include <vector>

namespace httpstatus_command {

// Registry entries: Code | Name | Enumerator | Class | Aliases | Reference (linked to its RFC
// section) | Notes | Semantics | Header fields (a line per rule, "Must send: Allow (RFC 9110
// §15.5.6)", the section linked) | Description, one row per entry in the order given.
void write_registry_markdown(std::ostream& out, const std::vector<const httpstatus::status_info*>& rows);

// Entries of the unofficial table: Code | Name | Class | Source | Description.
void write_unofficial_markdown(std::ostream& out, const std::vector<const httpstatus::status_info*>& rows);

// Every entry of a table, in its (code) order.
std::vector<const httpstatus::status_info*> rows_of(httpstatus::entry_span table);

}  // namespace httpstatus_command

#endif  // HTTPSTATUS_COMMAND_MARKDOWN_TABLE_HPP
