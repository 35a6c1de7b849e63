// SPDX-License-Identifier: MIT
// Prints include/httpstatus/detail/status_lines.hpp: the status line of every code 100-599,
// "HTTP/1.1 404 Not Found\r\n", for status_line_for, written from the rows' names.
//
// Data rather than constexpr code: built during constant evaluation, the 9 KB of lines made a unit
// that calls status_line_for cost g++ 36% more to compile; read as string literals, under 1%
// (docs/parsing.md). The starts are bytes in a string too (detail/byte_data.hpp): as an array of
// 501 integers they cost g++ 8 M instructions in every unit that includes status_line.hpp. `cmake --build <dir>
// --target httpstatus-index` writes the file; the test status_lines_fresh fails when it differs from what this prints.
#include <httpstatus/httpstatus.hpp>

#include "source_text.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#endif

namespace {

namespace detail = httpstatus::detail;

// The line of a code without its CRLF: "HTTP/1.1 404 Not Found", or "HTTP/1.1 299 " for a code the
// registry lacks, whose space RFC 9112 section 4 requires.
std::string line_of(int code) {
    // The table's, not the free reason_phrase: built against generator/empty_index/, that answers nothing.
    return "HTTP/1.1 " + std::to_string(code) + " " + std::string(httpstatus::registry.reason_phrase(code));
}

}  // namespace

int main() {
#ifdef _WIN32
    _setmode(_fileno(stdout), _O_BINARY);  // "\n", not "\r\n": the file is compared byte for byte
#endif
    std::string lines;
    std::vector<std::size_t> starts;
    std::size_t size = 0;
    for (int code = detail::min_code; code <= detail::max_code; ++code) {
        const std::string line = line_of(code);
        starts.push_back(size);
        size += line.size() + 2;  // and "\r\n"
        std::string text = generator::literal(line);
        text.insert(text.size() - 1, "\\r\\n");
        lines += "    " + text + "\n";
    }
    starts.push_back(size);
    if (size > UINT16_MAX) generator::fail("the status lines no longer fit 16-bit offsets");

    // Two bytes a start, ten starts a line, each line commented with its first code.
    std::string offsets;
    for (std::size_t i = 0; i < starts.size(); i += 10) {
        offsets += "    /* " + std::to_string(detail::min_code + static_cast<int>(i)) + " */ \"";
        for (std::size_t j = i; j < starts.size() && j < i + 10; ++j)
            offsets += generator::bytes(static_cast<std::uint32_t>(starts[j]), 2);
        offsets += "\"\n";
    }

    const std::string out =
        "// httpstatus: the status line of every code 100-599, for status_line_for. Generated: do not edit.\n"
        "// SPDX-License-Identifier: MIT\n"
        "// Written from detail/registry.hpp by generator/status_lines.cpp: after changing the rows, run\n"
        "// `cmake --build <build-dir> --target httpstatus-index`; the test status_lines_fresh fails until then.\n"
        "// Data rather than constexpr code: built during constant evaluation, the lines made a unit that\n"
        "// calls status_line_for cost g++ a third more to compile (docs/parsing.md).\n"
        "// Part of <httpstatus/status_line.hpp>; not an interface of its own.\n"
        "#ifndef HTTPSTATUS_DETAIL_STATUS_LINES_HPP\n"
        "#define HTTPSTATUS_DETAIL_STATUS_LINES_HPP\n\n"
        "#include <httpstatus/detail/byte_data.hpp>\n\n"
        "namespace httpstatus::detail {\n\n"
        "// clang-format off\n"
        "// The line of every code 100-599, one after another, each with its CRLF.\n"
        "inline constexpr char status_lines[] =\n" +
        lines +
        "    ;\n\n"
        "// Where each line starts in status_lines, two bytes a code from 100 (detail/byte_data.hpp): the\n"
        "// line of code c runs from the start at c - 100 up to the start at c - 99.\n"
        "inline constexpr char status_line_starts[] =\n" +
        offsets +
        "    ;\n"
        "// clang-format on\n\n"
        "}  // namespace httpstatus::detail\n\n"
        "#endif  // HTTPSTATUS_DETAIL_STATUS_LINES_HPP\n";
    // A short write must fail the target, or it would copy a truncated header into include/.
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) return 1;
    return 0;
}
