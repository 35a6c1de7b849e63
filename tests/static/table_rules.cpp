// SPDX-License-Identifier: MIT
// The tables httpstatus ships keep every table rule; this file passes by compiling.
#include <httpstatus/httpstatus.hpp>
#include <httpstatus/unofficial.hpp>

namespace hs = httpstatus;

// The registry and the unofficial table leave the names rule out of every translation unit (see
// httpstatus::table); it is checked here, for both, with the same function a user's table calls.
// A broken rule calls a function that is not constexpr, so the static_assert does not compile.
constexpr bool keeps_names_rule(hs::entry_span rows) noexcept {
    hs::detail::check_table_names(rows);
    return true;
}
constexpr bool keeps_codes_rules(hs::entry_span rows) noexcept {
    hs::detail::check_table_codes(rows);
    return true;
}
static_assert(keeps_names_rule(hs::all()), "no name or alias of the registry belongs to two rows");
static_assert(keeps_names_rule(hs::unofficial::all()), "no name of the unofficial table belongs to two rows");
static_assert(keeps_codes_rules(hs::all()) && keeps_codes_rules(hs::unofficial::all()));

// "(Unused)" is the name of both 306 and 418: the rule allows it because both are unused.
static_assert(hs::find(306)->name == hs::find(418)->name && hs::find(306)->is_unused() && hs::find(418)->is_unused());
