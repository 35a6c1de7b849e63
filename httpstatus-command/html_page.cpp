// SPDX-License-Identifier: MIT
#include "html_page.hpp"

#include "code_facts.hpp"
#include "page_assets.hpp"  // generated from page/ by cmake/embed_text.cmake

#include <httpstatus/httpstatus.hpp>

#include <cstddef>
#include <ostream>
#include <vector>

namespace httpstatus_command {

std::string html_escaped(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char ch : text) {
        switch (ch) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += ch;
        }
    }
    return out;
}

namespace {

void write_badge(std::ostream& out, std::string_view kind, std::string_view title) {
    out << "<span class=\"badge " << kind << "\" title=\"" << title << "\">" << kind << "</span>";
}

// The header fields the RFCs tie to the code, a line per rule as the entry view says it, the
// section linked as the reference cell's is: "Must send: Allow (<a>RFC 9110 §15.5.6</a>)".
void write_rules(std::ostream& out, int code) {
    const std::vector<rule_line> lines = rule_lines_of(code);
    if (lines.empty()) return;
    out << R"(<span class="rules">)";
    for (const rule_line& line : lines) {
        out << R"(<span class="rule"><span class="verb">)" << html_escaped(line.verb)
            << "</span>: " << html_escaped(line.fields);
        if (!line.condition.empty()) out << ", " << html_escaped(line.condition);
        const std::string address = section_address(line.section);
        out << " (";
        if (address.empty()) {
            out << html_escaped(line.section);
        } else {
            out << R"(<a href=")" << html_escaped(address) << R"(">)" << html_escaped(line.section) << "</a>";
        }
        out << ")</span>";
    }
    out << "</span>";
}

void write_name_cell(std::ostream& out, const httpstatus::status_info& e) {
    out << R"(<td class="name"><span class="phrase">)" << html_escaped(e.name) << "</span>";
    if (!e.aliases.empty()) {
        out << "<span class=\"aliases\">formerly ";
        const char* separator = "";
        for (std::string_view alias : e.aliases) {
            out << separator << "<span class=\"alias\">" << html_escaped(alias) << "</span>";
            separator = ", ";
        }
        out << "</span>";
    }
    if (e.is_deprecated() || e.is_unused() || e.is_obsoleted() || e.cacheable) {
        out << "<span class=\"badges\">";
        if (e.is_deprecated()) write_badge(out, "deprecated", "Deprecated: do not send it");
        if (e.is_unused()) write_badge(out, "unused", "Reserved: no longer used, never to be sent");
        if (e.is_obsoleted()) write_badge(out, "obsoleted", "Obsoleted: its defining document is Historic");
        if (e.cacheable) write_badge(out, "cacheable", "Heuristically cacheable by default (RFC 9110 §15.1)");
        out << "</span>";
    }
    const std::vector<code_fact> facts = facts_of(e.code);
    if (!facts.empty()) {
        out << "<span class=\"facts\">";
        for (const code_fact& fact : facts) out << "<span class=\"fact\">" << html_escaped(labelled(fact)) << "</span>";
        out << "</span>";
    }
    write_rules(out, e.value());
    out << "</td>";
}

void write_reference_cell(std::ostream& out, std::string_view reference, std::string_view url) {
    out << "<td class=\"reference\">";
    if (url.empty()) {
        out << html_escaped(reference);
    } else {
        out << "<a href=\"" << html_escaped(url) << "\">" << html_escaped(reference) << "</a>";
    }
    out << "</td>";
}

// The row carries its code's enumerator for the page's search, which looks in it as search() does.
void write_row(std::ostream& out, const httpstatus::status_info& e) {
    const int code = e.value();
    out << R"(<tr id=")" << code << R"(" data-enumerator=")" << html_escaped(httpstatus::enumerator_name(code))
        << R"("><td class="code"><a href="#)" << code << R"(">)" << code << "</a></td>";
    write_name_cell(out, e);
    out << "<td class=\"class\">" << html_escaped(to_string(e.class_)) << "</td><td class=\"description\">"
        << html_escaped(e.description) << "</td>";
    write_reference_cell(out, e.reference, httpstatus::reference_url(e).view());
    out << "</tr>\n";
}

std::string version_text() {
    return std::to_string(HTTPSTATUS_VERSION_MAJOR) + '.' + std::to_string(HTTPSTATUS_VERSION_MINOR) + '.' +
           std::to_string(HTTPSTATUS_VERSION_PATCH);
}

}  // namespace

// Copies the frame, page/frame.html, putting each {{placeholder}} in: banner, style, script, rows,
// count, version. An unknown placeholder is copied as it is, and a test looks for it.
void write_html_page(std::ostream& out, std::string_view banner) {
    std::string_view frame = page_assets::frame_html;
    while (!frame.empty()) {
        const std::size_t open = frame.find("{{");
        out << frame.substr(0, open);
        if (open == std::string_view::npos) return;
        const std::size_t close = frame.find("}}", open);
        const std::string_view name = frame.substr(open + 2, close - open - 2);
        if (name == "banner") {
            out << banner;
        } else if (name == "style") {
            out << page_assets::page_css;
        } else if (name == "script") {
            out << page_assets::page_js;
        } else if (name == "rows") {
            for (const httpstatus::status_info& e : httpstatus::all()) write_row(out, e);
        } else if (name == "count") {
            out << httpstatus::all().size();
        } else if (name == "version") {
            out << version_text();
        } else {
            out << frame.substr(open, close - open + 2);
        }
        frame = close == std::string_view::npos ? std::string_view{} : frame.substr(close + 2);
    }
}

}  // namespace httpstatus_command
