// Generated from include/httpstatus/http_versions.hpp and the detail/ headers it includes, by the
// target httpstatus-single-include (cmake/single_include.cmake): do not edit.
// httpstatus: what HTTP/2 and HTTP/3 change for a response's status and fields, each fact with its section.
// SPDX-License-Identifier: MIT
//
//   httpstatus::carries_code(httpstatus::http_version::http_2, 101).holds;  // false: RFC 9113 section 8.6
//
// An opt-in header, read by the checker (httpstatus/check.hpp) and the entry view of 101.
#ifndef HTTPSTATUS_HTTP_VERSIONS_HPP
#define HTTPSTATUS_HTTP_VERSIONS_HPP

#include <httpstatus/httpstatus.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace httpstatus {

// The versions of HTTP a response is sent in.
enum class http_version : std::uint8_t { http_1_0, http_1_1, http_2, http_3 };

// "HTTP/1.0", "HTTP/1.1", "HTTP/2", "HTTP/3", as a status line and curl write them; empty for a
// value outside the enum.
constexpr std::string_view to_string(http_version version) noexcept {
    switch (version) {
    case http_version::http_1_0: return "HTTP/1.0";
    case http_version::http_1_1: return "HTTP/1.1";
    case http_version::http_2: return "HTTP/2";
    case http_version::http_3: return "HTTP/3";
    }
    return {};
}

// A fact of a version and the section that states it. `holds` is the answer; `section` is written as
// the registry writes a reference, "RFC 9113 \xC2\xA7" "8.6"; empty for a version outside the enum.
struct version_fact {
    bool holds = false;
    std::string_view section;
    constexpr explicit operator bool() const noexcept { return holds; }
};

// Can a response in this version carry the code? Any code 100-599 but 101 in HTTP/2 (RFC 9113
// section 8.6) and HTTP/3 (RFC 9114 section 4.5), which have no Upgrade mechanism; nothing outside
// 100-599 in any version (RFC 9110 section 15).
constexpr version_fact carries_code(http_version version, int code) noexcept {
    if (code < 100 || code > 599)
        return {false, "RFC 9110 \xC2\xA7"
                       "15"};
    switch (version) {
    case http_version::http_1_0:
    case http_version::http_1_1:
        return {true, "RFC 9110 \xC2\xA7"
                      "15"};
    case http_version::http_2:
        return {code != 101, "RFC 9113 \xC2\xA7"
                             "8.6"};
    case http_version::http_3:
        return {code != 101, "RFC 9114 \xC2\xA7"
                             "4.5"};
    }
    return {};
}
constexpr version_fact carries_code(http_version version, status s) noexcept {
    return carries_code(version, to_int(s));
}

// Does a response in this version carry a reason phrase? HTTP/1.x does, after the code (RFC 9112
// section 4); HTTP/2 and HTTP/3 send only the :status pseudo-header (RFC 9113 section 8.3.2, RFC 9114
// section 4.3.2).
constexpr version_fact carries_reason_phrase(http_version version) noexcept {
    switch (version) {
    case http_version::http_1_0:
    case http_version::http_1_1:
        return {true, "RFC 9112 \xC2\xA7"
                      "4"};
    case http_version::http_2:
        return {false, "RFC 9113 \xC2\xA7"
                       "8.3.2"};
    case http_version::http_3:
        return {false, "RFC 9114 \xC2\xA7"
                       "4.3.2"};
    }
    return {};
}

namespace detail {

// Whether two field names, or two tokens, are the same but for ASCII case (RFC 9110 section 5.1).
constexpr bool equals_ignoring_case(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (to_lower(a[i]) != to_lower(b[i])) return false;
    return true;
}

// The connection-specific field's name, lower case and in static storage, when `field` is one
// (compared ignoring ASCII case); empty otherwise. A checker reports this name rather than a view of
// the head it read, which may not outlive its report.
constexpr std::string_view connection_specific_name(std::string_view field) noexcept {
    constexpr std::string_view names[] = {"connection", "keep-alive", "proxy-connection", "transfer-encoding",
                                          "upgrade"};
    for (std::string_view name : names)
        if (equals_ignoring_case(field, name)) return name;
    return {};
}

}  // namespace detail

// Whether a field is connection-specific: Connection, Keep-Alive, Proxy-Connection,
// Transfer-Encoding and Upgrade, the names compared ignoring ASCII case. In HTTP/1.x they describe the
// connection (RFC 9110 section 7.6.1); in HTTP/2 they make a message malformed (RFC 9113 section
// 8.2.2), and HTTP/3 forbids them likewise (RFC 9114 section 4.2). So a 426's Upgrade cannot be sent
// in HTTP/2 or HTTP/3.
constexpr bool is_connection_specific(std::string_view field) noexcept {
    return !detail::connection_specific_name(field).empty();
}

// May a response in this version carry the field? Every field in HTTP/1.x; in HTTP/2 and HTTP/3 every
// one but the connection-specific ones.
constexpr version_fact allows_field(http_version version, std::string_view field) noexcept {
    switch (version) {
    case http_version::http_1_0:
    case http_version::http_1_1:
        return {true, "RFC 9110 \xC2\xA7"
                      "7.6.1"};
    case http_version::http_2:
        return {!is_connection_specific(field), "RFC 9113 \xC2\xA7"
                                                "8.2.2"};
    case http_version::http_3:
        return {!is_connection_specific(field), "RFC 9114 \xC2\xA7"
                                                "4.2"};
    }
    return {};
}

}  // namespace httpstatus

#endif  // HTTPSTATUS_HTTP_VERSIONS_HPP
