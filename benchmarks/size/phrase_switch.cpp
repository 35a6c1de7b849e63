// SPDX-License-Identifier: MIT
// The same program with the hand-written switch: the size to compare with phrase_table.cpp.
#include "../switch_reason.hpp"

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
    const auto phrase = bench::switch_reason(argc > 1 ? static_cast<int>(std::strtol(argv[1], nullptr, 10)) : 200);
    std::printf("%.*s\n", static_cast<int>(phrase.size()), phrase.data());
    return 0;
}
