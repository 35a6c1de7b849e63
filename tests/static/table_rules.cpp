// SPDX-License-Identifier: MIT
// The table rules for the registry, which leaves them out of every translation unit (see
// httpstatus::table), checked here with the function every other table's constructor calls. A broken
// rule calls a function that is not constexpr, and the static_assert does not compile, naming the
// rule. This file passes by compiling.
#include <httpstatus/httpstatus.hpp>
#include <httpstatus/unofficial.hpp>

namespace hs = httpstatus;

constexpr bool keeps_table_rules(hs::entry_span rows) noexcept {
    hs::detail::check_table_rules<hs::detail::max_rows>(rows);
    return true;
}
static_assert(keeps_table_rules(hs::all()), "the registry keeps every table rule");
static_assert(hs::detail::names_are_distinct<hs::detail::max_rows>(hs::all()));

// "(Unused)" is the name of both 306 and 418: the rule allows it because both are unused, and it
// would not if either were active.
static_assert(hs::find(306)->name == hs::find(418)->name && hs::find(306)->is_unused() && hs::find(418)->is_unused());
constexpr hs::status_info unused_and_active[] = {
    {hs::status{306}, "(Unused)", "", "", "", hs::registration::unused},
    {hs::status{418}, "(Unused)", "", "", "", hs::registration::active},
};
static_assert(!hs::detail::names_are_distinct<2>(hs::entry_span{unused_and_active, 2}));
