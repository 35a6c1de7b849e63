// SPDX-License-Identifier: MIT
// What a code means for the program that sends or receives it, in words: the lines the entry view,
// docs/status-codes.md and the page show. Each is said by one of the library's functions, so the
// three cannot disagree with the header.
#ifndef HTTPSTATUS_COMMAND_CODE_FACTS_HPP
#define HTTPSTATUS_COMMAND_CODE_FACTS_HPP

#include <httpstatus/httpstatus.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace httpstatus_command {

// One fact: {"Redirect", "followed, keeps the method, permanent"}.
struct code_fact {
    std::string_view label;
    std::string text;
};

// The facts worth saying about a code, in this order: Content (unless content is allowed),
// Redirect, Retry-After, Retry (retry_of: may the same request succeed if sent again?). None for
// most codes.
std::vector<code_fact> facts_of(httpstatus::status code);

// One fact as it is shown: "Redirect: followed, keeps the method, permanent".
std::string labelled(const code_fact& fact);

// The facts as one line: "Content: never; Retry: may succeed".
std::string facts_line(httpstatus::status code);

}  // namespace httpstatus_command

#endif  // HTTPSTATUS_COMMAND_CODE_FACTS_HPP
