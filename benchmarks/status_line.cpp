// SPDX-License-Identifier: MIT
// The status line a server writes, "HTTP/1.1 404 Not Found\r\n", into its output buffer:
// status_line_for's line copied once, against the line formatted from its parts with std::to_chars
// and reason_phrase. Both write the same bytes into a buffer the optimizer must keep.
#include "contenders.hpp"
#include "inputs.hpp"

#include <httpstatus/status_line.hpp>

#include <charconv>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

namespace bench {

namespace {

// The line of a code 100-599, written from its parts; returns its size.
std::size_t format_status_line(char* out, int code) {
    constexpr std::string_view version = "HTTP/1.1 ";
    char* at = out;
    std::memcpy(at, version.data(), version.size());
    at += version.size();
    at = std::to_chars(at, at + 3, code).ptr;
    *at++ = ' ';
    const std::string_view phrase = httpstatus::reason_phrase(code);
    std::memcpy(at, phrase.data(), phrase.size());
    at += phrase.size();
    *at++ = '\r';
    *at++ = '\n';
    return static_cast<std::size_t>(at - out);
}

void register_workload(const std::string& workload, const std::vector<int>& codes) {
    const std::string prefix = "status_line/" + workload + "/";
    benchmark::RegisterBenchmark((prefix + "httpstatus").c_str(), [codes](benchmark::State& state) {
        char buffer[64];
        run_each(state, codes, [&buffer](int code) {
            const std::string_view line = httpstatus::status_line_for(code);
            std::memcpy(buffer, line.data(), line.size());
            benchmark::DoNotOptimize(buffer);
            return static_cast<std::uintptr_t>(line.size());
        });
    });
    benchmark::RegisterBenchmark((prefix + "to_chars").c_str(), [codes](benchmark::State& state) {
        char buffer[64];
        run_each(state, codes, [&buffer](int code) {
            const std::size_t size = format_status_line(buffer, code);
            benchmark::DoNotOptimize(buffer);
            return static_cast<std::uintptr_t>(size);
        });
    });
}

}  // namespace

void register_status_line() {
    register_workload("traffic", traffic_codes());
    register_workload("unregistered_10pct", codes_with_unregistered());
    // Each writes the same bytes: a benchmark of two different outputs would compare nothing.
    char formatted[64];
    for (int code = 100; code <= 599; ++code)
        if (std::string_view(formatted, format_status_line(formatted, code)) != httpstatus::status_line_for(code))
            std::abort();
}

}  // namespace bench
