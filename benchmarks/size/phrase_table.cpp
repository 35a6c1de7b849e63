// SPDX-License-Identifier: MIT
// A program that prints the reason phrase of the code in argv[1], through httpstatus.
#include <httpstatus/httpstatus.hpp>

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
    const auto phrase = httpstatus::reason_phrase(argc > 1 ? static_cast<int>(std::strtol(argv[1], nullptr, 10)) : 200);
    std::printf("%.*s\n", static_cast<int>(phrase.size()), phrase.data());
    return 0;
}
