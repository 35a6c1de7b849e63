// Generated from include/httpstatus/check.hpp and the detail/ headers it includes, by the
// target httpstatus-single-include (cmake/single_include.cmake): do not edit.
// httpstatus: checks a response head against the grammar of HTTP/1.1 and the field rules of its code.
// SPDX-License-Identifier: MIT
//
//   const httpstatus::check_report report = httpstatus::check_response("HTTP/1.1 405 Method Not Allowed\r\n\r\n");
//   report.conforms();  // false: report[0] is Allow, requirement::must, "missing", "RFC 9110 \xC2\xA7" "15.5.6"
//
// An opt-in header: a program that only names codes pays nothing for it. constexpr, noexcept, and it
// allocates nothing: the findings live in the report, up to check_report::capacity of them.
//
// What it reads, in order (one step each, in detail::response_checker):
//   1. the status line, RFC 9112 section 4, or "HTTP/2 200" and "HTTP/3 200" as curl prints them;
//   2. the field lines, RFC 9112 section 5, to the first empty line, CRLF or LF line ends;
//   3. the rules of the code (field_rules.hpp), with the values some of them ask for;
//   4. the framing rules of HTTP/1.x: Content-Length with Transfer-Encoding, Content-Length's value,
//      Upgrade without Connection: upgrade;
//   5. for HTTP/2 and HTTP/3, what those versions forbid (http_versions.hpp).
// A rule whose condition the head cannot show (the request's method, what a 200 would carry) is a
// note when the head would break it if the condition held: reported, never a violation.
#ifndef HTTPSTATUS_CHECK_HPP
#define HTTPSTATUS_CHECK_HPP

#include <httpstatus/field_rules.hpp>
#include <httpstatus/http_versions.hpp>
#include <httpstatus/httpstatus.hpp>
#include <httpstatus/status_line.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

namespace httpstatus {

// One thing the checker found in a response head.
struct finding {
    std::string_view field;    // the field it is about, as the rule writes it ("Allow"); empty for the
                               // status line or a line that is not a field line; for a grammar error in
                               // a field line, a view into the head (the name as sent): keep the head
                               // while the report is read. Every other text has static storage.
    requirement level{};       // the level of the rule broken; a grammar error is requirement::must
    std::string_view problem;  // what is wrong, static words, lower case, no final stop: "missing"
    std::string_view section;  // "RFC 9110 \xC2\xA7" "15.5.6", as the registry writes a reference
    bool is_note = false;      // the head cannot show whether the rule holds: reported, never a violation

    // A MUST or MUST NOT broken, where the head shows it.
    constexpr bool breaks_conformance() const noexcept {
        return !is_note && (level == requirement::must || level == requirement::must_not);
    }
};

namespace detail {
class response_checker;
}  // namespace detail

// What check_response found: the code and version read, and the findings in the order the checker
// made them (the status line, the field lines in the head's order, then the rules).
class check_report {
public:
    // Findings kept. A head with more sets truncated(); conforms() still counts the ones left out.
    static constexpr std::size_t capacity = 32;

    constexpr const finding* begin() const noexcept { return findings_; }
    constexpr const finding* end() const noexcept { return findings_ + size_; }
    constexpr std::size_t size() const noexcept { return size_; }
    constexpr bool empty() const noexcept { return size_ == 0; }
    constexpr const finding& operator[](std::size_t i) const noexcept { return findings_[i]; }

    // The first line is a status line (else no other finding is made).
    constexpr bool is_response_head() const noexcept { return is_response_head_; }
    // A response head in which no MUST or MUST NOT is broken.
    constexpr bool conforms() const noexcept { return is_response_head_ && !broken_; }
    // The three digits of the status line, 0 when there is none; 600 or 099 are read as they are.
    constexpr int code() const noexcept { return code_; }
    // The version of the status line; http_1_1 when there is none.
    constexpr http_version version() const noexcept { return version_; }
    // More findings were made than capacity.
    constexpr bool truncated() const noexcept { return truncated_; }
    // Findings that break conformance, those left out by truncation included.
    constexpr std::size_t violations() const noexcept { return violations_; }

private:
    friend class detail::response_checker;

    constexpr void add(const finding& found) noexcept {
        if (found.breaks_conformance()) {
            broken_ = true;
            ++violations_;
        }
        if (size_ == capacity) {
            truncated_ = true;
            return;
        }
        findings_[size_++] = found;
    }

    finding findings_[capacity]{};
    std::size_t size_ = 0;
    std::size_t violations_ = 0;
    int code_ = 0;
    http_version version_ = http_version::http_1_1;
    bool is_response_head_ = false;
    bool broken_ = false;
    bool truncated_ = false;
};

namespace detail {

// A byte of a token (RFC 9110 section 5.6.2): the field-name grammar (RFC 9110 section 5.1).
constexpr bool is_tchar(char ch) noexcept {
    if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || is_digit(ch)) return true;
    constexpr std::string_view others = "!#$%&'*+-.^_`|~";
    for (char other : others)
        if (ch == other) return true;
    return false;
}

constexpr bool is_ows(char ch) noexcept { return ch == ' ' || ch == '\t'; }

constexpr bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) noexcept {
    return text.size() >= prefix.size() && equals_ignoring_case(text.substr(0, prefix.size()), prefix);
}

// Without the SP and HTAB at either end (OWS, RFC 9110 section 5.6.3).
constexpr std::string_view trim_ows(std::string_view text) noexcept {
    while (!text.empty() && is_ows(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_ows(text.back())) text.remove_suffix(1);
    return text;
}

// The lines of a head, each without its line end: LF or CR LF (RFC 9112 section 2.2 lets a recipient
// take a bare LF for a line end), and the last line of the text ends where the text does.
class line_reader {
public:
    constexpr explicit line_reader(std::string_view text) noexcept : rest_(text) {}
    constexpr bool done() const noexcept { return rest_.empty(); }
    constexpr std::string_view rest() const noexcept { return rest_; }
    constexpr std::string_view next() noexcept {
        std::size_t end = 0;
        while (end < rest_.size() && rest_[end] != '\n') ++end;
        std::string_view line = rest_.substr(0, end);
        rest_ = end < rest_.size() ? rest_.substr(end + 1) : std::string_view{};
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        return line;
    }

private:
    std::string_view rest_;
};

// One field line read by RFC 9112 section 5: field-name ":" OWS field-value OWS.
struct field_line {
    std::string_view name;     // the name as sent, without whitespace before the colon
    std::string_view value;    // without the OWS around it
    std::string_view problem;  // empty, or the grammar error, as a finding words it
    std::string_view section;  // the grammar error's section
    // A line the checker counts as a field: its name is a token with the colon right after it. A bad
    // value does not stop the field counting: its name is clear.
    bool is_field = false;
};

// The grammar of one line of the field section, its first problem only.
constexpr field_line read_field_line(std::string_view line) noexcept {
    field_line read{};
    if (is_ows(line.front())) {  // obs-fold: a continuation of the line before (RFC 9112 section 5.2)
        read.problem = "obs-fold";
        read.section = "RFC 9112 \xC2\xA7"
                       "5.2";
        return read;
    }
    std::size_t colon = 0;
    while (colon < line.size() && line[colon] != ':') ++colon;
    if (colon == line.size()) {
        read.problem = "not a field line";
        read.section = "RFC 9112 \xC2\xA7"
                       "5";
        return read;
    }
    std::string_view name = line.substr(0, colon);
    read.name = name;
    if (name.empty()) {
        read.problem = "name is not a token";
        read.section = "RFC 9110 \xC2\xA7"
                       "5.1";
        return read;
    }
    if (is_ows(name.back())) {  // RFC 9112 section 5.1: "No whitespace is allowed between the field name and colon"
        while (!name.empty() && is_ows(name.back())) name.remove_suffix(1);
        read.name = name;
        read.problem = "whitespace before the colon";
        read.section = "RFC 9112 \xC2\xA7"
                       "5.1";
        return read;
    }
    for (char ch : name) {
        if (!is_tchar(ch)) {
            read.problem = "name is not a token";
            read.section = "RFC 9110 \xC2\xA7"
                           "5.1";
            return read;
        }
    }
    read.is_field = true;
    read.value = trim_ows(line.substr(colon + 1));
    // RFC 9110 section 5.5: "Field values containing CR, LF, or NUL characters are invalid and
    // dangerous"; the other controls are outside the field-value grammar too.
    for (char ch : read.value) {
        const auto byte = static_cast<unsigned char>(ch);
        if (byte == '\r' || byte == 0 || (byte < 0x20 && byte != '\t') || byte == 0x7F) {
            read.problem = byte == '\r' ? "value has a CR" : byte == 0 ? "value has a NUL" : "value has a control byte";
            read.section = "RFC 9110 \xC2\xA7"
                           "5.5";
            return read;
        }
    }
    return read;
}

// The field lines of a head, from the line after the status line to the first empty line, read again
// for each question a rule asks: no storage, and the head is short.
class field_section {
public:
    constexpr field_section() noexcept = default;
    constexpr explicit field_section(std::string_view text) noexcept : text_(text) {}

    // Calls visit(value) for each field line named `name` (a token; ASCII case ignored), in the head's
    // order. A line whose name is `name` is a field line as read_field_line counts them: no obs-fold, the
    // colon right after the name; its value is visited even if it holds a control byte.
    template <class Visit>
    constexpr void for_each_value(std::string_view name, Visit visit) const noexcept {
        line_reader lines(text_);
        while (!lines.done()) {
            const std::string_view line = lines.next();
            if (line.empty()) return;
            if (line.size() > name.size() && line[name.size()] == ':' &&
                equals_ignoring_case(line.substr(0, name.size()), name))
                visit(trim_ows(line.substr(name.size() + 1)));
        }
    }
    constexpr bool has(std::string_view name) const noexcept {
        bool found = false;
        for_each_value(name, [&found](std::string_view) { found = true; });
        return found;
    }
    // Whether an element of the comma-separated lists (RFC 9110 section 5.6.1) of the fields named
    // `name` is `element`, ASCII case ignored: Connection's "upgrade" option.
    constexpr bool lists(std::string_view name, std::string_view element) const noexcept {
        bool found = false;
        for_each_value(name, [&found, element](std::string_view value) {
            while (!value.empty()) {
                std::size_t comma = 0;
                while (comma < value.size() && value[comma] != ',') ++comma;
                if (equals_ignoring_case(trim_ows(value.substr(0, comma)), element)) found = true;
                value = comma < value.size() ? value.substr(comma + 1) : std::string_view{};
            }
        });
        return found;
    }

private:
    std::string_view text_;
};

// Whether a Content-Type value's media type is multipart/byteranges (RFC 9110 section 8.3.1: type
// and subtype compared ignoring case, parameters after ';').
constexpr bool is_multipart_byteranges(std::string_view content_type) noexcept {
    std::size_t end = 0;
    while (end < content_type.size() && content_type[end] != ';') ++end;
    return equals_ignoring_case(trim_ows(content_type.substr(0, end)), "multipart/byteranges");
}

// Whether a rel parameter's value (RFC 8288 section 3.3: a token, or a quoted string of relation types
// separated by spaces) is or lists "blocked-by", ASCII case ignored.
constexpr bool is_blocked_by_relation(std::string_view value) noexcept {
    if (value.size() < 2 || value.front() != '"' || value.back() != '"')
        return equals_ignoring_case(value, "blocked-by");
    value = value.substr(1, value.size() - 2);
    while (!value.empty()) {
        std::size_t space = 0;
        while (space < value.size() && value[space] != ' ') ++space;
        if (equals_ignoring_case(value.substr(0, space), "blocked-by")) return true;
        value = space < value.size() ? value.substr(space + 1) : std::string_view{};
    }
    return false;
}

// Whether a Link value has a parameter rel="blocked-by" (RFC 7725 section 4). Read plainly: the value
// cut at each ';' and ',' (RFC 8288 section 3: links are separated by ',' and parameters begin with ';'),
// each part "rel" BWS "=" BWS and a value, OWS around. A ';' or ',' inside a URI or a quoted string
// cuts it too: a blocked-by link is not written that way.
constexpr bool links_blocked_by(std::string_view value) noexcept {
    while (!value.empty()) {
        std::size_t cut = 0;
        while (cut < value.size() && value[cut] != ';' && value[cut] != ',') ++cut;
        const std::string_view part = trim_ows(value.substr(0, cut));
        value = cut < value.size() ? value.substr(cut + 1) : std::string_view{};
        if (!starts_with_ignoring_case(part, "rel")) continue;
        const std::string_view after_name = trim_ows(part.substr(3));
        if (!after_name.empty() && after_name.front() == '=' && is_blocked_by_relation(trim_ows(after_name.substr(1))))
            return true;
    }
    return false;
}

// Does a rule's condition hold? The head or the request's method may say; else it is unknown.
enum class condition_answer : unsigned char { holds, does_not_hold, unknown };

class response_checker {
public:
    constexpr response_checker(std::string_view head, std::optional<std::string_view> method) noexcept
        : head_(head), method_(method) {}

    constexpr check_report run() noexcept {
        if (!read_status_line()) return report_;
        read_field_lines();
        if (code_in_range()) apply_code_rules();
        if (is_http_1())
            apply_framing_rules();
        else
            apply_version_rules();
        return report_;
    }

private:
    constexpr void add(std::string_view field, requirement level, std::string_view problem, std::string_view section,
                       bool is_note = false) noexcept {
        report_.add(finding{field, level, problem, section, is_note});
    }
    constexpr bool is_http_1() const noexcept {
        return report_.version_ == http_version::http_1_0 || report_.version_ == http_version::http_1_1;
    }
    constexpr bool code_in_range() const noexcept { return report_.code_ >= 100 && report_.code_ <= 599; }

    // Step 1: the status line, or false when the first line is none.
    //   HTTP/1.x: status-line = HTTP-version SP status-code SP [ reason-phrase ]   (RFC 9112 section 4)
    //   HTTP/2, HTTP/3: curl writes "HTTP/2 200 " (curl 7.88's lib/http2.c adds the space); a
    //   program may strip it, so "HTTP/2 200" is read too.
    // A line with a version and three digits is a status line even where it breaks the grammar after
    // them, so that the checker can say how: no space after the code (scylladb/seastar #3468 wrote
    // "HTTP/1.1 299"), a code outside 100-599, a control byte in the phrase, a phrase in HTTP/2.
    // Other versions ("HTTP/1.2", "HTTP/2.0") and anything else after the code are not a status line.
    constexpr bool read_status_line() noexcept {
        line_reader lines(head_);
        const std::string_view line = lines.next();
        head_after_status_line_ = lines.rest();
        // The common case, by the library's strict reader of HTTP/1.x lines.
        if (const std::optional<status_line> strict = parse_status_line(line);
            strict && strict->version_major == 1 && strict->version_minor <= 1) {
            accept(strict->version_minor == 0 ? http_version::http_1_0 : http_version::http_1_1, to_int(strict->code));
            return true;
        }
        constexpr http_version versions[] = {http_version::http_1_0, http_version::http_1_1, http_version::http_2,
                                             http_version::http_3};
        for (http_version version : versions) {
            const std::string_view name = to_string(version);
            if (line.size() < name.size() + 4 || line.substr(0, name.size()) != name || line[name.size()] != ' ')
                continue;
            const std::string_view from_code = line.substr(name.size() + 1);
            if (!is_digit(from_code[0]) || !is_digit(from_code[1]) || !is_digit(from_code[2])) return false;
            if (from_code.size() > 3 && from_code[3] != ' ') return false;
            accept(version, (from_code[0] - '0') * 100 + (from_code[1] - '0') * 10 + (from_code[2] - '0'));
            check_status_line(from_code);
            return true;
        }
        return false;
    }
    constexpr void accept(http_version version, int code) noexcept {
        report_.is_response_head_ = true;
        report_.version_ = version;
        report_.code_ = code;
    }
    // The grammar after the code, and the code's range, of a status line the strict reader refused.
    constexpr void check_status_line(std::string_view from_code) noexcept {
        const bool http_1 = is_http_1();
        if (from_code.size() == 3 && http_1)  // RFC 9112 section 4: the SP is there even with no phrase
            add({}, requirement::must, "no space after the code",
                "RFC 9112 \xC2\xA7"
                "4");
        if (!code_in_range())  // RFC 9110 section 15: a client treats such a code as 5xx
            add({}, requirement::must, "code outside 100-599",
                "RFC 9110 \xC2\xA7"
                "15");
        const std::string_view phrase = from_code.size() > 4 ? from_code.substr(4) : std::string_view{};
        if (!http_1) {
            if (!phrase.empty())
                add({}, requirement::must_not, "a reason phrase in a version without one",
                    carries_reason_phrase(report_.version_).section);
            return;
        }
        for (char ch : phrase) {
            if (!is_reason_phrase_char(ch)) {
                add({}, requirement::must, "reason phrase has a control byte",
                    "RFC 9112 \xC2\xA7"
                    "4");
                return;
            }
        }
    }
    // Step 2: each field line's grammar, to the first empty line. A line of whitespace right after the
    // status line is not obs-fold but whitespace before the first field (RFC 9112 section 2.2).
    constexpr void read_field_lines() noexcept {
        fields_ = field_section(head_after_status_line_);
        line_reader lines(head_after_status_line_);
        bool first = true;
        while (!lines.done()) {
            const std::string_view line = lines.next();
            if (line.empty()) return;
            const field_line read = read_field_line(line);
            if (first && is_ows(line.front()))
                add({}, requirement::must, "whitespace before the first field line",
                    "RFC 9112 \xC2\xA7"
                    "2.2");
            else if (!read.problem.empty())
                add(read.name, requirement::must, read.problem, read.section);
            first = false;
        }
    }

    // Step 3: the code's rules. A rule is broken when its field is missing (must, should) or sent
    // (must_not, should_not); a `may` rule is never broken. Broken where its condition holds: a
    // finding; where the condition is unknown: a note; where it does not hold: nothing.
    // The rules whose condition holds come first, then the notes, and a note is left out for a field a
    // rule that holds has already reported (a 204's Content-Length breaks "always" before "to CONNECT").
    constexpr void apply_code_rules() noexcept {
        apply_code_rules(condition_answer::holds);
        apply_code_rules(condition_answer::unknown);
    }
    constexpr void apply_code_rules(condition_answer pass) noexcept {
        for (const field_rule& rule : field_rules(report_.code_)) {
            if (rule.level == requirement::may) continue;
            if (!is_http_1() && is_connection_specific(rule.field)) {
                if (pass == condition_answer::holds) apply_in_version_without(rule);
                continue;
            }
            if (answer_of(rule.condition) != pass) continue;
            const bool note = pass == condition_answer::unknown;
            if (note && broken_where_shown(rule.field)) continue;
            const bool present = fields_.has(rule.field);
            const bool wants_field = rule.level == requirement::must || rule.level == requirement::should;
            if (wants_field && !present)
                add(rule.field, rule.level, "missing", rule.section, note);
            else if (!wants_field && present)
                add(rule.field, rule.level, "sent", rule.section, note);
            else if (present)
                check_value(rule, note);
        }
    }
    // A rule of HTTP/1.1 about a field that HTTP/2 and HTTP/3 cannot carry (RFC 9113 section 8.2.2):
    // asking for it is not applied, and said in a note; forbidding it is what step 5 reports anyway.
    constexpr void apply_in_version_without(const field_rule& rule) noexcept {
        if (rule.level == requirement::must || rule.level == requirement::should)
            add(rule.field, rule.level, "not applied: this version cannot carry the field",
                allows_field(report_.version_, rule.field).section, true);
    }
    // Whether a rule of the code whose condition holds is broken by the field's presence or absence: a
    // note about the same field would say it twice.
    constexpr bool broken_where_shown(std::string_view field) const noexcept {
        const bool present = fields_.has(field);
        for (const field_rule& rule : field_rules(report_.code_)) {
            if (rule.field != field || rule.level == requirement::may) continue;
            if (answer_of(rule.condition) != condition_answer::holds) continue;
            const bool wants_field = rule.level == requirement::must || rule.level == requirement::should;
            if (wants_field != present) return true;
        }
        return false;
    }
    constexpr condition_answer answer_of(rule_condition condition) const noexcept {
        const auto answer = [](bool holds) {
            return holds ? condition_answer::holds : condition_answer::does_not_hold;
        };
        switch (condition) {
        case rule_condition::always: return condition_answer::holds;
        case rule_condition::single_part: return answer(!is_multipart());
        case rule_condition::multiple_parts: return answer(is_multipart());
        case rule_condition::to_connect: return method_ ? answer(*method_ == "CONNECT") : condition_answer::unknown;
        case rule_condition::to_get_or_head:
            // "SHOULD send any available validator": the method shows whether the request was GET or
            // HEAD, but no head shows whether the server has a validator to send.
            return method_ && *method_ != "GET" && *method_ != "HEAD" ? condition_answer::does_not_hold
                                                                      : condition_answer::unknown;
        case rule_condition::byte_ranges:  // a Content-Range in bytes shows the request asked for them
            return sends_byte_range() ? condition_answer::holds : condition_answer::unknown;
        default: return condition_answer::unknown;
        }
    }
    constexpr bool is_multipart() const noexcept {
        bool multipart = false;
        fields_.for_each_value("Content-Type",
                               [&multipart](std::string_view value) { multipart = is_multipart_byteranges(value); });
        return multipart;
    }
    constexpr bool sends_byte_range() const noexcept {
        bool bytes = false;
        fields_.for_each_value("Content-Range", [&bytes](std::string_view value) {
            bytes = bytes || starts_with_ignoring_case(value, "bytes ");
        });
        return bytes;
    }
    // The rules about a field's value, where the field was sent.
    constexpr void check_value(const field_rule& rule, bool note) noexcept {
        if (rule.field == "Connection") {  // RFC 9110 section 7.8: the "upgrade" connection option
            if (!fields_.lists("Connection", "upgrade"))
                add(rule.field, rule.level, "has no \"upgrade\" option", rule.section, note);
        } else if (rule.field == "Content-Range" && report_.code_ == 416) {
            // RFC 9110 section 14.4: unsatisfied-range = "*/" complete-length; another unit is not ours to read.
            bool unsatisfied = true;
            fields_.for_each_value("Content-Range", [&unsatisfied](std::string_view value) {
                if (starts_with_ignoring_case(value, "bytes ") && !starts_with_ignoring_case(value, "bytes */"))
                    unsatisfied = false;
            });
            if (!unsatisfied) add(rule.field, rule.level, "is not \"bytes */\" and the length", rule.section, note);
        } else if (rule.field == "Link" && report_.code_ == 451) {
            bool blocked_by = false;
            fields_.for_each_value("Link", [&blocked_by](std::string_view value) {
                if (links_blocked_by(value)) blocked_by = true;
            });
            if (!blocked_by) add(rule.field, rule.level, "has no rel=\"blocked-by\" link", rule.section, note);
        }
    }

    // Step 4: HTTP/1.x framing, for every code.
    constexpr void apply_framing_rules() noexcept {
        // RFC 9112 section 6.2: "A sender MUST NOT send a Content-Length header field in any message
        // that contains a Transfer-Encoding header field."
        if (fields_.has("Content-Length") && fields_.has("Transfer-Encoding"))
            add("Content-Length", requirement::must_not, "sent with Transfer-Encoding",
                "RFC 9112 \xC2\xA7"
                "6.2");
        check_content_length();
        // RFC 9110 section 7.8: "A sender of Upgrade MUST also send an "upgrade" connection option in
        // the Connection header field"; for 101 and 426 the code's rule says it already.
        bool code_has_connection_rule = false;
        for (const field_rule& rule : field_rules(report_.code_))
            if (rule.field == "Connection") code_has_connection_rule = true;
        if (!code_has_connection_rule && fields_.has("Upgrade") && !fields_.lists("Connection", "upgrade"))
            add("Connection", requirement::must, "has no \"upgrade\" option for Upgrade",
                "RFC 9110 \xC2\xA7"
                "7.8");
    }
    // RFC 9110 section 8.6: Content-Length = 1*DIGIT; a list or several lines of one value are
    // tolerated by some recipients, differing values are a framing error.
    constexpr void check_content_length() noexcept {
        std::string_view first{};
        bool not_a_number = false;
        bool differing = false;
        fields_.for_each_value("Content-Length", [&](std::string_view value) {
            while (true) {
                std::size_t comma = 0;
                while (comma < value.size() && value[comma] != ',') ++comma;
                const std::string_view element = trim_ows(value.substr(0, comma));
                bool digits = !element.empty();
                for (char ch : element) digits = digits && is_digit(ch);
                if (!digits)
                    not_a_number = true;
                else if (first.empty())
                    first = element;
                else if (element != first)
                    differing = true;
                if (comma == value.size()) return;
                value = value.substr(comma + 1);
            }
        });
        const std::string_view section = "RFC 9110 \xC2\xA7"
                                         "8.6";
        if (not_a_number)
            add("Content-Length", requirement::must, "is not a number", section);
        else if (differing)
            add("Content-Length", requirement::must, "has differing values", section);
    }

    // Step 5: HTTP/2 and HTTP/3 have no 101 (RFC 9113 section 8.6, RFC 9114 section 4.5) and no
    // connection-specific field (RFC 9113 section 8.2.2, RFC 9114 section 4.2).
    constexpr void apply_version_rules() noexcept {
        const version_fact code = carries_code(report_.version_, report_.code_);
        if (!code && code_in_range())
            add({}, requirement::must_not, "a code this version does not carry", code.section);
        line_reader lines(head_after_status_line_);
        while (!lines.done()) {
            const std::string_view line = lines.next();
            if (line.empty()) return;
            const field_line read = read_field_line(line);
            if (!read.is_field) continue;
            const version_fact allowed = allows_field(report_.version_, read.name);
            if (!allowed)
                add(detail::connection_specific_name(read.name), requirement::must_not, "connection-specific",
                    allowed.section);
        }
    }

    std::string_view head_;
    std::optional<std::string_view> method_;
    std::string_view head_after_status_line_;
    field_section fields_;
    check_report report_;
};

}  // namespace detail

// Checks one response head: the status line, the field lines to the first empty line (bytes after it
// are not read), the rules of the code, and those of HTTP/2 and HTTP/3. CRLF or LF line ends. The rules
// whose condition is the request's method are notes. The report may view the head (a grammar error's
// field name), so the head must outlive it: check a std::string held in a variable, not a temporary.
constexpr check_report check_response(std::string_view head) noexcept {
    return detail::response_checker(head, std::nullopt).run();
}

// The same, knowing the request's method ("CONNECT", "GET", "HEAD" ... case-sensitive, RFC 9110
// section 9.1), so the rules whose condition is the method (to_connect, to_get_or_head) are applied or
// dropped rather than noted. An empty method is no method.
constexpr check_report check_response(std::string_view head, std::string_view request_method) noexcept {
    if (request_method.empty()) return check_response(head);
    return detail::response_checker(head, request_method).run();
}

}  // namespace httpstatus

#endif  // HTTPSTATUS_CHECK_HPP
