// SPDX-License-Identifier: MIT
// httpstatus/ostream.hpp: operator<< for status and status_class.
#include "catch.hpp"

#include <httpstatus/ostream.hpp>

#include <iomanip>
#include <sstream>
#include <string>

namespace hs = httpstatus;
using hs::status;

namespace {
template <typename T>
std::string printed(const T& value) {
    std::ostringstream out;
    out << value;
    return out.str();
}
}  // namespace

TEST_CASE("a status prints as its code and registered name") {
    CHECK(printed(status::not_found) == "404 Not Found");
    CHECK(printed(status::ok) == "200 OK");
    CHECK(printed(status::payload_too_large) == "413 Content Too Large");
    CHECK(printed(status::unused_418) == "418 (Unused)");
    for (const auto& e : hs::all()) CHECK(printed(e.code) == std::to_string(e.value()) + ' ' + std::string(e.name));
}

TEST_CASE("a status without a registered name prints as its number alone") {
    CHECK(printed(static_cast<status>(299)) == "299");
    CHECK(printed(static_cast<status>(0)) == "0");
    CHECK(printed(static_cast<status>(65535)) == "65535");
    CHECK(printed(*hs::parse("499 Client Closed Request")) == "499");
}

TEST_CASE("a status class prints as the status-code page's label") {
    CHECK(printed(hs::status_class::client_error) == "Client Error");
    CHECK(printed(hs::status_class::redirection) == "Redirect");
    CHECK(printed(static_cast<hs::status_class>(9)).empty());
}

TEST_CASE("width, fill and adjustment apply to the whole text") {
    std::ostringstream out;
    out << '[' << std::setw(16) << status::not_found << ']';
    out << '[' << std::left << std::setfill('.') << std::setw(16) << status::not_found << ']';
    out << '[' << std::right << std::setw(14) << hs::status_class::server_error << ']';
    out << '[' << std::setw(2) << status::ok << ']';
    CHECK(out.str() == "[   404 Not Found][404 Not Found...][..Server Error][200 OK]");
}
