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

void expect_format_error(std::string_view spec, std::format_args args) {
    try {
        (void)std::vformat(spec, args);
    } catch (const std::format_error&) {
        ++passes;
        return;
    }
    std::printf("FAILED: %.*s did not throw std::format_error\n", static_cast<int>(spec.size()), spec.data());
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
    // Every spec a string takes, read by the standard library's formatter: a width or precision from
    // an argument too, which the hand-written grammar of 1.6 refused.
    expect(std::format("[{:>{}}]", status::not_found, 20), "[       404 Not Found]");
    expect(std::format("[{0:>{1}}] {2}", status::ok, 10, 5), "[    200 OK] 5");
    expect(std::format("[{:.{}}]", status::not_found, 5), "[404 N]");
    expect(std::format("[{:.3}]", status::not_found), "[404]");
    expect(std::format("[{:>{}}]", httpstatus::status_class::server_error, 14), "[  Server Error]");
    // {:d} takes an int's specs, {:n} a string's written out.
    expect(std::format("[{:>10d}]", status::not_found), "[       404]");
    expect(std::format("[{:{}d}]", status::ok, 5), "[  200]");
    expect(std::format("[{:05d}]", status::ok), "[00200]");
    expect(std::format("[{:<12n}]", status::ok), "[OK          ]");
    expect(std::format("[{:.3n}]", status::not_found), "[Not]");
    const status ok = status::ok;
    const int five = 5;
    expect_format_error("{:x}", std::make_format_args(ok));
    expect_format_error("{:05}", std::make_format_args(ok));
    expect_format_error("{:>{}n}", std::make_format_args(ok, five));
    expect_format_error("{:.2d}", std::make_format_args(ok));
    std::printf("std_format: %d passed, %d failed\n", passes, failures);
    return failures == 0 ? 0 : 1;
}
#else
int main() {
    std::printf("skipped: this standard library has no std::format (__cpp_lib_format is not defined)\n");
    return 77;
}
#endif
