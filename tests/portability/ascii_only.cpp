// SPDX-License-Identifier: MIT
// Fails when a file under the given folders holds a byte outside ASCII, and says where. The
// library's headers are ASCII so that every compiler reads them the same, whatever its source
// character set (MSVC without /utf-8 reads a file in the system's code page, and warns C4819 on a
// byte that code page lacks); their UTF-8 text is written as escapes.
// Usage: ascii_only FOLDER...
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

// Prints the first non-ASCII byte of each line of a file; returns how many lines had one.
int report_non_ascii(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    int lines_with_one = 0;
    std::size_t line = 1;
    std::size_t column = 1;
    bool line_reported = false;
    for (const char ch : bytes) {
        const auto byte = static_cast<unsigned char>(ch);
        if (byte > 0x7F && !line_reported) {
            std::cout << file.generic_string() << ':' << line << ':' << column << ": byte 0x" << std::hex
                      << static_cast<unsigned>(byte) << std::dec << " is not ASCII\n";
            line_reported = true;
            ++lines_with_one;
        }
        ++column;
        if (ch == '\n') {
            ++line;
            column = 1;
            line_reported = false;
        }
    }
    return lines_with_one;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: ascii_only FOLDER...\n";
        return 2;
    }
    int files = 0;
    int findings = 0;
    for (const std::string& folder : std::vector<std::string>(argv + 1, argv + argc)) {
        for (const fs::directory_entry& entry : fs::recursive_directory_iterator(folder)) {
            if (!entry.is_regular_file()) continue;
            ++files;
            findings += report_non_ascii(entry.path());
        }
    }
    if (findings > 0) {
        std::cout << "lines with a byte outside ASCII: " << findings << '\n';
        return 1;
    }
    std::cout << files << " files, all ASCII\n";
    return 0;
}
