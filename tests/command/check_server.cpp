// SPDX-License-Identifier: MIT
// An HTTP server on 127.0.0.1 for the tests of `httpstatus --check` (check_server.py): it answers
// each path with a response that conforms or one that breaks a rule on purpose, on a free port that
// it prints as "port N", and stops when its standard input ends, so that it cannot outlive the test
// that started it, whichever way that test ends.
#include <httplib.h>

#include <cstddef>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <string>
#include <thread>

namespace {

// The current time as an HTTP-date (RFC 9110 section 5.6.7): "Thu, 03 Dec 2026 18:00:00 GMT".
std::string http_date() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[40];
    const std::size_t length = std::strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S GMT", &utc);
    return {text, length};
}

using handler = void (*)(httplib::Response&);

struct route {
    const char* path;
    handler answer;
};

// path, what it answers. Each response from an origin server with a clock carries Date (RFC 9110
// section 6.6.1), so that only the rule a path is about can fail.
constexpr route routes[] = {
    {"/ok", [](httplib::Response& res) { res.set_content("hello\n", "text/plain"); }},
    {"/method-not-allowed",
     [](httplib::Response& res) {
         res.status = 405;
         res.set_header("Allow", "GET, HEAD");
         res.set_content("use GET\n", "text/plain");
     }},
    // 405 without Allow (RFC 9110 section 15.5.6), as go-restful and hanami-router sent it.
    {"/no-allow",
     [](httplib::Response& res) {
         res.status = 405;
         res.set_content("use GET\n", "text/plain");
     }},
    {"/moved",
     [](httplib::Response& res) {
         res.status = 301;
         res.set_header("Location", "/ok");
     }},
    // A chain of redirects: 302 to /moved, 301 to /ok.
    {"/chain",
     [](httplib::Response& res) {
         res.status = 302;
         res.set_header("Location", "/moved");
         res.set_content("See /moved.\n", "text/plain");
     }},
    // A chain that ends in a response that does not conform.
    {"/chain-to-no-allow",
     [](httplib::Response& res) {
         res.status = 307;
         res.set_header("Location", "/no-allow");
     }},
    // A body sent in chunks, which curl prints decoded, with no length before it.
    {"/chunked",
     [](httplib::Response& res) {
         res.set_chunked_content_provider("text/plain", [](std::size_t, httplib::DataSink& sink) {
             sink.os << "the first chunk\n";
             sink.os << "the second chunk\n";
             sink.done();
             return true;
         });
     }},
    // A body of bytes that a text-mode read would change: CRLF, and Ctrl-Z, which ends a file read
    // in text mode on Windows. The command must read what follows it all the same.
    {"/binary",
     [](httplib::Response& res) { res.set_content(std::string("\x1a\r\n\0\r\n", 5), "application/octet-stream"); }},
    // 204 with Content-Length (RFC 9110 section 8.6), as werkzeug sent it.
    {"/no-content-with-length",
     [](httplib::Response& res) {
         res.status = 204;
         res.set_header("Content-Length", "0");
     }},
};

}  // namespace

int main() {
    httplib::Server server;
    for (const route& each : routes) {
        const handler respond = each.answer;
        const auto serve = [respond](const httplib::Request&, httplib::Response& res) {
            res.set_header("Date", http_date());
            respond(res);
        };
        server.Get(each.path, serve);
    }
    const int port = server.bind_to_any_port("127.0.0.1");
    if (port <= 0) {
        std::cerr << "check_server: could not bind to 127.0.0.1\n";
        return 1;
    }
    std::thread serving([&server] { server.listen_after_bind(); });
    std::cout << "port " << port << std::endl;
    // Until the test closes our standard input, or ends and so closes it.
    for (std::string line; std::getline(std::cin, line);) {
    }
    server.stop();
    serving.join();
    return 0;
}
