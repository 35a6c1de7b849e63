// SPDX-License-Identifier: MIT
// Problem details (RFC 9457) read from any JSON document and written back: reading throws only for a
// document that is not an object, keeps every member that is not a standard one in `extensions`,
// reads the standard members of the right type and no others, and what is written reads back the
// same and is the document itself, less what reading ignored.
#include "reference.hpp"
#include "text_input.hpp"

#include <httpstatus/problem.hpp>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace {

using json = nlohmann::json;

bool is_standard(std::string_view name) {
    return name == "type" || name == "title" || name == "status" || name == "detail" || name == "instance";
}

// RFC 9457 section 3.1.2 read plainly: an integer (signed or unsigned in the parsed document) whose
// decimal text is three digits from 100 to 599. Floats (404.0, 4.04e2) and strings are not.
std::optional<int> status_of(const json& value) {
    if (!value.is_number_integer()) return std::nullopt;
    const std::string text = value.dump();
    if (text.size() != 3 || text < "100" || text > "599") return std::nullopt;
    return (text[0] - '0') * 100 + (text[1] - '0') * 10 + (text[2] - '0');
}

// A string-typed standard member as read, or `absent`.
std::string string_member(const json& doc, const char* name, const char* absent) {
    const auto found = doc.find(name);
    return found != doc.end() && found->is_string() ? found->get<std::string>() : std::string(absent);
}

// One field of two problems that must be equal, named when it is not.
void check_field(bool equal, const char* when, const char* field) {
    if (!equal) reference::check(false, (std::string(when) + ": " + field + " differs").c_str());
}

void check_same(const httpstatus::problem_details& a, const httpstatus::problem_details& b, const char* when) {
    check_field(a.type == b.type, when, "type");
    check_field(a.title == b.title, when, "title");
    check_field(a.status == b.status, when, "status");
    check_field(a.detail == b.detail, when, "detail");
    check_field(a.instance == b.instance, when, "instance");
    check_field(a.extensions == b.extensions, when, "extensions");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const text_input input(data, size);
    const std::string_view text = input.unterminated();
    const json doc = json::parse(text.data(), text.data() + text.size(), nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded()) return 0;

    // Reading: only a document that is not an object throws, and only a type_error.
    httpstatus::problem_details problem;
    try {
        problem = doc.get<httpstatus::problem_details>();
    } catch (const json::type_error& e) {
        reference::check(!doc.is_object(), "reading an object does not throw");
        reference::check(e.id == 302, "reading a document that is not an object throws type_error 302");
        return 0;
    } catch (...) {
        reference::check(false, "reading throws nothing but a nlohmann::json::type_error");
    }
    reference::check(doc.is_object(), "reading a document that is not an object throws");

    // Reading into a problem that holds something gives the same: nothing of it is kept.
    httpstatus::problem_details dirty = httpstatus::make_problem(httpstatus::status::not_found, "left over");
    dirty.instance = "/left/over";
    dirty.extensions["left"] = "over";
    doc.get_to(dirty);
    check_same(problem, dirty, "reading into a problem that is not empty");

    // Nothing is lost: every other member is in `extensions`, equal, and nothing else is.
    reference::check(problem.extensions.is_object(), "extensions is an object");
    std::size_t others = 0;
    for (const auto& [name, value] : doc.items()) {
        if (is_standard(name)) continue;
        ++others;
        const auto kept = problem.extensions.find(name);
        reference::check(kept != problem.extensions.end(), "every member that is not standard is in extensions");
        reference::check(*kept == value, "an extension has the member's value");
    }
    reference::check(problem.extensions.size() == others, "extensions has only the document's other members");

    // The standard members: a string is read exactly, another type ignored; the status only as an
    // integer 100-599.
    reference::check(problem.type == string_member(doc, "type", "about:blank"), "type (about:blank when absent)");
    reference::check(problem.title == string_member(doc, "title", ""), "title");
    reference::check(problem.detail == string_member(doc, "detail", ""), "detail");
    reference::check(problem.instance == string_member(doc, "instance", ""), "instance");
    const auto status_member = doc.find("status");
    const std::optional<int> status = status_member != doc.end() ? status_of(*status_member) : std::nullopt;
    reference::check(problem.status.has_value() == status.has_value(), "status read iff an integer 100-599");
    reference::check(!status || httpstatus::to_int(*problem.status) == *status, "status read exactly");

    // Writing back, and reading what was written.
    json written;
    try {
        written = problem;
    } catch (...) {
        reference::check(false, "writing a problem that was read does not throw");
    }
    check_same(problem, written.get<httpstatus::problem_details>(), "writing and reading again");

    // What is written is the document less the members reading ignored (a standard member of the
    // wrong type, a status outside 100-599) and the empty strings, which are absent members, but
    // for type, which is always written: "about:blank" when the document has none.
    json expected = json::object();
    for (const auto& [name, value] : doc.items()) {
        if (name == "status") {
            if (status) expected[name] = value;
        } else if (is_standard(name)) {
            if (value.is_string() && (name == "type" || !value.get_ref<const std::string&>().empty()))
                expected[name] = value;
        } else {
            expected[name] = value;
        }
    }
    if (!expected.contains("type")) expected["type"] = "about:blank";
    reference::check(written == expected, "written: the document less the ignored members, type about:blank if none");

    // The document was valid UTF-8 (parse checks), so what is written is too, and reads back the same.
    std::string dumped;
    try {
        dumped = written.dump(-1, ' ', false, json::error_handler_t::strict);
    } catch (...) {
        reference::check(false, "dumping what is written does not throw (strict UTF-8)");
    }
    reference::check(json::parse(dumped, nullptr, false) == written, "the dumped text parses to what is written");
    return 0;
}
