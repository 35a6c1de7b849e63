// SPDX-License-Identifier: MIT
// A table declared the way docs/tables.md shows, with every lookup in a static_assert; this file
// passes by compiling.
#include <httpstatus/httpstatus.hpp>

#include <string_view>

namespace hs = httpstatus;
using hs::status;

// Rows as long as their data: code, name and description; a reference and aliases where there are any.
constexpr hs::table api_codes{{
    {status{461}, "Quota Exceeded", "The account has used up its monthly quota."},
    {status{462}, "Plan Expired", "The account's plan has expired.", "API guide, section Errors"},
    {status{463}, "Key Revoked", "The API key was revoked.", "API guide", "Key Withdrawn;Revoked Key"},
    {status{531}, "Upstream Quota", "A service this one depends on refused for quota."},
}};

static_assert(api_codes.size() == 4);
static_assert(api_codes.begin()->code == status{461} && (api_codes.end() - 1)->code == status{531});
static_assert(api_codes[1].reference == "API guide, section Errors" && api_codes[0].reference.empty());

// find, contains, reason_phrase, description: the entry of a code, nothing for any other.
static_assert(api_codes.find(462)->name == "Plan Expired");
static_assert(api_codes.find(status{463})->aliases.size() == 2);
static_assert(api_codes.contains(461) && api_codes.contains(status{531}));
static_assert(!api_codes.contains(404) && !api_codes.contains(0) && !api_codes.contains(-1) &&
              !api_codes.contains(1000));
static_assert(api_codes.reason_phrase(461) == "Quota Exceeded" && api_codes.reason_phrase(404).empty());
static_assert(api_codes.description(status{531}) == "A service this one depends on refused for quota.");
static_assert(api_codes.description(460).empty());

// The class comes from the code; the state and the cache flag from their defaults.
static_assert(api_codes.find(461)->class_ == hs::status_class::client_error);
static_assert(api_codes.find(531)->class_ == hs::status_class::server_error);
static_assert(api_codes.find(461)->state == hs::registration::active && !api_codes.find(461)->cacheable);
static_assert(!api_codes.is_cacheable_by_default(461) && !api_codes.is_cacheable_by_default(200));

// from_name, by the registry's rules: case, separators and apostrophes forgiven; aliases too.
static_assert(api_codes.from_name("quota exceeded") == status{461});
static_assert(api_codes.from_name("PLAN_EXPIRED") == status{462});
static_assert(api_codes.from_name("key-withdrawn") == status{463});
static_assert(api_codes.from_name("Revoked Key") == status{463});
static_assert(!api_codes.from_name("Quota") && !api_codes.from_name("") && !api_codes.from_name("Not Found"));

// search, by the rule of matches(): code, name, alias or class label.
static_assert(api_codes.search("quota").size() == 2);
static_assert(api_codes.search("46").size() == 3);
static_assert(api_codes.search("withdrawn").size() == 1 && api_codes.search("withdrawn")[0].value() == 463);
static_assert(api_codes.search("server error").size() == 1);
static_assert(api_codes.search("").size() == 4 && api_codes.search("teapot").empty());

// The free functions know only the registry.
static_assert(!hs::is_registered(461) && hs::reason_phrase(461).empty());

// A table converts to an entry_span, as all() is one.
constexpr hs::entry_span as_span = api_codes;
static_assert(as_span.size() == 4 && as_span.front().value() == 461);
// empty() on either side of its bound: a span of no entry, and of one.
static_assert(hs::entry_span{as_span.begin(), 0}.empty() && !hs::entry_span{as_span.begin(), 1}.empty());

// Unused rows may share a name; from_name then answers neither, as the registry does for "(Unused)".
constexpr hs::table reserved{{
    {status{470}, "(Reserved)", "Reserved.", "", "", hs::registration::unused},
    {status{471}, "(Reserved)", "Reserved.", "", "", hs::registration::unused},
}};
static_assert(!reserved.from_name("(Reserved)") && reserved.search("reserved").size() == 2);

// A one-row table whose name has the most characters a name may have, 64 (twice the registry's
// longest), found by from_name and by search, a query of 64 characters too.
constexpr std::string_view longest_name = "A Name Of Sixty-Four Characters, The Most That A Table Allows...";
static_assert(longest_name.size() == 64);
constexpr hs::table single{{
    {status{299}, "A Name Of Sixty-Four Characters, The Most That A Table Allows...", "Long."},
}};
static_assert(single.from_name("a_name_of_sixty-four_characters,_the_most_that_a_table_allows...") == status{299});
static_assert(single.search(longest_name).size() == 1 && single.search("sixty-four").size() == 1);
// A query longer than any name can be matches nothing.
static_assert(single.search("A Name Of Sixty-Four Characters, The Most That A Table Allows....").empty());
// An alias may have 64 characters too.
constexpr hs::table single_alias{{
    {status{299}, "Long Alias", "Long.", "",
     hs::name_list("A Name Of Sixty-Four Characters, The Most That A Table Allows...")},
}};
static_assert(single_alias.from_name(longest_name) == status{299});
// A row may repeat its own name as an alias: only two rows answering to one name break the rule.
constexpr hs::table repeats_itself{{
    {status{299}, "Said Twice", "Twice.", "", hs::name_list("said_twice")},
}};
static_assert(repeats_itself.from_name("SAID TWICE") == status{299});

// status_in: status_v for any table. A code the table lacks does not compile
// (tests/tables/compile_fail/status_in_*.cpp).
static_assert(hs::status_in<api_codes, 461> == status{461});
static_assert(hs::status_in<api_codes, 531> == status{531});
static_assert(hs::status_in<hs::registry, 404> == hs::status_v<404>);

// find_in and from_name_in: several tables, in the order given; the first that has the code answers.
constexpr hs::table overrides{{
    {status{404}, "No Such Page", "This site's own words for 404."},
    {status{461}, "Over Quota", "Another table's 461."},
}};
static_assert(hs::find_in(404, hs::registry, api_codes) == hs::find(404));
static_assert(hs::find_in(461, hs::registry, api_codes) == &api_codes[0]);
static_assert(hs::find_in(status{463}, hs::registry, api_codes) == &api_codes[2]);
static_assert(hs::find_in(404, overrides, hs::registry)->name == "No Such Page");
static_assert(hs::find_in(404, hs::registry, overrides)->name == "Not Found");
static_assert(hs::find_in(461, api_codes, overrides)->name == "Quota Exceeded");
static_assert(hs::find_in(461, overrides, api_codes)->name == "Over Quota");
static_assert(hs::find_in(462, overrides, api_codes, hs::registry)->name == "Plan Expired");
static_assert(hs::from_name_in("not found", hs::registry, api_codes) == status{404});
static_assert(hs::from_name_in("key withdrawn", hs::registry, api_codes) == status{463});
static_assert(hs::from_name_in("over quota", api_codes, overrides) == status{461});
static_assert(!hs::from_name_in("nothing", hs::registry, api_codes, overrides));
static_assert(noexcept(hs::find_in(404, hs::registry, api_codes)));
