// SPDX-License-Identifier: MIT
// phrase_table.cpp with <httpstatus/status_line.hpp> included and status_line_for not called: the
// same size as phrase_table.cpp, since the compiler emits the lines only where they are used.
#include <httpstatus/status_line.hpp>

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
    const auto phrase = httpstatus::reason_phrase(argc > 1 ? static_cast<int>(std::strtol(argv[1], nullptr, 10)) : 200);
    std::printf("%.*s\n", static_cast<int>(phrase.size()), phrase.data());
    return 0;
}
