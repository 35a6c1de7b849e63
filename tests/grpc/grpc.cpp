// SPDX-License-Identifier: MIT
// httpstatus/grpc.hpp's two tables, row by row as ../shared/reference/fields-and-protocols.md gives
// them ("gRPC"); this file passes by compiling.
#include <httpstatus/grpc.hpp>

#include <cstddef>
#include <string_view>

namespace hs = httpstatus;
using hs::status;
using hs::grpc::code;

namespace {
// The code's number and gRPC's name of it.
constexpr bool named(code c, int number, std::string_view name) noexcept {
    return static_cast<int>(c) == number && hs::grpc::to_string(c) == name;
}

// Every int in [first, last] but those listed gives UNKNOWN.
template <std::size_t N>
constexpr bool unknown_but(int first, int last, const int (&listed)[N]) noexcept {
    for (int http = first; http <= last; ++http) {
        bool is_listed = false;
        for (int l : listed) is_listed = is_listed || l == http;
        if (!is_listed && hs::grpc::from_http(http) != code::unknown) return false;
    }
    return true;
}
}  // namespace

// "Codes are numbered 0-16 in that order", with google.rpc.Code's names.
static_assert(named(code::ok, 0, "OK"));
static_assert(named(code::cancelled, 1, "CANCELLED"));
static_assert(named(code::unknown, 2, "UNKNOWN"));
static_assert(named(code::invalid_argument, 3, "INVALID_ARGUMENT"));
static_assert(named(code::deadline_exceeded, 4, "DEADLINE_EXCEEDED"));
static_assert(named(code::not_found, 5, "NOT_FOUND"));
static_assert(named(code::already_exists, 6, "ALREADY_EXISTS"));
static_assert(named(code::permission_denied, 7, "PERMISSION_DENIED"));
static_assert(named(code::resource_exhausted, 8, "RESOURCE_EXHAUSTED"));
static_assert(named(code::failed_precondition, 9, "FAILED_PRECONDITION"));
static_assert(named(code::aborted, 10, "ABORTED"));
static_assert(named(code::out_of_range, 11, "OUT_OF_RANGE"));
static_assert(named(code::unimplemented, 12, "UNIMPLEMENTED"));
static_assert(named(code::internal, 13, "INTERNAL"));
static_assert(named(code::unavailable, 14, "UNAVAILABLE"));
static_assert(named(code::data_loss, 15, "DATA_LOSS"));
static_assert(named(code::unauthenticated, 16, "UNAUTHENTICATED"));
// No name outside 0-16.
static_assert(hs::grpc::to_string(code{17}).empty() && hs::grpc::to_string(code{-1}).empty());

// gRPC code -> HTTP status (googleapis google/rpc/code.proto; grpc-gateway's HTTPStatusFromCode).
static_assert(hs::grpc::to_http(code::ok) == status::ok);
static_assert(hs::grpc::to_http(code::cancelled) == status{499});
static_assert(hs::grpc::to_http(code::unknown) == status::internal_server_error);
static_assert(hs::grpc::to_http(code::invalid_argument) == status::bad_request);
static_assert(hs::grpc::to_http(code::deadline_exceeded) == status::gateway_timeout);
static_assert(hs::grpc::to_http(code::not_found) == status::not_found);
static_assert(hs::grpc::to_http(code::already_exists) == status::conflict);
static_assert(hs::grpc::to_http(code::permission_denied) == status::forbidden);
static_assert(hs::grpc::to_http(code::resource_exhausted) == status::too_many_requests);
static_assert(hs::grpc::to_http(code::failed_precondition) == status::bad_request);
static_assert(hs::grpc::to_http(code::aborted) == status::conflict);
static_assert(hs::grpc::to_http(code::out_of_range) == status::bad_request);
static_assert(hs::grpc::to_http(code::unimplemented) == status::not_implemented);
static_assert(hs::grpc::to_http(code::internal) == status::internal_server_error);
static_assert(hs::grpc::to_http(code::unavailable) == status::service_unavailable);
static_assert(hs::grpc::to_http(code::data_loss) == status::internal_server_error);
static_assert(hs::grpc::to_http(code::unauthenticated) == status::unauthorized);
// 499 is not registered; an unknown code is 500, as HTTPStatusFromCode's default.
static_assert(!hs::is_registered(status{499}));
static_assert(hs::grpc::to_http(code{17}) == status::internal_server_error);
static_assert(hs::grpc::to_http(code{-1}) == status::internal_server_error);

// HTTP status -> gRPC code, without grpc-status (grpc/grpc doc/http-grpc-status-mapping.md).
static_assert(hs::grpc::from_http(400) == code::internal);
static_assert(hs::grpc::from_http(401) == code::unauthenticated);
static_assert(hs::grpc::from_http(403) == code::permission_denied);
static_assert(hs::grpc::from_http(404) == code::unimplemented);
static_assert(hs::grpc::from_http(429) == code::unavailable);
static_assert(hs::grpc::from_http(431) == code::internal);
static_assert(hs::grpc::from_http(502) == code::unavailable);
static_assert(hs::grpc::from_http(503) == code::unavailable);
static_assert(hs::grpc::from_http(504) == code::unavailable);
// "any other UNKNOWN (200 too)"; 1xx, which a client skips, and every int outside 100-599 as well.
static_assert(hs::grpc::from_http(200) == code::unknown && hs::grpc::from_http(100) == code::unknown);
static_assert(unknown_but(-1000, 1000, {400, 401, 403, 404, 429, 431, 502, 503, 504}));
// The status overload answers as the int one.
static_assert(hs::grpc::from_http(status::not_found) == code::unimplemented);
static_assert(hs::grpc::from_http(status{299}) == code::unknown);

// Not inverses: the four codes the reference names.
static_assert(hs::grpc::to_http(hs::grpc::from_http(429)) == status::service_unavailable);
static_assert(hs::grpc::to_http(hs::grpc::from_http(404)) == status::not_implemented);
static_assert(hs::grpc::to_http(hs::grpc::from_http(400)) == status::internal_server_error);
static_assert(hs::grpc::to_http(hs::grpc::from_http(504)) == status::service_unavailable);

// Both are usable where a constant is needed, and promise not to throw.
static_assert(noexcept(hs::grpc::to_http(code::ok)) && noexcept(hs::grpc::from_http(0)) && noexcept(
    hs::grpc::from_http(status::ok)) && noexcept(hs::grpc::to_string(code::ok)));
