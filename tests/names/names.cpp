// SPDX-License-Identifier: MIT
// from_name and the aliases, in constant expressions; this file passes by compiling.
#include <httpstatus/httpstatus.hpp>

#include <string_view>

namespace hs = httpstatus;
using hs::status;

static_assert(hs::from_name("Not Found") == status::not_found);
static_assert(hs::from_name("not_found") == status::not_found && hs::from_name("NOT-FOUND") == status::not_found);
static_assert(hs::from_name("Request Entity Too Large") == status::content_too_large);
static_assert(hs::from_name("request-uri-too-large") == status::uri_too_long);
static_assert(hs::from_name("I'M A TEAPOT") == status::unused_418 &&
              hs::from_name("IM_A_TEAPOT") == status::unused_418);
static_assert(hs::from_name("Switch Proxy") == status::unused_306);
static_assert(hs::from_name("Gateway Time-out") == status::gateway_timeout);
static_assert(!hs::from_name("(Unused)") && !hs::from_name("") && !hs::from_name("Not  Found"));
static_assert(!hs::from_name(" Not Found") && !hs::from_name("Not Foun") && !hs::from_name("Not Founds"));
static_assert(!hs::from_name(std::string_view("Not Found\0", 10)));

constexpr bool every_name_round_trips() noexcept {
    for (const auto& e : hs::all()) {
        if (e.is_unused()) continue;  // "(Unused)" is ambiguous on purpose
        if (hs::from_name(hs::reason_phrase(e.code)) != e.code) return false;
        for (std::string_view alias : e.aliases)
            if (hs::from_name(alias) != e.code) return false;
    }
    return true;
}
static_assert(every_name_round_trips());

static_assert(hs::find(414)->aliases.size() == 2 && hs::find(414)->aliases[1] == "Request-URI Too Large");
static_assert(hs::name_list("A;B")[1] == "B" && hs::name_list().empty());
