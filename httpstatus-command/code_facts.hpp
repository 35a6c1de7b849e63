// SPDX-License-Identifier: MIT
// What a code means for the program that sends or receives it, in words: the lines the entry view,
// docs/status-codes.md and the page show, and the header fields the RFCs tie to it. Each is said by
// one of the library's functions, so the three cannot disagree with the header.
#ifndef HTTPSTATUS_COMMAND_CODE_FACTS_HPP
#define HTTPSTATUS_COMMAND_CODE_FACTS_HPP

#include <httpstatus/field_rules.hpp>
#include <httpstatus/httpstatus.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace httpstatus_command {

// One fact: {"Redirect", "followed, keeps the method, permanent"}.
struct code_fact {
    std::string label;
    std::string text;
};

// The facts worth saying about a code, in this order: Content (unless content is allowed),
// Redirect, Retry-After, Retry (retry_of: may the same request succeed if sent again?), and the
// versions of HTTP that cannot carry it (carries_code: "HTTP/2, HTTP/3" for 101). None for most
// codes.
std::vector<code_fact> facts_of(httpstatus::status code);

// One fact as it is shown: "Redirect: followed, keeps the method, permanent".
std::string labelled(const code_fact& fact);

// The facts as one line: "Content: never; Retry: may succeed".
std::string facts_line(httpstatus::status code);

// Rules of field_rules(code) said as one line: {"Must send", "Content-Length and Transfer-Encoding",
// "in a response to CONNECT", "RFC 9110 §9.3.6"}. Rules with the same level, condition and section
// are one sentence of an RFC, and one line.
struct rule_line {
    std::string_view verb;       // the level as a verb: "Must send", "Must not send", ..., "May send"
    std::string fields;          // "Allow"; "Content-Length and Transfer-Encoding"
    std::string_view condition;  // to_string(rule_condition): empty when the rule always holds
    std::string_view section;    // "RFC 9110 §15.5.6"
};

// "Must send", "Must not send", "Should send", "Should not send", "May send"; empty outside the enum.
std::string_view send_verb(httpstatus::requirement level);

// The lines of a code's rules, for any code 100-599 (an unregistered one has its class's): MUST
// first, MAY last, and within a level the code's own rules before its class's ("Allow" before
// "Date" for 405). None outside 100-599.
std::vector<rule_line> rule_lines_of(int code);

// A rule line without its verb: "Allow (RFC 9110 §15.5.6)", "Date, from an origin server with a
// clock (RFC 9110 §6.6.1)".
std::string rule_text(const rule_line& line);

// A rule line as it is shown: "Must send: Allow (RFC 9110 §15.5.6)".
std::string labelled(const rule_line& line);

// The RFC Editor's address of a section written as the registry writes a reference ("RFC 9110
// §15.5.6"), as reference_url gives it; empty for any other text.
std::string section_address(std::string_view section);

}  // namespace httpstatus_command

#endif  // HTTPSTATUS_COMMAND_CODE_FACTS_HPP
