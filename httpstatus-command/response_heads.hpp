// SPDX-License-Identifier: MIT
// What `curl -sI URL` (and -sIL, -si, -siL) prints, cut into the response heads `httpstatus --check`
// checks: one head per response, interim (1xx) ones and each of a redirect chain's included, with
// the bodies that -i prints skipped.
#ifndef HTTPSTATUS_COMMAND_RESPONSE_HEADS_HPP
#define HTTPSTATUS_COMMAND_RESPONSE_HEADS_HPP

#include <string_view>
#include <vector>

namespace httpstatus_command {

// Does a head begin at the start of `text`: "HTTP/" and a digit, as every status line curl prints
// does ("HTTP/1.1 200 OK", "HTTP/2 200 ")? The rest of the line is the checker's to judge, so that a
// broken status line ("HTTP/1.1 299", no space after the code) is reported rather than skipped.
bool begins_head(std::string_view text);

// The heads in `input`, in order, each a view into it from its status line to the empty line that
// ends it (included), or to the end of the input when that line is missing. CRLF or LF line ends.
// Empty when the input does not begin with a head: empty input, a body alone, JSON, HTML.
//
// What follows a head is the next head when it begins one: an interim 1xx response, or a redirect
// that `curl -sIL` followed (HEAD responses have no body, whatever their Content-Length says).
// Otherwise it is the head's body (curl -i), which is skipped:
//   - with a Content-Length of N, the N bytes, when the input goes on with a head or ends after them;
//   - otherwise, up to the next line that begins a head, or to the end of the input. curl has
//     decoded a chunked body, so this is how such a body and one that ends with the connection are
//     found. A body without a Content-Length that holds a line beginning "HTTP/" and a digit is
//     read as ending there: a limit of reading curl's output, which marks no boundaries.
std::vector<std::string_view> response_heads(std::string_view input);

}  // namespace httpstatus_command

#endif  // HTTPSTATUS_COMMAND_RESPONSE_HEADS_HPP
