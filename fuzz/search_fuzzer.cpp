// SPDX-License-Identifier: MIT
// search returns exactly the entries that match the query by the plain rule of reference.hpp, in
// table order, for the registry and the unofficial table.
#include "reference.hpp"
#include "text_input.hpp"

#include <httpstatus/httpstatus.hpp>
#include <httpstatus/unofficial.hpp>

namespace {
void check_search(httpstatus::entry_span table, const httpstatus::search_results& results, std::string_view query) {
    std::size_t next = 0;
    for (const auto& e : table) {
        if (!reference::matches(e, query)) continue;
        reference::check(next < results.size(), "search finds every entry that matches the query");
        reference::check(&results[next] == &e, "search returns the entries in table order");
        ++next;
    }
    reference::check(next == results.size(), "every search hit matches the query");
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const text_input input(data, size);
    const auto results = httpstatus::search(input.unterminated());
    check_search(httpstatus::all(), results, input.unterminated());

    const auto again = httpstatus::search(input.terminated());
    reference::check(again.size() == results.size(), "search ignores what follows the view");
    for (std::size_t i = 0; i < results.size(); ++i)
        reference::check(&again[i] == &results[i], "search ignores what follows the view");

    check_search(httpstatus::unofficial::all(), httpstatus::unofficial::search(input.unterminated()),
                 input.unterminated());
    return 0;
}
