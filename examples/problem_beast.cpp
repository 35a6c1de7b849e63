// SPDX-License-Identifier: MIT
// httpstatus, Boost.Beast and nlohmann/json: a request handler that answers a route it does not have
// with a problem details document (RFC 9457), and a client's side that reads one. The handler is
// called directly, with requests built here: no sockets.
#include <ostream>  // Boost 1.74's string_view.hpp uses std::ostream without including it

#include <boost/beast/http.hpp>
#include <httpstatus/httpstatus.hpp>
#include <httpstatus/problem.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <exception>
#include <string>

namespace http = boost::beast::http;
using httpstatus::status;

// snippet-begin
constexpr http::status to_beast(status s) noexcept { return static_cast<http::status>(httpstatus::to_int(s)); }

// A problem document as a response: the status line and the body's "status" are the same code.
http::response<http::string_body> problem_response(const httpstatus::problem_details& problem, unsigned version) {
    http::response<http::string_body> res{to_beast(problem.status.value_or(status::internal_server_error)), version};
    res.set(http::field::content_type, std::string(httpstatus::problem_media_type));
    // The detail quotes the request target, and Beast's parser lets any byte from 0x80 up through:
    // dump() throws (type_error 316) on one that is not UTF-8, error_handler_t::replace writes U+FFFD.
    res.body() = nlohmann::json(problem).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    res.prepare_payload();
    return res;
}

http::response<http::string_body> handle(const http::request<http::string_body>& req) {
    const std::string target(req.target());
    if (target == "/" || target == "/health") {
        http::response<http::string_body> res{to_beast(status::ok), req.version()};
        res.set(http::field::content_type, "text/plain");
        res.body() = target == "/" ? "hello" : "ok";
        res.prepare_payload();
        return res;
    }
    httpstatus::problem_details problem = httpstatus::make_problem(status::not_found, "No route for " + target);
    problem.instance = target;
    return problem_response(problem, req.version());
}
// snippet-end

namespace {
http::response<http::string_body> get(const std::string& target) {
    return handle(http::request<http::string_body>{http::verb::get, target, 11});
}

void show(const http::response<http::string_body>& res) {
    const auto reason = res.reason();
    const auto type = res[http::field::content_type];
    std::printf("HTTP/1.1 %u %.*s\nContent-Type: %.*s\n%s\n", res.result_int(), static_cast<int>(reason.size()),
                reason.data(), static_cast<int>(type.size()), type.data(), res.body().c_str());
}
}  // namespace

int main() {
    try {
        show(get("/"));
        const http::response<http::string_body> missing = get("/nowhere");
        show(missing);

        // The client's side: a missing member reads as empty, and one of the wrong type is ignored.
        const auto problem = nlohmann::json::parse(missing.body()).get<httpstatus::problem_details>();
        std::printf("read back: status %d, title \"%s\", detail \"%s\"\n",
                    problem.status ? httpstatus::to_int(*problem.status) : 0, problem.title.c_str(),
                    problem.detail.c_str());

        // A Latin-1 target ("caf" and an e with an acute accent, 0xE9), as an old client might send it.
        show(get("/caf\xE9"));
        return missing.result_int() == 404 && problem.status == status::not_found ? 0 : 1;
    } catch (const std::exception& e) {
        // parse() and get() throw on a body that is not a problem document.
        std::printf("failed: %s\n", e.what());
        return 1;
    }
}
