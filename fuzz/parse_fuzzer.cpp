// SPDX-License-Identifier: MIT
// parse accepts exactly the strings of its grammar, with the code the grammar reads.
#include "reference.hpp"
#include "text_input.hpp"

#include <httpstatus/httpstatus.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const text_input input(data, size);
    const auto parsed = httpstatus::parse(input.unterminated());
    const auto expected = reference::parse(input.unterminated());
    reference::check(parsed.has_value() == expected.has_value(), "parse accepts exactly the grammar");
    if (parsed) reference::check(httpstatus::to_int(*parsed) == *expected, "parse reads the grammar's code");
    reference::check(httpstatus::parse(input.terminated()) == parsed, "parse ignores what follows the view");
    if (parsed) reference::check(httpstatus::class_of(*parsed).has_value(), "a parsed code has a class");
    return 0;
}
