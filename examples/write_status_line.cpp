// SPDX-License-Identifier: MIT
// A server writes a response's head into its output buffer: the status line is one copy from static
// storage, with no formatting (docs/parsing.md).
#include <httpstatus/status_line.hpp>

#include <cstdio>
#include <cstring>
#include <string_view>

// snippet-begin
// Writes the head of an empty response into `out`; returns its size, or 0 if it does not fit.
std::size_t write_head(char* out, std::size_t capacity, int code) {
    const std::string_view line = httpstatus::status_line_for(code);  // "HTTP/1.1 404 Not Found\r\n"
    constexpr std::string_view fields = "Content-Length: 0\r\n\r\n";
    if (line.empty() || line.size() + fields.size() > capacity) return 0;  // not a code 100-599
    std::memcpy(out, line.data(), line.size());
    std::memcpy(out + line.size(), fields.data(), fields.size());
    return line.size() + fields.size();
}
// snippet-end

int main() {
    char buffer[256];
    for (int code : {404, 299, 600}) {
        const std::size_t size = write_head(buffer, sizeof buffer, code);
        std::printf("%d: ", code);
        for (std::size_t i = 0; i < size; ++i) {
            if (buffer[i] == '\r')
                std::printf("\\r");
            else if (buffer[i] == '\n')
                std::printf("\\n");
            else
                std::putchar(buffer[i]);
        }
        std::printf(size != 0 ? "\n" : "nothing written\n");
    }
}
