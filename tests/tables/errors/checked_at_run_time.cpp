// SPDX-License-Identifier: MIT
// A table that is not a constant (static const rather than constexpr, or rows known at run time) is
// built when the program runs, and checked then: one that breaks a rule ends the program through
// std::terminate, as no exception may leave the library. Before, the last of two rows with one code
// won, contains(700) was false while size() counted the row, and a third alias was dropped, all
// silently. The argument names the table to build; this program's terminate handler says it ended.
#include <httpstatus/httpstatus.hpp>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string_view>

namespace {

using httpstatus::status;

// std::exit, not std::_Exit: it runs the exit handlers, among them gcov's, which writes the
// coverage build's counters of the rule that ended the program (docs/testing.md, "Coverage").
[[noreturn]] void say_terminated() noexcept {
    static_cast<void>(std::fputs("std::terminate: the table broke a rule\n", stdout));
    static_cast<void>(std::fflush(stdout));
    std::exit(EXIT_FAILURE);
}

// Each table is a function's static const, built at its first call: with broken rows the compiler
// cannot build it as a constant, and the program builds it when it runs.
std::size_t duplicate_not_adjacent() {
    static const httpstatus::table codes{{
        {status{520}, "Unknown Error", ""},
        {status{521}, "Web Server Is Down", ""},
        {status{520}, "Origin Error", ""},
    }};
    return codes.size();
}

std::size_t code_700() {
    static const httpstatus::table codes{{
        {status{461}, "Quota Exceeded", ""},
        {status{700}, "Beyond The Range", ""},
    }};
    return codes.size();
}

std::size_t three_aliases() {
    static const httpstatus::table codes{{
        {status{461}, "Quota Exceeded", "", "", "Over Quota;Quota Used Up;No Quota Left"},
    }};
    return codes.size();
}

std::size_t unsorted() {
    static const httpstatus::table codes{{
        {status{521}, "Web Server Is Down", ""},
        {status{520}, "Unknown Error", ""},
    }};
    return codes.size();
}

std::size_t blank_name() {
    static const httpstatus::table codes{{
        {status{461}, "''", ""},
    }};
    return codes.size();
}

std::size_t blank_alias() {
    static const httpstatus::table codes{{
        {status{461}, "Quota Exceeded", "", "", "'"},
    }};
    return codes.size();
}

std::size_t long_name() {
    static const httpstatus::table codes{{
        {status{461}, "A Name Of Sixty-Five Characters, One More Than A Name May Have...", ""},
    }};
    return codes.size();
}

std::size_t long_alias() {
    static const httpstatus::table codes{{
        {status{461}, "Quota Exceeded", "", "", "An Alias Of Sixty-Five Characters, One More Than A Name May Have."},
    }};
    return codes.size();
}

std::size_t wrong_class() {
    static const httpstatus::table codes{{
        {status{461}, "Quota Exceeded", "", "", "", httpstatus::registration::active, false,
         httpstatus::status_class::server_error},
    }};
    return codes.size();
}

std::size_t shared_name() {
    static const httpstatus::table codes{{
        {status{461}, "Quota Exceeded", ""},
        {status{462}, "quota-exceeded", ""},
    }};
    return codes.size();
}

std::size_t rows_known_at_run_time(int code) {
    const httpstatus::status_info rows[] = {
        {status{static_cast<std::uint16_t>(code)}, "First", ""},
        {status{static_cast<std::uint16_t>(code)}, "Second", ""},
    };
    const httpstatus::table codes{rows};
    return codes.size();
}

// A static const table that keeps the rules is built by the compiler, as a constexpr one is.
int kept_rules() {
    static const httpstatus::table codes{{
        {status{461}, "Quota Exceeded", ""},
        {status{520}, "Unknown Error", "", "", "Origin Error"},
    }};
    const bool found = codes.contains(520) && codes.from_name("origin error") == status{520} && !codes.contains(700);
    std::printf("kept the rules: %zu rows, %s\n", codes.size(), found ? "found" : "not found");
    return found ? EXIT_SUCCESS : EXIT_FAILURE;
}

}  // namespace

int main(int argc, char** argv) {
    std::set_terminate(say_terminated);
    const std::string_view table = argc > 1 ? argv[1] : "";
    if (table == "kept_rules") return kept_rules();
    std::size_t rows = 0;
    if (table == "duplicate_not_adjacent") rows = duplicate_not_adjacent();
    if (table == "code_700") rows = code_700();
    if (table == "three_aliases") rows = three_aliases();
    if (table == "unsorted") rows = unsorted();
    if (table == "blank_name") rows = blank_name();
    if (table == "blank_alias") rows = blank_alias();
    if (table == "long_name") rows = long_name();
    if (table == "long_alias") rows = long_alias();
    if (table == "wrong_class") rows = wrong_class();
    if (table == "shared_name") rows = shared_name();
    if (table == "rows_known_at_run_time") rows = rows_known_at_run_time(400 + argc);
    if (rows == 0) return EXIT_FAILURE;  // no table of that name
    std::printf("built a table of %zu rows that breaks a rule\n", rows);
    return EXIT_FAILURE;
}
