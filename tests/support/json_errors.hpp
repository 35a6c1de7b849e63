// SPDX-License-Identifier: MIT
// The message of the exception a call throws, for tests that pin it word for word (Catch2 v2 and v3
// spell their string matchers differently).
#ifndef HTTPSTATUS_TESTS_JSON_ERRORS_HPP
#define HTTPSTATUS_TESTS_JSON_ERRORS_HPP

#include <string>

namespace httpstatus_tests {

// what() of the Error that `call` throws; "no exception" when it returns, so that a test comparing
// the message fails then too. Another exception type escapes, and fails the test.
template <class Error, class Call>
std::string error_of(Call call) {
    try {
        call();
    } catch (const Error& e) {
        return e.what();
    }
    return "no exception";
}

}  // namespace httpstatus_tests

#endif  // HTTPSTATUS_TESTS_JSON_ERRORS_HPP
