// SPDX-License-Identifier: MIT
// httpstatus and cpp-httplib: a server that sets res.status from httpstatus::status, and a client that
// reads it back, over loopback (127.0.0.1, a port the system picks).
#include <httplib.h>
#include <httpstatus/httpstatus.hpp>

#include <cstdio>
#include <string>
#include <thread>

using httpstatus::status;

// snippet-begin
// cpp-httplib keeps the status as an int: write it with to_int, read it back with to_status, which
// gives nullopt for a code that is not registered (static_cast<status> keeps any code).
void handle(const httplib::Request& req, httplib::Response& res) {
    const status s = req.path == "/" ? status::ok : status::not_found;
    res.status = httpstatus::to_int(s);
    res.set_content(std::string(httpstatus::reason_phrase(s)), "text/plain");
}

bool is_not_found(const httplib::Result& result) {
    return result && httpstatus::to_status(result->status) == status::not_found;
}
// snippet-end

int main() {
    httplib::Server server;
    server.Get(R"(/.*)", handle);
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
    const httplib::Result found = client.Get("/");
    const httplib::Result missing = client.Get("/missing");
    server.stop();
    serving.join();

    if (!found || !missing) {
        std::printf("request failed\n");
        return 1;
    }
    std::printf("GET / -> %d %s\n", found->status, found->body.c_str());
    std::printf("GET /missing -> %d %s (is_not_found: %s)\n", missing->status, missing->body.c_str(),
                is_not_found(missing) ? "yes" : "no");
    return found->status == 200 && is_not_found(missing) ? 0 : 1;
}
