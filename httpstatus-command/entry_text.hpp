// SPDX-License-Identifier: MIT
// Pieces of an entry in words, as the entry view and the Markdown table both show them.
#ifndef HTTPSTATUS_COMMAND_ENTRY_TEXT_HPP
#define HTTPSTATUS_COMMAND_ENTRY_TEXT_HPP

#include <httpstatus/httpstatus.hpp>

#include <string>

namespace httpstatus_command {

// The registration state and the cacheable flag: "deprecated", "unused, cacheable by default".
std::string notes_of(const httpstatus::status_info& e);

// The aliases, comma-separated: "Payload Too Large, Request Entity Too Large".
std::string aliases_of(const httpstatus::status_info& e);

}  // namespace httpstatus_command

#endif  // HTTPSTATUS_COMMAND_ENTRY_TEXT_HPP
