/* SPDX-License-Identifier: MIT */
/* The C contenders' loops (c_loops.h), compiled as C. */
#include "c_loops.h"

#include "switch_reason.h"

#include <httpstatus/httpstatus.h>

uintptr_t bench_c_httpstatus_h(const int* codes, size_t count) {
    uintptr_t folded = 0;
    size_t i;
    for (i = 0; i < count; ++i) folded += (uintptr_t)httpstatus_reason_phrase(codes[i]);
    return folded;
}

uintptr_t bench_c_switch(const int* codes, size_t count) {
    uintptr_t folded = 0;
    size_t i;
    for (i = 0; i < count; ++i) folded += (uintptr_t)c_switch_reason(codes[i]);
    return folded;
}
