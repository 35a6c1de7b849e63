// SPDX-License-Identifier: MIT
// Every workload registers its contenders, then Google Benchmark runs them in this one binary.
#include "contenders.hpp"

int main(int argc, char** argv) {
    bench::register_code_to_phrase();
    bench::register_name_to_code();
    bench::register_parse();
    bench::register_class_and_search();
    bench::register_status_line();
#if HTTPSTATUS_BENCH_C
    bench::register_c_reason_phrase();
#endif
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
