// SPDX-License-Identifier: MIT
// Printing a status with iostreams and with {fmt}. (std::format takes the same specs as fmt, through
// httpstatus/format.hpp, where the standard library has <format>.)
#include <httpstatus/fmt.hpp>
#include <httpstatus/ostream.hpp>

#include <iomanip>
#include <iostream>

int main() {
    // snippet-begin
    using httpstatus::status;

    std::cout << status::not_found << '\n';                       // 404 Not Found
    std::cout << static_cast<status>(299) << '\n';                // 299: no name, so none is printed
    std::cout << httpstatus::status_class::client_error << '\n';  // Client Error
    std::cout << '[' << std::setw(16) << status::ok << "]\n";     // [          200 OK]

    fmt::print("{}\n", status::not_found);                       // 404 Not Found
    fmt::print("{:d}\n", status::not_found);                     // 404
    fmt::print("{:n}\n", status::not_found);                     // Not Found
    fmt::print("[{:*^17}]\n", status::not_found);                // [**404 Not Found**]
    fmt::print("[{:>{}}]\n", status::not_found, 16);             // [   404 Not Found]
    fmt::print("{}\n", httpstatus::status_class::server_error);  // Server Error
    // snippet-end
}
