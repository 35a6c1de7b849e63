// SPDX-License-Identifier: MIT
// httpstatus/http_versions.hpp at run time: each version's facts with their sections, and a value
// outside the enum (read from memory, as a bad byte would be) answering nothing.
#include "catch.hpp"

#include <httpstatus/http_versions.hpp>

#include <string_view>

namespace hs = httpstatus;
using hs::http_version;

namespace {

// Read through a volatile, so that the calls below run at run time, not in the compiler.
http_version read(http_version version) {
    volatile auto byte = static_cast<unsigned char>(version);
    return static_cast<http_version>(byte);
}

const http_version outside_the_enum = static_cast<http_version>(4);

}  // namespace

TEST_CASE("each version's name; none for a value outside the enum", "[http_versions]") {
    CHECK(hs::to_string(read(http_version::http_1_0)) == "HTTP/1.0");
    CHECK(hs::to_string(read(http_version::http_1_1)) == "HTTP/1.1");
    CHECK(hs::to_string(read(http_version::http_2)) == "HTTP/2");
    CHECK(hs::to_string(read(http_version::http_3)) == "HTTP/3");
    CHECK(hs::to_string(read(outside_the_enum)).empty());
}

TEST_CASE("carries_code: any code 100-599, but 101 in HTTP/2 and HTTP/3", "[http_versions]") {
    for (http_version v : {http_version::http_1_0, http_version::http_1_1}) {
        CHECK(hs::carries_code(read(v), 101));
        CHECK(hs::carries_code(read(v), hs::status::not_found).section == "RFC 9110 \xC2\xA7"
                                                                          "15");
    }
    CHECK_FALSE(hs::carries_code(read(http_version::http_2), hs::status::switching_protocols));
    CHECK(hs::carries_code(read(http_version::http_2), 102).section == "RFC 9113 \xC2\xA7"
                                                                       "8.6");
    CHECK_FALSE(hs::carries_code(read(http_version::http_3), 101));
    CHECK(hs::carries_code(read(http_version::http_3), 599).section == "RFC 9114 \xC2\xA7"
                                                                       "4.5");
    const hs::version_fact outside_100_to_599 = hs::carries_code(read(http_version::http_1_1), 600);
    CHECK_FALSE(outside_100_to_599);
    CHECK(outside_100_to_599.section == "RFC 9110 \xC2\xA7"
                                        "15");
    CHECK_FALSE(hs::carries_code(read(http_version::http_2), 99));
    const hs::version_fact outside = hs::carries_code(read(outside_the_enum), 200);
    CHECK_FALSE(outside);
    CHECK(outside.section.empty());
}

TEST_CASE("carries_reason_phrase: HTTP/1.x only", "[http_versions]") {
    CHECK(hs::carries_reason_phrase(read(http_version::http_1_0)).section == "RFC 9112 \xC2\xA7"
                                                                             "4");
    CHECK(hs::carries_reason_phrase(read(http_version::http_1_1)));
    CHECK_FALSE(hs::carries_reason_phrase(read(http_version::http_2)));
    CHECK(hs::carries_reason_phrase(read(http_version::http_2)).section == "RFC 9113 \xC2\xA7"
                                                                           "8.3.2");
    CHECK_FALSE(hs::carries_reason_phrase(read(http_version::http_3)));
    CHECK(hs::carries_reason_phrase(read(http_version::http_3)).section == "RFC 9114 \xC2\xA7"
                                                                           "4.3.2");
    CHECK_FALSE(hs::carries_reason_phrase(read(outside_the_enum)));
    CHECK(hs::carries_reason_phrase(read(outside_the_enum)).section.empty());
}

TEST_CASE("allows_field: a connection-specific field only in HTTP/1.x", "[http_versions]") {
    CHECK(hs::allows_field(read(http_version::http_1_0), "Upgrade"));
    CHECK(hs::allows_field(read(http_version::http_1_1), "Connection").section == "RFC 9110 \xC2\xA7"
                                                                                  "7.6.1");
    CHECK_FALSE(hs::allows_field(read(http_version::http_2), "keep-alive"));
    CHECK(hs::allows_field(read(http_version::http_2), "Retry-After").section == "RFC 9113 \xC2\xA7"
                                                                                 "8.2.2");
    CHECK_FALSE(hs::allows_field(read(http_version::http_3), "TRANSFER-ENCODING"));
    CHECK(hs::allows_field(read(http_version::http_3), "Location").section == "RFC 9114 \xC2\xA7"
                                                                              "4.2");
    CHECK_FALSE(hs::allows_field(read(outside_the_enum), "Location"));
    CHECK(hs::allows_field(read(outside_the_enum), "Location").section.empty());
}
