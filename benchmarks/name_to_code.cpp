// SPDX-License-Identifier: MIT
// name -> code, ignoring case and treating ' ', '_' and '-' alike, aliases included:
// httpstatus::from_name against the limit, a perfect hash that gperf makes over the same keys, the
// input folded as from_name folds it; an unordered_map keyed by the folded name (folding counted); and
// a linear scan over the folded names.
#include "contenders.hpp"
#include "inputs.hpp"

#include <httpstatus/httpstatus.hpp>

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace bench {
namespace {

// The key both hand-written contenders look names up by: lowercase, separators as ' ', no apostrophes.
std::string folded(std::string_view name) {
    std::string key;
    key.reserve(name.size());
    for (char ch : name) {
        if (ch == '\'') continue;
        if (ch == '_' || ch == '-') ch = ' ';
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        key += ch;
    }
    return key;
}

std::vector<std::pair<std::string, httpstatus::status>> folded_names() {
    std::vector<std::pair<std::string, httpstatus::status>> keys;
    for (const auto& e : httpstatus::all()) {
        if (e.is_unused()) continue;  // "(Unused)" names two codes
        keys.emplace_back(folded(e.name), e.code);
        for (auto alias : e.aliases) keys.emplace_back(folded(alias), e.code);
    }
    return keys;
}

#if HTTPSTATUS_BENCH_GPERF
// gperf's class gperf_names, written at build time from the registry (gperf/keys.cpp, CMakeLists.txt).
#include <registry_names_gperf.hpp>

// Each byte as from_name folds it, in a table: one load per byte, as from_name's own folding.
struct folding_table {
    char byte[256] = {};
    constexpr folding_table() noexcept {
        for (int i = 0; i < 256; ++i) byte[i] = httpstatus::detail::fold_name_char(static_cast<char>(i));
    }
};
constexpr folding_table name_folding;

// The input folded into a buffer on the stack, apostrophes dropped, then gperf's lookup: the least a
// lookup by this rule can do, with a hash made for these keys alone.
std::uintptr_t gperf_code(std::string_view name) {
    char key[httpstatus::detail::max_name_size];
    std::size_t size = 0;
    for (char ch : name) {
        if (httpstatus::detail::is_skipped_in_name(ch)) continue;
        if (size == sizeof key) return 0;  // longer than any name
        key[size++] = name_folding.byte[static_cast<unsigned char>(ch)];
    }
    const gperf_name* found = gperf_names::find(key, size);
    return found != nullptr ? static_cast<std::uintptr_t>(found->code) : 0;
}
#endif

std::uintptr_t code_or_zero(httpstatus::status s) { return static_cast<std::uintptr_t>(httpstatus::to_int(s)); }

}  // namespace

void register_name_to_code() {
    const std::vector<std::string> names = name_inputs();
    benchmark::RegisterBenchmark("name_to_code/mixed/httpstatus", [names](benchmark::State& state) {
        run_each(state, names, [](const std::string& name) {
            const auto s = httpstatus::from_name(name);
            return s ? code_or_zero(*s) : 0;
        });
    });
#if HTTPSTATUS_BENCH_GPERF
    benchmark::RegisterBenchmark("name_to_code/mixed/gperf", [names](benchmark::State& state) {
        run_each(state, names, [](const std::string& name) { return gperf_code(name); });
    });
    // Each answers every input alike: a limit that found other codes would bound nothing.
    for (const std::string& name : names) {
        const auto s = httpstatus::from_name(name);
        if (gperf_code(name) != (s ? code_or_zero(*s) : 0)) std::abort();
    }
#endif
    benchmark::RegisterBenchmark("name_to_code/mixed/unordered_map", [names](benchmark::State& state) {
        const auto list = folded_names();
        const std::unordered_map<std::string, httpstatus::status> map(list.begin(), list.end());
        run_each(state, names, [&map](const std::string& name) {
            const auto it = map.find(folded(name));
            return it == map.end() ? 0 : code_or_zero(it->second);
        });
    });
    benchmark::RegisterBenchmark("name_to_code/mixed/linear_scan", [names](benchmark::State& state) {
        const auto list = folded_names();
        run_each(state, names, [&list](const std::string& name) {
            const std::string key = folded(name);
            for (const auto& [folded_name, code] : list)
                if (folded_name == key) return code_or_zero(code);
            return std::uintptr_t{0};
        });
    });
}

}  // namespace bench
