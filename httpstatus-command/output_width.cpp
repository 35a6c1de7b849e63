// SPDX-License-Identifier: MIT
#include "output_width.hpp"

#include <cstdlib>

#ifdef _WIN32
#include <io.h>
#include <windows.h>
#else
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace httpstatus_command {

namespace {

constexpr std::size_t usual_terminal_width = 80;

bool stdout_is_terminal() {
#ifdef _WIN32
    return _isatty(1) != 0;
#else
    return isatty(STDOUT_FILENO) != 0;
#endif
}

// The terminal's own idea of its width; 0 when it has none.
std::size_t window_width() {
#ifdef _WIN32
    CONSOLE_SCREEN_BUFFER_INFO info;
    if (GetConsoleScreenBufferInfo(GetStdHandle(STD_OUTPUT_HANDLE), &info) == 0) return 0;
    const int columns = info.srWindow.Right - info.srWindow.Left + 1;
    return columns > 0 ? static_cast<std::size_t>(columns) : 0;
#elif defined(TIOCGWINSZ)
    winsize size{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_col;
#else
    return 0;
#endif
}

}  // namespace

std::optional<std::size_t> width_named(std::string_view text) {
    constexpr std::size_t most_columns = 100000;  // wider than any terminal; keeps the sum in range
    if (text.empty() || text.size() > 6) return std::nullopt;
    std::size_t columns = 0;
    for (char ch : text) {
        if (ch < '0' || ch > '9') return std::nullopt;
        columns = columns * 10 + static_cast<std::size_t>(ch - '0');
    }
    if (columns > most_columns) return std::nullopt;
    return columns;
}

std::optional<std::size_t> terminal_width() {
    if (!stdout_is_terminal()) return std::nullopt;
    const char* const columns = std::getenv("COLUMNS");
    if (columns != nullptr) {
        const std::optional<std::size_t> named = width_named(columns);
        if (named && *named > 0) return named;
    }
    const std::size_t window = window_width();
    // cppcheck reads window_width() without the system headers, where TIOCGWINSZ is not defined.
    // cppcheck-suppress knownConditionTrueFalse
    return window > 0 ? window : usual_terminal_width;
}

}  // namespace httpstatus_command
