// SPDX-License-Identifier: MIT
// httpstatus/error_code.hpp: codes as std::error_code, classes as conditions.
#include "catch.hpp"

#include <httpstatus/error_code.hpp>

#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

namespace hs = httpstatus;
using hs::status;
using hs::status_class;

const std::error_category* category_from_another_translation_unit();

TEST_CASE("a status converts to an error_code of the one http category") {
    STATIC_REQUIRE(std::is_error_code_enum<status>::value);
    STATIC_REQUIRE(std::is_error_condition_enum<status_class>::value);
    const std::error_code ec = status::not_found;
    CHECK(ec.value() == 404);
    CHECK(ec.category() == hs::http_category());
    CHECK(std::string(ec.category().name()) == "http");
    CHECK(ec == status::not_found);
    CHECK(ec != status::gone);
    CHECK(hs::make_error_code(status::ok).value() == 200);
    CHECK(&hs::http_category() == category_from_another_translation_unit());
}

TEST_CASE("the message is the reason phrase, or says the status is unknown") {
    CHECK(std::error_code(status::not_found).message() == "Not Found");
    CHECK(std::error_code(status::payload_too_large).message() == "Content Too Large");
    CHECK(hs::make_error_code(static_cast<status>(299)).message() == "unknown HTTP status 299");
    CHECK(std::error_code(700, hs::http_category()).message() == "unknown HTTP status 700");
    CHECK(std::error_code(-1, hs::http_category()).message() == "unknown HTTP status -1");
    // Just outside the class values 1-5, a value is only itself.
    CHECK(std::error_code(0, hs::http_category()).message() == "unknown HTTP status 0");
    CHECK(std::error_code(6, hs::http_category()).message() == "unknown HTTP status 6");
    CHECK(std::error_condition(status_class::client_error).message() == "Client Error");
}

TEST_CASE("an error_code compares equal to its class's condition") {
    const std::error_code not_found = status::not_found;
    CHECK(not_found == status_class::client_error);
    CHECK(not_found != status_class::server_error);
    CHECK(std::error_code(status::bad_gateway) == status_class::server_error);
    CHECK(std::error_code(status::ok) == status_class::successful);
    CHECK(std::error_code(status::continue_) == status_class::informational);
    CHECK(std::error_code(status::found) == status_class::redirection);
    // Unregistered codes still have a class (RFC 9110 §15).
    CHECK(hs::make_error_code(static_cast<status>(499)) == status_class::client_error);
    CHECK(not_found.default_error_condition() == hs::make_error_condition(status_class::client_error));
    for (int code = 100; code <= 599; ++code) {
        const std::error_code ec(code, hs::http_category());
        CHECK(ec == *hs::class_of(code));
    }
}

TEST_CASE("values outside 100-599 belong to no class") {
    for (int value : {-1, 0, 1, 2, 3, 4, 5, 6, 99, 600, 4040}) {
        const std::error_code ec(value, hs::http_category());
        INFO(value);
        CHECK(ec != status_class::informational);
        CHECK(ec != status_class::successful);
        CHECK(ec != status_class::redirection);
        CHECK(ec != status_class::client_error);
        CHECK(ec != status_class::server_error);
        // Its condition is only itself.
        CHECK(ec.default_error_condition() == std::error_condition(value, hs::http_category()));
    }
}

TEST_CASE("the category is http, and another instance of its type is another category") {
    // http_category()'s one instance is a constant, built by the compiler; this one is built here.
    hs::detail::http_category other;  // not const: a const one the compiler builds as a constant
    CHECK(std::string_view(other.name()) == "http");
    CHECK(other.message(404) == "Not Found");
    CHECK(other != hs::http_category());  // categories are equal only when they are one object
    CHECK(std::error_code(404, other) != std::error_code(status::not_found));
}

TEST_CASE("a condition of the http category that is not a class is one code") {
    const std::error_code not_found = status::not_found;
    CHECK(not_found == std::error_condition(404, hs::http_category()));
    CHECK(not_found != std::error_condition(403, hs::http_category()));
    CHECK(std::error_code(600, hs::http_category()) == std::error_condition(600, hs::http_category()));
}

TEST_CASE("codes of other categories are not http codes") {
    const std::error_code io = std::make_error_code(std::errc::io_error);
    CHECK(io != status_class::client_error);
    CHECK(io != status_class::server_error);
    const std::error_code four(4, std::generic_category());
    CHECK(four != status_class::client_error);
    CHECK(std::error_code(404, std::generic_category()) != status::not_found);
    // Both ways round: another category's 404 is not a client error, and an http 404 is not another
    // category's condition 4 (each comparison asks both categories; each must check the other's).
    CHECK(std::error_code(404, std::generic_category()) != status_class::client_error);
    CHECK(std::error_code(status::not_found) != std::error_condition(4, std::generic_category()));
    // A value outside the classes equals the http condition of the same value, and no other.
    CHECK(std::error_code(0, hs::http_category()) == std::error_condition(0, hs::http_category()));
    CHECK(std::error_code(6, hs::http_category()) == std::error_condition(6, hs::http_category()));
}

TEST_CASE("a success status is an error_code that tests true, as every nonzero value does") {
    // docs/errors.md says so: keep std::error_code{} for success.
    const std::error_code ok = status::ok;
    CHECK(static_cast<bool>(ok));
    CHECK(ok == status_class::successful);
    CHECK_FALSE(static_cast<bool>(std::error_code{}));
}
