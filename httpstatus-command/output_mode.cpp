// SPDX-License-Identifier: MIT
#include "output_mode.hpp"

#ifdef _WIN32
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#endif

namespace httpstatus_command {

#ifdef _WIN32

namespace {

// The console belongs to the shell that started the command: give it back its code page.
UINT console_code_page_before = 0;

void restore_console_code_page() { SetConsoleOutputCP(console_code_page_before); }

bool is_console(HANDLE handle) {
    DWORD mode = 0;
    return GetConsoleMode(handle, &mode) != 0;
}

}  // namespace

void use_utf8_and_lf_output() {
    std::fflush(stdout);
    std::fflush(stderr);
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
    // A console shows bytes in its output code page (437, 850, 1252, ...), in which the two bytes
    // of a UTF-8 section sign are two other characters. A file or a pipe gets the bytes as they are.
    if (!is_console(GetStdHandle(STD_OUTPUT_HANDLE)) && !is_console(GetStdHandle(STD_ERROR_HANDLE))) return;
    console_code_page_before = GetConsoleOutputCP();
    if (console_code_page_before != CP_UTF8 && SetConsoleOutputCP(CP_UTF8) != 0) std::atexit(restore_console_code_page);
}

#else

void use_utf8_and_lf_output() {}

#endif

}  // namespace httpstatus_command
