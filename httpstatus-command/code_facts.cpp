// SPDX-License-Identifier: MIT
#include "code_facts.hpp"

#include <httpstatus/http_versions.hpp>

#include <algorithm>
#include <cstddef>
#include <utility>

namespace httpstatus_command {

namespace {

std::string_view content_text(httpstatus::status code) {
    if (httpstatus::never_has_content(code)) return "never";
    if (!httpstatus::allows_content(code)) return "must not be sent";
    return {};
}

std::string redirect_text(httpstatus::status code) {
    if (!httpstatus::follows_location(code)) return {};
    std::string text = "followed, ";
    if (httpstatus::preserves_method(code)) {
        text += "keeps the method";
    } else if (code == httpstatus::status::see_other) {
        text += "becomes GET";
    } else {
        text += "may change POST to GET";
    }
    text += httpstatus::is_permanent_redirect(code) ? ", permanent" : ", temporary";
    return text;
}

std::string_view retry_text(httpstatus::retry advice) {
    switch (advice) {
    case httpstatus::retry::yes: return "may succeed";
    case httpstatus::retry::on_another_connection: return "may succeed on another connection";
    case httpstatus::retry::if_idempotent: return "may succeed if the method is idempotent";
    case httpstatus::retry::if_retry_after: return "may succeed after Retry-After";
    case httpstatus::retry::no: return "will not succeed";
    case httpstatus::retry::unspecified: break;
    }
    return {};
}

// The versions of HTTP that cannot carry a code that others carry, and where each says so:
// {"HTTP/2, HTTP/3", "not sent (RFC 9113 §8.6, RFC 9114 §4.5)"} for 101. Empty for a code every
// version carries, and for one that none does (outside 100-599).
code_fact versions_fact(int code) {
    using httpstatus::http_version;
    code_fact fact{"", ""};
    std::string sections;
    bool some_carry = false;
    for (http_version version :
         {http_version::http_1_0, http_version::http_1_1, http_version::http_2, http_version::http_3}) {
        const httpstatus::version_fact carried = httpstatus::carries_code(version, code);
        some_carry = some_carry || carried.holds;
        if (carried.holds) continue;
        if (!fact.label.empty()) fact.label += ", ";
        fact.label += httpstatus::to_string(version);
        if (sections.find(carried.section) != std::string::npos) continue;
        if (!sections.empty()) sections += ", ";
        sections += carried.section;
    }
    if (!some_carry || fact.label.empty()) return {"", ""};
    fact.text = "not sent (" + sections + ")";
    return fact;
}

}  // namespace

std::vector<code_fact> facts_of(httpstatus::status code) {
    std::vector<code_fact> facts;
    const auto add = [&facts](std::string label, std::string text) {
        if (!text.empty()) facts.push_back({std::move(label), std::move(text)});
    };
    add("Content", std::string(content_text(code)));
    add("Redirect", redirect_text(code));
    add("Retry-After", httpstatus::retry_after_applies(code) ? "applies" : "");
    add("Retry", std::string(retry_text(httpstatus::retry_of(code))));
    code_fact versions = versions_fact(httpstatus::to_int(code));
    add(std::move(versions.label), std::move(versions.text));
    return facts;
}

std::string labelled(const code_fact& fact) { return fact.label + ": " + fact.text; }

std::string facts_line(httpstatus::status code) {
    std::string line;
    for (const code_fact& fact : facts_of(code)) {
        if (!line.empty()) line += "; ";
        line += labelled(fact);
    }
    return line;
}

std::string_view send_verb(httpstatus::requirement level) {
    switch (level) {
    case httpstatus::requirement::must: return "Must send";
    case httpstatus::requirement::must_not: return "Must not send";
    case httpstatus::requirement::should: return "Should send";
    case httpstatus::requirement::should_not: return "Should not send";
    case httpstatus::requirement::may: return "May send";
    }
    return {};
}

std::vector<rule_line> rule_lines_of(int code) {
    // The rows rather than field_rules(code): a row's codes say whether the rule is the code's own
    // (405's Allow) or its class's (every 4xx's Date), and a reader looks for the code's own first.
    std::vector<const httpstatus::detail::field_rule_row*> rows;
    for (const httpstatus::detail::field_rule_row& row : httpstatus::detail::field_rule_rows)
        if (code >= row.first_code && code <= row.last_code) rows.push_back(&row);
    const auto is_own = [](const httpstatus::detail::field_rule_row* row) { return row->first_code == row->last_code; };
    std::stable_sort(rows.begin(), rows.end(), [&is_own](const auto* a, const auto* b) {
        if (a->rule.level != b->rule.level) return a->rule.level < b->rule.level;
        return is_own(a) && !is_own(b);
    });

    // Lines with the fields of every rule of the same sentence, joined: "A", "A and B", "A, B and C".
    std::vector<rule_line> lines;
    std::vector<std::vector<std::string_view>> fields;
    for (const httpstatus::detail::field_rule_row* row : rows) {
        const httpstatus::field_rule& rule = row->rule;
        const std::string_view condition = httpstatus::to_string(rule.condition);
        const auto same = std::find_if(lines.begin(), lines.end(), [&](const rule_line& line) {
            return line.verb == send_verb(rule.level) && line.condition == condition && line.section == rule.section;
        });
        if (same != lines.end()) {
            fields[static_cast<std::size_t>(same - lines.begin())].push_back(rule.field);
            continue;
        }
        lines.push_back({send_verb(rule.level), "", condition, rule.section});
        fields.push_back({rule.field});
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
        for (std::size_t j = 0; j < fields[i].size(); ++j) {
            if (j > 0) lines[i].fields += j + 1 == fields[i].size() ? " and " : ", ";
            lines[i].fields += fields[i][j];
        }
    }
    return lines;
}

std::string rule_text(const rule_line& line) {
    std::string text = line.fields;
    if (!line.condition.empty()) text += ", " + std::string(line.condition);
    return text + " (" + std::string(line.section) + ")";
}

std::string labelled(const rule_line& line) { return std::string(line.verb) + ": " + rule_text(line); }

std::string section_address(std::string_view section) {
    char address[httpstatus::detail::max_address_size];
    return {address, httpstatus::detail::write_section_address(section, address)};
}

}  // namespace httpstatus_command
