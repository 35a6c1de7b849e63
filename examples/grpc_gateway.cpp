// SPDX-License-Identifier: MIT
// A gateway between HTTP clients and a gRPC backend, both ways (docs/grpc.md): the backend's gRPC
// status becomes the HTTP response (to_http), and an HTTP response that came back without a
// grpc-status field, from a proxy on the way, becomes the call's gRPC code (from_http).
#include <httpstatus/grpc.hpp>
#include <httpstatus/unofficial.hpp>

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace hs = httpstatus;

// snippet-begin
// What the backend answered, as a gRPC library hands it over: grpc::Status's error_code() and
// error_message(), or a grpc-status and grpc-message read from the trailers.
struct rpc_status {
    int code;
    std::string message;
};

// A JSON string: the message is the backend's text, so quotes, backslashes and control characters
// are escaped.
std::string json_string(std::string_view text) {
    std::string out = "\"";
    for (char ch : text) {
        if (ch == '"' || ch == '\\') {
            out += '\\';
            out += ch;
        } else if (static_cast<unsigned char>(ch) < 0x20) {
            char escaped[8];
            static_cast<void>(std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(ch)));
            out += escaped;
        } else {
            out += ch;
        }
    }
    return out + '"';
}

// The HTTP response for it, as grpc-gateway writes one: the status code.proto maps the gRPC code to,
// and google.rpc.Status as JSON for the body. CANCELLED is nginx's 499, whose phrase only the
// unofficial table has; a code the backend made up (17 and up) is 500.
std::string http_response(const rpc_status& rpc) {
    const hs::status status = hs::grpc::to_http(static_cast<hs::grpc::code>(rpc.code));
    const std::string_view phrase = hs::unofficial::reason_phrase_any(status);
    const std::string body = "{\"code\":" + std::to_string(rpc.code) + ",\"message\":" + json_string(rpc.message) + "}";
    return "HTTP/1.1 " + std::to_string(hs::to_int(status)) + " " + std::string(phrase) +
           "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

// The other way: a gRPC client whose call got an HTTP response without grpc-status. An interim 1xx
// is no answer: the client reads the next header block (nullopt here). Any other code is the call's
// status by grpc's doc/http-grpc-status-mapping.md, 200 included (UNKNOWN: a real OK has a grpc-status).
std::optional<hs::grpc::code> call_status_without_grpc_status(int http_status) {
    if (hs::is_informational(http_status)) return std::nullopt;
    return hs::grpc::from_http(http_status);
}
// snippet-end

namespace {
void print_response(const rpc_status& rpc) {
    std::string response = http_response(rpc);
    // One line per response in the output: CRLF shown as " | ".
    for (std::size_t at = response.find("\r\n"); at != std::string::npos; at = response.find("\r\n", at))
        response.replace(at, 2, " | ");
    const std::string_view name = hs::grpc::to_string(static_cast<hs::grpc::code>(rpc.code));
    std::printf("%-18s -> %s\n", name.empty() ? "(code 17)" : std::string(name).c_str(), response.c_str());
}
}  // namespace

int main() {
    print_response({0, ""});
    print_response({5, "no book \"Dune\""});
    print_response({1, "the client went away"});
    print_response({8, "quota of 100 calls a minute"});
    print_response({4, "the catalogue took 5 s"});
    print_response({17, "a code the backend made up"});
    for (int http : {103, 200, 404, 429, 431, 500, 504}) {
        const std::optional<hs::grpc::code> code = call_status_without_grpc_status(http);
        std::printf("HTTP %d without grpc-status -> %s\n", http,
                    code ? std::string(hs::grpc::to_string(*code)).c_str() : "(interim: read the next header block)");
    }
}
