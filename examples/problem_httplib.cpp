// SPDX-License-Identifier: MIT
// httpstatus, cpp-httplib and nlohmann/json: a server that answers every request no route takes with
// a problem details document (RFC 9457), and a client that reads it, over loopback (127.0.0.1, a port
// the system picks).
#include <httplib.h>
#include <httpstatus/httpstatus.hpp>
#include <httpstatus/problem.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <string>
#include <thread>

using httpstatus::status;

// snippet-begin
using httplib::Server;

// cpp-httplib calls the error handler for every response with a status of 400 or more, whatever the
// method. The handlers here write a body with any error they send, so an error without one is a
// request no route took (404), or one cpp-httplib refused itself (400, 413, 414, ...).
Server::HandlerResponse problem_response(const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return Server::HandlerResponse::Unhandled;
    const status s = httpstatus::to_any_status(res.status).value_or(status::internal_server_error);
    httpstatus::problem_details problem = httpstatus::make_problem(s);
    if (s == status::not_found) {
        problem.detail = "No route for " + req.path;  // percent-decoded, so any bytes at all
        problem.instance = req.target;                // as sent, which should be percent-encoded
    }
    // dump() throws (type_error 316) on a byte that is not UTF-8; error_handler_t::replace writes U+FFFD.
    res.set_content(nlohmann::json(problem).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                    std::string(httpstatus::problem_media_type));
    return Server::HandlerResponse::Handled;
}

void add_routes(Server& server) {
    server.Get("/", [](const httplib::Request&, httplib::Response& res) { res.set_content("hello", "text/plain"); });
    // A plain function would fit both of set_error_handler's overloads: name the one that returns.
    server.set_error_handler(Server::HandlerWithResponse(problem_response));
}
// snippet-end

namespace {
bool get(httplib::Client& client, const std::string& path) {
    const httplib::Result result = client.Get(path);
    if (!result) {
        std::printf("GET %s: request failed\n", path.c_str());
        return false;
    }
    const std::string type = result->get_header_value("Content-Type");
    std::printf("GET %s -> %d %s", path.c_str(), result->status, type.c_str());
    if (type != httpstatus::problem_media_type) {
        std::printf("\n");
        return true;
    }
    try {
        const auto problem = nlohmann::json::parse(result->body).get<httpstatus::problem_details>();
        std::printf(R"(: title "%s", detail "%s", instance "%s")", problem.title.c_str(), problem.detail.c_str(),
                    problem.instance.c_str());
        std::printf("\n");
        return true;
    } catch (const nlohmann::json::exception& e) {
        // Not JSON, or not a JSON object: the body does not match its Content-Type.
        std::printf(": not a problem document: %s\n", e.what());
        return false;
    }
}
}  // namespace

int main() {
    httplib::Server server;
    add_routes(server);
    const int port = server.bind_to_any_port("127.0.0.1");
    if (port <= 0) {
        std::printf("could not bind to 127.0.0.1\n");
        return 1;
    }
    std::thread serving([&server] { server.listen_after_bind(); });
    // bind_to_any_port already listens: requests queue until the thread accepts them.

    httplib::Client client("127.0.0.1", port);
    client.set_connection_timeout(5);
    client.set_read_timeout(5);
    const bool answered = get(client, "/") && get(client, "/missing") &&
                          get(client, "/caf%E9");  // "caf" and a Latin-1 e with an acute accent: not UTF-8
    server.stop();
    serving.join();
    return answered ? 0 : 1;
}
