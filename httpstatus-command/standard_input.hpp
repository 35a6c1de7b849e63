// SPDX-License-Identifier: MIT
// Standard input read whole, byte for byte, on every system.
#ifndef HTTPSTATUS_COMMAND_STANDARD_INPUT_HPP
#define HTTPSTATUS_COMMAND_STANDARD_INPUT_HPP

#include <optional>
#include <string>

namespace httpstatus_command {

// Everything on standard input, to its end; nullopt when reading fails. On Windows standard input is
// switched to binary mode first: text mode would turn "\r\n" into "\n" and stop at a Ctrl-Z byte, and
// the bytes of a body that a Content-Length counts must stay as they are, so that `httpstatus --check`
// reads a file as it reads it elsewhere.
std::optional<std::string> read_standard_input();

}  // namespace httpstatus_command

#endif  // HTTPSTATUS_COMMAND_STANDARD_INPUT_HPP
