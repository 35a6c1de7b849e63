// SPDX-License-Identifier: MIT
// The table against its sources: the registry CSV row by row, and the status-code page's 40 rows.
#include "catch.hpp"

#include <httpstatus/httpstatus.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace hs = httpstatus;

namespace {
std::vector<std::string> read_lines(const std::string& path) {
    std::ifstream file(path);
    INFO("reading " << path);
    REQUIRE(file.good());
    std::vector<std::string> lines;
    for (std::string line; std::getline(file, line);)
        if (!line.empty()) lines.push_back(line);
    return lines;
}

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> fields;
    std::stringstream stream(text);
    for (std::string field; std::getline(stream, field, separator);) fields.push_back(field);
    if (!text.empty() && text.back() == separator) fields.emplace_back();
    return fields;
}

std::string state_name(hs::registration state) {
    switch (state) {
    case hs::registration::active: return "";
    case hs::registration::deprecated: return "deprecated";
    case hs::registration::unused: return "unused";
    case hs::registration::obsoleted: return "obsoleted";
    }
    return "?";
}
}  // namespace

TEST_CASE("the table matches the registry CSV row by row") {
    const auto lines = read_lines(HTTPSTATUS_TEST_DATA_DIR "/iana-http-status-codes.csv");
    REQUIRE(lines.front() == "code,name,reference,status,older_names");
    REQUIRE(lines.size() - 1 == hs::all().size());
    for (std::size_t row = 1; row < lines.size(); ++row) {
        const auto fields = split(lines[row], ',');
        INFO("CSV row " << row << ": " << lines[row]);
        REQUIRE(fields.size() == 5);
        const hs::status_info& e = hs::all()[row - 1];
        CHECK(std::to_string(e.value()) == fields[0]);
        CHECK(e.name == fields[1]);
        CHECK(e.reference == fields[2]);
        CHECK(state_name(e.state) == fields[3]);
        std::string aliases;
        for (std::string_view alias : e.aliases) {
            if (!aliases.empty()) aliases += ';';
            aliases += alias;
        }
        CHECK(aliases == fields[4]);
    }
}

TEST_CASE("the status-code page's rows: same codes, names (or aliases), classes and descriptions") {
    int page_rows = 0;
    for (const std::string& line : read_lines(HTTPSTATUS_TEST_DATA_DIR "/status-code-page.txt")) {
        // Rows look like "404 Not Found Client Error Indicates that ..."
        if (line.size() < 4 || line[3] != ' ' || !hs::parse(std::string_view(line).substr(0, 3))) continue;
        ++page_rows;
        INFO(line);
        const hs::status_info* e = hs::find(std::stoi(line.substr(0, 3)));
        REQUIRE(e != nullptr);
        // The name is the registered one or an older one; the class label and description follow it.
        const std::string label(hs::to_string(e->class_));
        std::string text;
        bool name_known = false;
        const auto try_name = [&](std::string_view name) {
            const std::string head = std::string(name) + ' ' + label + ' ';
            if (line.compare(4, head.size(), head) != 0) return;
            name_known = true;
            text = line.substr(4 + head.size());
        };
        try_name(e->name);
        for (std::string_view alias : e->aliases) try_name(alias);
        REQUIRE(name_known);
        if (e->code == hs::status::forbidden) {
            CHECK(std::string(e->description) == [&] {
                std::string fixed = text;
                return fixed.replace(fixed.find("considers then"), 14, "considers them");
            }());
        } else if (e->code == hs::status::use_proxy) {
            CHECK(text == "Deprecated");
            CHECK(e->description.substr(0, 11) == "Deprecated.");
            CHECK(e->description.size() > 40);  // and a sentence that says why
        } else {
            CHECK(e->description == text);
        }
    }
    CHECK(page_rows == 40);
}
