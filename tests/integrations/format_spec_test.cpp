// SPDX-License-Identifier: MIT
// The format-spec parser and padding shared by fmt.hpp and format.hpp, tested without either library.
#include "../unit/catch.hpp"

#include <httpstatus/detail/format_spec.hpp>

#include <string>
#include <string_view>

namespace hs = httpstatus;
using hs::detail::format_spec;

namespace {
struct parsed {
    format_spec spec;
    std::size_t stopped_at = 0;  // cppcheck-suppress unusedStructMember ; read in STATIC_REQUIRE
    const char* error = nullptr;
};
constexpr parsed parse(std::string_view text, std::string_view types = hs::detail::spec_types(hs::status{})) {
    format_spec spec;
    const auto result = hs::detail::parse_format_spec(text.begin(), text.end(), spec, types);
    return {spec, static_cast<std::size_t>(result.end - text.begin()), result.error};
}
std::string padded(std::string_view spec_text, std::string_view text) {
    const parsed p = parse(spec_text);
    REQUIRE(p.error == nullptr);
    std::string out;
    hs::detail::write_padded(std::back_inserter(out), text, p.spec);
    return out;
}
}  // namespace

TEST_CASE("the text of a status for each type") {
    using hs::detail::to_text;
    STATIC_REQUIRE(to_text(hs::status::not_found).view() == "404 Not Found");
    STATIC_REQUIRE(to_text(hs::status::not_found, 'd').view() == "404");
    STATIC_REQUIRE(to_text(hs::status::not_found, 'n').view() == "Not Found");
    STATIC_REQUIRE(to_text(static_cast<hs::status>(299)).view() == "299");
    STATIC_REQUIRE(to_text(static_cast<hs::status>(299), 'n').view().empty());
    STATIC_REQUIRE(to_text(static_cast<hs::status>(65535)).view() == "65535");
    STATIC_REQUIRE(to_text(static_cast<hs::status>(0), 'd').view() == "0");
}

TEST_CASE("specs parse fill, alignment, width and type up to the closing brace") {
    STATIC_REQUIRE(parse("}").stopped_at == 0);
    STATIC_REQUIRE(parse("").error == nullptr);
    STATIC_REQUIRE(parse("d}").spec.type == 'd');
    STATIC_REQUIRE(parse("n}").spec.type == 'n');
    STATIC_REQUIRE(parse("s}").spec.type == 's');
    STATIC_REQUIRE(parse(">20}").spec.align == '>');
    STATIC_REQUIRE(parse(">20}").spec.width == 20);
    STATIC_REQUIRE(parse("*^9d}").spec.fill[0] == '*');
    STATIC_REQUIRE(parse("*^9d}").spec.align == '^');
    STATIC_REQUIRE(parse("*^9d}").spec.width == 9);
    STATIC_REQUIRE(parse("*^9d}").spec.type == 'd');
    STATIC_REQUIRE(parse("*^9d}").stopped_at == 4);
    STATIC_REQUIRE(parse("<<5}").spec.fill[0] == '<');         // a fill may be an alignment character
    STATIC_REQUIRE(parse("\xC3\xA9>5}").spec.fill_size == 2);  // a fill is one UTF-8 code point
    STATIC_REQUIRE(parse("12}").spec.align == '<');            // strings align left by default
}

TEST_CASE("bad specs are reported, not guessed at") {
    CHECK(parse("x}").error != nullptr);   // unknown type
    CHECK(parse("dd}").error != nullptr);  // characters after the type
    CHECK(parse("05}").error != nullptr);  // zero-padding is for numbers
    CHECK(parse("{}}").error != nullptr);  // dynamic width
    CHECK(parse(">{}}").error != nullptr);
    CHECK(parse("99999}").error != nullptr);  // width too large
    CHECK(parse("{<5}").error != nullptr);    // a brace cannot be a fill
    CHECK(parse("d}", hs::detail::spec_types(hs::status_class{})).error != nullptr);
    CHECK(parse("+}").error != nullptr);   // no sign for a status
    CHECK(parse(".3}").error != nullptr);  // no precision
}

TEST_CASE("text is padded to the width with the fill, on the side the alignment says") {
    CHECK(padded("}", "404") == "404");
    CHECK(padded("6}", "404") == "404   ");
    CHECK(padded("<6}", "404") == "404   ");
    CHECK(padded(">6}", "404") == "   404");
    CHECK(padded("^7}", "404") == "  404  ");
    CHECK(padded("^6}", "404") == " 404  ");
    CHECK(padded("*>5}", "404") == "**404");
    CHECK(padded("\xC3\xA9<5}", "404") == "404\xC3\xA9\xC3\xA9");
    CHECK(padded("2}", "404") == "404");  // never truncated
}
