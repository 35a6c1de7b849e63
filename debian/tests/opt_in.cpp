// SPDX-License-Identifier: MIT
// The opt-in headers that need only the standard library, as a user reaches them from the package:
// the response checker, the field rules, the status line and gRPC's mappings.
#include <httpstatus/check.hpp>
#include <httpstatus/grpc.hpp>
#include <httpstatus/status_line.hpp>

#include <cstdio>

int main() {
    static_assert(!httpstatus::check_response("HTTP/1.1 405 Method Not Allowed\r\n\r\n").conforms());
    static_assert(httpstatus::status_line_for(404) == "HTTP/1.1 404 Not Found\r\n");
    static_assert(httpstatus::grpc::to_http(httpstatus::grpc::code::not_found) == httpstatus::status::not_found);
    const httpstatus::check_report report = httpstatus::check_response("HTTP/1.1 405 Method Not Allowed\r\n\r\n");
    for (const httpstatus::finding& found : report)
        if (found.breaks_conformance())
            std::printf("%.*s %.*s\n", static_cast<int>(found.field.size()), found.field.data(),
                        static_cast<int>(found.problem.size()), found.problem.data());
    return report.conforms() ? 1 : 0;
}
