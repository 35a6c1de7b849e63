// SPDX-License-Identifier: MIT
// search: the status-code page's search box, as a function.
#include "catch.hpp"

#include <httpstatus/httpstatus.hpp>

#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace hs = httpstatus;
using hs::status;

namespace {
std::vector<int> codes_of(const hs::search_results& results) {
    std::vector<int> codes;
    for (const auto& e : results) codes.push_back(e.value());
    return codes;
}

// The same rule written the plain way, to compare against.
std::string lower(std::string_view text) {
    std::string out(text);
    for (char& ch : out)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return out;
}
bool plain_match(const hs::status_info& e, std::string_view query) {
    const std::string q = lower(query);
    if (std::to_string(e.value()).find(q) != std::string::npos) return true;
    if (lower(e.name).find(q) != std::string::npos) return true;
    if (lower(hs::to_string(e.class_)).find(q) != std::string::npos) return true;
    for (std::string_view alias : e.aliases)
        if (lower(alias).find(q) != std::string::npos) return true;
    return false;
}
}  // namespace

TEST_CASE("search matches code text, name, aliases and class label, ignoring case") {
    CHECK(codes_of(hs::search("teapot")) == std::vector<int>{418});
    CHECK(codes_of(hs::search("TEAPOT")) == std::vector<int>{418});
    CHECK(codes_of(hs::search("404")) == std::vector<int>{404});
    CHECK(codes_of(hs::search("41")) == std::vector<int>{410, 411, 412, 413, 414, 415, 416, 417, 418});
    CHECK(codes_of(hs::search("payload")) == std::vector<int>{413});
    CHECK(codes_of(hs::search("entity")) == std::vector<int>{413, 422});
    CHECK(hs::search("client error").size() == 29);
    CHECK(hs::search("Server Error").size() == 11);
    CHECK(hs::search("redirect").size() == 9);
    CHECK(hs::search("informational").size() == 4);
}

TEST_CASE("search with an empty query gives every entry; with no match, none") {
    CHECK(hs::search("").size() == hs::all().size());
    CHECK(hs::search("zzz").empty());
    CHECK(hs::search("600").empty());
    CHECK(hs::search("not found ").empty());
    CHECK(hs::search(std::string_view("404\0", 4)).empty());
    STATIC_REQUIRE(hs::search("teapot").size() == 1);
    STATIC_REQUIRE(hs::search("teapot")[0].code == status::im_a_teapot);
}

TEST_CASE("search agrees with the plain rule for every code, name and class substring") {
    std::vector<std::string> queries = {"5", "0", "1", "xx", "-", "'", "(", "error", "too", "ok", "re"};
    for (const auto& e : hs::all()) {
        queries.push_back(std::to_string(e.value()).substr(1));
        queries.emplace_back(e.name.substr(0, 3));
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
    REQUIRE(results.size() == 29);
    CHECK(results[0].code == status::bad_request);
    CHECK(results.begin()->code == status::bad_request);
    CHECK(results.end() - results.begin() == 29);
    CHECK((results.begin() + 28)->code == status::unavailable_for_legal_reasons);
    CHECK(results.begin()[4].code == status::not_found);
    CHECK(std::prev(results.end())->code == status::unavailable_for_legal_reasons);
    auto it = results.begin();
    it += 3;
    CHECK(it->code == status::forbidden);
    it -= 1;
    CHECK((*it).code == status::payment_required);
    CHECK(it < results.end());
    CHECK(std::distance(results.begin(), results.end()) == 29);
}

TEST_CASE("matches tells whether one entry fits a query") {
    const hs::status_info& teapot = *hs::find(status::unused_418);
    CHECK(hs::matches(teapot, "418"));
    CHECK(hs::matches(teapot, "unUSED"));
    CHECK(hs::matches(teapot, "i'm a"));
    CHECK(hs::matches(teapot, "client"));
    CHECK(hs::matches(teapot, ""));
    CHECK_FALSE(hs::matches(teapot, "im a"));  // search is literal; from_name is the forgiving one
    CHECK_FALSE(hs::matches(teapot, "server"));
    CHECK_FALSE(hs::matches(teapot, "4180"));
    STATIC_REQUIRE(hs::matches(teapot, "tea"));
}
