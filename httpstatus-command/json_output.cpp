// SPDX-License-Identifier: MIT
#include "json_output.hpp"

#include <httpstatus/field_rules.hpp>
#include <httpstatus/json.hpp>

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <utility>

namespace httpstatus_command {

namespace {

// ordered_json keeps the fields in the order json.hpp writes them (nlohmann::json would sort them).
// The text is UTF-8 as it is: "§" in a reference stays one character, not "\u00a7".
void write_document(std::ostream& out, const nlohmann::ordered_json& document) {
    constexpr int indent = 2;
    out << document.dump(indent) << '\n';
}

// The header fields the RFCs tie to the code, one object per rule of field_rules(code), in its
// order: {"field": "Allow", "level": "MUST", "condition": "", "section": "RFC 9110 §15.5.6",
// "description": "..."}; the condition is to_string(rule_condition), empty when the rule always holds.
nlohmann::ordered_json field_rules_of(int code) {
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    for (const httpstatus::field_rule& rule : httpstatus::field_rules(code)) {
        nlohmann::ordered_json object;
        object["field"] = std::string(rule.field);
        object["level"] = std::string(to_string(rule.level));
        object["condition"] = std::string(to_string(rule.condition));
        object["section"] = std::string(rule.section);
        object["description"] = std::string(rule.description);
        rules.push_back(std::move(object));
    }
    return rules;
}

}  // namespace

void write_json_entries(std::ostream& out, const std::vector<const httpstatus::status_info*>& entries) {
    nlohmann::ordered_json array = nlohmann::ordered_json::array();
    for (const httpstatus::status_info* entry : entries) {
        // json.hpp's fields first, as it writes them, so that a script that read them still does.
        nlohmann::ordered_json object = *entry;
        object["field_rules"] = field_rules_of(entry->value());
        array.push_back(std::move(object));
    }
    write_document(out, array);
}

}  // namespace httpstatus_command
