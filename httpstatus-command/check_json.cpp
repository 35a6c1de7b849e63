// SPDX-License-Identifier: MIT
#include "check_json.hpp"

#include "check_text.hpp"
#include "printable.hpp"

#include <httpstatus/httpstatus.hpp>

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>

namespace httpstatus_command {

namespace {

// A field's name as the head sent it may hold any byte; JSON text must be UTF-8, so such a name is
// written as printable() shows it.
nlohmann::ordered_json finding_json(int code, const httpstatus::finding& found) {
    nlohmann::ordered_json object;
    object["kind"] = kind_of(found);
    object["level"] = to_string(found.level);
    object["field"] = printable(found.field);
    object["problem"] = found.problem;
    object["condition"] = found.is_note ? condition_of(code, found) : std::string_view{};
    object["section"] = found.section;
    return object;
}

}  // namespace

void write_json_reports(std::ostream& out, const std::vector<httpstatus::check_report>& reports) {
    nlohmann::ordered_json array = nlohmann::ordered_json::array();
    for (const httpstatus::check_report& report : reports) {
        nlohmann::ordered_json object;
        object["version"] = to_string(report.version());
        object["code"] = report.code();
        object["name"] = httpstatus::reason_phrase(report.code());
        object["conforms"] = report.conforms();
        object["truncated"] = report.truncated();
        nlohmann::ordered_json findings = nlohmann::ordered_json::array();
        for (const httpstatus::finding& found : report) findings.push_back(finding_json(report.code(), found));
        object["findings"] = findings;
        array.push_back(object);
    }
    constexpr int indent = 2;
    out << array.dump(indent) << '\n';
}

}  // namespace httpstatus_command
