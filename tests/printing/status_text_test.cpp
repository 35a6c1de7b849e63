// SPDX-License-Identifier: MIT
// What the printing headers share, tested without fmt or <format>: the text a status prints as, and
// where a format spec ends, which picks the formatter that reads it.
#include "catch.hpp"

#include <httpstatus/detail/status_formatter.hpp>

#include <string_view>

namespace hs = httpstatus;

namespace {
// The spec's text up to where end_of_spec says it ends.
constexpr std::string_view spec_of(std::string_view text) {
    return text.substr(0, static_cast<std::size_t>(hs::detail::end_of_spec(text.begin(), text.end()) - text.begin()));
}
}  // namespace

TEST_CASE("a status prints as its code and registered name, or its code alone") {
    using hs::detail::status_text;
    STATIC_REQUIRE(status_text(hs::status::not_found).view() == "404 Not Found");
    STATIC_REQUIRE(status_text(hs::status::im_a_teapot).view() == "418 (Unused)");
    STATIC_REQUIRE(status_text(static_cast<hs::status>(299)).view() == "299");
    STATIC_REQUIRE(status_text(static_cast<hs::status>(65535)).view() == "65535");
    STATIC_REQUIRE(status_text(static_cast<hs::status>(0)).view() == "0");
    for (const auto& e : hs::all()) CHECK(status_text(e.code).view().substr(4) == e.name);
}

TEST_CASE("a spec ends at the brace that closes it, past any width or precision from an argument") {
    STATIC_REQUIRE(spec_of("}").empty());
    STATIC_REQUIRE(spec_of("").empty());
    STATIC_REQUIRE(spec_of("d} {:n}") == "d");
    STATIC_REQUIRE(spec_of(">{}n}") == ">{}n");
    STATIC_REQUIRE(spec_of("*^{0}.{1}}") == "*^{0}.{1}");
    STATIC_REQUIRE(spec_of(">{}}") == ">{}");   // ends in a brace: neither 'd' nor 'n', so a string's spec
    STATIC_REQUIRE(spec_of("<12n") == "<12n");  // no closing brace: the library reports it
}
