// SPDX-License-Identifier: MIT
// check_response's speed, in heads per second (items_per_second), on two real-sized heads: nginx's
// answer for its default page, and a large site's HTTP/2 head as `curl -sI` prints it. A binary of
// its own: benchmarks/run's report compares contenders, and the checker has none.
#include <httpstatus/check.hpp>

#include <benchmark/benchmark.h>

#include <string_view>

namespace {

// What nginx 1.22.1 (Debian 12) sends for its default page: 8 fields, 238 bytes.
constexpr std::string_view nginx_head = "HTTP/1.1 200 OK\r\n"
                                        "Server: nginx/1.22.1\r\n"
                                        "Date: Thu, 03 Dec 2026 18:00:00 GMT\r\n"
                                        "Content-Type: text/html\r\n"
                                        "Content-Length: 615\r\n"
                                        "Last-Modified: Tue, 13 Jun 2023 15:08:10 GMT\r\n"
                                        "Connection: keep-alive\r\n"
                                        "ETag: \"64888a5a-267\"\r\n"
                                        "Accept-Ranges: bytes\r\n"
                                        "\r\n";

// The shape of `curl -sI https://...` against a large site over HTTP/2: lower-case names, 19 fields,
// long security and cookie values; 1,468 bytes.
constexpr std::string_view curl_head =
    "HTTP/2 200 \r\n"
    "date: Thu, 03 Dec 2026 18:00:00 GMT\r\n"
    "content-type: text/html; charset=utf-8\r\n"
    "vary: X-PJAX, X-PJAX-Container, Turbo-Visit, Turbo-Frame, Accept-Encoding, Accept, X-Requested-With\r\n"
    "etag: W/\"4f7d1e5c0b9a3e2d8c6f1a7b9e0d3c5a\"\r\n"
    "cache-control: max-age=0, private, must-revalidate\r\n"
    "strict-transport-security: max-age=31536000; includeSubdomains; preload\r\n"
    "x-frame-options: deny\r\n"
    "x-content-type-options: nosniff\r\n"
    "x-xss-protection: 0\r\n"
    "referrer-policy: origin-when-cross-origin, strict-origin-when-cross-origin\r\n"
    "content-security-policy: default-src 'none'; base-uri 'self'; child-src 'self' blob:; connect-src 'self' "
    "https://api.example.org https://collector.example.org wss://alive.example.org; font-src 'self' "
    "https://assets.example.org; form-action 'self'; frame-ancestors 'none'; img-src 'self' data: blob: "
    "https://avatars.example.org; script-src https://assets.example.org; style-src 'unsafe-inline' "
    "https://assets.example.org; upgrade-insecure-requests\r\n"
    "set-cookie: _session=Yk9hT3NzV2FqR1p6c3l6Z0c2; path=/; secure; HttpOnly; SameSite=Lax\r\n"
    "set-cookie: _octo=GH1.1.1234567890.1764784800; Path=/; Domain=example.org; Expires=Fri, 03 Dec 2027 "
    "18:00:00 GMT; Secure; SameSite=Lax\r\n"
    "set-cookie: logged_in=no; Path=/; Domain=example.org; Expires=Fri, 03 Dec 2027 18:00:00 GMT; HttpOnly; "
    "Secure; SameSite=Lax\r\n"
    "accept-ranges: bytes\r\n"
    "content-length: 283914\r\n"
    "last-modified: Thu, 03 Dec 2026 17:59:58 GMT\r\n"
    "server: example\r\n"
    "x-request-id: D4E1:2F3A:1B2C3D:1C2D3E:67890ABC\r\n"
    "\r\n";

void check(benchmark::State& state, std::string_view head) {
    for (auto _ : state) {
        std::string_view text = head;
        benchmark::DoNotOptimize(text);
        const httpstatus::check_report report = httpstatus::check_response(text, "GET");
        benchmark::DoNotOptimize(report.size());
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(head.size()));
}

void check_nginx_head(benchmark::State& state) { check(state, nginx_head); }
void check_curl_head(benchmark::State& state) { check(state, curl_head); }

}  // namespace

BENCHMARK(check_nginx_head);
BENCHMARK(check_curl_head);
BENCHMARK_MAIN();
