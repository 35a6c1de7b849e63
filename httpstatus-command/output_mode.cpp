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

// The console belongs to the shell that started the command: give it back its code page, once the
// output is out (exit() runs this before it flushes the streams itself).
UINT console_code_page_before = 0;

void restore_console_code_page() {
    std::fflush(stdout);
    std::fflush(stderr);
    SetConsoleOutputCP(console_code_page_before);
}

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
    // of a UTF-8 section sign are two other characters (a box corner and an ordinal sign in 437). A
    // file or a pipe gets the bytes as they are.
    if (!is_console(GetStdHandle(STD_OUTPUT_HANDLE)) && !is_console(GetStdHandle(STD_ERROR_HANDLE))) return;
    // The C runtime writes an unbuffered console stream a byte at a time, and a console in UTF-8
    // shows each half of a two-byte character on its own, as U+FFFD: buffer whole lines and more.
    std::setvbuf(stdout, nullptr, _IOFBF, 1 << 16);
    std::setvbuf(stderr, nullptr, _IOFBF, 1 << 12);
    console_code_page_before = GetConsoleOutputCP();
    if (console_code_page_before != CP_UTF8 && SetConsoleOutputCP(CP_UTF8) != 0) std::atexit(restore_console_code_page);
}

#else

void use_utf8_and_lf_output() {}

#endif

}  // namespace httpstatus_command
