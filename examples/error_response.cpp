// SPDX-License-Identifier: MIT
// A server turns each way a request can fail into a status and an RFC 9457 problem document, the body
// of its error response (README, First steps; docs/problem-details.md).
#include <httpstatus/problem.hpp>

#include <iostream>
#include <string>
#include <utility>

// snippet-begin
enum class failure { no_route, too_many_requests, database_down };

// A case per failure: -Wswitch says which one a new failure lacks.
constexpr httpstatus::status status_of(failure f) noexcept {
    switch (f) {
    case failure::no_route: return httpstatus::status::not_found;
    case failure::too_many_requests: return httpstatus::status::too_many_requests;
    case failure::database_down: return httpstatus::status::service_unavailable;
    }
    return httpstatus::status::internal_server_error;
}

// The body to send with Content-Type: application/problem+json (httpstatus::problem_media_type).
std::string problem_body(failure f, std::string detail) {
    return nlohmann::json(httpstatus::make_problem(status_of(f), std::move(detail))).dump();
}
// snippet-end

int main() {
    std::cout << problem_body(failure::no_route, "No route for /nowhere") << '\n';
    std::cout << problem_body(failure::database_down, "") << '\n';
}
