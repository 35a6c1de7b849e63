// SPDX-License-Identifier: MIT
#include "standard_input.hpp"

#include <cstddef>
#include <cstdio>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#else
#include <unistd.h>
#endif

namespace httpstatus_command {

std::optional<std::string> read_standard_input() {
#ifdef _WIN32
    _setmode(_fileno(stdin), _O_BINARY);
#endif
    std::string input;
    char buffer[1 << 14];
    for (;;) {
        const std::size_t read = std::fread(buffer, 1, sizeof buffer, stdin);
        input.append(buffer, read);
        if (read < sizeof buffer) break;
    }
    if (std::ferror(stdin) != 0) return std::nullopt;
    return input;
}

bool standard_input_is_terminal() {
#ifdef _WIN32
    return _isatty(0) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

}  // namespace httpstatus_command
