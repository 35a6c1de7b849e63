// Generated from include/httpstatus/grpc.hpp and the detail/ headers it includes, by the
// target httpstatus-single-include (cmake/single_include.cmake): do not edit.
// httpstatus: gRPC status codes, and the two published tables between them and HTTP status codes.
// SPDX-License-Identifier: MIT
//
//   namespace hs = httpstatus;
//   hs::grpc::to_http(hs::grpc::code::not_found);    // status::not_found: what a gateway answers
//   hs::grpc::from_http(404);                        // code::unimplemented: what a gRPC client concludes
//   hs::grpc::to_string(hs::grpc::code::not_found);  // "NOT_FOUND", gRPC's own name, for a log
//
// The two tables are not inverses of each other: 404 becomes UNIMPLEMENTED, and NOT_FOUND becomes 404.
// docs/grpc.md shows both and says why. An opt-in header: a program that speaks no gRPC pays nothing.
#ifndef HTTPSTATUS_GRPC_HPP
#define HTTPSTATUS_GRPC_HPP

#include <httpstatus/httpstatus.hpp>

#include <cstdint>
#include <string_view>

namespace httpstatus::grpc {

// A gRPC status code: google.rpc.Code (googleapis, google/rpc/code.proto), its names in snake case.
// The underlying type is std::int32_t, the type of google.rpc.Status's `code` field: any number a
// message or a grpc-status field carries is held as it is, and one outside 0-16 stays outside, where
// the functions below give their answer for an unknown code. A byte would do for the 17 values, but
// a program casting a number read from the wire into it would turn 256 into `ok`.
enum class code : std::int32_t {
    ok = 0,
    cancelled = 1,
    unknown = 2,
    invalid_argument = 3,
    deadline_exceeded = 4,
    not_found = 5,
    already_exists = 6,
    permission_denied = 7,
    resource_exhausted = 8,
    failed_precondition = 9,
    aborted = 10,
    out_of_range = 11,
    unimplemented = 12,
    internal = 13,
    unavailable = 14,
    data_loss = 15,
    unauthenticated = 16,
};

// gRPC's own name of the code, as google/rpc/code.proto spells it and gRPC's libraries print it:
// "OK", "CANCELLED", "NOT_FOUND"; empty for a value outside 0-16.
constexpr std::string_view to_string(code c) noexcept {
    switch (c) {
    case code::ok: return "OK";
    case code::cancelled: return "CANCELLED";
    case code::unknown: return "UNKNOWN";
    case code::invalid_argument: return "INVALID_ARGUMENT";
    case code::deadline_exceeded: return "DEADLINE_EXCEEDED";
    case code::not_found: return "NOT_FOUND";
    case code::already_exists: return "ALREADY_EXISTS";
    case code::permission_denied: return "PERMISSION_DENIED";
    case code::resource_exhausted: return "RESOURCE_EXHAUSTED";
    case code::failed_precondition: return "FAILED_PRECONDITION";
    case code::aborted: return "ABORTED";
    case code::out_of_range: return "OUT_OF_RANGE";
    case code::unimplemented: return "UNIMPLEMENTED";
    case code::internal: return "INTERNAL";
    case code::unavailable: return "UNAVAILABLE";
    case code::data_loss: return "DATA_LOSS";
    case code::unauthenticated: return "UNAUTHENTICATED";
    }
    return {};
}

// The HTTP status a gateway answers for a gRPC code: the "HTTP Mapping" of each code in
// google/rpc/code.proto, which grpc-gateway's HTTPStatusFromCode (runtime/errors.go) follows.
// CANCELLED is 499, nginx's Client Closed Request, which is not registered: status{499}.
// A value outside 0-16 is 500 Internal Server Error, as HTTPStatusFromCode answers an unknown code
// (and as UNKNOWN itself maps).
constexpr status to_http(code c) noexcept {
    switch (c) {
    case code::ok: return status::ok;
    case code::cancelled: return status{499};
    case code::unknown: return status::internal_server_error;
    case code::invalid_argument: return status::bad_request;
    case code::deadline_exceeded: return status::gateway_timeout;
    case code::not_found: return status::not_found;
    case code::already_exists: return status::conflict;
    case code::permission_denied: return status::forbidden;
    case code::resource_exhausted: return status::too_many_requests;
    case code::failed_precondition: return status::bad_request;  // not 412: code.proto says why
    case code::aborted: return status::conflict;
    case code::out_of_range: return status::bad_request;
    case code::unimplemented: return status::not_implemented;
    case code::internal: return status::internal_server_error;
    case code::unavailable: return status::service_unavailable;
    case code::data_loss: return status::internal_server_error;
    case code::unauthenticated: return status::unauthorized;
    }
    return status::internal_server_error;
}

// The gRPC code a client gives a call whose response had no grpc-status field, from its HTTP status
// (grpc/grpc, doc/http-grpc-status-mapping.md; a server must not use this table). Every code but
// 400, 401, 403, 404, 429, 431, 502, 503 and 504 is UNKNOWN: 200 too ("there should be a grpc-status
// in case of truly OK response"), and any int outside 100-599.
// A 1xx is an interim response: the document says to skip its header block and read the next one,
// so a client must not call this for it; it is UNKNOWN here, as the table's "all other codes".
constexpr code from_http(int http_status) noexcept {
    switch (http_status) {
    case 400: return code::internal;
    case 401: return code::unauthenticated;
    case 403: return code::permission_denied;
    case 404: return code::unimplemented;
    case 429: return code::unavailable;
    case 431: return code::internal;
    case 502:
    case 503:
    case 504: return code::unavailable;
    default: return code::unknown;
    }
}

// The same for a status: from_http(to_int(s)).
constexpr code from_http(status s) noexcept { return from_http(to_int(s)); }

}  // namespace httpstatus::grpc

#endif  // HTTPSTATUS_GRPC_HPP
