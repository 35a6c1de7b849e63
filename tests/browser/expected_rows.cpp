// SPDX-License-Identifier: MIT
// What the browser tests expect, from the library itself: the table's rows, and the codes that
// httpstatus::search() returns for each query given as an argument. Prints one JSON object:
//   {"rows": [{"code": 100, "name": ..., "aliases": [...], "class": ..., "description": ...,
//              "reference": ..., "badges": [...], "facts": ["Content: never", ...],
//              "rules": [{"text": "Must send: Allow (RFC 9110 §15.5.6)", "link": "https://..."}, ...],
//              "enumerator": "continue_"}, ...],
//    "searches": [{"query": "teapot", "codes": [418]}, ...]}
#include <code_facts.hpp>

#include <httpstatus/httpstatus.hpp>

#include <initializer_list>
#include <iostream>
#include <string>
#include <string_view>
#include <utility>

namespace {

void write_json_string(std::ostream& out, std::string_view text) {
    constexpr char hex[] = "0123456789abcdef";
    out << '"';
    for (char ch : text) {
        const auto byte = static_cast<unsigned char>(ch);
        if (ch == '"' || ch == '\\') {
            out << '\\' << ch;
        } else if (byte < 0x20) {
            out << "\\u00" << hex[byte >> 4] << hex[byte & 0xF];
        } else {
            out << ch;  // UTF-8 passes through: JSON text is UTF-8
        }
    }
    out << '"';
}

void write_row(std::ostream& out, const httpstatus::status_info& e) {
    out << "{\"code\": " << e.value() << ", \"name\": ";
    write_json_string(out, e.name);
    out << ", \"aliases\": [";
    const char* separator = "";
    for (std::string_view alias : e.aliases) {
        out << separator;
        write_json_string(out, alias);
        separator = ", ";
    }
    out << "], \"class\": ";
    write_json_string(out, to_string(e.class_));
    out << ", \"description\": ";
    write_json_string(out, e.description);
    out << ", \"reference\": ";
    write_json_string(out, e.reference);
    out << ", \"badges\": [";
    separator = "";
    for (const auto& [has, badge] : {std::pair{e.is_deprecated(), "deprecated"}, std::pair{e.is_unused(), "unused"},
                                     std::pair{e.is_obsoleted(), "obsoleted"}, std::pair{e.cacheable, "cacheable"}}) {
        if (!has) continue;
        out << separator << '"' << badge << '"';
        separator = ", ";
    }
    out << "], \"facts\": [";
    separator = "";
    for (const httpstatus_command::code_fact& fact : httpstatus_command::facts_of(e.code)) {
        out << separator;
        write_json_string(out, httpstatus_command::labelled(fact));
        separator = ", ";
    }
    out << "], \"rules\": [";
    separator = "";
    for (const httpstatus_command::rule_line& line : httpstatus_command::rule_lines_of(e.value())) {
        out << separator << "{\"text\": ";
        write_json_string(out, httpstatus_command::labelled(line));
        out << ", \"link\": ";
        write_json_string(out, httpstatus_command::section_address(line.section));
        out << '}';
        separator = ", ";
    }
    out << "], \"enumerator\": ";
    write_json_string(out, httpstatus::enumerator_name(e.code));
    out << '}';
}

}  // namespace

int main(int argc, char** argv) {
    std::cout << "{\"rows\": [\n";
    const char* separator = "";
    for (const httpstatus::status_info& e : httpstatus::all()) {
        std::cout << separator;
        write_row(std::cout, e);
        separator = ",\n";
    }
    std::cout << "],\n\"searches\": [\n";
    separator = "";
    for (int i = 1; i < argc; ++i) {
        std::cout << separator << "{\"query\": ";
        write_json_string(std::cout, argv[i]);
        std::cout << ", \"codes\": [";
        const char* comma = "";
        for (const httpstatus::status_info& e : httpstatus::search(argv[i])) {
            std::cout << comma << e.value();
            comma = ", ";
        }
        std::cout << "]}";
        separator = ",\n";
    }
    std::cout << "]}\n";
}
