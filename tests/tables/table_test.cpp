// SPDX-License-Identifier: MIT
// httpstatus::table at run time: the registry, the unofficial codes and a program's own table are
// one type with one set of lookups.
#include "catch.hpp"

#include <httpstatus/httpstatus.hpp>
#include <httpstatus/unofficial.hpp>

#include <climits>
#include <cstddef>
#include <string>
#include <type_traits>

namespace hs = httpstatus;
using hs::status;

namespace {
constexpr hs::table api_codes{{
    {status{461}, "Quota Exceeded", "The account has used up its monthly quota."},
    {status{463}, "Key Revoked", "The API key was revoked.", "API guide", "Key Withdrawn"},
}};

// Text made at run time, so that no lookup below can be folded by the compiler.
std::string text(const char* s) { return {s}; }
}  // namespace

TEST_CASE("the registry and the unofficial codes are tables") {
    STATIC_REQUIRE(std::is_same_v<decltype(hs::registry), const hs::table<hs::registry.size()>&>);
    STATIC_REQUIRE(std::is_same_v<std::remove_cv_t<decltype(hs::unofficial::codes)>, hs::table<21>>);
    CHECK(hs::registry.size() == hs::all().size());
    CHECK(&hs::registry[0] == &hs::all().front());  // the same rows, not a copy
    CHECK(&hs::unofficial::codes[0] == &hs::unofficial::all().front());
}

// reason_phrase and from_name have fast paths of their own (a name per code, a hash index); the
// registry's members look up the same answers the way any table does.
TEST_CASE("the free reason_phrase and from_name answer as the registry's members do") {
    for (int code = -1; code <= 700; ++code) CHECK(hs::reason_phrase(code) == hs::registry.reason_phrase(code));
    for (const auto& e : hs::all()) {
        CHECK(hs::from_name(std::string(e.name)) == hs::registry.from_name(std::string(e.name)));
        for (auto alias : e.aliases) CHECK(hs::from_name(alias) == hs::registry.from_name(alias));
    }
    for (const char* name : {"not found", "NOT_FOUND", "im a teapot", "(Unused)", "", "Not Foun", "Not Found "})
        CHECK(hs::from_name(text(name)) == hs::registry.from_name(text(name)));
}

TEST_CASE("a program's own table: every lookup, for codes it has and codes it has not") {
    REQUIRE(api_codes.size() == 2);
    const hs::status_info* quota = api_codes.find(461);
    REQUIRE(quota == api_codes.begin());
    CHECK(quota->name == "Quota Exceeded");
    CHECK(quota->class_ == hs::status_class::client_error);
    CHECK(api_codes.find(status{463}) == &api_codes[1]);
    CHECK(api_codes.find(404) == nullptr);
    CHECK(api_codes.find(462) == nullptr);
    CHECK(api_codes.reason_phrase(status{463}) == "Key Revoked");
    CHECK(api_codes.reason_phrase(500).empty());
    CHECK(api_codes.description(461) == "The account has used up its monthly quota.");
    CHECK(api_codes.from_name(text("key_withdrawn")) == status{463});
    CHECK(api_codes.from_name(text("KEY REVOKED")) == status{463});
    CHECK_FALSE(api_codes.from_name(text("key")));
    CHECK_FALSE(api_codes.from_name(text("Not Found")));

    const hs::search_results found = api_codes.search(text("46"));
    REQUIRE(found.size() == 2);
    CHECK(&found[0] == api_codes.begin());
    CHECK(found.begin()->value() == 461);
    CHECK(api_codes.search(text("withdrawn")).size() == 1);
    CHECK(api_codes.search(text("server error")).empty());
    CHECK(hs::matches(api_codes[1], text("revoked")));
}

TEST_CASE("a table's lookups stay in bounds for any int") {
    for (int code : {INT_MIN, -1, 0, 99, 100, 599, 600, 65535, INT_MAX}) {
        CHECK(api_codes.find(code) == nullptr);
        CHECK_FALSE(api_codes.contains(code));
        CHECK(api_codes.reason_phrase(code).empty());
        CHECK(api_codes.description(code).empty());
    }
}

TEST_CASE("find_in and from_name_in ask several tables in order") {
    constexpr hs::table overrides{{
        {status{404}, "No Such Page", "This site's own words for 404."},
    }};
    CHECK(hs::find_in(404, hs::registry, api_codes, hs::unofficial::codes) == hs::find(404));
    CHECK(hs::find_in(463, hs::registry, api_codes, hs::unofficial::codes) == &api_codes[1]);
    CHECK(hs::find_in(499, hs::registry, api_codes, hs::unofficial::codes) == hs::unofficial::find(499));
    CHECK(hs::find_in(404, overrides, hs::registry)->name == "No Such Page");
    CHECK(hs::find_in(status::not_found, hs::registry, overrides)->name == "Not Found");
    for (int code : {INT_MIN, -1, 0, 299, 462, 600, INT_MAX})
        CHECK(hs::find_in(code, hs::registry, api_codes, hs::unofficial::codes) == nullptr);
    CHECK(hs::find_in(404, api_codes) == nullptr);
    // As find_any, which is the registry then the unofficial codes.
    for (int code = 0; code <= 600; ++code)
        CHECK(hs::find_in(code, hs::registry, hs::unofficial::codes) == hs::unofficial::find_any(code));

    CHECK(hs::from_name_in(text("NOT_FOUND"), hs::registry, api_codes) == status::not_found);
    CHECK(hs::from_name_in(text("not found"), overrides, hs::registry) == status::not_found);
    CHECK(hs::from_name_in(text("no such page"), hs::registry, overrides) == status{404});
    CHECK(hs::from_name_in(text("Key Withdrawn"), hs::registry, api_codes) == status{463});
    CHECK(hs::from_name_in(text("Client Closed Request"), hs::registry, api_codes, hs::unofficial::codes) ==
          status{499});
    // "(Unused)" names two registry rows, so the registry answers none; a later table may.
    CHECK_FALSE(hs::from_name_in(text("(Unused)"), hs::registry, api_codes));
    CHECK_FALSE(hs::from_name_in(text(""), hs::registry, api_codes));
}

TEST_CASE("status_in is a table's code, checked when it compiles") {
    STATIC_REQUIRE(hs::status_in<api_codes, 463> == status{463});
    STATIC_REQUIRE(hs::status_in<hs::unofficial::codes, 499> == status{499});
    CHECK(api_codes.reason_phrase(hs::status_in<api_codes, 461>) == "Quota Exceeded");
}

namespace {
// A table of the same rows, built when the program runs: its constructor checks every table rule
// then (tests/tables/errors shows a broken rule ending the program), which the constant tables above
// had checked by the compiler.
template <std::size_t Size>
void check_rebuilt_at_run_time(const hs::table<Size>& original) {
    hs::status_info rows[Size];
    std::size_t i = 0;
    for (const hs::status_info& row : original) rows[i++] = row;
    const hs::table<Size> rebuilt{rows};
    REQUIRE(rebuilt.size() == original.size());
    const hs::entry_span span = rebuilt;
    CHECK(span.back().code == original[Size - 1].code);
    CHECK(span.front().code == original[0].code);
    for (const hs::status_info& row : original) {
        CHECK(rebuilt.find(row.value()) != nullptr);
        CHECK(rebuilt.description(row.code) == row.description);
        CHECK(rebuilt.from_name(row.name) == original.from_name(row.name));  // none for "(Unused)"
        CHECK(hs::find_in(row.value(), rebuilt) == &rebuilt[static_cast<std::size_t>(&row - original.begin())]);
    }
}

constexpr hs::table one_row{{
    {status{461}, "Quota Exceeded", "", "", "Over Quota;Quota Used Up"},
}};
constexpr hs::table three_rows{{
    {status{461}, "Quota Exceeded", "", "", "Over Quota"},
    {status{462}, "Plan Expired", ""},
    {status{463}, "Key Revoked", "", "", "Key Withdrawn;Key Cancelled"},
}};
}  // namespace

// The unofficial codes: unofficial_test.cpp.
TEST_CASE("the registry and a program's tables, rebuilt at run time, keep the rules") {
    check_rebuilt_at_run_time(hs::registry);
    check_rebuilt_at_run_time(api_codes);
    check_rebuilt_at_run_time(one_row);
    check_rebuilt_at_run_time(three_rows);
}

TEST_CASE("power_of_two_above is the least power of two greater than its argument") {
    // Read through a volatile, so that the function runs at run time; the compiler sizes each table's
    // set with it.
    volatile std::size_t names = 0;
    CHECK(hs::detail::power_of_two_above(names) == 1);
    names = 1;
    CHECK(hs::detail::power_of_two_above(names) == 2);
    names = 63;
    CHECK(hs::detail::power_of_two_above(names) == 64);
    names = 64;
    CHECK(hs::detail::power_of_two_above(names) == 128);
}

TEST_CASE("a name set has room for more than twice its names, in a power of two of slots") {
    STATIC_REQUIRE(hs::detail::name_set<1>::slot_count == 4);
    STATIC_REQUIRE(hs::detail::name_set<32>::slot_count == 128);
    STATIC_REQUIRE(hs::detail::name_set<33>::slot_count == 128);
}
