// SPDX-License-Identifier: MIT
// `httpstatus --check`: each response head on standard input checked (httpstatus/check.hpp), and the
// exit status that sums them up.
#ifndef HTTPSTATUS_COMMAND_CHECK_INPUT_HPP
#define HTTPSTATUS_COMMAND_CHECK_INPUT_HPP

#include <httpstatus/check.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace httpstatus_command {

struct checked_input {
    std::vector<httpstatus::check_report> reports;  // one per response head, in order
    int exit_status = 0;  // 0: every response conforms; 1: one does not; 2: the input is not response heads
    std::string error;    // with exit status 2, what is wrong, for a message: "standard input is empty"
};

// The heads in `input` (response_heads: curl -sI, -sIL, -si, -siL), each checked by check_response,
// with the request's method when one is given (not empty). Exit status 2 when the input does not
// begin with a head, or a head does not begin with a status line the checker reads ("HTTP/1.2 200",
// "HTTP/1.1 abc"): then `reports` holds the heads before it.
checked_input check_input(std::string_view input, std::string_view method);

}  // namespace httpstatus_command

#endif  // HTTPSTATUS_COMMAND_CHECK_INPUT_HPP
