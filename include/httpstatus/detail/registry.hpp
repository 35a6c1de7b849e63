// httpstatus: the IANA HTTP Status Code Registry, one row per code.
// SPDX-License-Identifier: MIT
//
// The one file to edit when the registry changes (with the enumerator in httpstatus.hpp; the
// compiler checks that each row names one, and tests/static/enum_table_sync.cpp the reverse). A new
// row also needs its address in registry_reference_urls, below the rows.
// Rows are in code order. Each row: code, name, description, reference; then, where they differ
// from the defaults, aliases (older names, ';'-separated), the registration state, and `true` when
// the code is heuristically cacheable by default (RFC 9110 section 15.1). The class comes from the code.
// The table rules (docs/tables.md) are checked by tests/static/table_rules.cpp, not wherever this
// file is included. Part of <httpstatus/httpstatus.hpp>, which includes it where the table type is
// complete.
#ifndef HTTPSTATUS_DETAIL_REGISTRY_HPP
#define HTTPSTATUS_DETAIL_REGISTRY_HPP

namespace httpstatus::detail {

// The headers are ASCII, so that they mean the same under any source character set (MSVC without
// /utf-8 reads a file in the system code page, and GCC's -finput-charset may be set). The text is
// UTF-8 all the same: the section sign in each reference is written as its bytes, "\xC2\xA7", and
// the literal is split after it because a hex escape would otherwise take in the digits that follow.
//
// The text is written as ""sv literals: a string_view made from a plain literal would have to count
// its characters during constant evaluation, and for this table that is most of what including the
// header costs. The sv literal knows its length.
using namespace std::string_view_literals;

// clang-format off
inline constexpr table registry_table{rules_checked_by_tests{}, {
// code                                   name                                 description, reference [, aliases, registration state, cacheable]
{status::continue_,                       "Continue"sv,                        "This interim response indicates that everything so far is OK and that the client should continue the request, or ignore the response if the request is already finished."sv, "RFC 9110 \xC2\xA7" "15.2.1"sv},
{status::switching_protocols,             "Switching Protocols"sv,             "Indicates that the server understands and is willing to comply with the client's request, via the Upgrade header field, for a change in the application protocol being used on this connection."sv, "RFC 9110 \xC2\xA7" "15.2.2"sv},
{status::processing,                      "Processing"sv,                      "Indicates that the server has accepted the complete request but has not yet completed it, and sends this interim response so that the client does not time out while it waits."sv, "RFC 2518 \xC2\xA7" "10.1"sv},
{status::early_hints,                     "Early Hints"sv,                     "Indicates that the server is likely to send a final response with the header fields included in this interim response, so that the client can start preloading resources in the meantime."sv, "RFC 8297 \xC2\xA7" "2"sv},
{status::ok,                              "OK"sv,                              "Indicates that the request has succeeded. The payload sent depends on the request method."sv, "RFC 9110 \xC2\xA7" "15.3.1"sv, {}, registration::active, true},
{status::created,                         "Created"sv,                         "Indicates that the request has been fulfilled and has resulted in one or more new resources being created."sv, "RFC 9110 \xC2\xA7" "15.3.2"sv},
{status::accepted,                        "Accepted"sv,                        "Indicates that the request has been accepted for processing but the processing has not been completed."sv, "RFC 9110 \xC2\xA7" "15.3.3"sv},
{status::non_authoritative_information,   "Non-Authoritative Information"sv,   "Indicates that the request was successful but the enclosed payload has been modified from that of the origin server's 200 response by a transforming proxy."sv, "RFC 9110 \xC2\xA7" "15.3.4"sv, {}, registration::active, true},
{status::no_content,                      "No Content"sv,                      "Indicates that the server has successfully fulfilled the request and that there is no additional content to send in the response payload body."sv, "RFC 9110 \xC2\xA7" "15.3.5"sv, {}, registration::active, true},
{status::reset_content,                   "Reset Content"sv,                   "Indicates that the server has fulfilled the request and desires that the user agent reset the document view, which caused the request to be sent, to its original state as received from the origin server."sv, "RFC 9110 \xC2\xA7" "15.3.6"sv},
{status::partial_content,                 "Partial Content"sv,                 "Indicates that the server is successfully fulfilling a range request for the target resource by transferring one or more parts of the selected representation."sv, "RFC 9110 \xC2\xA7" "15.3.7"sv, {}, registration::active, true},
{status::multi_status,                    "Multi-Status"sv,                    "Indicates that the response carries the status of several independent operations, each reported in the XML multistatus body that follows (WebDAV)."sv, "RFC 4918 \xC2\xA7" "11.1"sv},
{status::already_reported,                "Already Reported"sv,                "Indicates that the members of a WebDAV binding have already been listed in an earlier part of the multistatus response and are not listed again."sv, "RFC 5842 \xC2\xA7" "7.1"sv},
{status::im_used,                         "IM Used"sv,                         "Indicates that the server has fulfilled a GET request for the resource and that the response represents the result of one or more instance-manipulations applied to the current instance."sv, "RFC 3229 \xC2\xA7" "10.4.1"sv},
{status::multiple_choices,                "Multiple Choices"sv,                "Indicates that the target resource has more than one representation, each with its own more specific identifier, and information about the alternatives is being provided so that the user (or user agent) can select a preferred representation by redirecting its request to one or more of those identifiers."sv, "RFC 9110 \xC2\xA7" "15.4.1"sv, {}, registration::active, true},
{status::moved_permanently,               "Moved Permanently"sv,               "Indicates that the target resource has been assigned a new permanent URI and any future references to this resource ought to use one of the enclosed URIs."sv, "RFC 9110 \xC2\xA7" "15.4.2"sv, {}, registration::active, true},
{status::found,                           "Found"sv,                           "Indicates that the target resource resides temporarily under a different URI. Since the redirection might be altered on occasion, the client ought to continue to use the effective request URI for future requests."sv, "RFC 9110 \xC2\xA7" "15.4.3"sv, "Moved Temporarily"sv},
{status::see_other,                       "See Other"sv,                       "Indicates that the server is redirecting the user agent to a different resource, as specified by a URI in the Location header field, which is intended to provide an indirect response to the original request."sv, "RFC 9110 \xC2\xA7" "15.4.4"sv},
{status::not_modified,                    "Not Modified"sv,                    "Indicates that a conditional GET or HEAD request would have led to a 200 response if its condition had not evaluated to false, so the client can use the representation it has stored; the response has no content."sv, "RFC 9110 \xC2\xA7" "15.4.5"sv},
{status::use_proxy,                       "Use Proxy"sv,                       "Deprecated. It told the client to repeat the request through the proxy named in the Location header field; it was deprecated over the security concerns of configuring a proxy in-band (RFC 7231 Appendix B)."sv, "RFC 9110 \xC2\xA7" "15.4.6"sv, {}, registration::deprecated},
{status::unused_306,                      "(Unused)"sv,                        "This code is no longer used and is reserved."sv, "RFC 9110 \xC2\xA7" "15.4.7"sv, "Switch Proxy"sv, registration::unused},
{status::temporary_redirect,              "Temporary Redirect"sv,              "Indicates that the target resource resides temporarily under a different URI and the user agent must not change the request method if it performs an automatic redirection to that URI. Since the redirection can change over time, the client should continue using the original URI for future requests."sv, "RFC 9110 \xC2\xA7" "15.4.8"sv},
{status::permanent_redirect,              "Permanent Redirect"sv,              "Indicates that the target resource has been assigned a new permanent URI and any future references to this resource ought to use one of the enclosed URIs. The user agent must not change the request method if it performs an automatic redirection to that URI."sv, "RFC 9110 \xC2\xA7" "15.4.9"sv, {}, registration::active, true},
{status::bad_request,                     "Bad Request"sv,                     "Indicates that the server cannot or will not process the request due to something that is perceived to be a client error (e.g. malformed request syntax, invalid request message framing, or deceptive request routing)."sv, "RFC 9110 \xC2\xA7" "15.5.1"sv},
{status::unauthorized,                    "Unauthorized"sv,                    "Indicates that the request has not been applied because it lacks valid authentication credentials for the target resource. The server must send a WWW-Authenticate header field with at least one challenge that applies to the target resource."sv, "RFC 9110 \xC2\xA7" "15.5.2"sv},
{status::payment_required,                "Payment Required"sv,                "Reserved for future use."sv, "RFC 9110 \xC2\xA7" "15.5.3"sv},
{status::forbidden,                       "Forbidden"sv,                       "Indicates that the server understood the request but refuses to authorize it. If authentication credentials were provided in the request, the server considers them insufficient to grant access."sv, "RFC 9110 \xC2\xA7" "15.5.4"sv},
{status::not_found,                       "Not Found"sv,                       "Indicates that the origin server did not find a current representation for the target resource or is not willing to disclose that one exists."sv, "RFC 9110 \xC2\xA7" "15.5.5"sv, {}, registration::active, true},
{status::method_not_allowed,              "Method Not Allowed"sv,              "Indicates that the method received in the request line is known by the origin server but not supported by the target resource. The origin server must generate an Allow header field in the response containing a list of the target resource's currently supported methods."sv, "RFC 9110 \xC2\xA7" "15.5.6"sv, {}, registration::active, true},
{status::not_acceptable,                  "Not Acceptable"sv,                  "Indicates that the target resource does not have a current representation that would be acceptable to the user agent, according to the proactive negotiation header fields received in the request, and the server is unwilling to supply a default representation."sv, "RFC 9110 \xC2\xA7" "15.5.7"sv},
{status::proxy_authentication_required,   "Proxy Authentication Required"sv,   "Indicates that the client needs to authenticate itself in order to use a proxy. The proxy must send a Proxy-Authenticate header field with a challenge that applies to that proxy for the request."sv, "RFC 9110 \xC2\xA7" "15.5.8"sv},
{status::request_timeout,                 "Request Timeout"sv,                 R"(Indicates that the server did not receive a complete request message within the time that it was prepared to wait. A server should send the "close" connection option in the response.)"sv, "RFC 9110 \xC2\xA7" "15.5.9"sv, "Request Time-out"sv},
{status::conflict,                        "Conflict"sv,                        "Indicates that the request could not be completed due to a conflict with the current state of the target resource. This code is used in situations where the user might be able to resolve the conflict and resubmit the request."sv, "RFC 9110 \xC2\xA7" "15.5.10"sv},
{status::gone,                            "Gone"sv,                            "Indicates that access to the target resource is no longer available at the origin server and that this condition is likely to be permanent."sv, "RFC 9110 \xC2\xA7" "15.5.11"sv, {}, registration::active, true},
{status::length_required,                 "Length Required"sv,                 "Indicates that the server refuses to accept the request without a defined Content-Length."sv, "RFC 9110 \xC2\xA7" "15.5.12"sv},
{status::precondition_failed,             "Precondition Failed"sv,             "Indicates that one or more conditions given in the request header fields evaluated to false when tested on the server."sv, "RFC 9110 \xC2\xA7" "15.5.13"sv},
{status::content_too_large,               "Content Too Large"sv,               "Indicates that the server is refusing to process a request because the request payload is larger than the server is willing or able to process. The server may close the connection to prevent the client from continuing the request."sv, "RFC 9110 \xC2\xA7" "15.5.14"sv, "Payload Too Large;Request Entity Too Large"sv},
{status::uri_too_long,                    "URI Too Long"sv,                    "Indicates that the server is refusing to service the request because the request target is longer than the server is willing to interpret."sv, "RFC 9110 \xC2\xA7" "15.5.15"sv, "Request-URI Too Long;Request-URI Too Large"sv, registration::active, true},
{status::unsupported_media_type,          "Unsupported Media Type"sv,          "Indicates that the origin server is refusing to service the request because the payload is in a format not supported by this method on the target resource."sv, "RFC 9110 \xC2\xA7" "15.5.16"sv},
{status::range_not_satisfiable,           "Range Not Satisfiable"sv,           "Indicates that none of the ranges in the request's Range header field overlap the current extent of the selected representation, or that the server rejected the set of ranges as invalid or too many small or overlapping ranges."sv, "RFC 9110 \xC2\xA7" "15.5.17"sv, "Requested Range Not Satisfiable"sv},
{status::expectation_failed,              "Expectation Failed"sv,              "Indicates that the expectation given in the request's Expect header field could not be met by at least one of the inbound servers."sv, "RFC 9110 \xC2\xA7" "15.5.18"sv},
{status::unused_418,                      "(Unused)"sv,                        R"(This code is reserved and not used. "I'm a teapot" was an April Fools' joke (RFC 2324, RFC 7168), and because deployed software sends it, the code cannot be assigned to another use for now.)"sv, "RFC 9110 \xC2\xA7" "15.5.19"sv, "I'm a teapot"sv, registration::unused},
{status::misdirected_request,             "Misdirected Request"sv,             "Indicates that the request was directed at a server that is unable or unwilling to produce an authoritative response for the target URI."sv, "RFC 9110 \xC2\xA7" "15.5.20"sv},
{status::unprocessable_content,           "Unprocessable Content"sv,           "Indicates that the server understands the content type of the request and its syntax is correct, but it was unable to process the instructions it contains."sv, "RFC 9110 \xC2\xA7" "15.5.21"sv, "Unprocessable Entity"sv},
{status::locked,                          "Locked"sv,                          "Indicates that the source or destination resource of a method is locked (WebDAV)."sv, "RFC 4918 \xC2\xA7" "11.3"sv},
{status::failed_dependency,               "Failed Dependency"sv,               "Indicates that the method could not be performed on the resource because it depended on another action, and that action failed (WebDAV)."sv, "RFC 4918 \xC2\xA7" "11.4"sv},
{status::too_early,                       "Too Early"sv,                       "Indicates that the server is unwilling to risk processing a request that might be replayed, such as one sent in TLS early data."sv, "RFC 8470 \xC2\xA7" "5.2"sv},
{status::upgrade_required,                "Upgrade Required"sv,                "Indicates that the server refuses to perform the request using the current protocol but might be willing to do so after the client upgrades to a different protocol. The server must send an Upgrade header field in the response to indicate the required protocol(s)."sv, "RFC 9110 \xC2\xA7" "15.5.22"sv},
{status::precondition_required,           "Precondition Required"sv,           "Indicates that the origin server requires the request to be conditional. Responses should explain how to resubmit the request successfully."sv, "RFC 6585 \xC2\xA7" "3"sv},
{status::too_many_requests,               "Too Many Requests"sv,               "Indicates that the user has sent too many requests in a given amount of time (rate limiting). The response should include details explaining the condition, and may include a Retry-After header indicating how long to wait before making a new request."sv, "RFC 6585 \xC2\xA7" "4"sv},
{status::request_header_fields_too_large, "Request Header Fields Too Large"sv, "Indicates that the server is unwilling to process the request because its header fields are too large."sv, "RFC 6585 \xC2\xA7" "5"sv},
{status::unavailable_for_legal_reasons,   "Unavailable For Legal Reasons"sv,   "Indicates that the server is denying access to the resource as a consequence of a legal demand."sv, "RFC 7725 \xC2\xA7" "3"sv, {}, registration::active, true},
{status::internal_server_error,           "Internal Server Error"sv,           "Indicates that the server encountered an unexpected condition that prevented it from fulfilling the request."sv, "RFC 9110 \xC2\xA7" "15.6.1"sv},
{status::not_implemented,                 "Not Implemented"sv,                 "Indicates that the server does not support the functionality required to fulfill the request."sv, "RFC 9110 \xC2\xA7" "15.6.2"sv, {}, registration::active, true},
{status::bad_gateway,                     "Bad Gateway"sv,                     "Indicates that the server, while acting as a gateway or proxy, received an invalid response from an inbound server it accessed while attempting to fulfill the request."sv, "RFC 9110 \xC2\xA7" "15.6.3"sv},
{status::service_unavailable,             "Service Unavailable"sv,             "Indicates that the server is currently unable to handle the request due to a temporary overload or scheduled maintenance, which will likely be alleviated after some delay. The server may send a Retry-After header field to suggest an appropriate amount of time for the client to wait before retrying the request."sv, "RFC 9110 \xC2\xA7" "15.6.4"sv},
{status::gateway_timeout,                 "Gateway Timeout"sv,                 "Indicates that the server, while acting as a gateway or proxy, did not receive a timely response from an upstream server it needed to access in order to complete the request."sv, "RFC 9110 \xC2\xA7" "15.6.5"sv, "Gateway Time-out"sv},
{status::http_version_not_supported,      "HTTP Version Not Supported"sv,      "Indicates that the server does not support, or refuses to support, the major version of HTTP that was used in the request message. The server should generate a response that describes why that version is not supported and what other protocols are supported."sv, "RFC 9110 \xC2\xA7" "15.6.6"sv},
{status::variant_also_negotiates,         "Variant Also Negotiates"sv,         "Indicates that the server has a configuration error: the variant chosen by transparent content negotiation is itself set up to negotiate, so it is not a proper end point of the negotiation."sv, "RFC 2295 \xC2\xA7" "8.1"sv},
{status::insufficient_storage,            "Insufficient Storage"sv,            "Indicates that the method could not be performed on the resource because the server is unable to store the representation needed to complete the request (WebDAV)."sv, "RFC 4918 \xC2\xA7" "11.5"sv},
{status::loop_detected,                   "Loop Detected"sv,                   R"(Indicates that the server ended an operation because it met an infinite loop while processing a request with "Depth: infinity" (WebDAV).)"sv, "RFC 5842 \xC2\xA7" "7.2"sv},
{status::not_extended,                    "Not Extended"sv,                    "Obsoleted: the HTTP extension framework that defined it (RFC 2774) is now Historic. Indicates that the request did not meet the policy for accessing the resource, and that the client may repeat it with the extension declarations required."sv, "RFC 2774 \xC2\xA7" "7"sv, {}, registration::obsoleted},
{status::network_authentication_required, "Network Authentication Required"sv, "Indicates that the client needs to authenticate to gain network access. The response should contain a link to a resource that allows the user to submit credentials."sv, "RFC 6585 \xC2\xA7" "6"sv},
}};
// clang-format on

// Each row's reference as the address of its section at the RFC Editor, in row order: what
// reference_url() returns. Written out rather than built from the references during constant
// evaluation, which would cost the compiler about 200 M instructions in each unit that asks
// (g++ 12) against 5 M for these literals; tests/static/semantics.cpp checks each against its row.
inline constexpr std::string_view registry_reference_urls[] = {
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.2.1"sv,   // continue_
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.2.2"sv,   // switching_protocols
    "https://www.rfc-editor.org/rfc/rfc2518.html#section-10.1"sv,     // processing
    "https://www.rfc-editor.org/rfc/rfc8297.html#section-2"sv,        // early_hints
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1"sv,   // ok
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.2"sv,   // created
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.3"sv,   // accepted
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.4"sv,   // non_authoritative_information
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.5"sv,   // no_content
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.6"sv,   // reset_content
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.7"sv,   // partial_content
    "https://www.rfc-editor.org/rfc/rfc4918.html#section-11.1"sv,     // multi_status
    "https://www.rfc-editor.org/rfc/rfc5842.html#section-7.1"sv,      // already_reported
    "https://www.rfc-editor.org/rfc/rfc3229.html#section-10.4.1"sv,   // im_used
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.1"sv,   // multiple_choices
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.2"sv,   // moved_permanently
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.3"sv,   // found
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.4"sv,   // see_other
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.5"sv,   // not_modified
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.6"sv,   // use_proxy
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.7"sv,   // unused_306
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.8"sv,   // temporary_redirect
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.9"sv,   // permanent_redirect
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.1"sv,   // bad_request
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.2"sv,   // unauthorized
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.3"sv,   // payment_required
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.4"sv,   // forbidden
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5"sv,   // not_found
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6"sv,   // method_not_allowed
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.7"sv,   // not_acceptable
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.8"sv,   // proxy_authentication_required
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.9"sv,   // request_timeout
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.10"sv,  // conflict
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.11"sv,  // gone
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.12"sv,  // length_required
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.13"sv,  // precondition_failed
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.14"sv,  // content_too_large
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.15"sv,  // uri_too_long
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.16"sv,  // unsupported_media_type
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.17"sv,  // range_not_satisfiable
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.18"sv,  // expectation_failed
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.19"sv,  // unused_418
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.20"sv,  // misdirected_request
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.21"sv,  // unprocessable_content
    "https://www.rfc-editor.org/rfc/rfc4918.html#section-11.3"sv,     // locked
    "https://www.rfc-editor.org/rfc/rfc4918.html#section-11.4"sv,     // failed_dependency
    "https://www.rfc-editor.org/rfc/rfc8470.html#section-5.2"sv,      // too_early
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.22"sv,  // upgrade_required
    "https://www.rfc-editor.org/rfc/rfc6585.html#section-3"sv,        // precondition_required
    "https://www.rfc-editor.org/rfc/rfc6585.html#section-4"sv,        // too_many_requests
    "https://www.rfc-editor.org/rfc/rfc6585.html#section-5"sv,        // request_header_fields_too_large
    "https://www.rfc-editor.org/rfc/rfc7725.html#section-3"sv,        // unavailable_for_legal_reasons
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.1"sv,   // internal_server_error
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.2"sv,   // not_implemented
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.3"sv,   // bad_gateway
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.4"sv,   // service_unavailable
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.5"sv,   // gateway_timeout
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.6"sv,   // http_version_not_supported
    "https://www.rfc-editor.org/rfc/rfc2295.html#section-8.1"sv,      // variant_also_negotiates
    "https://www.rfc-editor.org/rfc/rfc4918.html#section-11.5"sv,     // insufficient_storage
    "https://www.rfc-editor.org/rfc/rfc5842.html#section-7.2"sv,      // loop_detected
    "https://www.rfc-editor.org/rfc/rfc2774.html#section-7"sv,        // not_extended
    "https://www.rfc-editor.org/rfc/rfc6585.html#section-6"sv,        // network_authentication_required
};
static_assert(sizeof(registry_reference_urls) / sizeof(registry_reference_urls[0]) == registry_table.size(),
              "one address per row of the registry");

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_REGISTRY_HPP
