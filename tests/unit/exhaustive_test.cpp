// SPDX-License-Identifier: MIT
// Exhaustive checks where the input space is small enough: every int from -1,000,000 to 1,000,000
// (and the extremes), every uint16 value cast into status, and every string of length 0-4 over a
// small alphabet through parse, each compared with a reference written the plain way from the CSV.
#include "catch.hpp"

#include <httpstatus/httpstatus.hpp>

#include <climits>
#include <cstdint>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace hs = httpstatus;
using hs::status;

namespace {
// The registry as the CSV has it: code -> registered name.
std::map<int, std::string> registry_from_csv() {
    std::ifstream file(HTTPSTATUS_TEST_DATA_DIR "/iana-http-status-codes.csv");
    std::map<int, std::string> names;
    std::string line;
    std::getline(file, line);  // the header row
    while (std::getline(file, line)) {
        std::stringstream row(line);
        std::string code;
        std::string name;
        std::getline(row, code, ',');
        std::getline(row, name, ',');
        names[std::stoi(code)] = name;
    }
    return names;
}

constexpr int cacheable[] = {200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501};

struct reference {
    std::map<int, std::string> names = registry_from_csv();

    bool registered(long long v) const {
        return v >= INT_MIN && v <= INT_MAX && names.find(static_cast<int>(v)) != names.end();
    }
    std::string name(long long v) const { return registered(v) ? names.at(static_cast<int>(v)) : std::string(); }
    static int first_digit(long long v) { return v >= 100 && v <= 599 ? static_cast<int>(v / 100) : 0; }
    static bool content(long long v) { return v >= 200 && v <= 599 && v != 204 && v != 304; }
    static bool is_cacheable(long long v) {
        for (int c : cacheable)
            if (c == v) return true;
        return false;
    }
};

// Every int or status function against the reference; returns a description of the first
// difference, or an empty string.
template <typename Arg>
std::string differences(const reference& ref, Arg arg, long long v) {
    const auto first = reference::first_digit(v);
    const hs::status_info* e = hs::find(arg);
    std::ostringstream out;
    if ((e != nullptr) != ref.registered(v) || (e != nullptr && e->value() != v)) out << "find ";
    if (hs::is_registered(arg) != ref.registered(v)) out << "is_registered ";
    if (std::string(hs::reason_phrase(arg)) != ref.name(v)) out << "reason_phrase ";
    if (hs::description(arg).empty() == ref.registered(v)) out << "description ";
    const auto c = hs::class_of(arg);
    if (c.has_value() != (first != 0) || (c && static_cast<int>(*c) != first)) out << "class_of ";
    if (hs::is_informational(arg) != (first == 1)) out << "is_informational ";
    if (hs::is_successful(arg) != (first == 2)) out << "is_successful ";
    if (hs::is_redirection(arg) != (first == 3)) out << "is_redirection ";
    if (hs::is_client_error(arg) != (first == 4)) out << "is_client_error ";
    if (hs::is_server_error(arg) != (first == 5)) out << "is_server_error ";
    if (hs::is_error(arg) != (first >= 4)) out << "is_error ";
    if (hs::allows_content(arg) != reference::content(v)) out << "allows_content ";
    if (hs::is_cacheable_by_default(arg) != reference::is_cacheable(v)) out << "is_cacheable_by_default ";
    return out.str();
}

// The grammar, written the plain way: three digits forming 100-599, then nothing or a space.
std::optional<int> reference_parse(const std::string& s) {
    if (s.size() < 3) return std::nullopt;
    for (int i = 0; i < 3; ++i)
        if (s[static_cast<std::size_t>(i)] < '0' || s[static_cast<std::size_t>(i)] > '9') return std::nullopt;
    const int code = std::stoi(s.substr(0, 3));
    if (code < 100 || code > 599) return std::nullopt;
    if (s.size() > 3 && s[3] != ' ') return std::nullopt;
    return code;
}
}  // namespace

TEST_CASE("every int from -1,000,000 to 1,000,000, and the extremes, through every int function") {
    const reference ref;
    REQUIRE(ref.names.size() == 63);
    std::vector<long long> values = {INT_MIN, INT_MIN + 1, INT_MAX - 1, INT_MAX};
    for (long long v = -1000000; v <= 1000000; ++v) values.push_back(v);
    std::size_t checked = 0;
    for (long long v : values) {
        const int code = static_cast<int>(v);
        const std::string wrong = differences(ref, code, v);
        const auto as_status = hs::to_status(code);
        const bool to_status_right =
            as_status.has_value() == ref.registered(v) && (!as_status || hs::to_int(*as_status) == code);
        if (!wrong.empty() || !to_status_right) {
            FAIL_CHECK("int " << v << ": " << wrong << (to_status_right ? "" : "to_status"));
            break;
        }
        ++checked;
    }
    CHECK(checked == 2000005);
}

TEST_CASE("every uint16 value cast into status, through every status function") {
    const reference ref;
    std::size_t checked = 0;
    for (std::uint32_t raw = 0; raw <= UINT16_MAX; ++raw) {
        const std::string wrong = differences(ref, static_cast<status>(raw), raw);
        if (!wrong.empty()) {
            FAIL_CHECK("status " << raw << ": " << wrong);
            break;
        }
        ++checked;
    }
    CHECK(checked == 65536);
}

TEST_CASE("every string of length 0-4 over 0-9, space, x and NUL, through parse") {
    const std::string alphabet = std::string("0123456789 x") + '\0';
    std::vector<std::string> strings = {""};
    for (std::size_t length = 1, begin = 0; length <= 4; ++length) {
        const std::size_t end = strings.size();
        for (std::size_t i = begin; i < end; ++i)
            for (char ch : alphabet) strings.push_back(strings[i] + ch);
        begin = end;
    }
    REQUIRE(strings.size() == 1 + 13 + 169 + 2197 + 28561);
    std::size_t accepted = 0;
    for (const std::string& s : strings) {
        const auto parsed = hs::parse(s);
        const auto expected = reference_parse(s);
        if (parsed.has_value() != expected.has_value() || (parsed && hs::to_int(*parsed) != *expected)) {
            FAIL_CHECK("parse(\"" << s << "\") disagrees with the grammar");
            break;
        }
        accepted += parsed ? 1U : 0U;
    }
    // Each of the 500 codes alone, and followed by one space (length 4 leaves no room for a phrase).
    CHECK(accepted == 500 + 500);
}
