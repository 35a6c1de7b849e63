// SPDX-License-Identifier: MIT
// search: the status-code page's search box, as a function.
#include "catch.hpp"

#include <httpstatus/httpstatus.hpp>

#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace hs = httpstatus;
using hs::status;

namespace {
// The registered codes whose first digit is `digit`, in code order, read from the table.
std::vector<int> codes_of_class(int digit) {
    std::vector<int> codes;
    for (const auto& e : hs::all())
        if (e.value() / 100 == digit) codes.push_back(e.value());
    return codes;
}

std::vector<int> codes_of(const hs::search_results& results) {
    std::vector<int> codes;
    for (const auto& e : results) codes.push_back(e.value());
    return codes;
}

// The same rule written the plain way, to compare against: from_name's folding (ASCII case
// ignored, '_' and '-' read as ' ', apostrophes skipped) of the name, aliases, class label and
// enumerator, and digits with 'x's after them for codes.
std::string folded(std::string_view text) {
    std::string out;
    for (char ch : text) {
        if (ch == '\'') continue;
        if (ch == '_' || ch == '-') ch = ' ';
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        out += ch;
    }
    return out;
}
bool is_code_query(std::string_view query) {
    const std::size_t digits = query.find_first_not_of("0123456789");
    const std::size_t end = digits == std::string_view::npos ? query.size() : digits;
    return end > 0 && query.size() <= 3 && query.find_first_not_of("xX", end) == std::string_view::npos;
}
bool plain_match(const hs::status_info& e, std::string_view query) {
    if (is_code_query(query)) {
        const std::string digits(query.substr(0, query.find_first_not_of("0123456789")));
        return std::to_string(e.value()).compare(0, digits.size(), digits) == 0;
    }
    const std::string q = folded(query);
    if (folded(e.name).find(q) != std::string::npos) return true;
    if (folded(hs::to_string(e.class_)).find(q) != std::string::npos) return true;
    for (std::string_view alias : e.aliases)
        if (folded(alias).find(q) != std::string::npos) return true;
    return folded(hs::enumerator_name(e.code)).find(q) != std::string::npos;
}
}  // namespace

TEST_CASE("search matches code text, name, aliases and class label, ignoring case") {
    CHECK(codes_of(hs::search("teapot")) == std::vector<int>{418});
    CHECK(codes_of(hs::search("TEAPOT")) == std::vector<int>{418});
    CHECK(codes_of(hs::search("404")) == std::vector<int>{404});
    CHECK(codes_of(hs::search("41")) == std::vector<int>{410, 411, 412, 413, 414, 415, 416, 417, 418});
    CHECK(codes_of(hs::search("payload")) == std::vector<int>{413});
    CHECK(codes_of(hs::search("entity")) == std::vector<int>{413, 422});
    CHECK(codes_of(hs::search("client error")) == codes_of_class(4));
    CHECK(codes_of(hs::search("Server Error")) == codes_of_class(5));
    CHECK(codes_of(hs::search("redirect")) == codes_of_class(3));
    CHECK(codes_of(hs::search("informational")) == codes_of_class(1));
}

TEST_CASE("a query of digits matches codes by prefix, in code order, with or without x's") {
    const std::vector<int> server_errors = codes_of_class(5);
    CHECK(codes_of(hs::search("5")) == server_errors);
    CHECK(codes_of(hs::search("5xx")) == server_errors);
    CHECK(codes_of(hs::search("5XX")) == server_errors);
    CHECK(codes_of(hs::search("5x")) == server_errors);
    CHECK(codes_of(hs::search("41x")) == std::vector<int>{410, 411, 412, 413, 414, 415, 416, 417, 418});
    CHECK(codes_of(hs::search("1xx")) == codes_of_class(1));
    CHECK(hs::search("0").empty());  // a code's digits begin a code; "0" is in 100 but begins none
    CHECK(hs::search("05").empty());
    CHECK(hs::search("6").empty());
    CHECK(hs::search("6xx").empty());
    CHECK(hs::search("5xxx").empty());  // four characters: text, which no name contains
    CHECK(hs::search("x5").empty());
    STATIC_REQUIRE(hs::search("5xx").size() == hs::search("5").size());
    STATIC_REQUIRE(hs::search("5")[0].code == status::internal_server_error);
}

TEST_CASE("a text query is read as from_name reads a name: enumerators and '_' find entries") {
    CHECK(codes_of(hs::search("not_found")) == std::vector<int>{404});
    CHECK(codes_of(hs::search("Not_Found")) == std::vector<int>{404});
    CHECK(codes_of(hs::search("NOT-FOUND")) == std::vector<int>{404});
    CHECK(codes_of(hs::search("im_a_teapot")) == std::vector<int>{418});
    CHECK(codes_of(hs::search("im a")) == std::vector<int>{418});
    CHECK(codes_of(hs::search("I'M A TEAPOT")) == std::vector<int>{418});
    CHECK(codes_of(hs::search("request_timeout")) == std::vector<int>{408});
    CHECK(codes_of(hs::search("request time-out")) == std::vector<int>{408});
    CHECK(codes_of(hs::search("client_error")) == codes_of_class(4));
    CHECK(codes_of(hs::search("http_version_not_supported")) == std::vector<int>{505});
    STATIC_REQUIRE(hs::search("not_found").size() == 1);
}

namespace {
// The enum's older names, each also an alias of its row: the enum's last five enumerators
// (include/httpstatus/httpstatus.hpp), which no reflection can list, as each shares its value. The
// registry's own enumerators come from enumerator_name, which tests/registry/enum_table_sync.cpp holds
// to the compiler's spelling of the enum.
struct alias_enumerator {
    std::string_view spelling;
    status code;
};
constexpr alias_enumerator alias_enumerators[] = {
    {"moved_temporarily", status::moved_temporarily},
    {"payload_too_large", status::payload_too_large},
    {"requested_range_not_satisfiable", status::requested_range_not_satisfiable},
    {"im_a_teapot", status::im_a_teapot},
    {"unprocessable_entity", status::unprocessable_entity},
};

bool search_finds(std::string_view query, status code) {
    for (const auto& e : hs::search(query))
        if (e.code == code) return true;
    return false;
}
}  // namespace

TEST_CASE("every enumerator finds its entry, those unlike their names too") {
    CHECK(codes_of(hs::search("continue_")) == std::vector<int>{100});
    CHECK(codes_of(hs::search("unused_418")) == std::vector<int>{418});
    CHECK(codes_of(hs::search("UNUSED-306")) == std::vector<int>{306});
    CHECK(codes_of(hs::search("unused_4")) == std::vector<int>{418});
    CHECK(codes_of(hs::search("unused")) == std::vector<int>{306, 418});
    CHECK(hs::matches(*hs::find(status::continue_), "continue_"));
    CHECK_FALSE(hs::matches(*hs::find(status::unused_306), "unused_418"));
    for (const auto& e : hs::registry) {
        const std::string_view enumerator = hs::enumerator_name(e.code);
        INFO(enumerator);
        REQUIRE_FALSE(enumerator.empty());
        CHECK(search_finds(enumerator, e.code));
        CHECK(hs::matches(e, enumerator));
    }
    for (const auto& alias : alias_enumerators) {
        INFO(alias.spelling);
        CHECK(search_finds(alias.spelling, alias.code));
    }
    STATIC_REQUIRE(hs::search("continue_").size() == 1);
    STATIC_REQUIRE(hs::search("not_found").size() == 1);
}

TEST_CASE("search with an empty query gives every entry; with no match, none") {
    CHECK(hs::search("").size() == hs::all().size());
    CHECK(hs::search("zzz").empty());
    CHECK(hs::search("600").empty());
    CHECK(hs::search("not found ").empty());
    CHECK(hs::search(std::string_view("404\0", 4)).empty());
    // A query longer than any name may be (64 characters, apostrophes not counted) is in no name,
    // not even one of 64 characters that it starts with.
    static constexpr hs::table longest_name{{
        {status{461}, "Sixty-Four Characters, Exactly As Long As A Name In A Table Is!!", ""},
    }};
    const std::string name(longest_name[0].name);
    REQUIRE(name.size() == 64);
    CHECK(longest_name.search(name).size() == 1);
    CHECK(longest_name.search(name + "'").size() == 1);
    CHECK(longest_name.search(name + "e").empty());
    CHECK(hs::search("'" + std::string(70, '\'') + "teapot").size() == 1);  // apostrophes skipped, not counted
    STATIC_REQUIRE(hs::search("teapot").size() == 1);
    STATIC_REQUIRE(hs::search("teapot")[0].code == status::im_a_teapot);
}

TEST_CASE("search agrees with the plain rule for every code, name and class substring") {
    std::vector<std::string> queries = {"5",   "0",    "1",  "xx",  "-",        "'",         "(",         "error",
                                        "too", "ok",   "re", "5xx", "4x",       "x",         "_",         "1xX",
                                        "9",   "99x",  "i'", "m_",  "a-tea",    "too_many",  "0x",        "4040x",
                                        " ",   "404 ", "e_", "d_4", "unused_3", "continue_", "continue__"};
    for (const auto& e : hs::all()) {
        queries.push_back(std::to_string(e.value()).substr(1));
        queries.emplace_back(e.name.substr(0, 3));
        const std::string_view enumerator = hs::enumerator_name(e.code);
        queries.emplace_back(enumerator.substr(enumerator.size() > 4 ? enumerator.size() - 4 : 0));
    }
    for (const auto& query : queries) {
        INFO('"' << query << '"');
        std::vector<int> expected;
        for (const auto& e : hs::all())
            if (plain_match(e, query)) expected.push_back(e.value());
        CHECK(codes_of(hs::search(query)) == expected);
    }
}

TEST_CASE("search results outlive the query and are a random-access range") {
    hs::search_results results = hs::search(std::string("client error"));
    const auto client_errors = static_cast<std::ptrdiff_t>(codes_of_class(4).size());
    REQUIRE(results.size() == codes_of_class(4).size());
    CHECK(results[0].code == status::bad_request);
    CHECK(results.begin()->code == status::bad_request);
    CHECK(results.end() - results.begin() == client_errors);
    CHECK((results.begin() + (client_errors - 1))->code == status::unavailable_for_legal_reasons);
    CHECK(results.begin()[4].code == status::not_found);
    CHECK(std::prev(results.end())->code == status::unavailable_for_legal_reasons);
    auto it = results.begin();
    it += 3;
    CHECK(it->code == status::forbidden);
    it -= 1;
    CHECK((*it).code == status::payment_required);
    CHECK(it < results.end());
    CHECK(std::distance(results.begin(), results.end()) == client_errors);
}

TEST_CASE("matches tells whether one entry fits a query") {
    const hs::status_info& teapot = *hs::find(status::unused_418);
    CHECK(hs::matches(teapot, "418"));
    CHECK(hs::matches(teapot, "unUSED"));
    CHECK(hs::matches(teapot, "i'm a"));
    CHECK(hs::matches(teapot, "client"));
    CHECK(hs::matches(teapot, ""));
    CHECK(hs::matches(teapot, "im_a"));  // read as from_name reads a name
    CHECK(hs::matches(teapot, "4"));
    CHECK(hs::matches(teapot, "4xx"));
    CHECK_FALSE(hs::matches(teapot, "8"));  // a code query is a prefix of the code
    CHECK_FALSE(hs::matches(teapot, "server"));
    CHECK_FALSE(hs::matches(teapot, "4180"));
    STATIC_REQUIRE(hs::matches(teapot, "tea"));
}
