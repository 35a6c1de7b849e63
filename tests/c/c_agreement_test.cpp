// SPDX-License-Identifier: MIT
// The C header against the C++ library: every C function and its C++ counterpart give the same answer
// for every int from -1000 to 1000, every registered name and alias in every spelling from_name
// takes (and near misses), every short string and every parse input of the unit tests and the fuzz
// corpus; and the C enum has the C++ enum's enumerators, upper case, with the same values, read from
// both headers' text so that an enumerator the generator left out cannot pass unnoticed.
// tests/c/ builds the C header as C; this test reads it as C++, in the same program as the C++ header.
#include "catch.hpp"

#include <httpstatus/httpstatus.h>
#include <httpstatus/httpstatus.hpp>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace hs = httpstatus;

namespace {

std::string repository() { return HTTPSTATUS_TEST_DATA_DIR "/../.."; }

std::string read_file(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    INFO("reading " << path);
    REQUIRE(file.good());
    return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

// The differences found, each a line; a test passes when it found none, and prints the first ones.
class differences {
public:
    // The function's answers for an argument, printed as `function(argument)` when they differ.
    template <typename Argument, typename Expected, typename Actual>
    void check(std::string_view function, const Argument& argument, const Expected& cpp, const Actual& c) {
        ++compared_;
        if (cpp == c) return;
        std::ostringstream line;
        line << function << '(' << argument << "): C++ " << cpp << ", C " << c;
        lines_.push_back(line.str());
    }
    std::size_t compared() const { return compared_; }
    std::string report() const {
        std::string text = std::to_string(lines_.size()) + " differences in " + std::to_string(compared_) + "\n";
        for (std::size_t i = 0; i < lines_.size() && i < 20; ++i) text += lines_[i] + "\n";
        return text;
    }
    bool none() const { return lines_.empty(); }

private:
    std::vector<std::string> lines_;
    std::size_t compared_ = 0;
};

// A text printed so that a difference in bytes shows.
std::string shown(std::string_view text) {
    std::string out = "\"";
    for (char ch : text) {
        const auto byte = static_cast<unsigned char>(ch);
        if (byte < 0x20 || byte >= 0x7F) {
            constexpr std::string_view digits = "0123456789ABCDEF";
            out += "\\x";
            out += digits[byte >> 4U];
            out += digits[byte & 0xFU];
        } else {
            out += ch;
        }
    }
    return out + "\"";
}

// A C function's text, checked NUL-terminated: strlen must agree with the C++ view.
std::string c_text(const char* text) { return shown(text == nullptr ? "(NULL)" : std::string_view(text)); }

// A C++ answer as the C header gives it: a bool as 0 or 1.
int as_int(bool answer) { return answer ? 1 : 0; }

int class_number(std::optional<hs::status_class> c) { return c ? static_cast<int>(*c) : 0; }

int from_name_cpp(std::string_view name) {
    const std::optional<hs::status> found = hs::from_name(name);
    return found ? hs::to_int(*found) : 0;
}
int from_name_c(std::string_view name) { return httpstatus_from_name(name.data(), name.size()); }

// parse's answer as one value: the code, or -1 with the C out-parameter untouched.
int parse_cpp(std::string_view text) {
    const std::optional<hs::status> parsed = hs::parse(text);
    return parsed ? hs::to_int(*parsed) : -1;
}
int parse_c(std::string_view text) {
    constexpr int untouched = -77;
    int code = untouched;
    const int parsed = httpstatus_parse(text.data(), text.size(), &code);
    if (parsed == 1) return code;
    return parsed == 0 && code == untouched ? -1 : -2;  // -2: a 0 that wrote the code, or an answer not 0 or 1
}

}  // namespace

TEST_CASE("C and C++ give the same answers for every int from -1000 to 1000", "[c_agreement]") {
    differences found;
    for (int code = -1000; code <= 1000; ++code) {
        const hs::status_info* entry = hs::find(code);
        found.check("reason_phrase", code, shown(hs::reason_phrase(code)), c_text(httpstatus_reason_phrase(code)));
        found.check("description", code, shown(hs::description(code)), c_text(httpstatus_description(code)));
        found.check("reference", code, shown(entry != nullptr ? entry->reference : std::string_view{}),
                    c_text(httpstatus_reference(code)));
        found.check("reference_url", code, shown(hs::reference_url(code)), c_text(httpstatus_reference_url(code)));
        found.check("is_registered", code, as_int(hs::is_registered(code)), httpstatus_is_registered(code));
        found.check("class_of", code, class_number(hs::class_of(code)), httpstatus_class_of(code));
        found.check("is_informational", code, as_int(hs::is_informational(code)), httpstatus_is_informational(code));
        found.check("is_successful", code, as_int(hs::is_successful(code)), httpstatus_is_successful(code));
        found.check("is_redirection", code, as_int(hs::is_redirection(code)), httpstatus_is_redirection(code));
        found.check("is_client_error", code, as_int(hs::is_client_error(code)), httpstatus_is_client_error(code));
        found.check("is_server_error", code, as_int(hs::is_server_error(code)), httpstatus_is_server_error(code));
        found.check("is_error", code, as_int(hs::is_error(code)), httpstatus_is_error(code));
        found.check("allows_content", code, as_int(hs::allows_content(code)), httpstatus_allows_content(code));
        found.check("never_has_content", code, as_int(hs::never_has_content(code)), httpstatus_never_has_content(code));
        found.check("follows_location", code, as_int(hs::follows_location(code)), httpstatus_follows_location(code));
        found.check("preserves_method", code, as_int(hs::preserves_method(code)), httpstatus_preserves_method(code));
        found.check("is_permanent_redirect", code, as_int(hs::is_permanent_redirect(code)),
                    httpstatus_is_permanent_redirect(code));
        found.check("retry_after_applies", code, as_int(hs::retry_after_applies(code)),
                    httpstatus_retry_after_applies(code));
        found.check("is_cacheable_by_default", code, as_int(hs::is_cacheable_by_default(code)),
                    httpstatus_is_cacheable_by_default(code));
        found.check("retry_of", code, static_cast<int>(hs::retry_of(code)),
                    static_cast<int>(httpstatus_retry_of(code)));
        // The class label takes a class; the C function takes any int, and a value no status_class holds is "".
        const std::string_view label =
            code >= 0 && code <= 255 ? hs::to_string(static_cast<hs::status_class>(code)) : std::string_view{};
        found.check("class_label", code, shown(label), c_text(httpstatus_class_label(code)));
    }
    INFO(found.report());
    CHECK(found.compared() == std::size_t{2001} * 21);
    CHECK(found.none());
}

namespace {

// A name in the spellings from_name reads alike, and near misses of it.
std::vector<std::string> spellings(const std::string& name) {
    std::vector<std::string> out{name};
    const auto each_char = [&name](auto change) {
        std::string changed;
        for (char ch : name) changed += change(ch);
        return changed;
    };
    out.push_back(each_char([](char ch) { return std::string(1, ch >= 'a' && ch <= 'z' ? char(ch - 32) : ch); }));
    out.push_back(each_char([](char ch) { return std::string(1, ch >= 'A' && ch <= 'Z' ? char(ch + 32) : ch); }));
    for (char separator : {'_', '-', ' '})
        out.push_back(each_char(
            [separator](char ch) { return std::string(1, ch == ' ' || ch == '_' || ch == '-' ? separator : ch); }));
    out.push_back(each_char([](char ch) { return ch == '\'' ? std::string() : std::string(1, ch); }));
    out.push_back(each_char([](char ch) { return std::string("'") + ch; }));  // an apostrophe before each byte
    out.push_back(name + std::string(100, '\''));                             // long, but a short key
    // Near misses: one byte fewer, more, or other; padding; a NUL inside.
    out.push_back(name.substr(0, name.size() - 1));
    out.push_back(name.substr(1));
    out.push_back(name + "s");
    out.push_back(" " + name);
    out.push_back(name + " ");
    out.push_back(name + '\0');
    std::string doubled = name;
    doubled.insert(name.size() / 2, 1, doubled[name.size() / 2]);
    out.push_back(doubled);
    std::string other = name;
    other[name.size() / 2] = '\x80';
    out.push_back(other);
    return out;
}

}  // namespace

TEST_CASE("C and C++ from_name agree on every name, alias and enumerator, in every spelling, and near misses",
          "[c_agreement]") {
    std::vector<std::string> names;
    for (const auto& entry : hs::registry) {
        names.emplace_back(entry.name);
        for (std::string_view alias : entry.aliases) names.emplace_back(alias);
        names.emplace_back(hs::enumerator_name(entry.code));
    }
    for (const char* alias : {"moved_temporarily", "payload_too_large", "requested_range_not_satisfiable",
                              "im_a_teapot", "unprocessable_entity", "HTTPSTATUS_NOT_FOUND", "not found not found"})
        names.emplace_back(alias);
    names.emplace_back(64, 'a');
    names.emplace_back(65, 'a');
    names.emplace_back(std::string(60, ' ') + "gone");  // a key of 64 bytes
    names.emplace_back(std::string(61, ' ') + "gone");  // and of 65

    differences found;
    std::size_t matched = 0;
    for (const std::string& name : names)
        for (const std::string& spelling : spellings(name)) {
            const int cpp = from_name_cpp(spelling);
            matched += cpp != 0 ? 1U : 0U;
            found.check("from_name", shown(spelling), cpp, from_name_c(spelling));
        }
    // Every string of one or two bytes.
    for (int first = 0; first < 256; ++first) {
        const std::string one(1, static_cast<char>(first));
        found.check("from_name", shown(one), from_name_cpp(one), from_name_c(one));
        for (int second = 0; second < 256; ++second) {
            const std::string two = one + static_cast<char>(second);
            found.check("from_name", shown(two), from_name_cpp(two), from_name_c(two));
        }
    }
    found.check("from_name", "NULL, 0", 0, httpstatus_from_name(nullptr, 0));
    INFO(found.report());
    CHECK(matched > 500U);  // most spellings are names: the test compares answers, not only zeros
    CHECK(found.none());
}

namespace {

// The byte an escape stands for, `source[at]` being the character after the backslash; moves `at` to
// the escape's last character.
char unescaped(const std::string& source, std::size_t& at) {
    const char escaped = source[at];
    const std::string hex = source.substr(at + 1, 2);
    if (escaped == 'x' && hex.size() == 2 && hex.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos) {
        at += 2;
        return static_cast<char>(std::stoi(hex, nullptr, 16));
    }
    switch (escaped) {
    case '0': return '\0';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    default: return escaped;
    }
}

// The string literals of a C++ source, unescaped: the inputs its tests give.
std::vector<std::string> string_literals(const std::string& source) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < source.size(); ++i) {
        if (source[i] != '"' || (i > 0 && (source[i - 1] == '\'' || source[i - 1] == '\\'))) continue;
        std::string text;
        for (++i; i < source.size() && source[i] != '"'; ++i)
            text += source[i] == '\\' ? unescaped(source, ++i) : source[i];
        out.push_back(text);
    }
    return out;
}

}  // namespace

TEST_CASE("C and C++ parse agree on the unit tests' inputs, the fuzz corpus and every short string", "[c_agreement]") {
    std::vector<std::string> inputs;
    for (const char* test : {"parse/parse_test.cpp", "names/name_test.cpp", "status_line/status_line_test.cpp"})
        for (std::string& literal : string_literals(read_file(repository() + "/tests/" + test)))
            inputs.push_back(std::move(literal));
    std::size_t corpus = 0;
    for (const auto& file : std::filesystem::directory_iterator(repository() + "/fuzz/corpus/parse")) {
        inputs.push_back(read_file(file.path().string()));
        ++corpus;
    }
    CHECK(corpus > 10U);
    for (int code = 0; code <= 999; ++code) {
        std::string three = std::to_string(code);
        three.insert(0, 3 - three.size(), '0');
        for (const char* tail : {"", " ", " OK", "  x", "\t", " \t", " \x7F", " \x80", " \x1F", " \r", "x"})
            inputs.push_back(three + tail);
    }

    differences found;
    std::size_t parsed = 0;
    for (const std::string& input : inputs) {
        const int cpp = parse_cpp(input);
        parsed += cpp >= 0 ? 1U : 0U;
        found.check("parse", shown(input), cpp, parse_c(input));
    }
    // Every string of up to three bytes over the bytes that matter to the grammar, and every byte
    // after "404 ".
    const std::string bytes = std::string("0123459 \t\x7F\x80x") + '\0';
    for (char a : bytes)
        for (char b : bytes)
            for (char c : bytes)
                for (const std::string& text : {std::string{a}, std::string{a, b}, std::string{a, b, c}})
                    found.check("parse", shown(text), parse_cpp(text), parse_c(text));
    for (int byte = 0; byte < 256; ++byte) {
        const std::string text = std::string("404 ") + static_cast<char>(byte);
        found.check("parse", shown(text), parse_cpp(text), parse_c(text));
    }
    found.check("parse", "NULL, 0", -1, parse_c(std::string_view()));
    INFO(found.report());
    CHECK(parsed > 500U);
    CHECK(found.none());
}

namespace {

// The enumerators of an enum as its header's text writes them, `NAME = VALUE,` one a line (the last
// without its comma in C), from the line that opens it to the next "};", each with its value: a
// number, or an earlier enumerator's.
std::map<std::string, int> enumerators(const std::string& header_text, const std::string& opening) {
    const std::size_t start = header_text.find(opening);
    INFO("looking for " << opening);
    REQUIRE(start != std::string::npos);
    const std::size_t stop = header_text.find("};", start);
    std::istringstream lines(header_text.substr(start, stop - start));
    std::map<std::string, int> out;
    for (std::string line; std::getline(lines, line);) {
        std::istringstream words(line);
        std::string name;
        std::string equals;
        std::string value;
        if (!(words >> name >> equals >> value) || equals != "=") continue;
        if (value.back() == ',') value.pop_back();
        out[name] = value.find_first_not_of("0123456789") == std::string::npos ? std::stoi(value) : out.at(value);
    }
    return out;
}

std::string c_enumerator(std::string cpp) {
    if (!cpp.empty() && cpp.back() == '_') cpp.pop_back();
    for (char& ch : cpp) ch = ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 'a' + 'A') : ch;
    return "HTTPSTATUS_" + cpp;
}

}  // namespace

TEST_CASE("the C enum has every enumerator of the C++ enum, upper case, with its value", "[c_agreement]") {
    const auto cpp = enumerators(read_file(repository() + "/include/httpstatus/httpstatus.hpp"), "enum class status :");
    const auto c = enumerators(read_file(repository() + "/include/httpstatus/httpstatus.h"), "enum httpstatus_code {");
    CHECK(cpp.size() == hs::registry.size() + 5);  // the codes and the five older names
    std::map<std::string, int> expected;
    for (const auto& [name, value] : cpp) {
        expected[c_enumerator(name)] = value;
        // The text's value is the compiler's: a code's own enumerator names it, an older name is its alias.
        if (hs::enumerator_name(value) != name) CHECK(hs::from_name(name) == static_cast<hs::status>(value));
    }
    differences found;
    for (const auto& [name, value] : expected)
        found.check("enumerator", name, value, c.count(name) != 0 ? c.at(name) : -1);
    for (const auto& [name, value] : c)
        found.check("enumerator", name, expected.count(name) != 0 ? expected.at(name) : -1, value);
    INFO(found.report());
    CHECK(found.none());

    // The compiler's values of the C enum are the C++ enum's.
    CHECK(HTTPSTATUS_NOT_FOUND == hs::to_int(hs::status::not_found));
    CHECK(HTTPSTATUS_CONTINUE == hs::to_int(hs::status::continue_));
    CHECK(HTTPSTATUS_UNUSED_418 == hs::to_int(hs::status::unused_418));
    CHECK(HTTPSTATUS_IM_A_TEAPOT == hs::to_int(hs::status::im_a_teapot));
    CHECK(HTTPSTATUS_PAYLOAD_TOO_LARGE == hs::to_int(hs::status::payload_too_large));
    CHECK(HTTPSTATUS_MOVED_TEMPORARILY == hs::to_int(hs::status::moved_temporarily));
    CHECK(HTTPSTATUS_REQUESTED_RANGE_NOT_SATISFIABLE == hs::to_int(hs::status::requested_range_not_satisfiable));
    CHECK(HTTPSTATUS_UNPROCESSABLE_ENTITY == hs::to_int(hs::status::unprocessable_entity));
    CHECK(HTTPSTATUS_NETWORK_AUTHENTICATION_REQUIRED == hs::to_int(hs::status::network_authentication_required));
}

TEST_CASE("the C class and retry enums have the C++ enums' values", "[c_agreement]") {
    CHECK(HTTPSTATUS_CLASS_INFORMATIONAL == static_cast<int>(hs::status_class::informational));
    CHECK(HTTPSTATUS_CLASS_SUCCESSFUL == static_cast<int>(hs::status_class::successful));
    CHECK(HTTPSTATUS_CLASS_REDIRECTION == static_cast<int>(hs::status_class::redirection));
    CHECK(HTTPSTATUS_CLASS_CLIENT_ERROR == static_cast<int>(hs::status_class::client_error));
    CHECK(HTTPSTATUS_CLASS_SERVER_ERROR == static_cast<int>(hs::status_class::server_error));
    CHECK(HTTPSTATUS_RETRY_UNSPECIFIED == static_cast<int>(hs::retry::unspecified));
    CHECK(HTTPSTATUS_RETRY_NO == static_cast<int>(hs::retry::no));
    CHECK(HTTPSTATUS_RETRY_YES == static_cast<int>(hs::retry::yes));
    CHECK(HTTPSTATUS_RETRY_IF_IDEMPOTENT == static_cast<int>(hs::retry::if_idempotent));
    CHECK(HTTPSTATUS_RETRY_IF_RETRY_AFTER == static_cast<int>(hs::retry::if_retry_after));
    CHECK(HTTPSTATUS_RETRY_ON_ANOTHER_CONNECTION == static_cast<int>(hs::retry::on_another_connection));
}

namespace {

// A name as from_name compares it: by the C++ header's own folding of each byte.
std::string fold(std::string_view name) {
    std::string key;
    for (char ch : name)
        if (!hs::detail::is_skipped_in_name(ch)) key += hs::detail::fold_name_char(ch);
    return key;
}

// The rows of httpstatus_from_name's table as the header's text writes them, `{"key", code},` one a
// line, from the function's opening to the table's "};".
std::map<std::string, int> from_name_keys(const std::string& header_text) {
    const std::size_t start = header_text.find("static inline int httpstatus_from_name(");
    REQUIRE(start != std::string::npos);
    const std::size_t stop = header_text.find("};", start);
    std::istringstream lines(header_text.substr(start, stop - start));
    std::map<std::string, int> out;
    for (std::string line; std::getline(lines, line);) {
        const std::size_t open = line.find("{\"");
        const std::size_t close = line.find("\", ", open + 2);
        if (open == std::string::npos || close == std::string::npos) continue;
        const std::string key = line.substr(open + 2, close - open - 2);
        INFO(line);
        CHECK(out.count(key) == 0);  // each key once
        out[key] = std::stoi(line.substr(close + 3));
    }
    return out;
}

}  // namespace

// The spellings above find what from_name finds; these are the keys themselves: a key the C table
// has and the C++ lookup lacks (or answers otherwise) would pass them.
TEST_CASE("the C from_name table holds each name and alias of the registry once, and nothing else", "[c_agreement]") {
    const auto keys = from_name_keys(read_file(repository() + "/include/httpstatus/httpstatus.h"));
    std::set<std::string> expected;
    for (const auto& entry : hs::registry) {
        expected.insert(fold(entry.name));
        for (std::string_view alias : entry.aliases) expected.insert(fold(alias));
    }
    differences found;
    for (const auto& [key, code] : keys) {
        const std::optional<hs::status> cpp = hs::from_name(key);
        found.check("from_name key", key, cpp ? hs::to_int(*cpp) : 0, code);
        found.check("key of a name or alias", key, 1, static_cast<int>(expected.count(key)));
    }
    for (const std::string& key : expected)
        found.check("name or alias with a key", key, 1, static_cast<int>(keys.count(key)));
    INFO(found.report());
    CHECK(keys.size() > 60U);
    CHECK(found.none());
}
