/* httpstatus.h: HTTP response status codes for C, the IANA HTTP Status Code Registry as C99.
   SPDX-License-Identifier: MIT

   Generated: do not edit. generator/c_header.cpp writes it from the registry's rows in
   <httpstatus/detail/registry.hpp> and the answers of the C++ functions of <httpstatus/httpstatus.hpp>:
   after changing the rows, run `cmake --build <build-dir> --target httpstatus-index`; the test
   c_header_fresh fails until then.

   Use: #include <httpstatus/httpstatus.h> in C99 or later (it is valid C++ too). Each function is
   static inline, allocates nothing, keeps no state and answers for every int exactly what the C++
   function of the same name answers (httpstatus_reason_phrase is httpstatus::reason_phrase), as
   tests/c/c_agreement_test.cpp checks. Booleans are int, 0 or 1.

   A text is "" rather than NULL for a code the registry lacks, as C++ gives an empty string_view:
   the answer can be printed or compared (printf("%s"), strcmp) without a test first, and no
   caller crashes on a code it did not expect. httpstatus_is_registered tells the two apart. */
#ifndef HTTPSTATUS_HTTPSTATUS_H
#define HTTPSTATUS_HTTPSTATUS_H

/* A C header: C++'s static analysis (modernize, casts, C arrays) does not apply. NOLINTBEGIN */
#include <stddef.h>
#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Every registered code, by the C++ enumerator's name (httpstatus::status::not_found is
   HTTPSTATUS_NOT_FOUND), then the older names the C++ enum also has, with their code's value. */
enum httpstatus_code {
    HTTPSTATUS_CONTINUE = 100,
    HTTPSTATUS_SWITCHING_PROTOCOLS = 101,
    HTTPSTATUS_PROCESSING = 102,
    HTTPSTATUS_EARLY_HINTS = 103,
    HTTPSTATUS_OK = 200,
    HTTPSTATUS_CREATED = 201,
    HTTPSTATUS_ACCEPTED = 202,
    HTTPSTATUS_NON_AUTHORITATIVE_INFORMATION = 203,
    HTTPSTATUS_NO_CONTENT = 204,
    HTTPSTATUS_RESET_CONTENT = 205,
    HTTPSTATUS_PARTIAL_CONTENT = 206,
    HTTPSTATUS_MULTI_STATUS = 207,
    HTTPSTATUS_ALREADY_REPORTED = 208,
    HTTPSTATUS_IM_USED = 226,
    HTTPSTATUS_MULTIPLE_CHOICES = 300,
    HTTPSTATUS_MOVED_PERMANENTLY = 301,
    HTTPSTATUS_FOUND = 302,
    HTTPSTATUS_SEE_OTHER = 303,
    HTTPSTATUS_NOT_MODIFIED = 304,
    HTTPSTATUS_USE_PROXY = 305,
    HTTPSTATUS_UNUSED_306 = 306,
    HTTPSTATUS_TEMPORARY_REDIRECT = 307,
    HTTPSTATUS_PERMANENT_REDIRECT = 308,
    HTTPSTATUS_BAD_REQUEST = 400,
    HTTPSTATUS_UNAUTHORIZED = 401,
    HTTPSTATUS_PAYMENT_REQUIRED = 402,
    HTTPSTATUS_FORBIDDEN = 403,
    HTTPSTATUS_NOT_FOUND = 404,
    HTTPSTATUS_METHOD_NOT_ALLOWED = 405,
    HTTPSTATUS_NOT_ACCEPTABLE = 406,
    HTTPSTATUS_PROXY_AUTHENTICATION_REQUIRED = 407,
    HTTPSTATUS_REQUEST_TIMEOUT = 408,
    HTTPSTATUS_CONFLICT = 409,
    HTTPSTATUS_GONE = 410,
    HTTPSTATUS_LENGTH_REQUIRED = 411,
    HTTPSTATUS_PRECONDITION_FAILED = 412,
    HTTPSTATUS_CONTENT_TOO_LARGE = 413,
    HTTPSTATUS_URI_TOO_LONG = 414,
    HTTPSTATUS_UNSUPPORTED_MEDIA_TYPE = 415,
    HTTPSTATUS_RANGE_NOT_SATISFIABLE = 416,
    HTTPSTATUS_EXPECTATION_FAILED = 417,
    HTTPSTATUS_UNUSED_418 = 418,
    HTTPSTATUS_MISDIRECTED_REQUEST = 421,
    HTTPSTATUS_UNPROCESSABLE_CONTENT = 422,
    HTTPSTATUS_LOCKED = 423,
    HTTPSTATUS_FAILED_DEPENDENCY = 424,
    HTTPSTATUS_TOO_EARLY = 425,
    HTTPSTATUS_UPGRADE_REQUIRED = 426,
    HTTPSTATUS_PRECONDITION_REQUIRED = 428,
    HTTPSTATUS_TOO_MANY_REQUESTS = 429,
    HTTPSTATUS_REQUEST_HEADER_FIELDS_TOO_LARGE = 431,
    HTTPSTATUS_UNAVAILABLE_FOR_LEGAL_REASONS = 451,
    HTTPSTATUS_INTERNAL_SERVER_ERROR = 500,
    HTTPSTATUS_NOT_IMPLEMENTED = 501,
    HTTPSTATUS_BAD_GATEWAY = 502,
    HTTPSTATUS_SERVICE_UNAVAILABLE = 503,
    HTTPSTATUS_GATEWAY_TIMEOUT = 504,
    HTTPSTATUS_HTTP_VERSION_NOT_SUPPORTED = 505,
    HTTPSTATUS_VARIANT_ALSO_NEGOTIATES = 506,
    HTTPSTATUS_INSUFFICIENT_STORAGE = 507,
    HTTPSTATUS_LOOP_DETECTED = 508,
    HTTPSTATUS_NOT_EXTENDED = 510,
    HTTPSTATUS_NETWORK_AUTHENTICATION_REQUIRED = 511,

    /* older names */
    HTTPSTATUS_MOVED_TEMPORARILY = HTTPSTATUS_FOUND,
    HTTPSTATUS_PAYLOAD_TOO_LARGE = HTTPSTATUS_CONTENT_TOO_LARGE,
    HTTPSTATUS_REQUESTED_RANGE_NOT_SATISFIABLE = HTTPSTATUS_RANGE_NOT_SATISFIABLE,
    HTTPSTATUS_IM_A_TEAPOT = HTTPSTATUS_UNUSED_418,
    HTTPSTATUS_UNPROCESSABLE_ENTITY = HTTPSTATUS_UNPROCESSABLE_CONTENT
};

/* httpstatus::status_class: the class of a code, its first digit. */
enum httpstatus_class {
    HTTPSTATUS_CLASS_INFORMATIONAL = 1,
    HTTPSTATUS_CLASS_SUCCESSFUL = 2,
    HTTPSTATUS_CLASS_REDIRECTION = 3,
    HTTPSTATUS_CLASS_CLIENT_ERROR = 4,
    HTTPSTATUS_CLASS_SERVER_ERROR = 5
};

/* httpstatus::retry: what httpstatus_retry_of answers (docs/semantics.md). */
enum httpstatus_retry {
    HTTPSTATUS_RETRY_UNSPECIFIED = 0,
    HTTPSTATUS_RETRY_NO = 1,
    HTTPSTATUS_RETRY_YES = 2,
    HTTPSTATUS_RETRY_IF_IDEMPOTENT = 3,
    HTTPSTATUS_RETRY_IF_RETRY_AFTER = 4,
    HTTPSTATUS_RETRY_ON_ANOTHER_CONNECTION = 5
};

/* Not an interface: the row of a registered code in the texts below, from 1; 0 for any other int.
   A byte per code 100-599. */
static inline int httpstatus_detail_row(int code) {
    static const unsigned char rows[500] = {
        /* 100 */ 1, 2, 3, 4, 0, 0, 0, 0, 0, 0,
        /* 110 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 120 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 130 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 140 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 150 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 160 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 170 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 180 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 190 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 200 */ 5, 6, 7, 8, 9, 10, 11, 12, 13, 0,
        /* 210 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 220 */ 0, 0, 0, 0, 0, 0, 14, 0, 0, 0,
        /* 230 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 240 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 250 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 260 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 270 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 280 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 290 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 300 */ 15, 16, 17, 18, 19, 20, 21, 22, 23, 0,
        /* 310 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 320 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 330 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 340 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 350 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 360 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 370 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 380 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 390 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 400 */ 24, 25, 26, 27, 28, 29, 30, 31, 32, 33,
        /* 410 */ 34, 35, 36, 37, 38, 39, 40, 41, 42, 0,
        /* 420 */ 0, 43, 44, 45, 46, 47, 48, 0, 49, 50,
        /* 430 */ 0, 51, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 440 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 450 */ 0, 52, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 460 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 470 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 480 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 490 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 500 */ 53, 54, 55, 56, 57, 58, 59, 60, 61, 0,
        /* 510 */ 62, 63, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 520 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 530 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 540 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 550 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 560 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 570 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 580 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 590 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    };
    if (code < 100 || code > 599) return 0;
    return rows[code - 100];
}

/* httpstatus::reason_phrase: the registered name, "Not Found". */
static inline const char* httpstatus_reason_phrase(int code) {
    static const char* const texts[] = {
        "",
        "Continue",  /* 100 */
        "Switching Protocols",  /* 101 */
        "Processing",  /* 102 */
        "Early Hints",  /* 103 */
        "OK",  /* 200 */
        "Created",  /* 201 */
        "Accepted",  /* 202 */
        "Non-Authoritative Information",  /* 203 */
        "No Content",  /* 204 */
        "Reset Content",  /* 205 */
        "Partial Content",  /* 206 */
        "Multi-Status",  /* 207 */
        "Already Reported",  /* 208 */
        "IM Used",  /* 226 */
        "Multiple Choices",  /* 300 */
        "Moved Permanently",  /* 301 */
        "Found",  /* 302 */
        "See Other",  /* 303 */
        "Not Modified",  /* 304 */
        "Use Proxy",  /* 305 */
        "(Unused)",  /* 306 */
        "Temporary Redirect",  /* 307 */
        "Permanent Redirect",  /* 308 */
        "Bad Request",  /* 400 */
        "Unauthorized",  /* 401 */
        "Payment Required",  /* 402 */
        "Forbidden",  /* 403 */
        "Not Found",  /* 404 */
        "Method Not Allowed",  /* 405 */
        "Not Acceptable",  /* 406 */
        "Proxy Authentication Required",  /* 407 */
        "Request Timeout",  /* 408 */
        "Conflict",  /* 409 */
        "Gone",  /* 410 */
        "Length Required",  /* 411 */
        "Precondition Failed",  /* 412 */
        "Content Too Large",  /* 413 */
        "URI Too Long",  /* 414 */
        "Unsupported Media Type",  /* 415 */
        "Range Not Satisfiable",  /* 416 */
        "Expectation Failed",  /* 417 */
        "(Unused)",  /* 418 */
        "Misdirected Request",  /* 421 */
        "Unprocessable Content",  /* 422 */
        "Locked",  /* 423 */
        "Failed Dependency",  /* 424 */
        "Too Early",  /* 425 */
        "Upgrade Required",  /* 426 */
        "Precondition Required",  /* 428 */
        "Too Many Requests",  /* 429 */
        "Request Header Fields Too Large",  /* 431 */
        "Unavailable For Legal Reasons",  /* 451 */
        "Internal Server Error",  /* 500 */
        "Not Implemented",  /* 501 */
        "Bad Gateway",  /* 502 */
        "Service Unavailable",  /* 503 */
        "Gateway Timeout",  /* 504 */
        "HTTP Version Not Supported",  /* 505 */
        "Variant Also Negotiates",  /* 506 */
        "Insufficient Storage",  /* 507 */
        "Loop Detected",  /* 508 */
        "Not Extended",  /* 510 */
        "Network Authentication Required",  /* 511 */
    };
    return texts[httpstatus_detail_row(code)];
}

/* httpstatus::description: what the code means. */
static inline const char* httpstatus_description(int code) {
    static const char* const texts[] = {
        "",
        "This interim response indicates that everything so far is OK and that the client should continue the request, or ignore the response if the request is already finished.",  /* 100 */
        "Indicates that the server understands and is willing to comply with the client's request, via the Upgrade header field, for a change in the application protocol being used on this connection.",  /* 101 */
        "Indicates that the server has accepted the complete request but has not yet completed it, and sends this interim response so that the client does not time out while it waits.",  /* 102 */
        "Indicates that the server is likely to send a final response with the header fields included in this interim response, so that the client can start preloading resources in the meantime.",  /* 103 */
        "Indicates that the request has succeeded. The payload sent depends on the request method.",  /* 200 */
        "Indicates that the request has been fulfilled and has resulted in one or more new resources being created.",  /* 201 */
        "Indicates that the request has been accepted for processing but the processing has not been completed.",  /* 202 */
        "Indicates that the request was successful but the enclosed payload has been modified from that of the origin server's 200 response by a transforming proxy.",  /* 203 */
        "Indicates that the server has successfully fulfilled the request and that there is no additional content to send in the response payload body.",  /* 204 */
        "Indicates that the server has fulfilled the request and desires that the user agent reset the document view, which caused the request to be sent, to its original state as received from the origin server.",  /* 205 */
        "Indicates that the server is successfully fulfilling a range request for the target resource by transferring one or more parts of the selected representation.",  /* 206 */
        "Indicates that the response carries the status of several independent operations, each reported in the XML multistatus body that follows (WebDAV).",  /* 207 */
        "Indicates that the members of a WebDAV binding have already been listed in an earlier part of the multistatus response and are not listed again.",  /* 208 */
        "Indicates that the server has fulfilled a GET request for the resource and that the response represents the result of one or more instance-manipulations applied to the current instance.",  /* 226 */
        "Indicates that the target resource has more than one representation, each with its own more specific identifier, and information about the alternatives is being provided so that the user (or user agent) can select a preferred representation by redirecting its request to one or more of those identifiers.",  /* 300 */
        "Indicates that the target resource has been assigned a new permanent URI and any future references to this resource ought to use one of the enclosed URIs.",  /* 301 */
        "Indicates that the target resource resides temporarily under a different URI. Since the redirection might be altered on occasion, the client ought to continue to use the effective request URI for future requests.",  /* 302 */
        "Indicates that the server is redirecting the user agent to a different resource, as specified by a URI in the Location header field, which is intended to provide an indirect response to the original request.",  /* 303 */
        "Indicates that a conditional GET or HEAD request would have led to a 200 response if its condition had not evaluated to false, so the client can use the representation it has stored; the response has no content.",  /* 304 */
        "Deprecated. It told the client to repeat the request through the proxy named in the Location header field; it was deprecated over the security concerns of configuring a proxy in-band (RFC 7231 Appendix B).",  /* 305 */
        "This code is no longer used and is reserved.",  /* 306 */
        "Indicates that the target resource resides temporarily under a different URI and the user agent must not change the request method if it performs an automatic redirection to that URI. Since the redirection can change over time, the client should continue using the original URI for future requests.",  /* 307 */
        "Indicates that the target resource has been assigned a new permanent URI and any future references to this resource ought to use one of the enclosed URIs. The user agent must not change the request method if it performs an automatic redirection to that URI.",  /* 308 */
        "Indicates that the server cannot or will not process the request due to something that is perceived to be a client error (e.g. malformed request syntax, invalid request message framing, or deceptive request routing).",  /* 400 */
        "Indicates that the request has not been applied because it lacks valid authentication credentials for the target resource. The server must send a WWW-Authenticate header field with at least one challenge that applies to the target resource.",  /* 401 */
        "Reserved for future use.",  /* 402 */
        "Indicates that the server understood the request but refuses to authorize it. If authentication credentials were provided in the request, the server considers them insufficient to grant access.",  /* 403 */
        "Indicates that the origin server did not find a current representation for the target resource or is not willing to disclose that one exists.",  /* 404 */
        "Indicates that the method received in the request line is known by the origin server but not supported by the target resource. The origin server must generate an Allow header field in the response containing a list of the target resource's currently supported methods.",  /* 405 */
        "Indicates that the target resource does not have a current representation that would be acceptable to the user agent, according to the proactive negotiation header fields received in the request, and the server is unwilling to supply a default representation.",  /* 406 */
        "Indicates that the client needs to authenticate itself in order to use a proxy. The proxy must send a Proxy-Authenticate header field with a challenge that applies to that proxy for the request.",  /* 407 */
        "Indicates that the server did not receive a complete request message within the time that it was prepared to wait. A server should send the \"close\" connection option in the response.",  /* 408 */
        "Indicates that the request could not be completed due to a conflict with the current state of the target resource. This code is used in situations where the user might be able to resolve the conflict and resubmit the request.",  /* 409 */
        "Indicates that access to the target resource is no longer available at the origin server and that this condition is likely to be permanent.",  /* 410 */
        "Indicates that the server refuses to accept the request without a defined Content-Length.",  /* 411 */
        "Indicates that one or more conditions given in the request header fields evaluated to false when tested on the server.",  /* 412 */
        "Indicates that the server is refusing to process a request because the request payload is larger than the server is willing or able to process. The server may close the connection to prevent the client from continuing the request.",  /* 413 */
        "Indicates that the server is refusing to service the request because the request target is longer than the server is willing to interpret.",  /* 414 */
        "Indicates that the origin server is refusing to service the request because the payload is in a format not supported by this method on the target resource.",  /* 415 */
        "Indicates that none of the ranges in the request's Range header field overlap the current extent of the selected representation, or that the server rejected the set of ranges as invalid or too many small or overlapping ranges.",  /* 416 */
        "Indicates that the expectation given in the request's Expect header field could not be met by at least one of the inbound servers.",  /* 417 */
        "This code is reserved and not used. \"I'm a teapot\" was an April Fools' joke (RFC 2324, RFC 7168), and because deployed software sends it, the code cannot be assigned to another use for now.",  /* 418 */
        "Indicates that the request was directed at a server that is unable or unwilling to produce an authoritative response for the target URI.",  /* 421 */
        "Indicates that the server understands the content type of the request and its syntax is correct, but it was unable to process the instructions it contains.",  /* 422 */
        "Indicates that the source or destination resource of a method is locked (WebDAV).",  /* 423 */
        "Indicates that the method could not be performed on the resource because it depended on another action, and that action failed (WebDAV).",  /* 424 */
        "Indicates that the server is unwilling to risk processing a request that might be replayed, such as one sent in TLS early data.",  /* 425 */
        "Indicates that the server refuses to perform the request using the current protocol but might be willing to do so after the client upgrades to a different protocol. The server must send an Upgrade header field in the response to indicate the required protocol(s).",  /* 426 */
        "Indicates that the origin server requires the request to be conditional. Responses should explain how to resubmit the request successfully.",  /* 428 */
        "Indicates that the user has sent too many requests in a given amount of time (rate limiting). The response should include details explaining the condition, and may include a Retry-After header indicating how long to wait before making a new request.",  /* 429 */
        "Indicates that the server is unwilling to process the request because its header fields are too large.",  /* 431 */
        "Indicates that the server is denying access to the resource as a consequence of a legal demand.",  /* 451 */
        "Indicates that the server encountered an unexpected condition that prevented it from fulfilling the request.",  /* 500 */
        "Indicates that the server does not support the functionality required to fulfill the request.",  /* 501 */
        "Indicates that the server, while acting as a gateway or proxy, received an invalid response from an inbound server it accessed while attempting to fulfill the request.",  /* 502 */
        "Indicates that the server is currently unable to handle the request due to a temporary overload or scheduled maintenance, which will likely be alleviated after some delay. The server may send a Retry-After header field to suggest an appropriate amount of time for the client to wait before retrying the request.",  /* 503 */
        "Indicates that the server, while acting as a gateway or proxy, did not receive a timely response from an upstream server it needed to access in order to complete the request.",  /* 504 */
        "Indicates that the server does not support, or refuses to support, the major version of HTTP that was used in the request message. The server should generate a response that describes why that version is not supported and what other protocols are supported.",  /* 505 */
        "Indicates that the server has a configuration error: the variant chosen by transparent content negotiation is itself set up to negotiate, so it is not a proper end point of the negotiation.",  /* 506 */
        "Indicates that the method could not be performed on the resource because the server is unable to store the representation needed to complete the request (WebDAV).",  /* 507 */
        "Indicates that the server ended an operation because it met an infinite loop while processing a request with \"Depth: infinity\" (WebDAV).",  /* 508 */
        "Obsoleted: the HTTP extension framework that defined it (RFC 2774) is now Historic. Indicates that the request did not meet the policy for accessing the resource, and that the client may repeat it with the extension declarations required.",  /* 510 */
        "Indicates that the client needs to authenticate to gain network access. The response should contain a link to a resource that allows the user to submit credentials.",  /* 511 */
    };
    return texts[httpstatus_detail_row(code)];
}

/* httpstatus::find(code)->reference: where the code is defined, in UTF-8:
   "RFC 9110 \302\247" "15.5.5". */
static inline const char* httpstatus_reference(int code) {
    static const char* const texts[] = {
        "",
        "RFC 9110 \302\24715.2.1",  /* 100 */
        "RFC 9110 \302\24715.2.2",  /* 101 */
        "RFC 2518 \302\24710.1",  /* 102 */
        "RFC 8297 \302\2472",  /* 103 */
        "RFC 9110 \302\24715.3.1",  /* 200 */
        "RFC 9110 \302\24715.3.2",  /* 201 */
        "RFC 9110 \302\24715.3.3",  /* 202 */
        "RFC 9110 \302\24715.3.4",  /* 203 */
        "RFC 9110 \302\24715.3.5",  /* 204 */
        "RFC 9110 \302\24715.3.6",  /* 205 */
        "RFC 9110 \302\24715.3.7",  /* 206 */
        "RFC 4918 \302\24711.1",  /* 207 */
        "RFC 5842 \302\2477.1",  /* 208 */
        "RFC 3229 \302\24710.4.1",  /* 226 */
        "RFC 9110 \302\24715.4.1",  /* 300 */
        "RFC 9110 \302\24715.4.2",  /* 301 */
        "RFC 9110 \302\24715.4.3",  /* 302 */
        "RFC 9110 \302\24715.4.4",  /* 303 */
        "RFC 9110 \302\24715.4.5",  /* 304 */
        "RFC 9110 \302\24715.4.6",  /* 305 */
        "RFC 9110 \302\24715.4.7",  /* 306 */
        "RFC 9110 \302\24715.4.8",  /* 307 */
        "RFC 9110 \302\24715.4.9",  /* 308 */
        "RFC 9110 \302\24715.5.1",  /* 400 */
        "RFC 9110 \302\24715.5.2",  /* 401 */
        "RFC 9110 \302\24715.5.3",  /* 402 */
        "RFC 9110 \302\24715.5.4",  /* 403 */
        "RFC 9110 \302\24715.5.5",  /* 404 */
        "RFC 9110 \302\24715.5.6",  /* 405 */
        "RFC 9110 \302\24715.5.7",  /* 406 */
        "RFC 9110 \302\24715.5.8",  /* 407 */
        "RFC 9110 \302\24715.5.9",  /* 408 */
        "RFC 9110 \302\24715.5.10",  /* 409 */
        "RFC 9110 \302\24715.5.11",  /* 410 */
        "RFC 9110 \302\24715.5.12",  /* 411 */
        "RFC 9110 \302\24715.5.13",  /* 412 */
        "RFC 9110 \302\24715.5.14",  /* 413 */
        "RFC 9110 \302\24715.5.15",  /* 414 */
        "RFC 9110 \302\24715.5.16",  /* 415 */
        "RFC 9110 \302\24715.5.17",  /* 416 */
        "RFC 9110 \302\24715.5.18",  /* 417 */
        "RFC 9110 \302\24715.5.19",  /* 418 */
        "RFC 9110 \302\24715.5.20",  /* 421 */
        "RFC 9110 \302\24715.5.21",  /* 422 */
        "RFC 4918 \302\24711.3",  /* 423 */
        "RFC 4918 \302\24711.4",  /* 424 */
        "RFC 8470 \302\2475.2",  /* 425 */
        "RFC 9110 \302\24715.5.22",  /* 426 */
        "RFC 6585 \302\2473",  /* 428 */
        "RFC 6585 \302\2474",  /* 429 */
        "RFC 6585 \302\2475",  /* 431 */
        "RFC 7725 \302\2473",  /* 451 */
        "RFC 9110 \302\24715.6.1",  /* 500 */
        "RFC 9110 \302\24715.6.2",  /* 501 */
        "RFC 9110 \302\24715.6.3",  /* 502 */
        "RFC 9110 \302\24715.6.4",  /* 503 */
        "RFC 9110 \302\24715.6.5",  /* 504 */
        "RFC 9110 \302\24715.6.6",  /* 505 */
        "RFC 2295 \302\2478.1",  /* 506 */
        "RFC 4918 \302\24711.5",  /* 507 */
        "RFC 5842 \302\2477.2",  /* 508 */
        "RFC 2774 \302\2477",  /* 510 */
        "RFC 6585 \302\2476",  /* 511 */
    };
    return texts[httpstatus_detail_row(code)];
}

/* httpstatus::reference_url: the RFC Editor address of that section,
   "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5". */
static inline const char* httpstatus_reference_url(int code) {
    static const char* const texts[] = {
        "",
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.2.1",  /* 100 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.2.2",  /* 101 */
        "https://www.rfc-editor.org/rfc/rfc2518.html#section-10.1",  /* 102 */
        "https://www.rfc-editor.org/rfc/rfc8297.html#section-2",  /* 103 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1",  /* 200 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.2",  /* 201 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.3",  /* 202 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.4",  /* 203 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.5",  /* 204 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.6",  /* 205 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.7",  /* 206 */
        "https://www.rfc-editor.org/rfc/rfc4918.html#section-11.1",  /* 207 */
        "https://www.rfc-editor.org/rfc/rfc5842.html#section-7.1",  /* 208 */
        "https://www.rfc-editor.org/rfc/rfc3229.html#section-10.4.1",  /* 226 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.1",  /* 300 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.2",  /* 301 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.3",  /* 302 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.4",  /* 303 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.5",  /* 304 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.6",  /* 305 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.7",  /* 306 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.8",  /* 307 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.9",  /* 308 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.1",  /* 400 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.2",  /* 401 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.3",  /* 402 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.4",  /* 403 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5",  /* 404 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6",  /* 405 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.7",  /* 406 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.8",  /* 407 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.9",  /* 408 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.10",  /* 409 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.11",  /* 410 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.12",  /* 411 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.13",  /* 412 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.14",  /* 413 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.15",  /* 414 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.16",  /* 415 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.17",  /* 416 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.18",  /* 417 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.19",  /* 418 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.20",  /* 421 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.21",  /* 422 */
        "https://www.rfc-editor.org/rfc/rfc4918.html#section-11.3",  /* 423 */
        "https://www.rfc-editor.org/rfc/rfc4918.html#section-11.4",  /* 424 */
        "https://www.rfc-editor.org/rfc/rfc8470.html#section-5.2",  /* 425 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.22",  /* 426 */
        "https://www.rfc-editor.org/rfc/rfc6585.html#section-3",  /* 428 */
        "https://www.rfc-editor.org/rfc/rfc6585.html#section-4",  /* 429 */
        "https://www.rfc-editor.org/rfc/rfc6585.html#section-5",  /* 431 */
        "https://www.rfc-editor.org/rfc/rfc7725.html#section-3",  /* 451 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.1",  /* 500 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.2",  /* 501 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.3",  /* 502 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.4",  /* 503 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.5",  /* 504 */
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.6",  /* 505 */
        "https://www.rfc-editor.org/rfc/rfc2295.html#section-8.1",  /* 506 */
        "https://www.rfc-editor.org/rfc/rfc4918.html#section-11.5",  /* 507 */
        "https://www.rfc-editor.org/rfc/rfc5842.html#section-7.2",  /* 508 */
        "https://www.rfc-editor.org/rfc/rfc2774.html#section-7",  /* 510 */
        "https://www.rfc-editor.org/rfc/rfc6585.html#section-6",  /* 511 */
    };
    return texts[httpstatus_detail_row(code)];
}

/* httpstatus::is_registered: the registry has the code. */
static inline int httpstatus_is_registered(int code) {
    return (code >= 100 && code <= 103) || (code >= 200 && code <= 208) || code == 226 ||
           (code >= 300 && code <= 308) || (code >= 400 && code <= 418) ||
           (code >= 421 && code <= 426) || (code >= 428 && code <= 429) || code == 431 || code == 451 ||
           (code >= 500 && code <= 508) || (code >= 510 && code <= 511);
}

/* httpstatus::is_informational: 1xx. */
static inline int httpstatus_is_informational(int code) {
    return code >= 100 && code <= 199;
}

/* httpstatus::is_successful: 2xx. */
static inline int httpstatus_is_successful(int code) {
    return code >= 200 && code <= 299;
}

/* httpstatus::is_redirection: 3xx. */
static inline int httpstatus_is_redirection(int code) {
    return code >= 300 && code <= 399;
}

/* httpstatus::is_client_error: 4xx. */
static inline int httpstatus_is_client_error(int code) {
    return code >= 400 && code <= 499;
}

/* httpstatus::is_server_error: 5xx. */
static inline int httpstatus_is_server_error(int code) {
    return code >= 500 && code <= 599;
}

/* httpstatus::is_error: 4xx or 5xx. */
static inline int httpstatus_is_error(int code) {
    return code >= 400 && code <= 599;
}

/* httpstatus::is_cacheable_by_default: heuristically cacheable by default (RFC 9110 section 15.1). */
static inline int httpstatus_is_cacheable_by_default(int code) {
    return code == 200 || (code >= 203 && code <= 204) || code == 206 || (code >= 300 && code <= 301) ||
           code == 308 || (code >= 404 && code <= 405) || code == 410 || code == 414 || code == 451 ||
           code == 501;
}

/* httpstatus::allows_content: may a response with this code carry content? */
static inline int httpstatus_allows_content(int code) {
    return (code >= 200 && code <= 203) || (code >= 206 && code <= 303) ||
           (code >= 305 && code <= 599);
}

/* httpstatus::never_has_content: does such a response end after its header section? */
static inline int httpstatus_never_has_content(int code) {
    return (code >= 100 && code <= 199) || code == 204 || code == 304;
}

/* httpstatus::follows_location: do browsers follow its Location automatically? */
static inline int httpstatus_follows_location(int code) {
    return (code >= 301 && code <= 303) || (code >= 307 && code <= 308);
}

/* httpstatus::preserves_method: does the redirected request keep its method and content? */
static inline int httpstatus_preserves_method(int code) {
    return code >= 307 && code <= 308;
}

/* httpstatus::is_permanent_redirect: is the redirect permanent? */
static inline int httpstatus_is_permanent_redirect(int code) {
    return code == 301 || code == 308;
}

/* httpstatus::retry_after_applies: has Retry-After a defined meaning with it? */
static inline int httpstatus_retry_after_applies(int code) {
    return (code >= 300 && code <= 399) || code == 413 || code == 429 || code == 503;
}

/* httpstatus::class_of: the class of any code 100-599, registered or not (enum httpstatus_class);
   0 outside, where C++ gives nullopt. */
static inline int httpstatus_class_of(int code) {
    if (code >= 100 && code <= 199) return HTTPSTATUS_CLASS_INFORMATIONAL;
    if (code >= 200 && code <= 299) return HTTPSTATUS_CLASS_SUCCESSFUL;
    if (code >= 300 && code <= 399) return HTTPSTATUS_CLASS_REDIRECTION;
    if (code >= 400 && code <= 499) return HTTPSTATUS_CLASS_CLIENT_ERROR;
    if (code >= 500 && code <= 599) return HTTPSTATUS_CLASS_SERVER_ERROR;
    return 0;
}

/* httpstatus::to_string(status_class): the label of a class ("Client Error"); "" for any other
   value. */
static inline const char* httpstatus_class_label(int status_class) {
    switch (status_class) {
    case HTTPSTATUS_CLASS_INFORMATIONAL: return "Informational";
    case HTTPSTATUS_CLASS_SUCCESSFUL: return "Successful";
    case HTTPSTATUS_CLASS_REDIRECTION: return "Redirect";
    case HTTPSTATUS_CLASS_CLIENT_ERROR: return "Client Error";
    case HTTPSTATUS_CLASS_SERVER_ERROR: return "Server Error";
    default: return "";
    }
}

/* httpstatus::retry_of: may the same request, sent again unchanged, succeed? */
static inline enum httpstatus_retry httpstatus_retry_of(int code) {
    switch (code) {
    case 501: case 505: return HTTPSTATUS_RETRY_NO;
    case 408: case 425: case 429: case 503: return HTTPSTATUS_RETRY_YES;
    case 502: case 504: return HTTPSTATUS_RETRY_IF_IDEMPOTENT;
    case 413: return HTTPSTATUS_RETRY_IF_RETRY_AFTER;
    case 421: return HTTPSTATUS_RETRY_ON_ANOTHER_CONNECTION;
    default: return HTTPSTATUS_RETRY_UNSPECIFIED;
    }
}

/* Not an interface: a byte as httpstatus::from_name folds it: ASCII letters lower case, '_' and '-'
   made ' '. */
static inline char httpstatus_detail_fold(char ch) {
    static const char lower[] = "abcdefghijklmnopqrstuvwxyz";
    if (ch == '_' || ch == '-') return ' ';
    if (ch >= 'A' && ch <= 'Z') return lower[ch - 'A'];
    return ch;
}

/* httpstatus::from_name: the code with this registered name or alias; 0 when none has it (C++:
   nullopt). ASCII case is ignored, ' ', '_' and '-' are alike and apostrophes are skipped:
   "not found", "NOT_FOUND", "Payload Too Large", "im_a_teapot". "(Unused)" names both 306 and
   418, so neither: 0. `name` holds `size` bytes, NUL or not; NULL only with a size of 0. */
static inline int httpstatus_from_name(const char* name, size_t size) {
    /* Each key: a name or alias folded, without apostrophes; 0: more than one code has it. */
    static const struct {
        const char* key;
        int code;
    } names[] = {
        {"continue", 100},
        {"switching protocols", 101},
        {"processing", 102},
        {"early hints", 103},
        {"ok", 200},
        {"created", 201},
        {"accepted", 202},
        {"non authoritative information", 203},
        {"no content", 204},
        {"reset content", 205},
        {"partial content", 206},
        {"multi status", 207},
        {"already reported", 208},
        {"im used", 226},
        {"multiple choices", 300},
        {"moved permanently", 301},
        {"found", 302},
        {"moved temporarily", 302},
        {"see other", 303},
        {"not modified", 304},
        {"use proxy", 305},
        {"(unused)", 0},
        {"switch proxy", 306},
        {"temporary redirect", 307},
        {"permanent redirect", 308},
        {"bad request", 400},
        {"unauthorized", 401},
        {"payment required", 402},
        {"forbidden", 403},
        {"not found", 404},
        {"method not allowed", 405},
        {"not acceptable", 406},
        {"proxy authentication required", 407},
        {"request timeout", 408},
        {"request time out", 408},
        {"conflict", 409},
        {"gone", 410},
        {"length required", 411},
        {"precondition failed", 412},
        {"content too large", 413},
        {"payload too large", 413},
        {"request entity too large", 413},
        {"uri too long", 414},
        {"request uri too long", 414},
        {"request uri too large", 414},
        {"unsupported media type", 415},
        {"range not satisfiable", 416},
        {"requested range not satisfiable", 416},
        {"expectation failed", 417},
        {"im a teapot", 418},
        {"misdirected request", 421},
        {"unprocessable content", 422},
        {"unprocessable entity", 422},
        {"locked", 423},
        {"failed dependency", 424},
        {"too early", 425},
        {"upgrade required", 426},
        {"precondition required", 428},
        {"too many requests", 429},
        {"request header fields too large", 431},
        {"unavailable for legal reasons", 451},
        {"internal server error", 500},
        {"not implemented", 501},
        {"bad gateway", 502},
        {"service unavailable", 503},
        {"gateway timeout", 504},
        {"gateway time out", 504},
        {"http version not supported", 505},
        {"variant also negotiates", 506},
        {"insufficient storage", 507},
        {"loop detected", 508},
        {"not extended", 510},
        {"network authentication required", 511},
    };
    char key[64]; /* a longer name is none: no key is as long */
    size_t key_size = 0;
    size_t i;
    for (i = 0; i < size; ++i) {
        if (name[i] == '\'') continue;
        if (key_size == sizeof key) return 0;
        key[key_size++] = httpstatus_detail_fold(name[i]);
    }
    if (key_size == 0) return 0; /* no key is empty, and key holds nothing to compare */
    for (i = 0; i < sizeof names / sizeof names[0]; ++i)
        if (strlen(names[i].key) == key_size && memcmp(names[i].key, key, key_size) == 0) return names[i].code;
    return 0;
}

/* httpstatus::parse: the code at the start of a status line's tail: exactly three digits, 100-599,
   alone or followed by one space and a reason phrase (RFC 9112 section 4), whose bytes must be
   HTAB, SP, VCHAR or obs-text. Returns 1 and sets *code when the text is one; returns 0 and leaves
   *code as it was when not (C++: nullopt). `text` holds `size` bytes; NULL only with a size of 0.
   `code` may be NULL, to ask only whether the text is one. */
static inline int httpstatus_parse(const char* text, size_t size, int* code) {
    /* The bytes a reason phrase may not hold: NUL, CR, LF, the other controls but HTAB, and DEL. */
    static const char not_in_phrase[] = "\000\001\002\003\004\005\006\007\010\012\013\014\015\016\017\020\021\022\023\024\025\026\027\030\031\032\033\034\035\036\037\177";
    int value;
    size_t i;
    if (size < 3 || (size > 3 && text[3] != ' ')) return 0;
    for (i = 0; i < 3; ++i)
        if (text[i] < '0' || text[i] > '9') return 0;
    value = (text[0] - '0') * 100 + (text[1] - '0') * 10 + (text[2] - '0');
    if (value < 100 || value > 599) return 0;
    for (i = 4; i < size; ++i)
        if (memchr(not_in_phrase, text[i], sizeof not_in_phrase - 1)) return 0;
    if (code) *code = value;
    return 1;
}

#ifdef __cplusplus
}
#endif

/* NOLINTEND */
#endif /* HTTPSTATUS_HTTPSTATUS_H */
