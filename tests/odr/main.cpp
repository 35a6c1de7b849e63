// SPDX-License-Identifier: MIT
// Two translation units include every header and are linked into one program: the table, the
// unofficial table and the error category are one object each, and both see the same behaviour.
#include "odr.hpp"

#include <cstdio>

int main() {
    const seen_from_a_translation_unit first = seen_from_first();
    const seen_from_a_translation_unit second = seen_from_second();
    const bool checks[] = {
        first.table == second.table,
        first.table == httpstatus::all().begin(),
        first.not_found == second.not_found,
        first.not_found == httpstatus::find(404),
        first.unofficial_table == second.unofficial_table,
        first.category == second.category,
        first.category == &httpstatus::http_category(),
        first.printed == "404 Not Found" && first.printed == second.printed,
        first.message == "Gone" && first.message == second.message,
    };
    int passed = 0;
    int failed = 0;
    for (bool ok : checks) (ok ? passed : failed) += 1;
    std::printf("odr: %d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
