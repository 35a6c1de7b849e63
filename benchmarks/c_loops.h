/* SPDX-License-Identifier: MIT */
/* code -> reason phrase in C, for c_reason_phrase.cpp: each function runs one lookup over every code
   and folds the answers' addresses into one value, as run_each does for the C++ contenders, so that
   the lookup is inlined into a loop in C as it is in C++. */
#ifndef HTTPSTATUS_BENCHMARKS_C_LOOPS_H
#define HTTPSTATUS_BENCHMARKS_C_LOOPS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* httpstatus_reason_phrase, from <httpstatus/httpstatus.h> compiled as C */
uintptr_t bench_c_httpstatus_h(const int* codes, size_t count);
/* a hand-written C switch over the registered codes */
uintptr_t bench_c_switch(const int* codes, size_t count);

#ifdef __cplusplus
}
#endif

#endif /* HTTPSTATUS_BENCHMARKS_C_LOOPS_H */
