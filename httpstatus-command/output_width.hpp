// SPDX-License-Identifier: MIT
// How wide the command's rows and entries may be: a terminal's width when the output is one, no
// limit into a pipe or a file, as ls(1) does.
#ifndef HTTPSTATUS_COMMAND_OUTPUT_WIDTH_HPP
#define HTTPSTATUS_COMMAND_OUTPUT_WIDTH_HPP

#include <cstddef>
#include <optional>
#include <string_view>

namespace httpstatus_command {

// The width of standard output in columns when it is a terminal: COLUMNS if it holds a number
// above 0 (the shell keeps it when the window is resized), else the terminal's own size (ioctl
// TIOCGWINSZ, or the console's on Windows), else 80. nullopt when standard output is not a
// terminal: a pipe or a file gets whole lines.
std::optional<std::size_t> terminal_width();

// A width as the user gave it ("80"): a whole number of columns, 0 for no limit; nullopt for
// anything else.
std::optional<std::size_t> width_named(std::string_view text);

}  // namespace httpstatus_command

#endif  // HTTPSTATUS_COMMAND_OUTPUT_WIDTH_HPP
