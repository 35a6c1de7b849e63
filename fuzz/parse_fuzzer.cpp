// SPDX-License-Identifier: MIT
// parse and parse_status_line accept exactly the strings of their grammars, with the code the grammar reads.
#include "reference.hpp"
#include "text_input.hpp"

#include <httpstatus/httpstatus.hpp>
#include <httpstatus/status_line.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const text_input input(data, size);
    const auto parsed = httpstatus::parse(input.unterminated());
    const auto expected = reference::parse(input.unterminated());
    reference::check(parsed.has_value() == expected.has_value(), "parse accepts exactly the grammar");
    if (parsed) reference::check(httpstatus::to_int(*parsed) == *expected, "parse reads the grammar's code");
    reference::check(httpstatus::parse(input.terminated()) == parsed, "parse ignores what follows the view");
    if (parsed) reference::check(httpstatus::class_of(*parsed).has_value(), "a parsed code has a class");

    const auto line = httpstatus::parse_status_line(input.unterminated());
    reference::check(line.has_value() == reference::is_status_line(input.unterminated()),
                     "parse_status_line accepts exactly the grammar");
    reference::check(httpstatus::parse_status_line(input.terminated()).has_value() == line.has_value(),
                     "parse_status_line ignores what follows the view");
    if (line) {
        const std::string_view text = input.unterminated();
        reference::check(line->code == httpstatus::parse(text.substr(9, 3)), "the line's code is parse's");
        reference::check(line->version_major == text[5] - '0' && line->version_minor == text[7] - '0', "the version");
        reference::check(line->reason_phrase.data() == text.data() + 13 &&
                             line->reason_phrase.size() == text.size() - 13,
                         "the phrase is the rest of the line, in place");
    }
    return 0;
}
