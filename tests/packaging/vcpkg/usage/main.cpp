// SPDX-License-Identifier: MIT
// A vcpkg user's program, built with the lines the port's usage file gives.
#include <httpstatus/httpstatus.hpp>

#include <iostream>

int main() { std::cout << "vcpkg usage: 404 " << httpstatus::reason_phrase(404) << '\n'; }
