// SPDX-License-Identifier: MIT
// What the user typed, made safe to echo in a message: a query of invalid UTF-8 or control
// characters must not reach the terminal as it is (it could move the cursor or change the colours).
#ifndef HTTPSTATUS_COMMAND_PRINTABLE_HPP
#define HTTPSTATUS_COMMAND_PRINTABLE_HPP

#include <string>
#include <string_view>

namespace httpstatus_command {

// The text with every byte that is not part of printable UTF-8 written as \xHH, as GNU tools quote
// a file name: the C0 controls, DEL, the C1 controls (U+0080-U+009F), and bytes that do not form a
// well-formed UTF-8 character (overlong forms, surrogates, code points above U+10FFFF included).
// A backslash is written "\\", so that the escapes read one way.
std::string printable(std::string_view text);

// The text as one word a POSIX shell reads back as it is, for a command a message suggests ("see
// httpstatus --unofficial 'i'\''m a teapot'"): as it is when it has only letters, digits and
// "_.,:/+=@%^-", else in single quotes, each quote in it written '\''. The text is printable()'s.
std::string shell_word(std::string_view text);

}  // namespace httpstatus_command

#endif  // HTTPSTATUS_COMMAND_PRINTABLE_HPP
