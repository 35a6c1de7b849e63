// httpstatus — HTTP response status codes as one constexpr table and a typed enum.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The httpstatus authors. See LICENSE.
//
// The data follows the IANA HTTP Status Code Registry and RFC 9110. Every function is constexpr and
// noexcept, allocates nothing, throws nothing and needs no RTTI; any int, and any value cast into
// `status`, is a valid argument.
#ifndef HTTPSTATUS_HTTPSTATUS_HPP
#define HTTPSTATUS_HTTPSTATUS_HPP

// The version lives here once; CMakeLists.txt reads it from these three lines.
#define HTTPSTATUS_VERSION_MAJOR 1
#define HTTPSTATUS_VERSION_MINOR 0
#define HTTPSTATUS_VERSION_PATCH 0
#define HTTPSTATUS_VERSION \
    (HTTPSTATUS_VERSION_MAJOR * 10000 + HTTPSTATUS_VERSION_MINOR * 100 + HTTPSTATUS_VERSION_PATCH)

#if defined(_MSVC_LANG) && _MSVC_LANG > __cplusplus
#define HTTPSTATUS_CPLUSPLUS _MSVC_LANG
#else
#define HTTPSTATUS_CPLUSPLUS __cplusplus
#endif
#if HTTPSTATUS_CPLUSPLUS < 201703L
#error "httpstatus needs C++17 or later"
#endif

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace httpstatus {

// ---------------------------------------------------------------------------------------------------
// The enum: one enumerator per registered code, named after the registered name in snake_case.
// ---------------------------------------------------------------------------------------------------

// A status code. Any value 0–65535 may be held; the functions below answer for every one of them.
// Switching on it needs a case per registered code only: the aliases at the end share their code's value.
enum class status : std::uint16_t {
    continue_ = 100,
    switching_protocols = 101,
    processing = 102,
    early_hints = 103,

    ok = 200,
    created = 201,
    accepted = 202,
    non_authoritative_information = 203,
    no_content = 204,
    reset_content = 205,
    partial_content = 206,
    multi_status = 207,
    already_reported = 208,
    im_used = 226,

    multiple_choices = 300,
    moved_permanently = 301,
    found = 302,
    see_other = 303,
    not_modified = 304,
    use_proxy = 305,
    unused_306 = 306,
    temporary_redirect = 307,
    permanent_redirect = 308,

    bad_request = 400,
    unauthorized = 401,
    payment_required = 402,
    forbidden = 403,
    not_found = 404,
    method_not_allowed = 405,
    not_acceptable = 406,
    proxy_authentication_required = 407,
    request_timeout = 408,
    conflict = 409,
    gone = 410,
    length_required = 411,
    precondition_failed = 412,
    content_too_large = 413,
    uri_too_long = 414,
    unsupported_media_type = 415,
    range_not_satisfiable = 416,
    expectation_failed = 417,
    unused_418 = 418,
    misdirected_request = 421,
    unprocessable_content = 422,
    locked = 423,
    failed_dependency = 424,
    too_early = 425,
    upgrade_required = 426,
    precondition_required = 428,
    too_many_requests = 429,
    request_header_fields_too_large = 431,
    unavailable_for_legal_reasons = 451,

    internal_server_error = 500,
    not_implemented = 501,
    bad_gateway = 502,
    service_unavailable = 503,
    gateway_timeout = 504,
    http_version_not_supported = 505,
    variant_also_negotiates = 506,
    insufficient_storage = 507,
    loop_detected = 508,
    not_extended = 510,
    network_authentication_required = 511,

    // Older names still in wide use; each is also in its row's `aliases`.
    moved_temporarily = found,
    payload_too_large = content_too_large,
    requested_range_not_satisfiable = range_not_satisfiable,
    im_a_teapot = unused_418,
    unprocessable_entity = unprocessable_content,
};

// The class of a status code: its first digit (RFC 9110 §15).
enum class status_class : std::uint8_t {
    informational = 1,
    successful,
    redirection,
    client_error,
    server_error,
};

// Where a code stands in the registry.
enum class registration : std::uint8_t {
    active,
    deprecated,  // 305 Use Proxy
    unused,      // 306 and 418: reserved, never to be sent
    obsoleted,   // 510 Not Extended
};

// The label the seed page gives a class: "Informational", "Successful", "Redirect", "Client Error",
// "Server Error"; empty for a value outside the enum.
constexpr std::string_view to_string(status_class c) noexcept {
    switch (c) {
    case status_class::informational: return "Informational";
    case status_class::successful: return "Successful";
    case status_class::redirection: return "Redirect";
    case status_class::client_error: return "Client Error";
    case status_class::server_error: return "Server Error";
    }
    return {};
}

// The code as a number.
constexpr int to_int(status s) noexcept { return static_cast<int>(s); }

// ---------------------------------------------------------------------------------------------------
// The entry type
// ---------------------------------------------------------------------------------------------------

namespace detail {
// Not constexpr: calling it in a constant expression, as the table's initializer does, fails to
// compile, so a row cannot list more older names than a name_list holds.
inline void too_many_older_names() noexcept {}
}  // namespace detail

// The older names of a code: a random-access range of string_views.
class name_list {
public:
    static constexpr std::size_t capacity = 2;
    using value_type = std::string_view;
    using const_iterator = const std::string_view*;
    using iterator = const_iterator;

    constexpr name_list() noexcept = default;
    // From one ';'-separated cell, "Payload Too Large;Request Entity Too Large"sv; implicit, so that
    // a table row can write it as a string.
    // cppcheck-suppress noExplicitConstructor
    constexpr name_list(std::string_view joined) noexcept {  // NOLINT(google-explicit-constructor)
        while (!joined.empty()) {
            if (size_ == capacity) {
                detail::too_many_older_names();
                return;
            }
            const std::size_t separator = joined.find(';');
            names_[size_++] = joined.substr(0, separator);
            joined = separator == std::string_view::npos ? std::string_view{} : joined.substr(separator + 1);
        }
    }

    constexpr const std::string_view* begin() const noexcept { return names_; }
    constexpr const std::string_view* end() const noexcept { return names_ + size_; }
    constexpr std::size_t size() const noexcept { return size_; }
    constexpr bool empty() const noexcept { return size_ == 0; }
    constexpr std::string_view operator[](std::size_t i) const noexcept { return names_[i]; }

private:
    std::string_view names_[capacity] = {};
    std::size_t size_ = 0;
};

// One row of the table.
struct status_info {
    status code{};
    std::string_view name;                      // registered name, the reason phrase: "Not Found"
    status_class class_{};                      // from the first digit
    std::string_view reference;                 // where it is defined: "RFC 9110 §15.5.5"
    registration state = registration::active;  // active, deprecated, unused or obsoleted
    bool cacheable = false;                     // heuristically cacheable by default (RFC 9110 §15.1)
    name_list aliases;                          // older names: "Payload Too Large", "I'm a teapot", ...
    std::string_view description;

    constexpr int value() const noexcept { return to_int(code); }
    constexpr bool is_deprecated() const noexcept { return state == registration::deprecated; }
    constexpr bool is_unused() const noexcept { return state == registration::unused; }
    constexpr bool is_obsoleted() const noexcept { return state == registration::obsoleted; }
    // A 1xx, 204 or 304 response never has content (RFC 9110 §6.4.1).
    constexpr bool allows_content() const noexcept {
        return value() >= 200 && code != status::no_content && code != status::not_modified;
    }
};

// ---------------------------------------------------------------------------------------------------
// The table
//
// How the enum and the table are kept in step:
//  - every row names its enumerator (`status::not_found`), so a row without one does not compile;
//  - the static_asserts below the table check order, range and class; tests/static/table_facts.cpp
//    checks that names are unique and every row has its text (O(n^2) work kept out of every includer);
//  - tests/static/enum_table_sync.cpp asks the compiler for the name of every value 0–999 cast to
//    `status` and static_asserts that exactly the table's codes are enumerators, each named after
//    its row. The test build compiles it for every compiler and standard, so an enumerator added
//    without a row breaks the build.
// ---------------------------------------------------------------------------------------------------

namespace detail {
constexpr status_class informational = status_class::informational;
constexpr status_class successful = status_class::successful;
constexpr status_class redirection = status_class::redirection;
constexpr status_class client_error = status_class::client_error;
constexpr status_class server_error = status_class::server_error;
constexpr registration active = registration::active;
constexpr registration deprecated = registration::deprecated;
constexpr registration unused = registration::unused;
constexpr registration obsoleted = registration::obsoleted;
constexpr bool cacheable = true;
constexpr bool not_cacheable = false;

// The text is written as ""sv literals: a string_view made from a plain literal would have to count
// its characters during constant evaluation, and for this table that is most of what including the
// header costs. The sv literal knows its length.
using namespace std::string_view_literals;

// clang-format off
inline constexpr status_info registry[] = {
// code                                   name                                 class          reference              state       cache          older names                                             description
{status::continue_,                       "Continue"sv,                        informational, "RFC 9110 §15.2.1"sv,  active,     not_cacheable, ""sv,                                                   "This interim response indicates that everything so far is OK and that the client should continue the request, or ignore the response if the request is already finished."sv},
{status::switching_protocols,             "Switching Protocols"sv,             informational, "RFC 9110 §15.2.2"sv,  active,     not_cacheable, ""sv,                                                   "Indicates that the server understands and is willing to comply with the client's request, via the Upgrade header field, for a change in the application protocol being used on this connection."sv},
{status::processing,                      "Processing"sv,                      informational, "RFC 2518 §10.1"sv,    active,     not_cacheable, ""sv,                                                   "Indicates that the server has accepted the complete request but has not yet completed it, and sends this interim response so that the client does not time out while it waits."sv},
{status::early_hints,                     "Early Hints"sv,                     informational, "RFC 8297 §2"sv,       active,     not_cacheable, ""sv,                                                   "Indicates that the server is likely to send a final response with the header fields included in this interim response, so that the client can start preloading resources in the meantime."sv},
{status::ok,                              "OK"sv,                              successful,    "RFC 9110 §15.3.1"sv,  active,     cacheable,     ""sv,                                                   "Indicates that the request has succeeded. The payload sent depends on the request method."sv},
{status::created,                         "Created"sv,                         successful,    "RFC 9110 §15.3.2"sv,  active,     not_cacheable, ""sv,                                                   "Indicates that the request has been fulfilled and has resulted in one or more new resources being created."sv},
{status::accepted,                        "Accepted"sv,                        successful,    "RFC 9110 §15.3.3"sv,  active,     not_cacheable, ""sv,                                                   "Indicates that the request has been accepted for processing but the processing has not been completed."sv},
{status::non_authoritative_information,   "Non-Authoritative Information"sv,   successful,    "RFC 9110 §15.3.4"sv,  active,     cacheable,     ""sv,                                                   "Indicates that the request was successful but the enclosed payload has been modified from that of the origin server's 200 response by a transforming proxy."sv},
{status::no_content,                      "No Content"sv,                      successful,    "RFC 9110 §15.3.5"sv,  active,     cacheable,     ""sv,                                                   "Indicates that the server has successfully fulfilled the request and that there is no additional content to send in the response payload body."sv},
{status::reset_content,                   "Reset Content"sv,                   successful,    "RFC 9110 §15.3.6"sv,  active,     not_cacheable, ""sv,                                                   "Indicates that the server has fulfilled the request and desires that the user agent reset the document view, which caused the request to be sent, to its original state as received from the origin server."sv},
{status::partial_content,                 "Partial Content"sv,                 successful,    "RFC 9110 §15.3.7"sv,  active,     cacheable,     ""sv,                                                   "Indicates that the server is successfully fulfilling a range request for the target resource by transferring one or more parts of the selected representation."sv},
{status::multi_status,                    "Multi-Status"sv,                    successful,    "RFC 4918 §11.1"sv,    active,     not_cacheable, ""sv,                                                   "Indicates that the response carries the status of several independent operations, each reported in the XML multistatus body that follows (WebDAV)."sv},
{status::already_reported,                "Already Reported"sv,                successful,    "RFC 5842 §7.1"sv,     active,     not_cacheable, ""sv,                                                   "Indicates that the members of a WebDAV binding have already been listed in an earlier part of the multistatus response and are not listed again."sv},
{status::im_used,                         "IM Used"sv,                         successful,    "RFC 3229 §10.4.1"sv,  active,     not_cacheable, ""sv,                                                   "Indicates that the server has fulfilled a GET request for the resource and that the response represents the result of one or more instance-manipulations applied to the current instance."sv},
{status::multiple_choices,                "Multiple Choices"sv,                redirection,   "RFC 9110 §15.4.1"sv,  active,     cacheable,     ""sv,                                                   "Indicates that the target resource has more than one representation, each with its own more specific identifier, and information about the alternatives is being provided so that the user (or user agent) can select a preferred representation by redirecting its request to one or more of those identifiers."sv},
{status::moved_permanently,               "Moved Permanently"sv,               redirection,   "RFC 9110 §15.4.2"sv,  active,     cacheable,     ""sv,                                                   "Indicates that the target resource has been assigned a new permanent URI and any future references to this resource ought to use one of the enclosed URIs."sv},
{status::found,                           "Found"sv,                           redirection,   "RFC 9110 §15.4.3"sv,  active,     not_cacheable, "Moved Temporarily"sv,                                  "Indicates that the target resource resides temporarily under a different URI. Since the redirection might be altered on occasion, the client ought to continue to use the effective request URI for future requests."sv},
{status::see_other,                       "See Other"sv,                       redirection,   "RFC 9110 §15.4.4"sv,  active,     not_cacheable, ""sv,                                                   "Indicates that the server is redirecting the user agent to a different resource, as specified by a URI in the Location header field, which is intended to provide an indirect response to the original request."sv},
{status::not_modified,                    "Not Modified"sv,                    redirection,   "RFC 9110 §15.4.5"sv,  active,     not_cacheable, ""sv,                                                   "Indicates that a conditional GET or HEAD request would have led to a 200 response if its condition had not evaluated to false, so the client can use the representation it has stored; the response has no content."sv},
{status::use_proxy,                       "Use Proxy"sv,                       redirection,   "RFC 9110 §15.4.6"sv,  deprecated, not_cacheable, ""sv,                                                   "Deprecated. It told the client to repeat the request through the proxy named in the Location header field, and configuring a proxy in-band like that is a security risk."sv},
{status::unused_306,                      "(Unused)"sv,                        redirection,   "RFC 9110 §15.4.7"sv,  unused,     not_cacheable, "Switch Proxy"sv,                                       "This code is no longer used and is reserved."sv},
{status::temporary_redirect,              "Temporary Redirect"sv,              redirection,   "RFC 9110 §15.4.8"sv,  active,     not_cacheable, ""sv,                                                   "Indicates that the target resource resides temporarily under a different URI and the user agent must not change the request method if it performs an automatic redirection to that URI. Since the redirection can change over time, the client should continue using the original URI for future requests."sv},
{status::permanent_redirect,              "Permanent Redirect"sv,              redirection,   "RFC 9110 §15.4.9"sv,  active,     cacheable,     ""sv,                                                   "Indicates that the target resource has been assigned a new permanent URI and any future references to this resource ought to use one of the enclosed URIs. The user agent must not change the request method if it performs an automatic redirection to that URI."sv},
{status::bad_request,                     "Bad Request"sv,                     client_error,  "RFC 9110 §15.5.1"sv,  active,     not_cacheable, ""sv,                                                   "Indicates that the server cannot or will not process the request due to something that is perceived to be a client error (e.g. malformed request syntax, invalid request message framing, or deceptive request routing)."sv},
{status::unauthorized,                    "Unauthorized"sv,                    client_error,  "RFC 9110 §15.5.2"sv,  active,     not_cacheable, ""sv,                                                   "Indicates that the request has not been applied because it lacks valid authentication credentials for the target resource. The server must send a WWW-Authenticate header field with at least one challenge that applies to the target resource."sv},
{status::payment_required,                "Payment Required"sv,                client_error,  "RFC 9110 §15.5.3"sv,  active,     not_cacheable, ""sv,                                                   "Reserved for future use."sv},
{status::forbidden,                       "Forbidden"sv,                       client_error,  "RFC 9110 §15.5.4"sv,  active,     not_cacheable, ""sv,                                                   "Indicates that the server understood the request but refuses to authorize it. If authentication credentials were provided in the request, the server considers them insufficient to grant access."sv},
{status::not_found,                       "Not Found"sv,                       client_error,  "RFC 9110 §15.5.5"sv,  active,     cacheable,     ""sv,                                                   "Indicates that the origin server did not find a current representation for the target resource or is not willing to disclose that one exists."sv},
{status::method_not_allowed,              "Method Not Allowed"sv,              client_error,  "RFC 9110 §15.5.6"sv,  active,     cacheable,     ""sv,                                                   "Indicates that the method received in the request line is known by the origin server but not supported by the target resource. The origin server must generate an Allow header field in the response containing a list of the target resource's currently supported methods."sv},
{status::not_acceptable,                  "Not Acceptable"sv,                  client_error,  "RFC 9110 §15.5.7"sv,  active,     not_cacheable, ""sv,                                                   "Indicates that the target resource does not have a current representation that would be acceptable to the user agent, according to the proactive negotiation header fields received in the request, and the server is unwilling to supply a default representation."sv},
{status::proxy_authentication_required,   "Proxy Authentication Required"sv,   client_error,  "RFC 9110 §15.5.8"sv,  active,     not_cacheable, ""sv,                                                   "Indicates that the client needs to authenticate itself in order to use a proxy. The proxy must send a Proxy-Authenticate header field with a challenge that applies to that proxy for the request."sv},
{status::request_timeout,                 "Request Timeout"sv,                 client_error,  "RFC 9110 §15.5.9"sv,  active,     not_cacheable, "Request Time-out"sv,                                   R"(Indicates that the server did not receive a complete request message within the time that it was prepared to wait. A server should send the "close" connection option in the response.)"sv},
{status::conflict,                        "Conflict"sv,                        client_error,  "RFC 9110 §15.5.10"sv, active,     not_cacheable, ""sv,                                                   "Indicates that the request could not be completed due to a conflict with the current state of the target resource. This code is used in situations where the user might be able to resolve the conflict and resubmit the request."sv},
{status::gone,                            "Gone"sv,                            client_error,  "RFC 9110 §15.5.11"sv, active,     cacheable,     ""sv,                                                   "Indicates that access to the target resource is no longer available at the origin server and that this condition is likely to be permanent."sv},
{status::length_required,                 "Length Required"sv,                 client_error,  "RFC 9110 §15.5.12"sv, active,     not_cacheable, ""sv,                                                   "Indicates that the server refuses to accept the request without a defined Content-Length."sv},
{status::precondition_failed,             "Precondition Failed"sv,             client_error,  "RFC 9110 §15.5.13"sv, active,     not_cacheable, ""sv,                                                   "Indicates that one or more conditions given in the request header fields evaluated to false when tested on the server."sv},
{status::content_too_large,               "Content Too Large"sv,               client_error,  "RFC 9110 §15.5.14"sv, active,     not_cacheable, "Payload Too Large;Request Entity Too Large"sv,         "Indicates that the server is refusing to process a request because the request payload is larger than the server is willing or able to process. The server may close the connection to prevent the client from continuing the request."sv},
{status::uri_too_long,                    "URI Too Long"sv,                    client_error,  "RFC 9110 §15.5.15"sv, active,     cacheable,     "Request-URI Too Long;Request-URI Too Large"sv,         "Indicates that the server is refusing to service the request because the request target is longer than the server is willing to interpret."sv},
{status::unsupported_media_type,          "Unsupported Media Type"sv,          client_error,  "RFC 9110 §15.5.16"sv, active,     not_cacheable, ""sv,                                                   "Indicates that the origin server is refusing to service the request because the payload is in a format not supported by this method on the target resource."sv},
{status::range_not_satisfiable,           "Range Not Satisfiable"sv,           client_error,  "RFC 9110 §15.5.17"sv, active,     not_cacheable, "Requested Range Not Satisfiable"sv,                    "Indicates that none of the ranges in the request's Range header field overlap the current extent of the selected representation, or that the server rejected the set of ranges as invalid or too many small or overlapping ranges."sv},
{status::expectation_failed,              "Expectation Failed"sv,              client_error,  "RFC 9110 §15.5.18"sv, active,     not_cacheable, ""sv,                                                   "Indicates that the expectation given in the request's Expect header field could not be met by at least one of the inbound servers."sv},
{status::unused_418,                      "(Unused)"sv,                        client_error,  "RFC 9110 §15.5.19"sv, unused,     not_cacheable, "I'm a teapot"sv,                                       R"(This code is reserved and not used. "I'm a teapot" was an April Fools' joke (RFC 2324, RFC 7168), and because deployed software sends it, the code cannot be assigned to another use for now.)"sv},
{status::misdirected_request,             "Misdirected Request"sv,             client_error,  "RFC 9110 §15.5.20"sv, active,     not_cacheable, ""sv,                                                   "Indicates that the request was directed at a server that is unable or unwilling to produce an authoritative response for the target URI."sv},
{status::unprocessable_content,           "Unprocessable Content"sv,           client_error,  "RFC 9110 §15.5.21"sv, active,     not_cacheable, "Unprocessable Entity"sv,                               "Indicates that the server understands the content type of the request and its syntax is correct, but it was unable to process the instructions it contains."sv},
{status::locked,                          "Locked"sv,                          client_error,  "RFC 4918 §11.3"sv,    active,     not_cacheable, ""sv,                                                   "Indicates that the source or destination resource of a method is locked (WebDAV)."sv},
{status::failed_dependency,               "Failed Dependency"sv,               client_error,  "RFC 4918 §11.4"sv,    active,     not_cacheable, ""sv,                                                   "Indicates that the method could not be performed on the resource because it depended on another action, and that action failed (WebDAV)."sv},
{status::too_early,                       "Too Early"sv,                       client_error,  "RFC 8470 §5.2"sv,     active,     not_cacheable, ""sv,                                                   "Indicates that the server is unwilling to risk processing a request that might be replayed, such as one sent in TLS early data."sv},
{status::upgrade_required,                "Upgrade Required"sv,                client_error,  "RFC 9110 §15.5.22"sv, active,     not_cacheable, ""sv,                                                   "Indicates that the server refuses to perform the request using the current protocol but might be willing to do so after the client upgrades to a different protocol. The server must send an Upgrade header field in the response to indicate the required protocol(s)."sv},
{status::precondition_required,           "Precondition Required"sv,           client_error,  "RFC 6585 §3"sv,       active,     not_cacheable, ""sv,                                                   "Indicates that the origin server requires the request to be conditional. Responses should explain how to resubmit the request successfully."sv},
{status::too_many_requests,               "Too Many Requests"sv,               client_error,  "RFC 6585 §4"sv,       active,     not_cacheable, ""sv,                                                   "Indicates that the user has sent too many requests in a given amount of time (rate limiting). The response should include details explaining the condition, and may include a Retry-After header indicating how long to wait before making a new request."sv},
{status::request_header_fields_too_large, "Request Header Fields Too Large"sv, client_error,  "RFC 6585 §5"sv,       active,     not_cacheable, ""sv,                                                   "Indicates that the server is unwilling to process the request because its header fields are too large."sv},
{status::unavailable_for_legal_reasons,   "Unavailable For Legal Reasons"sv,   client_error,  "RFC 7725 §3"sv,       active,     cacheable,     ""sv,                                                   "Indicates that the server is denying access to the resource as a consequence of a legal demand."sv},
{status::internal_server_error,           "Internal Server Error"sv,           server_error,  "RFC 9110 §15.6.1"sv,  active,     not_cacheable, ""sv,                                                   "Indicates that the server encountered an unexpected condition that prevented it from fulfilling the request."sv},
{status::not_implemented,                 "Not Implemented"sv,                 server_error,  "RFC 9110 §15.6.2"sv,  active,     cacheable,     ""sv,                                                   "Indicates that the server does not support the functionality required to fulfill the request."sv},
{status::bad_gateway,                     "Bad Gateway"sv,                     server_error,  "RFC 9110 §15.6.3"sv,  active,     not_cacheable, ""sv,                                                   "Indicates that the server, while acting as a gateway or proxy, received an invalid response from an inbound server it accessed while attempting to fulfill the request."sv},
{status::service_unavailable,             "Service Unavailable"sv,             server_error,  "RFC 9110 §15.6.4"sv,  active,     not_cacheable, ""sv,                                                   "Indicates that the server is currently unable to handle the request due to a temporary overload or scheduled maintenance, which will likely be alleviated after some delay. The server may send a Retry-After header field to suggest an appropriate amount of time for the client to wait before retrying the request."sv},
{status::gateway_timeout,                 "Gateway Timeout"sv,                 server_error,  "RFC 9110 §15.6.5"sv,  active,     not_cacheable, "Gateway Time-out"sv,                                   "Indicates that the server, while acting as a gateway or proxy, did not receive a timely response from an upstream server it needed to access in order to complete the request."sv},
{status::http_version_not_supported,      "HTTP Version Not Supported"sv,      server_error,  "RFC 9110 §15.6.6"sv,  active,     not_cacheable, ""sv,                                                   "Indicates that the server does not support, or refuses to support, the major version of HTTP that was used in the request message. The server should generate a response that describes why that version is not supported and what other protocols are supported."sv},
{status::variant_also_negotiates,         "Variant Also Negotiates"sv,         server_error,  "RFC 2295 §8.1"sv,     active,     not_cacheable, ""sv,                                                   "Indicates that the server has a configuration error: the variant chosen by transparent content negotiation is itself set up to negotiate, so it is not a proper end point of the negotiation."sv},
{status::insufficient_storage,            "Insufficient Storage"sv,            server_error,  "RFC 4918 §11.5"sv,    active,     not_cacheable, ""sv,                                                   "Indicates that the method could not be performed on the resource because the server is unable to store the representation needed to complete the request (WebDAV)."sv},
{status::loop_detected,                   "Loop Detected"sv,                   server_error,  "RFC 5842 §7.2"sv,     active,     not_cacheable, ""sv,                                                   R"(Indicates that the server ended an operation because it met an infinite loop while processing a request with "Depth: infinity" (WebDAV).)"sv},
{status::not_extended,                    "Not Extended"sv,                    server_error,  "RFC 2774 §7"sv,       obsoleted,  not_cacheable, ""sv,                                                   "Obsoleted: the HTTP extension framework that defined it (RFC 2774) is now Historic. Indicates that the request did not meet the policy for accessing the resource, and that the client may repeat it with the extension declarations required."sv},
{status::network_authentication_required, "Network Authentication Required"sv, server_error,  "RFC 6585 §6"sv,       active,     not_cacheable, ""sv,                                                   "Indicates that the client needs to authenticate to gain network access. The response should contain a link to a resource that allows the user to submit credentials."sv},
};
// clang-format on

constexpr std::size_t registry_size = sizeof(registry) / sizeof(registry[0]);

// ASCII only: the names are ASCII, and locale-free folding keeps these functions constexpr.
constexpr char to_lower(char ch) noexcept { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; }
constexpr bool is_digit(char ch) noexcept { return ch >= '0' && ch <= '9'; }

constexpr bool icontains(std::string_view haystack, std::string_view needle) noexcept {
    if (needle.size() > haystack.size()) return false;
    const std::size_t last_start = haystack.size() - needle.size();
    for (std::size_t start = 0; start <= last_start; ++start) {
        std::size_t i = 0;
        while (i < needle.size() && to_lower(haystack[start + i]) == to_lower(needle[i])) ++i;
        if (i == needle.size()) return true;
    }
    return false;
}

// How from_name compares names: ASCII case folded, ' ' '_' '-' alike, apostrophes skipped.
constexpr bool is_skipped_in_name(char ch) noexcept { return ch == '\''; }
constexpr char fold_name_char(char ch) noexcept { return ch == '_' || ch == '-' ? ' ' : to_lower(ch); }

// Two arrays filled from the table at compile time: each code's name, indexed by the code itself
// (for reason_phrase, the hot path: one compare and one load), and the row of each code 100–599
// (for find).
constexpr int min_code = 100;
constexpr int max_code = 599;
constexpr std::size_t code_count = max_code - min_code + 1;
constexpr std::uint8_t no_row = 0xFF;
static_assert(registry_size < no_row, "row indices must fit in std::uint8_t");

// code - 100 as an index, or code_count when the code is outside 100–599 (unsigned arithmetic, so
// that no int, INT_MIN included, can overflow).
constexpr std::size_t code_slot(int code) noexcept {
    const unsigned offset = static_cast<unsigned>(code) - static_cast<unsigned>(min_code);
    return offset < code_count ? offset : code_count;
}

struct code_index {
    std::string_view name[max_code + 1];  // empty for 0–99 and for codes that are not registered
    std::uint8_t row[code_count];
};
constexpr code_index make_code_index() noexcept {
    code_index index{};
    // Every name assigned, not left value-initialized: GCC 12 otherwise rejects reading one in a
    // constant expression ("modification of index_by_code is not a constant expression").
    for (auto& name : index.name) name = std::string_view{};
    for (auto& slot : index.row) slot = no_row;
    for (std::size_t i = 0; i < registry_size; ++i) {
        const std::size_t slot = code_slot(to_int(registry[i].code));
        index.row[slot] = static_cast<std::uint8_t>(i);
        index.name[slot + min_code] = registry[i].name;
    }
    return index;
}
inline constexpr code_index index_by_code = make_code_index();

// Names and older names find their row through an open-addressing hash table built at compile
// time. Each name is stored as its key, the form from_name compares (ASCII case folded, ' ' '_' '-'
// alike, apostrophes dropped); a lookup folds its input once, hashes the key's length and three of
// its bytes (no per-byte multiply chain), and compares bytes with the keys whose hash matches.
struct fold_table {
    char folded[256];
};
constexpr fold_table make_fold_table() noexcept {
    fold_table table{};
    for (int byte = 0; byte < 256; ++byte) table.folded[byte] = fold_name_char(static_cast<char>(byte));
    return table;
}
inline constexpr fold_table name_folding = make_fold_table();

constexpr std::size_t max_name_key = 64;  // longer than any name; a longer input matches nothing
struct name_key {
    char text[max_name_key] = {};
    std::size_t size = 0;
    std::uint32_t hash = 0;
    bool too_long = false;

    constexpr explicit name_key(std::string_view name) noexcept {
        for (char ch : name) {
            if (is_skipped_in_name(ch)) continue;
            if (size == max_name_key) {
                too_long = true;
                return;
            }
            text[size++] = name_folding.folded[static_cast<unsigned char>(ch)];
        }
        if (size == 0) return;
        const auto byte = [this](std::size_t i) {
            return static_cast<std::uint32_t>(static_cast<unsigned char>(text[i]));
        };
        hash = static_cast<std::uint32_t>(size) * 0x9E3779B1U ^ byte(0) * 0x85EBCA77U ^ byte(size / 2) * 0xC2B2AE3DU ^
               byte(size - 1) * 0x27D4EB2FU;
        hash ^= hash >> 16;
    }
    constexpr std::string_view view() const noexcept { return {text, size}; }
};

// Does the entry's name or an older name have this key? For tables without a name index.
constexpr bool answers_to(const status_info& entry, const name_key& key) noexcept {
    bool answers = name_key(entry.name).view() == key.view();
    for (std::string_view alias : entry.aliases) answers = answers || name_key(alias).view() == key.view();
    return answers;
}

struct name_slot {
    std::uint32_t hash = 0;
    std::uint16_t key_at = 0;  // where the key starts in name_index::keys
    std::uint8_t key_size = 0;
    std::uint8_t row = no_row;  // no_row: empty
    bool ambiguous = false;     // the key belongs to more than one row: "(Unused)"
};
constexpr std::size_t name_slot_count = 256;  // a power of two, over three times the names
constexpr std::size_t name_keys_capacity = 2048;
struct name_index {
    name_slot slot[name_slot_count];
    char keys[name_keys_capacity] = {};
    std::size_t keys_size = 0;
    bool complete = true;  // false if a key did not fit; a static_assert below checks it

    constexpr std::string_view key_of(const name_slot& s) const noexcept { return {keys + s.key_at, s.key_size}; }
};
constexpr void insert_name(name_index& index, std::string_view name, std::size_t row) noexcept {
    const name_key key(name);
    std::size_t at = key.hash % name_slot_count;
    for (; index.slot[at].row != no_row; at = (at + 1) % name_slot_count) {
        if (index.slot[at].hash != key.hash || index.key_of(index.slot[at]) != key.view()) continue;
        if (index.slot[at].row != row) index.slot[at].ambiguous = true;
        return;
    }
    if (key.too_long || index.keys_size + key.size > name_keys_capacity) {
        index.complete = false;
        return;
    }
    index.slot[at] = {key.hash, static_cast<std::uint16_t>(index.keys_size), static_cast<std::uint8_t>(key.size),
                      static_cast<std::uint8_t>(row), false};
    for (char ch : key.view()) index.keys[index.keys_size++] = ch;
}
template <typename Unused>  // dependent, so that GCC does not evaluate it where the header is parsed
constexpr name_index make_name_index() noexcept {
    name_index index{};
    for (std::size_t row = 0; row < registry_size; ++row) {
        insert_name(index, registry[row].name, row);
        for (std::string_view alias : registry[row].aliases) insert_name(index, alias, row);
    }
    return index;
}
// A variable template, used only from the function template from_name: the index is built in the
// translation units that look a name up, not in every one that includes the header (it is a sixth
// of what including the header costs).
template <typename Unused = void>
inline constexpr name_index index_by_name = make_name_index<Unused>();

// ---- compile-time checks of the table ----
constexpr bool codes_in_range() noexcept {
    for (const auto& e : registry)
        if (e.value() < min_code || e.value() > max_code) return false;
    return true;
}
constexpr bool strictly_sorted() noexcept {
    for (std::size_t i = 1; i < registry_size; ++i)
        if (registry[i - 1].value() >= registry[i].value()) return false;
    return true;
}
constexpr bool classes_match_first_digit() noexcept {
    for (const auto& e : registry)
        if (static_cast<int>(e.class_) != e.value() / 100) return false;
    return true;
}
static_assert(codes_in_range(), "every code in the table lies in 100-599");
static_assert(strictly_sorted(), "the table is sorted by code, without duplicates");
static_assert(classes_match_first_digit(), "each row's class is the first digit of its code");
}  // namespace detail

// ---------------------------------------------------------------------------------------------------
// Lookups
// ---------------------------------------------------------------------------------------------------

// A view of consecutive entries: random access, constexpr.
class entry_span {
public:
    using value_type = status_info;
    using const_iterator = const status_info*;
    using iterator = const_iterator;

    constexpr entry_span(const status_info* first, std::size_t count) noexcept : first_(first), count_(count) {}
    constexpr const status_info* begin() const noexcept { return first_; }
    constexpr const status_info* end() const noexcept { return first_ + count_; }
    constexpr std::size_t size() const noexcept { return count_; }
    constexpr bool empty() const noexcept { return count_ == 0; }
    constexpr const status_info& operator[](std::size_t i) const noexcept { return first_[i]; }
    constexpr const status_info& front() const noexcept { return first_[0]; }
    constexpr const status_info& back() const noexcept { return first_[count_ - 1]; }

private:
    const status_info* first_;
    std::size_t count_;
};

// Every registered code, sorted by code.
constexpr entry_span all() noexcept { return {detail::registry, detail::registry_size}; }

// The lookups decide by row number and form a pointer only to return it: with GCC's
// -fsanitize=undefined, comparing the address of a table row with nullptr is not a constant
// expression, and every function here must work in a static_assert.
namespace detail {
constexpr std::size_t no_entry = static_cast<std::size_t>(-1);

// The registry row of a code, or no_entry.
constexpr std::size_t registry_row(int code) noexcept {
    const std::size_t slot = code_slot(code);
    const std::uint8_t row = slot < code_count ? index_by_code.row[slot] : no_row;
    return row == no_row ? no_entry : row;
}
// The registry row answering to a name, or no_entry when none does, or more than one.
template <typename Unused = void>
constexpr std::size_t registry_row_by_name(std::string_view name) noexcept {
    constexpr const name_index& index = index_by_name<Unused>;
    static_assert(index.complete, "every name's key fits the name index");
    const name_key key(name);
    if (key.too_long) return no_entry;
    for (std::size_t at = key.hash % name_slot_count; index.slot[at].row != no_row; at = (at + 1) % name_slot_count) {
        const name_slot& slot = index.slot[at];
        if (slot.hash != key.hash || index.key_of(slot) != key.view()) continue;
        return slot.ambiguous ? no_entry : slot.row;
    }
    return no_entry;
}
// The row of a code in any table, by a linear scan, or no_entry.
constexpr std::size_t row_by_code(entry_span table, int code) noexcept {
    for (std::size_t i = 0; i < table.size(); ++i)
        if (table[i].value() == code) return i;
    return no_entry;
}
// The one row of `table` that answers to `name`, or no_entry when none does, or more than one.
constexpr std::size_t row_by_name(entry_span table, std::string_view name) noexcept {
    const name_key key(name);
    if (key.too_long) return no_entry;
    std::size_t match = no_entry;
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (!answers_to(table[i], key)) continue;
        if (match != no_entry) return no_entry;  // ambiguous
        match = i;
    }
    return match;
}
constexpr const status_info* entry_at(entry_span table, std::size_t row) noexcept {
    return row == no_entry ? nullptr : &table[row];
}
constexpr std::string_view name_at(entry_span table, std::size_t row) noexcept {
    return row == no_entry ? std::string_view{} : table[row].name;
}
constexpr std::string_view description_at(entry_span table, std::size_t row) noexcept {
    return row == no_entry ? std::string_view{} : table[row].description;
}
}  // namespace detail

// The entry of a registered code; nullptr for any other value.
constexpr const status_info* find(int code) noexcept { return detail::entry_at(all(), detail::registry_row(code)); }
constexpr const status_info* find(status s) noexcept { return find(to_int(s)); }

constexpr bool is_registered(int code) noexcept { return detail::registry_row(code) != detail::no_entry; }
constexpr bool is_registered(status s) noexcept { return is_registered(to_int(s)); }

// The enumerator of a registered code; nullopt for any other value.
constexpr std::optional<status> to_status(int code) noexcept {
    if (!is_registered(code)) return std::nullopt;
    return static_cast<status>(code);
}

// The registered name ("Not Found"); empty when the code is not registered.
constexpr std::string_view reason_phrase(int code) noexcept {
    if (static_cast<unsigned>(code) > static_cast<unsigned>(detail::max_code)) return {};
    return detail::index_by_code.name[code];
}
constexpr std::string_view reason_phrase(status s) noexcept { return reason_phrase(to_int(s)); }

// What the code means; empty when the code is not registered.
constexpr std::string_view description(int code) noexcept {
    return detail::description_at(all(), detail::registry_row(code));
}
constexpr std::string_view description(status s) noexcept { return description(to_int(s)); }

namespace detail {
// Whether a code is in the hundred of `digit`. The predicates compare ints, never an
// optional<status_class>: such a comparison would make GCC instantiate
// std::is_error_condition_enum<status_class> wherever <system_error> is visible, before
// httpstatus/error_code.hpp could specialize it.
constexpr bool in_class(int code, int digit) noexcept { return code >= digit * 100 && code <= digit * 100 + 99; }
}  // namespace detail

constexpr std::optional<status_class> class_of(int code) noexcept {
    if (code < detail::min_code || code > detail::max_code) return std::nullopt;
    return static_cast<status_class>(code / 100);
}
constexpr std::optional<status_class> class_of(status s) noexcept { return class_of(to_int(s)); }

constexpr bool is_informational(int code) noexcept { return detail::in_class(code, 1); }
constexpr bool is_successful(int code) noexcept { return detail::in_class(code, 2); }
constexpr bool is_redirection(int code) noexcept { return detail::in_class(code, 3); }
constexpr bool is_client_error(int code) noexcept { return detail::in_class(code, 4); }
constexpr bool is_server_error(int code) noexcept { return detail::in_class(code, 5); }
constexpr bool is_error(int code) noexcept { return code >= 400 && code <= detail::max_code; }
constexpr bool is_informational(status s) noexcept { return is_informational(to_int(s)); }
constexpr bool is_successful(status s) noexcept { return is_successful(to_int(s)); }
constexpr bool is_redirection(status s) noexcept { return is_redirection(to_int(s)); }
constexpr bool is_client_error(status s) noexcept { return is_client_error(to_int(s)); }
constexpr bool is_server_error(status s) noexcept { return is_server_error(to_int(s)); }
constexpr bool is_error(status s) noexcept { return is_error(to_int(s)); }

// Whether a response with this code may carry content: not 1xx, 204 or 304 (RFC 9110 §6.4.1), and
// not a value outside 100–599.
constexpr bool allows_content(int code) noexcept {
    return code >= 200 && code <= detail::max_code && code != 204 && code != 304;
}
constexpr bool allows_content(status s) noexcept { return allows_content(to_int(s)); }

// Whether a response with this code is heuristically cacheable by default (RFC 9110 §15.1, RFC 7725 §3).
constexpr bool is_cacheable_by_default(int code) noexcept {
    const std::size_t row = detail::registry_row(code);
    return row != detail::no_entry && detail::registry[row].cacheable;
}
constexpr bool is_cacheable_by_default(status s) noexcept { return is_cacheable_by_default(to_int(s)); }

// The code with this registered or older name. ASCII case is ignored, ' ', '_' and '-' are alike and
// apostrophes are skipped: "not found", "NOT_FOUND", "Payload Too Large", "im_a_teapot" all work.
// nullopt for an unknown name, and for "(Unused)", which names both 306 and 418.
// (A template only so that the name index is built where it is used; call it as from_name(name).)
template <typename Unused = void>
constexpr std::optional<status> from_name(std::string_view name) noexcept {
    const std::size_t row = detail::registry_row_by_name<Unused>(name);
    if (row == detail::no_entry) return std::nullopt;
    return detail::registry[row].code;
}

// The code at the start of a status line's tail: exactly three digits, 100–599, alone or followed by
// one space and a reason phrase, which is ignored (RFC 9112 §4). Codes that are not registered are
// accepted ("299 Whatever" gives status 299); anything else is nullopt.
constexpr std::optional<status> parse(std::string_view text) noexcept {
    if (text.size() < 3 || (text.size() > 3 && text[3] != ' ')) return std::nullopt;
    if (!detail::is_digit(text[0]) || !detail::is_digit(text[1]) || !detail::is_digit(text[2])) return std::nullopt;
    const int code = (text[0] - '0') * 100 + (text[1] - '0') * 10 + (text[2] - '0');
    if (code < detail::min_code || code > detail::max_code) return std::nullopt;
    return static_cast<status>(code);
}

// ---------------------------------------------------------------------------------------------------
// Search: the seed page's search box
// ---------------------------------------------------------------------------------------------------

namespace detail {
// The longest text a search looks in, with room to spare; a longer query matches nothing.
constexpr std::size_t max_searched_text = 64;

// The query, lowercased once, so that each comparison folds only the table's side.
struct folded_query {
    char text[max_searched_text] = {};
    std::size_t size = 0;

    constexpr explicit folded_query(std::string_view query) noexcept {
        for (char ch : query)
            if (size < max_searched_text) text[size++] = to_lower(ch);
    }
    constexpr std::string_view view() const noexcept { return {text, size}; }
};

// Does haystack contain needle, with needle already lowercased?
constexpr bool contains_folded(std::string_view haystack, std::string_view needle) noexcept {
    if (needle.size() > haystack.size()) return false;
    const std::size_t last_start = haystack.size() - needle.size();
    for (std::size_t start = 0; start <= last_start; ++start) {
        std::size_t i = 0;
        while (i < needle.size() && to_lower(haystack[start + i]) == needle[i]) ++i;
        if (i == needle.size()) return true;
    }
    return false;
}

// Which of the five class labels contain the query: worked out once per search, not once per row.
struct class_matches {
    bool of_class[6] = {};
    constexpr explicit class_matches(std::string_view needle) noexcept {
        for (int c = 1; c <= 5; ++c) of_class[c] = contains_folded(to_string(static_cast<status_class>(c)), needle);
    }
    constexpr bool operator()(status_class c) const noexcept {
        const auto digit = static_cast<std::size_t>(c);
        return digit < 6 && of_class[digit];
    }
};

constexpr bool matches_folded(const status_info& e, std::string_view needle, const class_matches& labels) noexcept {
    if (labels(e.class_)) return true;
    const int v = e.value();
    const char code_text[3] = {static_cast<char>('0' + v / 100), static_cast<char>('0' + v / 10 % 10),
                               static_cast<char>('0' + v % 10)};
    if (contains_folded({code_text, 3}, needle) || contains_folded(e.name, needle)) return true;
    for (std::string_view alias : e.aliases)
        if (contains_folded(alias, needle)) return true;
    return false;
}

// For a query too long to fold into a folded_query: only a name or an older name can be that long.
constexpr bool long_query_matches(const status_info& e, std::string_view query) noexcept {
    bool found = icontains(e.name, query);
    for (std::string_view alias : e.aliases) found = found || icontains(alias, query);
    return found;
}
}  // namespace detail

// Does the entry's code (as decimal text), name, an older name or class label contain the query,
// ignoring ASCII case? An empty query matches every entry.
constexpr bool matches(const status_info& e, std::string_view query) noexcept {
    if (query.size() > detail::max_searched_text) return detail::long_query_matches(e, query);
    const detail::folded_query needle(query);
    return detail::matches_folded(e, needle.view(), detail::class_matches(needle.view()));
}

// The entries of a table that a search matched, in table order. It holds row numbers, not the query,
// so it outlives both the query and the call; no heap is used. A table may have up to `capacity` rows.
class search_results {
public:
    static constexpr std::size_t capacity = 64;

    class iterator {
    public:
        // std::random_access_iterator_tag, named through a type that <string_view> must define, so
        // that this header need not include <iterator> (which brings <streambuf> and <system_error>).
        using iterator_category = std::string_view::const_reverse_iterator::iterator_category;
        using value_type = status_info;
        using difference_type = std::ptrdiff_t;
        using pointer = const status_info*;
        using reference = const status_info&;

        constexpr iterator() noexcept = default;
        constexpr iterator(const status_info* table, const std::uint8_t* row) noexcept : table_(table), row_(row) {}

        constexpr reference operator*() const noexcept { return table_[*row_]; }
        constexpr pointer operator->() const noexcept { return &table_[*row_]; }
        constexpr reference operator[](difference_type n) const noexcept { return table_[row_[n]]; }
        constexpr iterator& operator++() noexcept {
            ++row_;
            return *this;
        }
        constexpr iterator& operator--() noexcept {
            --row_;
            return *this;
        }
        constexpr iterator operator++(int) noexcept {
            iterator old = *this;
            ++row_;
            return old;
        }
        constexpr iterator operator--(int) noexcept {
            iterator old = *this;
            --row_;
            return old;
        }
        constexpr iterator& operator+=(difference_type n) noexcept {
            row_ += n;
            return *this;
        }
        constexpr iterator& operator-=(difference_type n) noexcept {
            row_ -= n;
            return *this;
        }
        friend constexpr iterator operator+(iterator it, difference_type n) noexcept { return it += n; }
        friend constexpr iterator operator+(difference_type n, iterator it) noexcept { return it += n; }
        friend constexpr iterator operator-(iterator it, difference_type n) noexcept { return it -= n; }
        friend constexpr difference_type operator-(iterator a, iterator b) noexcept { return a.row_ - b.row_; }
        friend constexpr bool operator==(iterator a, iterator b) noexcept { return a.row_ == b.row_; }
        friend constexpr bool operator!=(iterator a, iterator b) noexcept { return a.row_ != b.row_; }
        friend constexpr bool operator<(iterator a, iterator b) noexcept { return a.row_ < b.row_; }
        friend constexpr bool operator>(iterator a, iterator b) noexcept { return a.row_ > b.row_; }
        friend constexpr bool operator<=(iterator a, iterator b) noexcept { return a.row_ <= b.row_; }
        friend constexpr bool operator>=(iterator a, iterator b) noexcept { return a.row_ >= b.row_; }

    private:
        const status_info* table_ = nullptr;
        const std::uint8_t* row_ = nullptr;
    };
    using const_iterator = iterator;
    using value_type = status_info;

    // Rows past `capacity` are not searched; every table httpstatus ships is smaller.
    constexpr search_results(entry_span table, std::string_view query) noexcept : table_(table.begin()) {
        if (query.size() > detail::max_searched_text) {
            for (std::size_t i = 0; i < table.size() && i < capacity; ++i)
                if (detail::long_query_matches(table[i], query)) rows_[count_++] = static_cast<std::uint8_t>(i);
            return;
        }
        const detail::folded_query needle(query);
        const detail::class_matches labels(needle.view());
        for (std::size_t i = 0; i < table.size() && i < capacity; ++i)
            if (detail::matches_folded(table[i], needle.view(), labels)) rows_[count_++] = static_cast<std::uint8_t>(i);
    }

    constexpr iterator begin() const noexcept { return {table_, rows_}; }
    constexpr iterator end() const noexcept { return {table_, rows_ + count_}; }
    constexpr std::size_t size() const noexcept { return count_; }
    constexpr bool empty() const noexcept { return count_ == 0; }
    constexpr const status_info& operator[](std::size_t i) const noexcept { return table_[rows_[i]]; }

private:
    const status_info* table_;
    std::uint8_t rows_[capacity] = {};
    std::size_t count_ = 0;
};
static_assert(detail::registry_size <= search_results::capacity, "search_results can hold every registered code");

// The entries whose code, name, older names or class label contain the query, ASCII
// case-insensitively, in code order: search("teapot"), search("client error"), search("41").
constexpr search_results search(std::string_view query) noexcept { return {all(), query}; }

// ---------------------------------------------------------------------------------------------------
// Compile-time validation
// ---------------------------------------------------------------------------------------------------

namespace detail {
template <long long Code>
struct checked_code {
    static_assert(Code >= min_code && Code <= max_code,
                  "httpstatus: an HTTP status code has three digits, 100 to 599 (RFC 9110 §15)");
    static_assert(Code < min_code || Code > max_code || is_registered(static_cast<int>(Code)),
                  "httpstatus: this code is not in the IANA HTTP Status Code Registry; "
                  "use parse() or static_cast<status>() for unregistered codes");
    static constexpr status value = static_cast<status>(Code);
};

// The value of a decimal integer literal, saturated at 1000 so that long literals cannot overflow;
// -1 if it is not plain decimal (hex, binary, octal with a leading 0).
template <char... Chars>
constexpr long long decimal_literal_value() noexcept {
    constexpr char chars[] = {Chars...};
    if (sizeof...(Chars) > 1 && chars[0] == '0') return -1;
    long long value = 0;
    for (char ch : chars) {
        if (ch == '\'') continue;  // digit separator
        if (!is_digit(ch)) return -1;
        value = value * 10 + (ch - '0');
        if (value > 1000) value = 1000;
    }
    return value;
}
}  // namespace detail

// status_v<404> is status::not_found; status_v<299> or status_v<999> does not compile.
template <int Code>
inline constexpr status status_v = detail::checked_code<Code>::value;

namespace literals {
// 404_status is status::not_found; 299_status or 999_status does not compile.
template <char... Chars>
constexpr status operator""_status() noexcept {
    constexpr long long value = detail::decimal_literal_value<Chars...>();
    static_assert(value >= 0, "httpstatus: write a _status literal as a plain decimal number, like 404_status");
    return detail::checked_code < value < 0 ? detail::min_code : value > ::value;
}
}  // namespace literals

}  // namespace httpstatus

#endif  // HTTPSTATUS_HTTPSTATUS_HPP
