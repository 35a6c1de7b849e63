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

// Is standard input a terminal? Then --check would wait for a head typed by hand, which nobody
// means to do: it says so instead, as gzip refuses to read compressed data from a terminal.
bool standard_input_is_terminal();

}  // namespace httpstatus_command

#endif  // HTTPSTATUS_COMMAND_STANDARD_INPUT_HPP
