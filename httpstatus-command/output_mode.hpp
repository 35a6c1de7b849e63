// SPDX-License-Identifier: MIT
// What the command's output is on every system: UTF-8, with "\n" ending each line.
#ifndef HTTPSTATUS_COMMAND_OUTPUT_MODE_HPP
#define HTTPSTATUS_COMMAND_OUTPUT_MODE_HPP

namespace httpstatus_command {

// Call first in main(). On Windows, stdout and stderr are switched to binary mode, so that "\n" is
// written as "\n" (text mode writes "\r\n", and `httpstatus --html > docs/index.html` would then
// differ by system), and a console is switched to UTF-8 until the program ends, with the output
// buffered, so that the section sign in each reference shows as one character. Elsewhere it does
// nothing.
void use_utf8_and_lf_output();

}  // namespace httpstatus_command

#endif
