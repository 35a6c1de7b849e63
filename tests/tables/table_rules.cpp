// SPDX-License-Identifier: MIT
// The table rules for the registry, which leaves them out of every translation unit (see
// httpstatus::table), checked here with the function every other table's constructor calls. A broken
// rule does not compile, and the error names the rule and the code. This file passes by compiling.
// (Every other table, httpstatus::unofficial::codes among them, is checked by its own constructor:
// tests/tables/compile_fail/table_*.cpp show each rule failing there.)
#include <httpstatus/httpstatus.hpp>

namespace hs = httpstatus;

static_assert(hs::detail::check_table_rules<hs::detail::max_rows>(hs::registry), "the registry keeps every table rule");

// "(Unused)" is the name of both 306 and 418: the rule allows it because both are unused, and it
// would not if either were active.
static_assert(hs::find(306)->name == hs::find(418)->name && hs::find(306)->is_unused() && hs::find(418)->is_unused());
constexpr hs::status_info unused_and_active[] = {
    {hs::status{306}, "(Unused)", "", "", "", hs::registration::unused},
    {hs::status{418}, "(Unused)", "", "", "", hs::registration::active},
};
// The row reported is the later one, whose code the error names; two unused rows share it freely.
static_assert(hs::detail::row_sharing_a_name<2>(hs::entry_span{unused_and_active, 2}) == 1);
constexpr hs::status_info both_unused[] = {
    {hs::status{306}, "(Unused)", "", "", "", hs::registration::unused},
    {hs::status{418}, "(Unused)", "", "", "", hs::registration::unused},
};
static_assert(hs::detail::row_sharing_a_name<2>(hs::entry_span{both_unused, 2}) == 2);
