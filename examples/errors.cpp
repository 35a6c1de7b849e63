// SPDX-License-Identifier: MIT
// A status as a std::error_code, compared with a status class as a std::error_condition.
#include <httpstatus/error_code.hpp>

#include <iostream>
#include <system_error>

// snippet-begin
// A function that reports an HTTP failure the way the rest of the program reports errors.
std::error_code fetch(bool found) { return found ? std::error_code{} : httpstatus::status::not_found; }

int main() {
    const std::error_code ec = fetch(false);
    std::cout << ec.category().name() << ' ' << ec.value() << ": " << ec.message() << '\n';  // http 404: Not Found

    if (ec == httpstatus::status_class::client_error) std::cout << "the request was at fault\n";
    if (ec == httpstatus::status::not_found) std::cout << "nothing there\n";
    if (ec != httpstatus::status_class::server_error) std::cout << "not the server's fault\n";

    const std::error_code odd = httpstatus::make_error_code(static_cast<httpstatus::status>(299));
    std::cout << odd.message() << '\n';  // unknown HTTP status 299
}
// snippet-end
