// SPDX-License-Identifier: MIT
// enumerator_name: the enumerator of a code, as the enum spells it.
#include "catch.hpp"

#include <httpstatus/httpstatus.hpp>

#include <cctype>
#include <string>
#include <string_view>

namespace hs = httpstatus;
using hs::status;

TEST_CASE("enumerator_name gives the enumerator of a registered code") {
    CHECK(hs::enumerator_name(status::not_found) == "not_found");
    CHECK(hs::enumerator_name(404) == "not_found");
    CHECK(hs::enumerator_name(status::continue_) == "continue_");
    CHECK(hs::enumerator_name(status::unused_306) == "unused_306");
    CHECK(hs::enumerator_name(status::http_version_not_supported) == "http_version_not_supported");
}

TEST_CASE("enumerator_name of an alias is its code's enumerator") {
    CHECK(hs::enumerator_name(status::im_a_teapot) == "unused_418");
    CHECK(hs::enumerator_name(status::unprocessable_entity) == "unprocessable_content");
    CHECK(hs::enumerator_name(status::requested_range_not_satisfiable) == "range_not_satisfiable");
}

TEST_CASE("enumerator_name is empty for a value without an enumerator") {
    for (int code : {-1, 0, 99, 299, 419, 600, 700, 65535}) {
        INFO(code);
        CHECK(hs::enumerator_name(code).empty());
        if (code >= 0) CHECK(hs::enumerator_name(static_cast<status>(code)).empty());
    }
    // and only then: every code 0-999 has one exactly when the registry has a row for it.
    for (int code = 0; code <= 999; ++code) {
        INFO(code);
        CHECK(hs::enumerator_name(code).empty() == !hs::is_registered(code));
    }
}

TEST_CASE("every registered code has a C++ identifier for its enumerator, each different") {
    for (const auto& e : hs::registry) {
        const std::string_view name = hs::enumerator_name(e.code);
        INFO(e.value());
        REQUIRE_FALSE(name.empty());
        CHECK(std::islower(static_cast<unsigned char>(name.front())));
        for (char ch : name)
            CHECK((std::islower(static_cast<unsigned char>(ch)) || std::isdigit(static_cast<unsigned char>(ch)) ||
                   ch == '_'));
        for (const auto& other : hs::registry)
            if (other.code != e.code) CHECK(hs::enumerator_name(other.code) != name);
    }
}

TEST_CASE("enumerator_name's text outlives any call: it has static storage") {
    std::string_view kept;
    {
        const std::string code = "404";
        kept = hs::enumerator_name(std::stoi(code));
    }
    CHECK(std::string(kept) == "not_found");
}
