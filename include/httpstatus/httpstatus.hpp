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
    // From one ';'-separated cell, "Payload Too Large;Request Entity Too Large"; implicit, so that
    // a table row can write it as a string.
    // cppcheck-suppress noExplicitConstructor
    constexpr name_list(const char* joined) noexcept : name_list(std::string_view(joined)) {}  // NOLINT
    constexpr explicit name_list(std::string_view joined) noexcept {
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
//  - the static_asserts below the table check order, range, class and unique names;
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

// clang-format off
inline constexpr status_info registry[] = {
// code                                   name                               class          reference            state       cache          older names                                           description
{status::continue_,                       "Continue",                        informational, "RFC 9110 §15.2.1",  active,     not_cacheable, "",                                                   "This interim response indicates that everything so far is OK and that the client should continue the request, or ignore the response if the request is already finished."},
{status::switching_protocols,             "Switching Protocols",             informational, "RFC 9110 §15.2.2",  active,     not_cacheable, "",                                                   "Indicates that the server understands and is willing to comply with the client's request, via the Upgrade header field, for a change in the application protocol being used on this connection."},
{status::processing,                      "Processing",                      informational, "RFC 2518 §10.1",    active,     not_cacheable, "",                                                   "Indicates that the server has accepted the complete request but has not yet completed it, and sends this interim response so that the client does not time out while it waits."},
{status::early_hints,                     "Early Hints",                     informational, "RFC 8297 §2",       active,     not_cacheable, "",                                                   "Indicates that the server is likely to send a final response with the header fields included in this interim response, so that the client can start preloading resources in the meantime."},
{status::ok,                              "OK",                              successful,    "RFC 9110 §15.3.1",  active,     cacheable,     "",                                                   "Indicates that the request has succeeded. The payload sent depends on the request method."},
{status::created,                         "Created",                         successful,    "RFC 9110 §15.3.2",  active,     not_cacheable, "",                                                   "Indicates that the request has been fulfilled and has resulted in one or more new resources being created."},
{status::accepted,                        "Accepted",                        successful,    "RFC 9110 §15.3.3",  active,     not_cacheable, "",                                                   "Indicates that the request has been accepted for processing but the processing has not been completed."},
{status::non_authoritative_information,   "Non-Authoritative Information",   successful,    "RFC 9110 §15.3.4",  active,     cacheable,     "",                                                   "Indicates that the request was successful but the enclosed payload has been modified from that of the origin server's 200 response by a transforming proxy."},
{status::no_content,                      "No Content",                      successful,    "RFC 9110 §15.3.5",  active,     cacheable,     "",                                                   "Indicates that the server has successfully fulfilled the request and that there is no additional content to send in the response payload body."},
{status::reset_content,                   "Reset Content",                   successful,    "RFC 9110 §15.3.6",  active,     not_cacheable, "",                                                   "Indicates that the server has fulfilled the request and desires that the user agent reset the document view, which caused the request to be sent, to its original state as received from the origin server."},
{status::partial_content,                 "Partial Content",                 successful,    "RFC 9110 §15.3.7",  active,     cacheable,     "",                                                   "Indicates that the server is successfully fulfilling a range request for the target resource by transferring one or more parts of the selected representation."},
{status::multi_status,                    "Multi-Status",                    successful,    "RFC 4918 §11.1",    active,     not_cacheable, "",                                                   "Indicates that the response carries the status of several independent operations, each reported in the XML multistatus body that follows (WebDAV)."},
{status::already_reported,                "Already Reported",                successful,    "RFC 5842 §7.1",     active,     not_cacheable, "",                                                   "Indicates that the members of a WebDAV binding have already been listed in an earlier part of the multistatus response and are not listed again."},
{status::im_used,                         "IM Used",                         successful,    "RFC 3229 §10.4.1",  active,     not_cacheable, "",                                                   "Indicates that the server has fulfilled a GET request for the resource and that the response represents the result of one or more instance-manipulations applied to the current instance."},
{status::multiple_choices,                "Multiple Choices",                redirection,   "RFC 9110 §15.4.1",  active,     cacheable,     "",                                                   "Indicates that the target resource has more than one representation, each with its own more specific identifier, and information about the alternatives is being provided so that the user (or user agent) can select a preferred representation by redirecting its request to one or more of those identifiers."},
{status::moved_permanently,               "Moved Permanently",               redirection,   "RFC 9110 §15.4.2",  active,     cacheable,     "",                                                   "Indicates that the target resource has been assigned a new permanent URI and any future references to this resource ought to use one of the enclosed URIs."},
{status::found,                           "Found",                           redirection,   "RFC 9110 §15.4.3",  active,     not_cacheable, "Moved Temporarily",                                  "Indicates that the target resource resides temporarily under a different URI. Since the redirection might be altered on occasion, the client ought to continue to use the effective request URI for future requests."},
{status::see_other,                       "See Other",                       redirection,   "RFC 9110 §15.4.4",  active,     not_cacheable, "",                                                   "Indicates that the server is redirecting the user agent to a different resource, as specified by a URI in the Location header field, which is intended to provide an indirect response to the original request."},
{status::not_modified,                    "Not Modified",                    redirection,   "RFC 9110 §15.4.5",  active,     not_cacheable, "",                                                   "Indicates that a conditional GET or HEAD request would have led to a 200 response if its condition had not evaluated to false, so the client can use the representation it has stored; the response has no content."},
{status::use_proxy,                       "Use Proxy",                       redirection,   "RFC 9110 §15.4.6",  deprecated, not_cacheable, "",                                                   "Deprecated. It told the client to repeat the request through the proxy named in the Location header field, and configuring a proxy in-band like that is a security risk."},
{status::unused_306,                      "(Unused)",                        redirection,   "RFC 9110 §15.4.7",  unused,     not_cacheable, "Switch Proxy",                                       "This code is no longer used and is reserved."},
{status::temporary_redirect,              "Temporary Redirect",              redirection,   "RFC 9110 §15.4.8",  active,     not_cacheable, "",                                                   "Indicates that the target resource resides temporarily under a different URI and the user agent must not change the request method if it performs an automatic redirection to that URI. Since the redirection can change over time, the client should continue using the original URI for future requests."},
{status::permanent_redirect,              "Permanent Redirect",              redirection,   "RFC 9110 §15.4.9",  active,     cacheable,     "",                                                   "Indicates that the target resource has been assigned a new permanent URI and any future references to this resource ought to use one of the enclosed URIs. The user agent must not change the request method if it performs an automatic redirection to that URI."},
{status::bad_request,                     "Bad Request",                     client_error,  "RFC 9110 §15.5.1",  active,     not_cacheable, "",                                                   "Indicates that the server cannot or will not process the request due to something that is perceived to be a client error (e.g. malformed request syntax, invalid request message framing, or deceptive request routing)."},
{status::unauthorized,                    "Unauthorized",                    client_error,  "RFC 9110 §15.5.2",  active,     not_cacheable, "",                                                   "Indicates that the request has not been applied because it lacks valid authentication credentials for the target resource. The server must send a WWW-Authenticate header field with at least one challenge that applies to the target resource."},
{status::payment_required,                "Payment Required",                client_error,  "RFC 9110 §15.5.3",  active,     not_cacheable, "",                                                   "Reserved for future use."},
{status::forbidden,                       "Forbidden",                       client_error,  "RFC 9110 §15.5.4",  active,     not_cacheable, "",                                                   "Indicates that the server understood the request but refuses to authorize it. If authentication credentials were provided in the request, the server considers them insufficient to grant access."},
{status::not_found,                       "Not Found",                       client_error,  "RFC 9110 §15.5.5",  active,     cacheable,     "",                                                   "Indicates that the origin server did not find a current representation for the target resource or is not willing to disclose that one exists."},
{status::method_not_allowed,              "Method Not Allowed",              client_error,  "RFC 9110 §15.5.6",  active,     cacheable,     "",                                                   "Indicates that the method received in the request line is known by the origin server but not supported by the target resource. The origin server must generate an Allow header field in the response containing a list of the target resource's currently supported methods."},
{status::not_acceptable,                  "Not Acceptable",                  client_error,  "RFC 9110 §15.5.7",  active,     not_cacheable, "",                                                   "Indicates that the target resource does not have a current representation that would be acceptable to the user agent, according to the proactive negotiation header fields received in the request, and the server is unwilling to supply a default representation."},
{status::proxy_authentication_required,   "Proxy Authentication Required",   client_error,  "RFC 9110 §15.5.8",  active,     not_cacheable, "",                                                   "Indicates that the client needs to authenticate itself in order to use a proxy. The proxy must send a Proxy-Authenticate header field with a challenge that applies to that proxy for the request."},
{status::request_timeout,                 "Request Timeout",                 client_error,  "RFC 9110 §15.5.9",  active,     not_cacheable, "Request Time-out",                                   "Indicates that the server did not receive a complete request message within the time that it was prepared to wait. A server should send the \"close\" connection option in the response."},
{status::conflict,                        "Conflict",                        client_error,  "RFC 9110 §15.5.10", active,     not_cacheable, "",                                                   "Indicates that the request could not be completed due to a conflict with the current state of the target resource. This code is used in situations where the user might be able to resolve the conflict and resubmit the request."},
{status::gone,                            "Gone",                            client_error,  "RFC 9110 §15.5.11", active,     cacheable,     "",                                                   "Indicates that access to the target resource is no longer available at the origin server and that this condition is likely to be permanent."},
{status::length_required,                 "Length Required",                 client_error,  "RFC 9110 §15.5.12", active,     not_cacheable, "",                                                   "Indicates that the server refuses to accept the request without a defined Content-Length."},
{status::precondition_failed,             "Precondition Failed",             client_error,  "RFC 9110 §15.5.13", active,     not_cacheable, "",                                                   "Indicates that one or more conditions given in the request header fields evaluated to false when tested on the server."},
{status::content_too_large,               "Content Too Large",               client_error,  "RFC 9110 §15.5.14", active,     not_cacheable, "Payload Too Large;Request Entity Too Large",         "Indicates that the server is refusing to process a request because the request payload is larger than the server is willing or able to process. The server may close the connection to prevent the client from continuing the request."},
{status::uri_too_long,                    "URI Too Long",                    client_error,  "RFC 9110 §15.5.15", active,     cacheable,     "Request-URI Too Long;Request-URI Too Large",         "Indicates that the server is refusing to service the request because the request target is longer than the server is willing to interpret."},
{status::unsupported_media_type,          "Unsupported Media Type",          client_error,  "RFC 9110 §15.5.16", active,     not_cacheable, "",                                                   "Indicates that the origin server is refusing to service the request because the payload is in a format not supported by this method on the target resource."},
{status::range_not_satisfiable,           "Range Not Satisfiable",           client_error,  "RFC 9110 §15.5.17", active,     not_cacheable, "Requested Range Not Satisfiable",                    "Indicates that none of the ranges in the request's Range header field overlap the current extent of the selected representation, or that the server rejected the set of ranges as invalid or too many small or overlapping ranges."},
{status::expectation_failed,              "Expectation Failed",              client_error,  "RFC 9110 §15.5.18", active,     not_cacheable, "",                                                   "Indicates that the expectation given in the request's Expect header field could not be met by at least one of the inbound servers."},
{status::unused_418,                      "(Unused)",                        client_error,  "RFC 9110 §15.5.19", unused,     not_cacheable, "I'm a teapot",                                       "This code is reserved and not used. \"I'm a teapot\" was an April Fools' joke (RFC 2324, RFC 7168), and because deployed software sends it, the code cannot be assigned to another use for now."},
{status::misdirected_request,             "Misdirected Request",             client_error,  "RFC 9110 §15.5.20", active,     not_cacheable, "",                                                   "Indicates that the request was directed at a server that is unable or unwilling to produce an authoritative response for the target URI."},
{status::unprocessable_content,           "Unprocessable Content",           client_error,  "RFC 9110 §15.5.21", active,     not_cacheable, "Unprocessable Entity",                               "Indicates that the server understands the content type of the request and its syntax is correct, but it was unable to process the instructions it contains."},
{status::locked,                          "Locked",                          client_error,  "RFC 4918 §11.3",    active,     not_cacheable, "",                                                   "Indicates that the source or destination resource of a method is locked (WebDAV)."},
{status::failed_dependency,               "Failed Dependency",               client_error,  "RFC 4918 §11.4",    active,     not_cacheable, "",                                                   "Indicates that the method could not be performed on the resource because it depended on another action, and that action failed (WebDAV)."},
{status::too_early,                       "Too Early",                       client_error,  "RFC 8470 §5.2",     active,     not_cacheable, "",                                                   "Indicates that the server is unwilling to risk processing a request that might be replayed, such as one sent in TLS early data."},
{status::upgrade_required,                "Upgrade Required",                client_error,  "RFC 9110 §15.5.22", active,     not_cacheable, "",                                                   "Indicates that the server refuses to perform the request using the current protocol but might be willing to do so after the client upgrades to a different protocol. The server must send an Upgrade header field in the response to indicate the required protocol(s)."},
{status::precondition_required,           "Precondition Required",           client_error,  "RFC 6585 §3",       active,     not_cacheable, "",                                                   "Indicates that the origin server requires the request to be conditional. Responses should explain how to resubmit the request successfully."},
{status::too_many_requests,               "Too Many Requests",               client_error,  "RFC 6585 §4",       active,     not_cacheable, "",                                                   "Indicates that the user has sent too many requests in a given amount of time (rate limiting). The response should include details explaining the condition, and may include a Retry-After header indicating how long to wait before making a new request."},
{status::request_header_fields_too_large, "Request Header Fields Too Large", client_error,  "RFC 6585 §5",       active,     not_cacheable, "",                                                   "Indicates that the server is unwilling to process the request because its header fields are too large."},
{status::unavailable_for_legal_reasons,   "Unavailable For Legal Reasons",   client_error,  "RFC 7725 §3",       active,     cacheable,     "",                                                   "Indicates that the server is denying access to the resource as a consequence of a legal demand."},
{status::internal_server_error,           "Internal Server Error",           server_error,  "RFC 9110 §15.6.1",  active,     not_cacheable, "",                                                   "Indicates that the server encountered an unexpected condition that prevented it from fulfilling the request."},
{status::not_implemented,                 "Not Implemented",                 server_error,  "RFC 9110 §15.6.2",  active,     cacheable,     "",                                                   "Indicates that the server does not support the functionality required to fulfill the request."},
{status::bad_gateway,                     "Bad Gateway",                     server_error,  "RFC 9110 §15.6.3",  active,     not_cacheable, "",                                                   "Indicates that the server, while acting as a gateway or proxy, received an invalid response from an inbound server it accessed while attempting to fulfill the request."},
{status::service_unavailable,             "Service Unavailable",             server_error,  "RFC 9110 §15.6.4",  active,     not_cacheable, "",                                                   "Indicates that the server is currently unable to handle the request due to a temporary overload or scheduled maintenance, which will likely be alleviated after some delay. The server may send a Retry-After header field to suggest an appropriate amount of time for the client to wait before retrying the request."},
{status::gateway_timeout,                 "Gateway Timeout",                 server_error,  "RFC 9110 §15.6.5",  active,     not_cacheable, "Gateway Time-out",                                   "Indicates that the server, while acting as a gateway or proxy, did not receive a timely response from an upstream server it needed to access in order to complete the request."},
{status::http_version_not_supported,      "HTTP Version Not Supported",      server_error,  "RFC 9110 §15.6.6",  active,     not_cacheable, "",                                                   "Indicates that the server does not support, or refuses to support, the major version of HTTP that was used in the request message. The server should generate a response that describes why that version is not supported and what other protocols are supported."},
{status::variant_also_negotiates,         "Variant Also Negotiates",         server_error,  "RFC 2295 §8.1",     active,     not_cacheable, "",                                                   "Indicates that the server has a configuration error: the variant chosen by transparent content negotiation is itself set up to negotiate, so it is not a proper end point of the negotiation."},
{status::insufficient_storage,            "Insufficient Storage",            server_error,  "RFC 4918 §11.5",    active,     not_cacheable, "",                                                   "Indicates that the method could not be performed on the resource because the server is unable to store the representation needed to complete the request (WebDAV)."},
{status::loop_detected,                   "Loop Detected",                   server_error,  "RFC 5842 §7.2",     active,     not_cacheable, "",                                                   "Indicates that the server ended an operation because it met an infinite loop while processing a request with \"Depth: infinity\" (WebDAV)."},
{status::not_extended,                    "Not Extended",                    server_error,  "RFC 2774 §7",       obsoleted,  not_cacheable, "",                                                   "Obsoleted: the HTTP extension framework that defined it (RFC 2774) is now Historic. Indicates that the request did not meet the policy for accessing the resource, and that the client may repeat it with the extension declarations required."},
{status::network_authentication_required, "Network Authentication Required", server_error,  "RFC 6585 §6",       active,     not_cacheable, "",                                                   "Indicates that the client needs to authenticate to gain network access. The response should contain a link to a resource that allows the user to submit credentials."},
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
constexpr bool names_match(std::string_view a, std::string_view b) noexcept {
    std::size_t i = 0;
    std::size_t j = 0;
    for (;;) {
        while (i < a.size() && is_skipped_in_name(a[i])) ++i;
        while (j < b.size() && is_skipped_in_name(b[j])) ++j;
        if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
        if (fold_name_char(a[i]) != fold_name_char(b[j])) return false;
        ++i;
        ++j;
    }
}
constexpr bool answers_to(const status_info& entry, std::string_view name) noexcept {
    bool answers = names_match(entry.name, name);
    for (std::string_view alias : entry.aliases) answers = answers || names_match(alias, name);
    return answers;
}

// Codes 100–599 map to a row index through this array, so finding an entry costs one bounds check
// and two loads. It is filled from the table at compile time.
constexpr int min_code = 100;
constexpr int max_code = 599;
constexpr std::uint8_t no_row = 0xFF;
static_assert(registry_size < no_row, "row indices must fit in std::uint8_t");

struct code_index {
    std::uint8_t row[max_code - min_code + 1];
};
constexpr code_index make_code_index() noexcept {
    code_index index{};
    for (auto& slot : index.row) slot = no_row;
    for (std::size_t i = 0; i < registry_size; ++i)
        index.row[to_int(registry[i].code) - min_code] = static_cast<std::uint8_t>(i);
    return index;
}
inline constexpr code_index index_by_code = make_code_index();

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
constexpr bool has_text(const status_info& e) noexcept {
    return !e.name.empty() && !e.reference.empty() && !e.description.empty();
}
constexpr bool every_row_has_text() noexcept {
    for (const auto& e : registry)
        if (!has_text(e)) return false;
    return true;
}
// "(Unused)" is the registered name of both 306 and 418, on purpose; every other name is unique.
constexpr bool names_unique() noexcept {
    for (std::size_t i = 0; i < registry_size; ++i)
        for (std::size_t j = i + 1; j < registry_size; ++j)
            if (registry[i].name == registry[j].name && registry[i].state != unused) return false;
    return true;
}
static_assert(codes_in_range(), "every code in the table lies in 100-599");
static_assert(strictly_sorted(), "the table is sorted by code, without duplicates");
static_assert(classes_match_first_digit(), "each row's class is the first digit of its code");
static_assert(every_row_has_text(), "each row has a name, a reference and a description");
static_assert(names_unique(), "registered names are unique, but for the two (Unused) codes");
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
    if (code < min_code || code > max_code) return no_entry;
    const std::uint8_t row = index_by_code.row[code - min_code];
    return row == no_row ? no_entry : row;
}
// The row of a code in any table, by a linear scan, or no_entry.
constexpr std::size_t row_by_code(entry_span table, int code) noexcept {
    for (std::size_t i = 0; i < table.size(); ++i)
        if (table[i].value() == code) return i;
    return no_entry;
}
// The one row of `table` that answers to `name`, or no_entry when none does, or more than one.
constexpr std::size_t row_by_name(entry_span table, std::string_view name) noexcept {
    std::size_t match = no_entry;
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (!answers_to(table[i], name)) continue;
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
    return detail::name_at(all(), detail::registry_row(code));
}
constexpr std::string_view reason_phrase(status s) noexcept { return reason_phrase(to_int(s)); }

// What the code means; empty when the code is not registered.
constexpr std::string_view description(int code) noexcept {
    return detail::description_at(all(), detail::registry_row(code));
}
constexpr std::string_view description(status s) noexcept { return description(to_int(s)); }

namespace detail {
// The first digit of a code in 100-599, else 0. The predicates compare this int rather than an
// optional<status_class>: such a comparison would make GCC instantiate
// std::is_error_condition_enum<status_class> wherever <system_error> is visible, before
// httpstatus/error_code.hpp could specialize it.
constexpr int class_digit(int code) noexcept { return code < min_code || code > max_code ? 0 : code / 100; }
}  // namespace detail

constexpr std::optional<status_class> class_of(int code) noexcept {
    if (detail::class_digit(code) == 0) return std::nullopt;
    return static_cast<status_class>(detail::class_digit(code));
}
constexpr std::optional<status_class> class_of(status s) noexcept { return class_of(to_int(s)); }

constexpr bool is_informational(int code) noexcept { return detail::class_digit(code) == 1; }
constexpr bool is_successful(int code) noexcept { return detail::class_digit(code) == 2; }
constexpr bool is_redirection(int code) noexcept { return detail::class_digit(code) == 3; }
constexpr bool is_client_error(int code) noexcept { return detail::class_digit(code) == 4; }
constexpr bool is_server_error(int code) noexcept { return detail::class_digit(code) == 5; }
constexpr bool is_error(int code) noexcept { return is_client_error(code) || is_server_error(code); }
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
constexpr std::optional<status> from_name(std::string_view name) noexcept {
    const std::size_t row = detail::row_by_name(all(), name);
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

// Does the entry's code (as decimal text), name, an older name or class label contain the query,
// ignoring ASCII case? An empty query matches every entry.
constexpr bool matches(const status_info& e, std::string_view query) noexcept {
    const int v = e.value();
    const char code_text[3] = {static_cast<char>('0' + v / 100), static_cast<char>('0' + v / 10 % 10),
                               static_cast<char>('0' + v % 10)};
    if (detail::icontains({code_text, 3}, query)) return true;
    if (detail::icontains(e.name, query)) return true;
    if (detail::icontains(to_string(e.class_), query)) return true;
    for (std::string_view alias : e.aliases)
        if (detail::icontains(alias, query)) return true;
    return false;
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
        for (std::size_t i = 0; i < table.size() && i < capacity; ++i)
            if (matches(table[i], query)) rows_[count_++] = static_cast<std::uint8_t>(i);
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
