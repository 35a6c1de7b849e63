// SPDX-License-Identifier: MIT
// Writes gperf's input for the name -> code limit contender: every registered name and alias as
// from_name keys it (folded by the library's own rule, apostrophes dropped), with its code. Built and
// run at build time, so the keys are the registry's and cannot drift from it.
//   httpstatus_gperf_keys <output.gperf>
#include <httpstatus/httpstatus.hpp>

#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <string_view>

namespace {

std::string folded(std::string_view name) {
    std::string key;
    for (char ch : name)
        if (!httpstatus::detail::is_skipped_in_name(ch)) key += httpstatus::detail::fold_name_char(ch);
    return key;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: httpstatus_gperf_keys <output.gperf>\n";
        return 2;
    }
    std::map<std::string, int> codes;  // sorted, so that the output is the same from run to run
    for (const auto& e : httpstatus::all()) {
        if (e.is_unused()) continue;  // "(Unused)" names two codes, so from_name answers none
        codes.emplace(folded(e.name), e.value());
        for (std::string_view alias : e.aliases) codes.emplace(folded(alias), e.value());
    }
    std::ofstream out(argv[1]);
    out << "%language=C++\n"
           "%define class-name gperf_names\n"
           "%define lookup-function-name find\n"
           "%struct-type\n"
           "%readonly-tables\n"
           "%compare-lengths\n"
           "struct gperf_name { const char* name; int code; };\n"
           "%%\n";
    for (const auto& [key, code] : codes) out << '"' << key << "\", " << code << '\n';
    out << "%%\n";
    out.close();
    return out.good() ? 0 : 1;
}
