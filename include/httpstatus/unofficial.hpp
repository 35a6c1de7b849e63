// httpstatus — codes outside the IANA registry that software commonly sends, each with its source.
// SPDX-License-Identifier: MIT
//
// Opt-in. The core table is the registry and nothing else; this header adds a second table with the
// same entry type and lookups, in namespace httpstatus::unofficial. Nothing falls back to it silently:
// httpstatus::find(499) stays nullptr, unofficial::find(499) is nginx's "Client Closed Request", and
// unofficial::find_any(code) is the one lookup that tries the registry first and this table second.
// 418 "I'm a teapot" is not here: it is the older name of the registered (Unused) 418.
#ifndef HTTPSTATUS_UNOFFICIAL_HPP
#define HTTPSTATUS_UNOFFICIAL_HPP

#include <httpstatus/httpstatus.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

namespace httpstatus::unofficial {

namespace detail {
using httpstatus::detail::active;
using httpstatus::detail::client_error;
using httpstatus::detail::server_error;
constexpr bool not_cacheable = false;  // no unofficial code is heuristically cacheable

constexpr status code(int value) noexcept { return static_cast<status>(value); }

// `reference` holds the source: who sends the code. The text is in ""sv literals, as in the core
// table, so that constant evaluation need not count its characters.
using namespace std::string_view_literals;

// clang-format off
inline constexpr status_info table[] = {
// code     name                                       class          source                                    state   cache          older names    description
{code(419), "Page Expired"sv,                          client_error,  "Laravel"sv,                              active, not_cacheable, ""sv,          "Sent by the Laravel framework when a form's CSRF token is missing or has expired, usually because the session timed out."sv},
{code(420), "Enhance Your Calm"sv,                     client_error,  "Twitter API v1"sv,                       active, not_cacheable, ""sv,          "Sent by version 1 of the Twitter API when the client was being rate limited; later APIs use 429 Too Many Requests."sv},
{code(444), "No Response"sv,                           client_error,  "nginx"sv,                                active, not_cacheable, ""sv,          "Used in nginx configurations to close the connection without sending any response, for example to turn away malicious requests; the client never receives it."sv},
{code(494), "Request Header Too Large"sv,              client_error,  "nginx"sv,                                active, not_cacheable, ""sv,          "Used by nginx when the request's header, or one of its lines, is larger than the server accepts; it is logged, and the client is sent 400."sv},
{code(495), "SSL Certificate Error"sv,                 client_error,  "nginx"sv,                                active, not_cacheable, ""sv,          "Used by nginx when the client presented a TLS certificate that failed verification."sv},
{code(496), "SSL Certificate Required"sv,              client_error,  "nginx"sv,                                active, not_cacheable, ""sv,          "Used by nginx when a client certificate is required but the client did not present one."sv},
{code(497), "HTTP Request Sent to HTTPS Port"sv,       client_error,  "nginx"sv,                                active, not_cacheable, ""sv,          "Used by nginx when a plain HTTP request arrives on a port that expects HTTPS."sv},
{code(498), "Invalid Token"sv,                         client_error,  "Esri ArcGIS Server"sv,                   active, not_cacheable, ""sv,          "Sent by Esri's ArcGIS Server when the request's token has expired or is otherwise invalid."sv},
{code(499), "Client Closed Request"sv,                 client_error,  "nginx"sv,                                active, not_cacheable, ""sv,          "Logged by nginx when the client closed the connection before the server could send its response."sv},
{code(509), "Bandwidth Limit Exceeded"sv,              server_error,  "Apache (mod_bw), cPanel"sv,              active, not_cacheable, ""sv,          "Sent by some Apache and cPanel hosting setups when the site has used up the bandwidth its plan allows."sv},
{code(520), "Web Server Returned an Unknown Error"sv,  server_error,  "Cloudflare"sv,                           active, not_cacheable, ""sv,          "Sent by Cloudflare when the origin server returned an empty, unknown or unexpected response."sv},
{code(521), "Web Server Is Down"sv,                    server_error,  "Cloudflare"sv,                           active, not_cacheable, ""sv,          "Sent by Cloudflare when the origin server refused its connection."sv},
{code(522), "Connection Timed Out"sv,                  server_error,  "Cloudflare"sv,                           active, not_cacheable, ""sv,          "Sent by Cloudflare when it timed out connecting to the origin server."sv},
{code(523), "Origin Is Unreachable"sv,                 server_error,  "Cloudflare"sv,                           active, not_cacheable, ""sv,          "Sent by Cloudflare when it cannot reach the origin server, for example because its DNS records are wrong."sv},
{code(524), "A Timeout Occurred"sv,                    server_error,  "Cloudflare"sv,                           active, not_cacheable, ""sv,          "Sent by Cloudflare when it connected to the origin server but did not receive a response in time."sv},
{code(525), "SSL Handshake Failed"sv,                  server_error,  "Cloudflare"sv,                           active, not_cacheable, ""sv,          "Sent by Cloudflare when the TLS handshake with the origin server failed."sv},
{code(526), "Invalid SSL Certificate"sv,               server_error,  "Cloudflare"sv,                           active, not_cacheable, ""sv,          "Sent by Cloudflare when it could not validate the origin server's TLS certificate."sv},
{code(527), "Railgun Error"sv,                         server_error,  "Cloudflare"sv,                           active, not_cacheable, ""sv,          "Sent by Cloudflare when the connection between it and the origin's Railgun server was interrupted; Railgun has since been discontinued."sv},
{code(530), "Origin DNS Error"sv,                      server_error,  "Cloudflare"sv,                           active, not_cacheable, ""sv,          "Sent by Cloudflare together with one of its 1xxx errors, most often because it could not resolve the origin server's DNS name."sv},
{code(598), "Network Read Timeout Error"sv,            server_error,  "network proxies (Microsoft)"sv,          active, not_cacheable, ""sv,          "Sent by some HTTP proxies when reading the response from the upstream server timed out."sv},
{code(599), "Network Connect Timeout Error"sv,         server_error,  "network proxies (Microsoft)"sv,          active, not_cacheable, ""sv,          "Sent by some HTTP proxies when connecting to the upstream server timed out."sv},
};
// clang-format on

constexpr std::size_t table_size = sizeof(table) / sizeof(table[0]);

constexpr bool none_registered() noexcept {
    for (const auto& e : table)
        if (is_registered(e.code)) return false;
    return true;
}
constexpr bool sorted_in_range_with_classes() noexcept {
    for (std::size_t i = 0; i < table_size; ++i) {
        const int v = table[i].value();
        if (v < 100 || v > 599 || static_cast<int>(table[i].class_) != v / 100) return false;
        if (i > 0 && table[i - 1].value() >= v) return false;
    }
    return true;
}
static_assert(none_registered(), "an unofficial code must not be in the registry");
static_assert(sorted_in_range_with_classes(), "the unofficial table is sorted, in 100-599, with matching classes");
static_assert(table_size <= search_results::capacity, "search_results can hold every unofficial code");
}  // namespace detail

// Every unofficial code, sorted by code.
constexpr entry_span all() noexcept { return {detail::table, detail::table_size}; }

// The unofficial entry of a code; nullptr for registered codes and any other value.
constexpr const status_info* find(int code) noexcept {
    return httpstatus::detail::entry_at(all(), httpstatus::detail::row_by_code(all(), code));
}
constexpr const status_info* find(status s) noexcept { return find(to_int(s)); }

constexpr bool is_unofficial(int code) noexcept {
    return httpstatus::detail::row_by_code(all(), code) != httpstatus::detail::no_entry;
}
constexpr bool is_unofficial(status s) noexcept { return is_unofficial(to_int(s)); }

constexpr std::string_view reason_phrase(int code) noexcept {
    return httpstatus::detail::name_at(all(), httpstatus::detail::row_by_code(all(), code));
}
constexpr std::string_view reason_phrase(status s) noexcept { return reason_phrase(to_int(s)); }

constexpr std::string_view description(int code) noexcept {
    return httpstatus::detail::description_at(all(), httpstatus::detail::row_by_code(all(), code));
}
constexpr std::string_view description(status s) noexcept { return description(to_int(s)); }

// An unofficial code by name, with the same rules as httpstatus::from_name; nullopt otherwise.
constexpr std::optional<status> from_name(std::string_view name) noexcept {
    const std::size_t row = httpstatus::detail::row_by_name(all(), name);
    if (row == httpstatus::detail::no_entry) return std::nullopt;
    return all()[row].code;
}

// The unofficial entries matching the query, with the same rules as httpstatus::search.
constexpr search_results search(std::string_view query) noexcept { return {all(), query}; }

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
