// SPDX-License-Identifier: MIT
// Which optional contenders this build has, and a common way to run a lookup over an input vector.
#ifndef HTTPSTATUS_BENCHMARKS_CONTENDERS_HPP
#define HTTPSTATUS_BENCHMARKS_CONTENDERS_HPP

#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <vector>

namespace bench {

// Runs `lookup` on every input per iteration. The results are folded into one value the optimizer
// must keep; a pointer is folded as its address, so no contender pays for reading its text.
template <typename Input, typename Lookup>
void run_each(benchmark::State& state, const std::vector<Input>& inputs, Lookup lookup) {
    for (auto _ : state) {
        std::uintptr_t folded = 0;
        for (const Input& input : inputs) folded += lookup(input);
        benchmark::DoNotOptimize(folded);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(inputs.size()));
}

template <typename Text>
std::uintptr_t address_of(const Text& text) {
    return reinterpret_cast<std::uintptr_t>(text.data());
}
inline std::uintptr_t address_of(const char* text) { return reinterpret_cast<std::uintptr_t>(text); }

void register_code_to_phrase();
void register_name_to_code();
void register_parse();
void register_class_and_search();
void register_status_line();
void register_c_reason_phrase();  // only where the build has a C compiler: HTTPSTATUS_BENCH_C

}  // namespace bench

#endif  // HTTPSTATUS_BENCHMARKS_CONTENDERS_HPP
