// SPDX-License-Identifier: MIT
#include "markdown_table.hpp"

#include "code_facts.hpp"
#include "entry_text.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace httpstatus_command {

namespace {

// The reference, linked to its RFC section where it has one: [RFC 9110 §15.5.5](https://...).
std::string markdown_reference(const httpstatus::status_info& e) {
    const httpstatus::url link = httpstatus::reference_url(e);
    if (link.empty()) return std::string(e.reference);
    return "[" + std::string(e.reference) + "](" + std::string(link.view()) + ")";
}

// The code's rules, a line each ("<br>" between them, as GitHub's tables break a cell's line), the
// section linked: "Must send: Allow ([RFC 9110 §15.5.6](https://...))".
std::string markdown_rules(int code) {
    std::string cell;
    for (const rule_line& line : rule_lines_of(code)) {
        if (!cell.empty()) cell += "<br>";
        cell.append(line.verb).append(": ").append(line.fields);
        if (!line.condition.empty()) cell.append(", ").append(line.condition);
        const std::string address = section_address(line.section);
        if (address.empty()) {
            cell.append(" (").append(line.section).append(")");
        } else {
            cell.append(" ([").append(line.section).append("](").append(address).append("))");
        }
    }
    return cell;
}

}  // namespace

void write_registry_markdown(std::ostream& out, const std::vector<const httpstatus::status_info*>& rows) {
    out << "| Code | Name | Enumerator | Class | Aliases | Reference | Notes | Semantics | Header fields "
           "| Description |\n"
           "|-----:|------|------------|-------|---------|-----------|-------|-----------|---------------"
           "|-------------|\n";
    for (const httpstatus::status_info* e : rows)
        out << "| " << e->value() << " | " << e->name << " | `" << httpstatus::enumerator_name(e->code) << "` | "
            << to_string(e->class_) << " | " << aliases_of(*e) << " | " << markdown_reference(*e) << " | "
            << notes_of(*e) << " | " << facts_line(e->code) << " | " << markdown_rules(e->value()) << " | "
            << e->description << " |\n";
}

void write_unofficial_markdown(std::ostream& out, const std::vector<const httpstatus::status_info*>& rows) {
    out << "| Code | Name | Class | Source | Description |\n"
           "|-----:|------|-------|--------|-------------|\n";
    for (const httpstatus::status_info* e : rows)
        out << "| " << e->value() << " | " << e->name << " | " << to_string(e->class_) << " | " << e->reference << " | "
            << e->description << " |\n";
}

std::vector<const httpstatus::status_info*> rows_of(httpstatus::entry_span table) {
    std::vector<const httpstatus::status_info*> rows;
    for (const httpstatus::status_info& e : table) rows.push_back(&e);
    return rows;
}

}  // namespace httpstatus_command
