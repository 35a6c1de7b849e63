// SPDX-License-Identifier: MIT
#include "json_output.hpp"

#include <httpstatus/json.hpp>

#include <nlohmann/json.hpp>

#include <ostream>

namespace httpstatus_command {

namespace {

// ordered_json keeps the fields in the order json.hpp writes them (nlohmann::json would sort them).
// The text is UTF-8 as it is: "§" in a reference stays one character, not "\u00a7".
void write_document(std::ostream& out, const nlohmann::ordered_json& document) {
    constexpr int indent = 2;
    out << document.dump(indent) << '\n';
}

}  // namespace

void write_json_entries(std::ostream& out, const std::vector<const httpstatus::status_info*>& entries) {
    nlohmann::ordered_json array = nlohmann::ordered_json::array();
    for (const httpstatus::status_info* entry : entries) array.emplace_back(*entry);
    write_document(out, array);
}

}  // namespace httpstatus_command
