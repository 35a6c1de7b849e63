// SPDX-License-Identifier: MIT
// A client reads a response's status line and Retry-After, and decides whether and when to send the
// same request again (docs/parsing.md).
#include <httpstatus/retry_after.hpp>
#include <httpstatus/status_line.hpp>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string_view>

// snippet-begin
// When to send the same request again, in seconds from now; nullopt: do not send it again.
std::optional<std::chrono::seconds> retry_in(std::string_view method, std::string_view first_line,
                                             std::string_view retry_after, std::int64_t now) {
    const std::optional<httpstatus::status_line> line = httpstatus::parse_status_line(first_line);
    if (!line) return std::nullopt;  // not a status line: nothing to go by
    const std::optional<std::chrono::seconds> asked = httpstatus::parse_retry_after(retry_after, now);
    const std::chrono::seconds back_off{1};  // the client's own choice when the server says nothing
    switch (httpstatus::retry_of(line->code)) {
    case httpstatus::retry::yes: return asked.value_or(back_off);
    case httpstatus::retry::if_idempotent:
        if (!httpstatus::is_idempotent_method(method)) return std::nullopt;
        return asked.value_or(back_off);
    case httpstatus::retry::if_retry_after: return asked;  // 413: only if the server said when
    default: return std::nullopt;
    }
}
// snippet-end

int main() {
    const std::int64_t now = 784111777 - 60;  // a minute before Sun, 06 Nov 1994 08:49:37 GMT
    struct response {
        const char* method;
        const char* line;
        const char* retry_after;
    };
    const response responses[] = {
        {"GET", "HTTP/1.1 503 Service Unavailable", "120"},
        {"GET", "HTTP/1.1 503 Service Unavailable", "Sun, 06 Nov 1994 08:49:37 GMT"},
        {"POST", "HTTP/1.1 502 Bad Gateway", ""},
        {"PUT", "HTTP/1.1 502 Bad Gateway", ""},
        {"POST", "HTTP/1.1 413 Content Too Large", ""},
        {"POST", "HTTP/1.1 413 Content Too Large", "Sunday, 06-Nov-94 08:49:37 GMT"},
        {"GET", "HTTP/1.1 404 Not Found", "120"},
        {"GET", "http/1.1 503 Service Unavailable", "120"},
    };
    for (const response& r : responses) {
        const auto delay = retry_in(r.method, r.line, r.retry_after, now);
        std::printf("%s, %s, Retry-After \"%s\": ", r.method, r.line, r.retry_after);
        if (delay)
            std::printf("retry in %lld s\n", static_cast<long long>(delay->count()));
        else
            std::printf("do not retry\n");
    }
}
