// SPDX-License-Identifier: MIT
// httpstatus/format.hpp: std::formatter where the standard library has <format>. Where it has not,
// the header must compile to nothing; this program then says so and exits with 77 (skipped).
#include <httpstatus/format.hpp>

#include <cstdio>

#if HTTPSTATUS_CONFIG_STD_FORMAT
#include <string>
#include <string_view>

namespace {
int passes = 0;
int failures = 0;

void expect(const std::string& got, std::string_view want) {
    if (got == want) {
        ++passes;
        return;
    }
    std::printf("FAILED: got \"%s\", want \"%.*s\"\n", got.c_str(), static_cast<int>(want.size()), want.data());
    ++failures;
}
}  // namespace

int main() {
    using httpstatus::status;
    expect(std::format("{}", status::not_found), "404 Not Found");
    expect(std::format("{:d}", status::not_found), "404");
    expect(std::format("{:n}", status::not_found), "Not Found");
    expect(std::format("{}", static_cast<status>(299)), "299");
    expect(std::format("{:n}", static_cast<status>(299)), "");
    expect(std::format("[{:*^17}]", status::not_found), "[**404 Not Found**]");
    expect(std::format("[{:>6d}]", status::ok), "[   200]");
    expect(std::format("[{:16}]", status::not_found), std::format("[{:16}]", std::string_view("404 Not Found")));
    expect(std::format("{}", httpstatus::status_class::client_error), "Client Error");
    expect(std::format("[{:>14}]", httpstatus::status_class::server_error), "[  Server Error]");
    bool threw = false;
    const status ok = status::ok;
    try {
        (void)std::vformat("{:x}", std::make_format_args(ok));
    } catch (const std::format_error&) {
        threw = true;
    }
    if (threw) {
        ++passes;
    } else {
        std::printf("FAILED: {:x} did not throw std::format_error\n");
        ++failures;
    }
    std::printf("std_format: %d passed, %d failed\n", passes, failures);
    return failures == 0 ? 0 : 1;
}
#else
int main() {
    std::printf("skipped: this standard library has no std::format (__cpp_lib_format is not defined)\n");
    return 77;
}
#endif
