// SPDX-License-Identifier: MIT
// The command's text helpers: lines fitted to a width (fit_width.hpp), and what the user typed made
// safe to echo in a message (printable.hpp).
#include "../unit/catch.hpp"

#include <fit_width.hpp>
#include <printable.hpp>

#include <string>
#include <string_view>

using httpstatus_command::columns_of;
using httpstatus_command::cut_to_width;
using httpstatus_command::printable;
using httpstatus_command::shell_word;
using httpstatus_command::wrapped;

TEST_CASE("columns_of counts characters, not bytes") {
    CHECK(columns_of("") == 0);
    CHECK(columns_of("RFC 9110 \xC2\xA7"
                     "15.5.5") == 16);
    CHECK(columns_of("\xE2\x80\xA6") == 1);
}

TEST_CASE("cut_to_width keeps a line that fits and ends a longer one in an ellipsis") {
    CHECK(cut_to_width("404 Not Found", 13) == "404 Not Found");
    CHECK(cut_to_width("404 Not Found", 12) == "404 Not Fou\xE2\x80\xA6");
    CHECK(columns_of(cut_to_width("404 Not Found", 12)) == 12);
    CHECK(cut_to_width("404 Not Found", 1) == "\xE2\x80\xA6");
    CHECK(cut_to_width("404 Not Found", 0).empty());
    // Never in the middle of a character.
    CHECK(cut_to_width("\xC2\xA7\xC2\xA7\xC2\xA7", 2) == "\xC2\xA7\xE2\x80\xA6");
}

TEST_CASE("wrapped breaks at spaces within the width, indenting the lines after the first") {
    CHECK(wrapped("one two three", 2, 20) == "one two three\n");
    CHECK(wrapped("one two three", 2, 10) == "one two\n  three\n");
    CHECK(wrapped("one two three", 2, 9) == "one two\n  three\n");
    CHECK(wrapped("one two three", 2, 8) == "one\n  two\n  three\n");
    // A word longer than a line is broken where the line ends.
    CHECK(wrapped("abcdefghij", 2, 6) == "abcd\n  efgh\n  ij\n");
    // No room after the indent: the text as it is.
    CHECK(wrapped("one two", 16, 16) == "one two\n");
}

TEST_CASE("printable keeps printable UTF-8 and escapes every other byte as \\xHH") {
    CHECK(printable("not found") == "not found");
    CHECK(printable("caf\xC3\xA9 \xC2\xA7") == "caf\xC3\xA9 \xC2\xA7");
    CHECK(printable("a\tb\nc") == "a\\x09b\\x0ac");
    CHECK(printable("\x1B[31m") == "\\x1b[31m");
    CHECK(printable("\x7F") == "\\x7f");
    CHECK(printable("\xC2\x85") == "\\xc2\\x85");                    // NEL, a C1 control
    CHECK(printable("\xFF") == "\\xff");                             // never in UTF-8
    CHECK(printable("\xC3") == "\\xc3");                             // cut short
    CHECK(printable("\xC0\xAF") == "\\xc0\\xaf");                    // overlong "/"
    CHECK(printable("\xED\xA0\x80") == "\\xed\\xa0\\x80");           // a surrogate
    CHECK(printable("\xF4\x90\x80\x80") == "\\xf4\\x90\\x80\\x80");  // above U+10FFFF
    CHECK(printable("\xF0\x9F\x98\x80") == "\xF0\x9F\x98\x80");      // U+1F600
    CHECK(printable("a\\b") == "a\\\\b");
    CHECK(printable(std::string_view("\0", 1)) == "\\x00");
}

TEST_CASE("shell_word leaves a plain word as it is and quotes any other for a POSIX shell") {
    CHECK(shell_word("404") == "404");
    CHECK(shell_word("not_found") == "not_found");
    CHECK(shell_word("5xx") == "5xx");
    CHECK(shell_word("client error") == "'client error'");
    CHECK(shell_word("i'm a teapot") == "'i'\\''m a teapot'");
    CHECK(shell_word("$HOME") == "'$HOME'");
    CHECK(shell_word("") == "''");
    CHECK(shell_word("\x1b[31m") == "'\\x1b[31m'");  // printable()'s text, quoted
}
