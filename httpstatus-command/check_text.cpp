// SPDX-License-Identifier: MIT
#include "check_text.hpp"

#include "fit_width.hpp"
#include "printable.hpp"

#include <httpstatus/field_rules.hpp>
#include <httpstatus/http_versions.hpp>
#include <httpstatus/httpstatus.hpp>

namespace httpstatus_command {

std::string_view kind_of(const httpstatus::finding& found) {
    if (found.is_note) return "note";
    return found.breaks_conformance() ? "error" : "warning";
}

std::string_view condition_of(int code, const httpstatus::finding& found) {
    for (const httpstatus::field_rule& rule : httpstatus::field_rules(code))
        if (rule.field == found.field && rule.level == found.level && rule.section == found.section)
            return to_string(rule.condition);
    return {};
}

std::string response_name(const httpstatus::check_report& report) {
    std::string name = std::string(to_string(report.version())) + ' ' + std::to_string(report.code());
    if (const std::string_view phrase = httpstatus::reason_phrase(report.code()); !phrase.empty())
        name.append(" ").append(phrase);
    return name;
}

std::string finding_text(int code, const httpstatus::finding& found) {
    std::string text = std::to_string(code) + ' ' + std::string(to_string(found.level));
    if (!found.field.empty()) text.append(" ").append(printable(found.field));
    text.append(": ").append(found.problem);
    if (found.is_note)
        if (const std::string_view condition = condition_of(code, found); !condition.empty())
            text.append("; the rule applies ").append(condition);
    return text.append(" (").append(found.section).append(")");
}

std::string report_text(const httpstatus::check_report& report, std::optional<std::size_t> width) {
    std::string out = response_name(report) + (report.conforms() ? ": conforms" : ": does not conform");
    out = (width && *width > 0 ? cut_to_width(out, *width) : out) + '\n';
    // "  warning: " is the longest label; each finding's text starts after it, and wraps under itself.
    constexpr std::size_t indent = 11;
    for (const httpstatus::finding& found : report) {
        std::string label = "  " + std::string(kind_of(found)) + ':';
        label.append(indent - label.size(), ' ');
        const std::string text = finding_text(report.code(), found);
        out += label;
        out += width && *width > 0 ? wrapped(text, indent, *width) : text + '\n';
    }
    if (report.truncated())
        out += "  (more findings than the " + std::to_string(httpstatus::check_report::capacity) +
               " a report keeps: the rest are not shown)\n";
    return out;
}

}  // namespace httpstatus_command
