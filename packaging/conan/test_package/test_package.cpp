// SPDX-License-Identifier: MIT
// The package's headers compile and work: a lookup at compile time and one at run time.
#include <httpstatus/httpstatus.hpp>

#include <iostream>

static_assert(httpstatus::reason_phrase(404) == "Not Found");

int main() {
    std::cout << "httpstatus " << HTTPSTATUS_VERSION_MAJOR << '.' << HTTPSTATUS_VERSION_MINOR << '.'
              << HTTPSTATUS_VERSION_PATCH << ": 503 " << httpstatus::reason_phrase(503) << '\n';
}
