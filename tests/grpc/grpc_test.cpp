// SPDX-License-Identifier: MIT
// httpstatus/grpc.hpp: gRPC's codes, to_http (code.proto) and from_http (http-grpc-status-mapping.md).
// The tables row by row: tests/grpc/grpc.cpp.
#include "catch.hpp"

#include <httpstatus/grpc.hpp>

#include <climits>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

namespace hs = httpstatus;
using hs::status;
using hs::grpc::code;

namespace {
constexpr int code_count = 17;  // google.rpc.Code: OK = 0 ... UNAUTHENTICATED = 16

code nth(int number) { return static_cast<code>(number); }
}  // namespace

TEST_CASE("each gRPC code has its own upper-case name", "[grpc]") {
    std::set<std::string_view> names;
    for (int number = 0; number < code_count; ++number) {
        const std::string_view name = hs::grpc::to_string(nth(number));
        INFO("code " << number << ": " << std::string(name));
        REQUIRE_FALSE(name.empty());
        for (char ch : name) CHECK(((ch >= 'A' && ch <= 'Z') || ch == '_'));
        names.insert(name);
    }
    CHECK(names.size() == code_count);
}

TEST_CASE("a value outside 0-16 has no name", "[grpc][bad_input]") {
    for (int number : {-1, 17, 255, 256, 1000, INT32_MIN, INT32_MAX}) {
        INFO("code " << number);
        CHECK(hs::grpc::to_string(nth(number)).empty());
    }
}

TEST_CASE("to_http gives an error status for every code but OK, and a registered one but for CANCELLED", "[grpc]") {
    CHECK(hs::grpc::to_http(code::ok) == status::ok);
    for (int number = 1; number < code_count; ++number) {
        const status http = hs::grpc::to_http(nth(number));
        INFO(std::string(hs::grpc::to_string(nth(number))) << " is " << hs::to_int(http));
        CHECK((hs::is_client_error(http) || hs::is_server_error(http)));
        CHECK(hs::is_registered(http) == (nth(number) != code::cancelled));
    }
    // CANCELLED is nginx's 499 Client Closed Request, which IANA has not registered.
    CHECK(hs::to_int(hs::grpc::to_http(code::cancelled)) == 499);
}

TEST_CASE("to_http gives 500 for a value outside 0-16, as grpc-gateway does", "[grpc][bad_input]") {
    for (int number : {-1, 17, 255, 256, INT32_MIN, INT32_MAX}) {
        INFO("code " << number);
        CHECK(hs::grpc::to_http(nth(number)) == status::internal_server_error);
    }
}

TEST_CASE("from_http gives UNKNOWN for 200 and every 1xx: there should have been a grpc-status", "[grpc][bad_input]") {
    CHECK(hs::grpc::from_http(200) == code::unknown);
    CHECK(hs::grpc::from_http(status::ok) == code::unknown);
    // A client skips an interim response's header block rather than ask; asked, the answer is UNKNOWN.
    for (int interim = 100; interim <= 199; ++interim) {
        INFO(interim);
        CHECK(hs::grpc::from_http(interim) == code::unknown);
    }
}

TEST_CASE("from_http gives UNKNOWN for an int that is no status code", "[grpc][bad_input]") {
    for (int http : {INT_MIN, -404, -1, 0, 4, 40, 99, 600, 999, 4040, 65536 + 404, INT_MAX}) {
        INFO(http);
        CHECK(hs::grpc::from_http(http) == code::unknown);
    }
}

TEST_CASE("from_http names nine codes and gives UNKNOWN for every other one of 100-599", "[grpc]") {
    int named = 0;
    for (int http = 100; http <= 599; ++http)
        if (hs::grpc::from_http(http) != code::unknown) ++named;
    CHECK(named == 9);
    // Only five codes come out of the table, UNKNOWN included.
    std::set<code> results;
    for (int http = 100; http <= 599; ++http) results.insert(hs::grpc::from_http(http));
    CHECK(results == std::set<code>{code::unknown, code::internal, code::unauthenticated, code::permission_denied,
                                    code::unimplemented, code::unavailable});
}

TEST_CASE("from_http(status) answers as from_http(int) for every value a status holds", "[grpc]") {
    for (int http = 0; http <= 0xFFFF; ++http) {
        const auto s = static_cast<status>(static_cast<std::uint16_t>(http));
        if (hs::grpc::from_http(s) != hs::grpc::from_http(http)) FAIL("from_http differs for " << http);
    }
    CHECK(hs::grpc::from_http(status::too_many_requests) == code::unavailable);
}

TEST_CASE("to_http then from_http gives back only UNKNOWN, PERMISSION_DENIED, UNAVAILABLE, UNAUTHENTICATED", "[grpc]") {
    std::set<code> kept;
    for (int number = 0; number < code_count; ++number)
        if (hs::grpc::from_http(hs::grpc::to_http(nth(number))) == nth(number)) kept.insert(nth(number));
    CHECK(kept == std::set<code>{code::unknown, code::permission_denied, code::unavailable, code::unauthenticated});
    // The four of docs/grpc.md: each HTTP status comes back as another.
    CHECK(hs::grpc::to_http(hs::grpc::from_http(429)) == status::service_unavailable);
    CHECK(hs::grpc::to_http(hs::grpc::from_http(404)) == status::not_implemented);
    CHECK(hs::grpc::to_http(hs::grpc::from_http(400)) == status::internal_server_error);
    CHECK(hs::grpc::to_http(hs::grpc::from_http(504)) == status::service_unavailable);
}

TEST_CASE("the gRPC functions are constant expressions", "[grpc]") {
    STATIC_REQUIRE(hs::grpc::to_http(code::not_found) == status::not_found);
    STATIC_REQUIRE(hs::grpc::from_http(404) == code::unimplemented);
    STATIC_REQUIRE(hs::grpc::to_string(code::deadline_exceeded) == "DEADLINE_EXCEEDED");
}
