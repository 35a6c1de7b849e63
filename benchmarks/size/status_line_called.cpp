// SPDX-License-Identifier: MIT
// A program that prints the status line of the code in argv[1]: status_line_for's lines, to compare
// with phrase_table.cpp, which prints the reason phrase.
#include <httpstatus/status_line.hpp>

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
    const auto line = httpstatus::status_line_for(argc > 1 ? static_cast<int>(std::strtol(argv[1], nullptr, 10)) : 200);
    std::printf("%.*s", static_cast<int>(line.size()), line.data());
    return 0;
}
