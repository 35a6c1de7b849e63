// SPDX-License-Identifier: MIT
// code -> reason phrase from C: <httpstatus/httpstatus.h>'s httpstatus_reason_phrase compiled as C,
// against a hand-written C switch and against the C++ reason_phrase, on the same inputs.
//
// A C function cannot be inlined into a C++ caller without link-time optimization, and one call per
// lookup would time the call (as it does for cpp-httplib and POCO, which users do call out of line).
// So each contender here runs its whole loop in one function, with the lookup inlined into the loop:
// the C ones in c_loops.c, compiled as C, and the C++ one below, the same loop as run_each's.
// run_batch calls that function once per iteration: one call per 4,096 lookups.
#include "c_loops.h"
#include "contenders.hpp"
#include "inputs.hpp"

#include <httpstatus/httpstatus.hpp>

namespace bench {
namespace {

std::uintptr_t cpp_reason_phrase(const int* codes, std::size_t count) {
    std::uintptr_t folded = 0;
    for (std::size_t i = 0; i < count; ++i) folded += address_of(httpstatus::reason_phrase(codes[i]));
    return folded;
}

template <typename Loop>
void run_batch(benchmark::State& state, const std::vector<int>& codes, Loop loop) {
    for (auto _ : state) {
        std::uintptr_t folded = loop(codes.data(), codes.size());
        benchmark::DoNotOptimize(folded);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(codes.size()));
}

void register_mix(const std::string& mix, const std::vector<int>& codes) {
    const std::string prefix = "c_reason_phrase/" + mix + "/";
    benchmark::RegisterBenchmark((prefix + "httpstatus").c_str(),
                                 [codes](benchmark::State& state) { run_batch(state, codes, cpp_reason_phrase); });
    benchmark::RegisterBenchmark((prefix + "httpstatus_h_in_c").c_str(),
                                 [codes](benchmark::State& state) { run_batch(state, codes, bench_c_httpstatus_h); });
    benchmark::RegisterBenchmark((prefix + "switch_in_c").c_str(),
                                 [codes](benchmark::State& state) { run_batch(state, codes, bench_c_switch); });
}

}  // namespace

void register_c_reason_phrase() {
    register_mix("traffic", traffic_codes());
    register_mix("uniform", uniform_codes());
    register_mix("unregistered_10pct", codes_with_unregistered());
}

}  // namespace bench
