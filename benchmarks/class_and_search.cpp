// SPDX-License-Identifier: MIT
// The class of a code, an error test, and a short search, each against the obvious hand-written code.
#include "contenders.hpp"
#include "inputs.hpp"

#include <httpstatus/httpstatus.hpp>

#include <string>
#include <vector>

namespace bench {
namespace {

std::string lowercase(std::string_view text) {
    std::string out(text);
    for (char& ch : out)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return out;
}

// What the page's search box matches, one lowercase string per row, made once.
std::vector<std::string> searchable_rows() {
    std::vector<std::string> rows;
    for (const auto& e : httpstatus::all()) {
        std::string row =
            std::to_string(e.value()) + '\n' + lowercase(e.name) + '\n' + lowercase(httpstatus::to_string(e.class_));
        for (auto alias : e.aliases) row += '\n' + lowercase(alias);
        rows.push_back(row);
    }
    return rows;
}

}  // namespace

void register_class_and_search() {
    const std::vector<int> codes = codes_with_unregistered();
    benchmark::RegisterBenchmark("class_of/unregistered_10pct/httpstatus", [codes](benchmark::State& state) {
        run_each(state, codes, [](int code) {
            const auto c = httpstatus::class_of(code);
            return c ? static_cast<std::uintptr_t>(*c) : 0;
        });
    });
    benchmark::RegisterBenchmark("class_of/unregistered_10pct/hand_written", [codes](benchmark::State& state) {
        run_each(state, codes,
                 [](int code) { return code >= 100 && code <= 599 ? static_cast<std::uintptr_t>(code / 100) : 0; });
    });
    benchmark::RegisterBenchmark("is_error/unregistered_10pct/httpstatus", [codes](benchmark::State& state) {
        run_each(state, codes, [](int code) { return static_cast<std::uintptr_t>(httpstatus::is_error(code)); });
    });
    benchmark::RegisterBenchmark("is_error/unregistered_10pct/hand_written", [codes](benchmark::State& state) {
        run_each(state, codes, [](int code) { return static_cast<std::uintptr_t>(code >= 400 && code <= 599); });
    });

    const std::vector<std::string> queries = {"41", "not", "teapot", "client error", "5", "gateway", "too", "20"};
    benchmark::RegisterBenchmark("search/short_query/httpstatus", [queries](benchmark::State& state) {
        run_each(state, queries, [](const std::string& query) { return httpstatus::search(query).size(); });
    });
    benchmark::RegisterBenchmark("search/short_query/hand_written", [queries](benchmark::State& state) {
        const std::vector<std::string> rows = searchable_rows();
        run_each(state, queries, [&rows](const std::string& query) {
            const std::string needle = lowercase(query);
            std::size_t hits = 0;
            for (const std::string& row : rows) hits += row.find(needle) != std::string::npos ? 1U : 0U;
            return hits;
        });
    });
}

}  // namespace bench
