// SPDX-License-Identifier: MIT
// httpstatus/fmt.hpp: {fmt} formatters with the {}, {:d} and {:n} specs.
#include "../unit/catch.hpp"

#include <httpstatus/fmt.hpp>

#include <string>

namespace hs = httpstatus;
using hs::status;

TEST_CASE("fmt formats a status as code and name, code, or name") {
    CHECK(fmt::format("{}", status::not_found) == "404 Not Found");
    CHECK(fmt::format("{:s}", status::not_found) == "404 Not Found");
    CHECK(fmt::format("{:d}", status::not_found) == "404");
    CHECK(fmt::format("{:n}", status::not_found) == "Not Found");
    CHECK(fmt::format("{}", status::im_a_teapot) == "418 (Unused)");
    for (const auto& e : hs::all()) CHECK(fmt::format("{:d} {:n}", e.code, e.code) == fmt::format("{}", e.code));
}

TEST_CASE("fmt never prints a wrong phrase for a code without one") {
    CHECK(fmt::format("{}", static_cast<status>(299)) == "299");
    CHECK(fmt::format("{:d}", static_cast<status>(299)) == "299");
    CHECK(fmt::format("{:n}", static_cast<status>(299)).empty());
}

TEST_CASE("fmt formats a status class as its label") {
    CHECK(fmt::format("{}", hs::status_class::client_error) == "Client Error");
    CHECK(fmt::format("{:s}", hs::status_class::redirection) == "Redirect");
    CHECK(fmt::format("{}", static_cast<hs::status_class>(0)).empty());
}

TEST_CASE("width, fill and alignment work as for strings") {
    CHECK(fmt::format("[{:16}]", status::not_found) == fmt::format("[{:16}]", "404 Not Found"));
    CHECK(fmt::format("[{:>16}]", status::not_found) == "[   404 Not Found]");
    CHECK(fmt::format("[{:*^17}]", status::not_found) == "[**404 Not Found**]");
    CHECK(fmt::format("[{:->6d}]", status::ok) == "[---200]");
    CHECK(fmt::format("[{:<12n}]", status::ok) == "[OK          ]");
    CHECK(fmt::format("[{:.>14}]", hs::status_class::server_error) == "[..Server Error]");
    CHECK(fmt::format("[{:2}]", status::ok) == "[200 OK]");
}

TEST_CASE("a bad spec is a format_error at run time (and a compile error when checked)") {
    CHECK_THROWS_AS(fmt::format(fmt::runtime("{:x}"), status::ok), fmt::format_error);
    CHECK_THROWS_AS(fmt::format(fmt::runtime("{:05}"), status::ok), fmt::format_error);
    CHECK_THROWS_AS(fmt::format(fmt::runtime("{:{}}"), status::ok, 5), fmt::format_error);
    CHECK_THROWS_AS(fmt::format(fmt::runtime("{:d}"), hs::status_class::client_error), fmt::format_error);
}
