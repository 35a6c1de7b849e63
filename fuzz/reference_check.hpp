// SPDX-License-Identifier: MIT
// A plain reference of check_response, written the obvious way (the head split into std::strings, the
// fields in a vector, every question a linear scan), sharing no code with check.hpp but the rule data
// (field_rules, proven against the reference table by tests/field_rules/field_rules.cpp).
#ifndef HTTPSTATUS_FUZZ_REFERENCE_CHECK_HPP
#define HTTPSTATUS_FUZZ_REFERENCE_CHECK_HPP

#include "reference.hpp"

#include <httpstatus/field_rules.hpp>
#include <httpstatus/http_versions.hpp>

#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace reference {

struct check_finding {
    std::string field;
    httpstatus::requirement level;
    bool is_note;
    std::string problem;
    friend bool operator<(const check_finding& a, const check_finding& b) {
        return std::tie(a.field, a.level, a.is_note, a.problem) < std::tie(b.field, b.level, b.is_note, b.problem);
    }
    friend bool operator==(const check_finding& a, const check_finding& b) {
        return std::tie(a.field, a.level, a.is_note, a.problem) == std::tie(b.field, b.level, b.is_note, b.problem);
    }
};

struct check_result {
    bool is_response_head = false;
    int code = 0;
    httpstatus::http_version version = httpstatus::http_version::http_1_1;
    std::vector<check_finding> findings;  // sorted
    bool conforms() const {
        if (!is_response_head) return false;
        for (const check_finding& f : findings)
            if (!f.is_note &&
                (f.level == httpstatus::requirement::must || f.level == httpstatus::requirement::must_not))
                return false;
        return true;
    }
};

inline bool is_space_or_tab(char ch) { return ch == ' ' || ch == '\t'; }

inline std::string trim(std::string text) {
    while (!text.empty() && is_space_or_tab(text.front())) text.erase(0, 1);
    while (!text.empty() && is_space_or_tab(text.back())) text.pop_back();
    return text;
}

// The parts of `text` between the separators.
inline std::vector<std::string> split(const std::string& text, const std::string& separators) {
    std::vector<std::string> parts(1);
    for (char ch : text) {
        if (separators.find(ch) != std::string::npos)
            parts.emplace_back();
        else
            parts.back() += ch;
    }
    return parts;
}

// The lines of the head: split at LF, a CR at a line's end dropped, up to the first empty line.
inline std::vector<std::string> head_lines(std::string_view text) {
    std::vector<std::string> lines;
    for (std::string line : split(std::string(text), "\n")) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) break;
        lines.push_back(line);
    }
    return lines;
}

struct reference_field {
    std::string name, value;
};

inline bool is_token_char(char ch) {
    return std::string("!#$%&'*+-.^_`|~").find(ch) != std::string::npos || (ch >= '0' && ch <= '9') ||
           (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

class checker {
public:
    checker(std::string_view text, std::optional<std::string> method)
        : method_(std::move(method)), lines_(head_lines(text)) {
        result_.is_response_head = !lines_.empty() && read_status_line(lines_[0]);
        if (!result_.is_response_head) return;
        read_fields();
        if (result_.code >= 100 && result_.code <= 599) apply_rules();
        if (http_1())
            apply_framing();
        else
            apply_version();
        std::sort(result_.findings.begin(), result_.findings.end());
    }
    const check_result& result() const { return result_; }

private:
    using requirement = httpstatus::requirement;
    void add(std::string field, requirement level, std::string problem, bool note = false) {
        result_.findings.push_back({std::move(field), level, note, std::move(problem)});
    }
    bool http_1() const {
        return result_.version == httpstatus::http_version::http_1_0 ||
               result_.version == httpstatus::http_version::http_1_1;
    }

    // "HTTP/1.0 ", "HTTP/1.1 ", "HTTP/2 " or "HTTP/3 ", three digits, then the end or a space and a phrase.
    bool read_status_line(const std::string& line) {
        const std::pair<std::string, httpstatus::http_version> versions[] = {
            {"HTTP/1.0 ", httpstatus::http_version::http_1_0},
            {"HTTP/1.1 ", httpstatus::http_version::http_1_1},
            {"HTTP/2 ", httpstatus::http_version::http_2},
            {"HTTP/3 ", httpstatus::http_version::http_3}};
        for (const auto& [prefix, version] : versions) {
            if (line.rfind(prefix, 0) != 0) continue;
            const std::string rest = line.substr(prefix.size());
            if (rest.size() < 3) return false;
            for (std::size_t i = 0; i < 3; ++i)
                if (rest[i] < '0' || rest[i] > '9') return false;
            if (rest.size() > 3 && rest[3] != ' ') return false;
            result_.version = version;
            result_.code = std::stoi(rest.substr(0, 3));
            if (rest.size() == 3 && http_1()) add("", requirement::must, "no space after the code");
            if (result_.code < 100 || result_.code > 599) add("", requirement::must, "code outside 100-599");
            const std::string phrase = rest.size() > 4 ? rest.substr(4) : "";
            if (!http_1()) {
                if (!phrase.empty()) add("", requirement::must_not, "a reason phrase in a version without one");
            } else {
                for (char ch : phrase) {
                    const auto byte = static_cast<unsigned char>(ch);
                    if (byte != '\t' && (byte < 0x20 || byte == 0x7F)) {
                        add("", requirement::must, "reason phrase has a control byte");
                        break;
                    }
                }
            }
            return true;
        }
        return false;
    }

    void read_fields() {
        for (std::size_t i = 1; i < lines_.size(); ++i) {
            const std::string& line = lines_[i];
            if (is_space_or_tab(line[0])) {
                add("", requirement::must, i == 1 ? "whitespace before the first field line" : "obs-fold");
                continue;
            }
            const std::size_t colon = line.find(':');
            if (colon == std::string::npos) {
                add("", requirement::must, "not a field line");
                continue;
            }
            const std::string name = line.substr(0, colon);
            if (name.empty()) {
                add("", requirement::must, "name is not a token");
                continue;
            }
            if (is_space_or_tab(name.back())) {
                add(trim(name), requirement::must, "whitespace before the colon");
                continue;
            }
            if (!std::all_of(name.begin(), name.end(), is_token_char)) {
                add(name, requirement::must, "name is not a token");
                continue;
            }
            const std::string value = trim(line.substr(colon + 1));
            fields_.push_back({name, value});
            for (char ch : value) {
                const auto byte = static_cast<unsigned char>(ch);
                if (byte == '\r')
                    add(name, requirement::must, "value has a CR");
                else if (byte == 0)
                    add(name, requirement::must, "value has a NUL");
                else if ((byte < 0x20 && byte != '\t') || byte == 0x7F)
                    add(name, requirement::must, "value has a control byte");
                else
                    continue;
                break;
            }
        }
    }

    std::vector<std::string> values(const std::string& name) const {
        std::vector<std::string> found;
        for (const reference_field& f : fields_)
            if (lower(f.name) == lower(name)) found.push_back(f.value);
        return found;
    }
    bool has(const std::string& name) const { return !values(name).empty(); }
    bool lists(const std::string& name, const std::string& element) const {
        for (const std::string& value : values(name))
            for (const std::string& part : split(value, ","))
                if (lower(trim(part)) == lower(element)) return true;
        return false;
    }
    bool multipart() const {
        const std::vector<std::string> types = values("Content-Type");
        return !types.empty() && lower(trim(split(types.back(), ";")[0])) == "multipart/byteranges";
    }
    bool byte_range_sent() const {
        for (const std::string& value : values("Content-Range"))
            if (lower(value).rfind("bytes ", 0) == 0) return true;
        return false;
    }
    static bool connection_specific(const std::string& name) {
        const std::string l = lower(name);
        return l == "connection" || l == "keep-alive" || l == "proxy-connection" || l == "transfer-encoding" ||
               l == "upgrade";
    }

    enum class answer { holds, does_not, unknown };
    answer condition(httpstatus::rule_condition c) const {
        using httpstatus::rule_condition;
        if (c == rule_condition::always) return answer::holds;
        if (c == rule_condition::single_part) return multipart() ? answer::does_not : answer::holds;
        if (c == rule_condition::multiple_parts) return multipart() ? answer::holds : answer::does_not;
        if (c == rule_condition::to_connect) {
            if (!method_) return answer::unknown;
            return *method_ == "CONNECT" ? answer::holds : answer::does_not;
        }
        if (c == rule_condition::to_get_or_head) {  // and the server has a validator, which no head shows
            if (!method_ || *method_ == "GET" || *method_ == "HEAD") return answer::unknown;
            return answer::does_not;
        }
        if (c == rule_condition::byte_ranges) return byte_range_sent() ? answer::holds : answer::unknown;
        return answer::unknown;
    }
    static bool wants(const httpstatus::field_rule& rule) {
        return rule.level == requirement::must || rule.level == requirement::should;
    }
    bool broken(const httpstatus::field_rule& rule) const { return wants(rule) != has(std::string(rule.field)); }

    static bool blocked_by(const std::string& link) {
        for (const std::string& raw : split(link, ";,")) {
            const std::string part = trim(raw);
            if (lower(part.substr(0, 3)) != "rel") continue;
            const std::string after = trim(part.substr(3));
            if (after.empty() || after[0] != '=') continue;
            const std::string value = trim(after.substr(1));
            if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
                for (const std::string& word : split(value.substr(1, value.size() - 2), " "))
                    if (lower(word) == "blocked-by") return true;
            } else if (lower(value) == "blocked-by") {
                return true;
            }
        }
        return false;
    }

    void apply_rules() {
        for (const httpstatus::field_rule& rule : httpstatus::field_rules(result_.code)) {
            if (rule.level == requirement::may) continue;
            const std::string field(rule.field);
            if (!http_1() && connection_specific(field)) {
                if (wants(rule)) add(field, rule.level, "not applied: this version cannot carry the field", true);
                continue;
            }
            const answer a = condition(rule.condition);
            if (a == answer::does_not) continue;
            const bool note = a == answer::unknown;
            if (note) {
                // Left out when a rule that holds already reports the field.
                bool said = false;
                for (const httpstatus::field_rule& other : httpstatus::field_rules(result_.code))
                    if (other.field == rule.field && other.level != requirement::may &&
                        condition(other.condition) == answer::holds && broken(other))
                        said = true;
                if (said) continue;
            }
            if (broken(rule)) {
                add(field, rule.level, wants(rule) ? "missing" : "sent", note);
                continue;
            }
            if (!has(field)) continue;
            if (field == "Connection" && !lists("Connection", "upgrade"))
                add(field, rule.level, "has no \"upgrade\" option", note);
            if (field == "Content-Range" && result_.code == 416)
                for (const std::string& value : values("Content-Range"))
                    if (lower(value).rfind("bytes ", 0) == 0 && lower(value).rfind("bytes */", 0) != 0) {
                        add(field, rule.level, "is not \"bytes */\" and the length", note);
                        break;
                    }
            if (field == "Link" && result_.code == 451) {
                bool any = false;
                for (const std::string& value : values("Link")) any = any || blocked_by(value);
                if (!any) add(field, rule.level, "has no rel=\"blocked-by\" link", note);
            }
        }
    }

    void apply_framing() {
        if (has("Content-Length") && has("Transfer-Encoding"))
            add("Content-Length", requirement::must_not, "sent with Transfer-Encoding");
        std::vector<std::string> lengths;
        for (const std::string& value : values("Content-Length"))
            for (const std::string& part : split(value, ",")) lengths.push_back(trim(part));
        const bool numbers = std::all_of(lengths.begin(), lengths.end(), [](const std::string& l) {
            return !l.empty() && l.find_first_not_of("0123456789") == std::string::npos;
        });
        if (!numbers)
            add("Content-Length", requirement::must, "is not a number");
        else if (std::adjacent_find(lengths.begin(), lengths.end(), std::not_equal_to<>()) != lengths.end())
            add("Content-Length", requirement::must, "has differing values");
        bool connection_rule = false;
        for (const httpstatus::field_rule& rule : httpstatus::field_rules(result_.code))
            connection_rule = connection_rule || rule.field == "Connection";
        if (!connection_rule && has("Upgrade") && !lists("Connection", "upgrade"))
            add("Connection", requirement::must, "has no \"upgrade\" option for Upgrade");
    }

    void apply_version() {
        if (result_.code == 101) add("", requirement::must_not, "a code this version does not carry");
        for (const reference_field& f : fields_)
            if (connection_specific(f.name)) add(lower(f.name), requirement::must_not, "connection-specific");
    }

    std::optional<std::string> method_;
    std::vector<std::string> lines_;
    std::vector<reference_field> fields_;
    check_result result_;
};

inline check_result check_response(std::string_view head, std::optional<std::string> method) {
    return checker(head, std::move(method)).result();
}

}  // namespace reference

#endif  // HTTPSTATUS_FUZZ_REFERENCE_CHECK_HPP
