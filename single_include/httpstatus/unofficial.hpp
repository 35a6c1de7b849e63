// Generated from include/httpstatus/unofficial.hpp and the detail/ headers it includes, by the
// target httpstatus-single-include (cmake/single_include.cmake): do not edit.
// httpstatus: codes outside the IANA registry that software commonly sends, each with its source.
// SPDX-License-Identifier: MIT
//
// Opt-in. The core table is the registry and nothing else; this header adds a second table of the same
// type, httpstatus::unofficial::codes, and the same lookups in namespace httpstatus::unofficial.
// Nothing falls back to it silently: httpstatus::find(499) stays nullptr, unofficial::find(499) is
// nginx's "Client Closed Request", and unofficial::find_any(code) is the one lookup that tries the
// registry first and this table second. 418 "I'm a teapot" is not here: it is an alias of the
// registered (Unused) 418.
#ifndef HTTPSTATUS_UNOFFICIAL_HPP
#define HTTPSTATUS_UNOFFICIAL_HPP

#include <httpstatus/httpstatus.hpp>

#include <optional>
#include <string_view>

namespace httpstatus::detail {
// Whether no row has a registered code. A function, not a lambda in the static_assert below, so
// that a test can run it too (docs/testing.md, "Coverage").
constexpr bool none_registered(entry_span rows) noexcept {
    for (const auto& e : rows)
        if (is_registered(e.code)) return false;
    return true;
}
}  // namespace httpstatus::detail

namespace httpstatus::unofficial {

// ""sv literals know their length; plain ones would be counted during constant evaluation, which is
// most of what building the table costs.
using std::string_view_literals::operator""sv;

// Each row: code, name, description, and as its reference the source: who sends the code.
// clang-format off
inline constexpr table codes{{
{status{419}, "Page Expired"sv,                         "Sent by the Laravel framework when a form's CSRF token is missing or has expired, usually because the session timed out."sv, "Laravel"sv},
{status{420}, "Enhance Your Calm"sv,                    "Sent by version 1 of the Twitter API when the client was being rate limited; later APIs use 429 Too Many Requests."sv, "Twitter API v1"sv},
{status{444}, "No Response"sv,                          "Used in nginx configurations to close the connection without sending any response, for example to turn away malicious requests; the client never receives it."sv, "nginx"sv},
{status{494}, "Request Header Too Large"sv,             "Used by nginx when the request's header, or one of its lines, is larger than the server accepts; it is logged, and the client is sent 400."sv, "nginx"sv},
{status{495}, "SSL Certificate Error"sv,                "Used by nginx when the client presented a TLS certificate that failed verification."sv, "nginx"sv},
{status{496}, "SSL Certificate Required"sv,             "Used by nginx when a client certificate is required but the client did not present one."sv, "nginx"sv},
{status{497}, "HTTP Request Sent to HTTPS Port"sv,      "Used by nginx when a plain HTTP request arrives on a port that expects HTTPS."sv, "nginx"sv},
{status{498}, "Invalid Token"sv,                        "Sent by Esri's ArcGIS Server when the request's token has expired or is otherwise invalid."sv, "Esri ArcGIS Server"sv},
{status{499}, "Client Closed Request"sv,                "Logged by nginx when the client closed the connection before the server could send its response."sv, "nginx"sv},
{status{509}, "Bandwidth Limit Exceeded"sv,             "Sent by some Apache and cPanel hosting setups when the site has used up the bandwidth its plan allows."sv, "Apache (mod_bw), cPanel"sv},
{status{520}, "Web Server Returned an Unknown Error"sv, "Sent by Cloudflare when the origin server returned an empty, unknown or unexpected response."sv, "Cloudflare"sv},
{status{521}, "Web Server Is Down"sv,                   "Sent by Cloudflare when the origin server refused its connection."sv, "Cloudflare"sv},
{status{522}, "Connection Timed Out"sv,                 "Sent by Cloudflare when it timed out connecting to the origin server."sv, "Cloudflare"sv},
{status{523}, "Origin Is Unreachable"sv,                "Sent by Cloudflare when it cannot reach the origin server, for example because its DNS records are wrong."sv, "Cloudflare"sv},
{status{524}, "A Timeout Occurred"sv,                   "Sent by Cloudflare when it connected to the origin server but did not receive a response in time."sv, "Cloudflare"sv},
{status{525}, "SSL Handshake Failed"sv,                 "Sent by Cloudflare when the TLS handshake with the origin server failed."sv, "Cloudflare"sv},
{status{526}, "Invalid SSL Certificate"sv,              "Sent by Cloudflare when it could not validate the origin server's TLS certificate."sv, "Cloudflare"sv},
{status{527}, "Railgun Error"sv,                        "Sent by Cloudflare when the connection between it and the origin's Railgun server was interrupted; Railgun has since been discontinued."sv, "Cloudflare"sv},
{status{530}, "Origin DNS Error"sv,                     "Sent by Cloudflare together with one of its 1xxx errors, most often because it could not resolve the origin server's DNS name."sv, "Cloudflare"sv},
{status{598}, "Network Read Timeout Error"sv,           "Sent by some HTTP proxies when reading the response from the upstream server timed out."sv, "network proxies (Microsoft)"sv},
{status{599}, "Network Connect Timeout Error"sv,        "Sent by some HTTP proxies when connecting to the upstream server timed out."sv, "network proxies (Microsoft)"sv},
}};
// clang-format on

static_assert(httpstatus::detail::none_registered(codes), "an unofficial code must not be in the registry");

// Every unofficial code, sorted by code.
constexpr entry_span all() noexcept { return codes; }

// The unofficial entry of a code; nullptr for registered codes and any other value.
constexpr const status_info* find(int code) noexcept { return codes.find(code); }
constexpr const status_info* find(status s) noexcept { return codes.find(s); }

constexpr bool is_unofficial(int code) noexcept { return codes.contains(code); }
constexpr bool is_unofficial(status s) noexcept { return codes.contains(s); }

constexpr std::string_view reason_phrase(int code) noexcept { return codes.reason_phrase(code); }
constexpr std::string_view reason_phrase(status s) noexcept { return codes.reason_phrase(s); }

constexpr std::string_view description(int code) noexcept { return codes.description(code); }
constexpr std::string_view description(status s) noexcept { return codes.description(s); }

// An unofficial code by name, with the same rules as httpstatus::from_name; nullopt otherwise.
constexpr std::optional<status> from_name(std::string_view name) noexcept { return codes.from_name(name); }

// The unofficial entries matching the query, with the same rules as httpstatus::search.
constexpr search_results search(std::string_view query) noexcept { return codes.search(query); }

// The registry's entry for the code if it has one, else this table's; nullptr if neither has it.
constexpr const status_info* find_any(int code) noexcept {
    return is_registered(code) ? httpstatus::find(code) : find(code);
}
constexpr const status_info* find_any(status s) noexcept { return find_any(to_int(s)); }

// The registered name, else the unofficial one, else empty.
constexpr std::string_view reason_phrase_any(int code) noexcept {
    return is_registered(code) ? httpstatus::reason_phrase(code) : reason_phrase(code);
}
constexpr std::string_view reason_phrase_any(status s) noexcept { return reason_phrase_any(to_int(s)); }

}  // namespace httpstatus::unofficial

#endif  // HTTPSTATUS_UNOFFICIAL_HPP
