// SPDX-License-Identifier: MIT
// Lines made to fit a width: a table's row is cut, ending in "…"; an entry's text is wrapped under
// its label. Widths count characters (UTF-8 code points): the tables' text has no wide characters.
#ifndef HTTPSTATUS_COMMAND_FIT_WIDTH_HPP
#define HTTPSTATUS_COMMAND_FIT_WIDTH_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace httpstatus_command {

// How many columns the UTF-8 text takes: its code points.
std::size_t columns_of(std::string_view text);

// The line as it is if it fits in `width` columns, else its first width - 1 columns and "…".
std::string cut_to_width(std::string_view line, std::size_t width);

// The text after a label of `indent` columns, in lines of at most `width` columns, broken at spaces;
// each line after the first starts with `indent` spaces, and ends in "\n". A reference, "RFC 9110
// §15.3.7.1", is kept whole where the line has room for it. A word longer than a line
// is broken where the line ends. A width too narrow for the indent leaves no room: the text is
// then one line, as it is.
std::string wrapped(std::string_view text, std::size_t indent, std::size_t width);

}  // namespace httpstatus_command

#endif  // HTTPSTATUS_COMMAND_FIT_WIDTH_HPP
