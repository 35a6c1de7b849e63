// SPDX-License-Identifier: MIT
// status_v, the _status literal, and switching on status with -Wswitch -Werror.
#include "catch.hpp"

#include <httpstatus/httpstatus.hpp>

#include <string_view>

namespace hs = httpstatus;
using hs::status;
using namespace hs::literals;

namespace {
// One case per registered code and no default: with -Wall (-Wswitch) and -Werror this file only
// compiles while every enumerator is handled, and aliases need no case of their own.
std::string_view kind_of(status s) {
    switch (s) {
    case status::continue_:
    case status::switching_protocols:
    case status::processing:
    case status::early_hints: return "interim";
    case status::ok:
    case status::created:
    case status::accepted:
    case status::non_authoritative_information:
    case status::no_content:
    case status::reset_content:
    case status::partial_content:
    case status::multi_status:
    case status::already_reported:
    case status::im_used: return "success";
    case status::multiple_choices:
    case status::moved_permanently:
    case status::found:
    case status::see_other:
    case status::not_modified:
    case status::use_proxy:
    case status::unused_306:
    case status::temporary_redirect:
    case status::permanent_redirect: return "redirect";
    case status::bad_request:
    case status::unauthorized:
    case status::payment_required:
    case status::forbidden:
    case status::not_found:
    case status::method_not_allowed:
    case status::not_acceptable:
    case status::proxy_authentication_required:
    case status::request_timeout:
    case status::conflict:
    case status::gone:
    case status::length_required:
    case status::precondition_failed:
    case status::content_too_large:
    case status::uri_too_long:
    case status::unsupported_media_type:
    case status::range_not_satisfiable:
    case status::expectation_failed:
    case status::unused_418:
    case status::misdirected_request:
    case status::unprocessable_content:
    case status::locked:
    case status::failed_dependency:
    case status::too_early:
    case status::upgrade_required:
    case status::precondition_required:
    case status::too_many_requests:
    case status::request_header_fields_too_large:
    case status::unavailable_for_legal_reasons: return "client";
    case status::internal_server_error:
    case status::not_implemented:
    case status::bad_gateway:
    case status::service_unavailable:
    case status::gateway_timeout:
    case status::http_version_not_supported:
    case status::variant_also_negotiates:
    case status::insufficient_storage:
    case status::loop_detected:
    case status::not_extended:
    case status::network_authentication_required: return "server";
    }
    return "unregistered";
}
}  // namespace

TEST_CASE("status_v checks the code at compile time") {
    STATIC_REQUIRE(hs::status_v<404> == status::not_found);
    STATIC_REQUIRE(hs::status_v<100> == status::continue_);
    STATIC_REQUIRE(hs::status_v<511> == status::network_authentication_required);
    STATIC_REQUIRE(hs::status_v<413> == status::payload_too_large);
    // status_v<299>, status_v<999>: tests/registry/compile_fail
}

TEST_CASE("the _status literal checks the code at compile time") {
    STATIC_REQUIRE(404_status == status::not_found);
    STATIC_REQUIRE(200_status == status::ok);
    STATIC_REQUIRE(4'18_status == status::im_a_teapot);
    constexpr status teapot = 418_status;
    CHECK(hs::reason_phrase(teapot) == "(Unused)");
    // 999_status, 600_status, 299_status, 0x194_status: tests/registry/compile_fail
}

TEST_CASE("a switch over status handles every registered code, aliases included") {
    for (const auto& e : hs::all()) CHECK(kind_of(e.code) != "unregistered");
    CHECK(kind_of(status::payload_too_large) == "client");
    CHECK(kind_of(status::moved_temporarily) == "redirect");
    CHECK(kind_of(static_cast<status>(299)) == "unregistered");
    CHECK(kind_of(static_cast<status>(0)) == "unregistered");
}
