// SPDX-License-Identifier: MIT
// Exhaustive checks where the input space is small enough: every int from -1,000,000 to 1,000,000
// (and the extremes), every uint16 value cast into status, and every string of length 0-5 over a
// small alphabet through parse, each compared with a reference written the plain way from the CSV.
#include "catch.hpp"

#include <httpstatus/httpstatus.hpp>

#include <climits>
#include <cstdint>
#include <fstream>
#include <map>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

namespace hs = httpstatus;
using hs::status;

namespace {
struct csv_row {
    std::string name;
    std::string reference;  // "RFC 9110 §15.5.5"
};

// The registry as the CSV has it: code -> registered name and reference.
std::map<int, csv_row> registry_from_csv() {
    std::ifstream file(HTTPSTATUS_TEST_DATA_DIR "/iana-http-status-codes.csv");
    std::map<int, csv_row> rows;
    std::string line;
    std::getline(file, line);  // the header row
    while (std::getline(file, line)) {
        std::stringstream row(line);
        std::string code;
        csv_row r;
        std::getline(row, code, ',');
        std::getline(row, r.name, ',');
        std::getline(row, r.reference, ',');
        rows[std::stoi(code)] = r;
    }
    return rows;
}

// "RFC 9110 §15.5.5" -> https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5
std::string rfc_editor_url(const std::string& reference) {
    const std::string sign = " §";
    const std::size_t at = reference.find(sign);
    return "https://www.rfc-editor.org/rfc/rfc" + reference.substr(4, at - 4) + ".html#section-" +
           reference.substr(at + sign.size());
}

constexpr int cacheable[] = {200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501};

struct reference {
    std::map<int, csv_row> names = registry_from_csv();

    bool registered(long long v) const {
        return v >= INT_MIN && v <= INT_MAX && names.find(static_cast<int>(v)) != names.end();
    }
    std::string name(long long v) const { return registered(v) ? names.at(static_cast<int>(v)).name : std::string(); }
    std::string url(long long v) const {
        return registered(v) ? rfc_editor_url(names.at(static_cast<int>(v)).reference) : std::string();
    }
    static int first_digit(long long v) { return v >= 100 && v <= 599 ? static_cast<int>(v / 100) : 0; }
    // RFC 9110 sections 6.4.1 and 15.3.6; RFC 9112 section 6.3.
    static bool content(long long v) { return v >= 200 && v <= 599 && v != 204 && v != 205 && v != 304; }
    static bool never_content(long long v) { return (v >= 100 && v <= 199) || v == 204 || v == 304; }
    // RFC 9110 sections 15.4 and 10.2.3, RFC 6585 section 4; the redirects the Fetch Standard follows.
    static bool followed(long long v) { return v == 301 || v == 302 || v == 303 || v == 307 || v == 308; }
    static bool same_method(long long v) { return v == 307 || v == 308; }
    static bool permanent(long long v) { return v == 301 || v == 308; }
    static bool retry_after(long long v) { return (v >= 300 && v <= 399) || v == 413 || v == 429 || v == 503; }
    static hs::retry resend(long long v) {
        if (v == 408 || v == 425 || v == 429 || v == 503) return hs::retry::yes;
        if (v == 421) return hs::retry::on_another_connection;
        if (v == 502 || v == 504) return hs::retry::if_idempotent;
        if (v == 413) return hs::retry::if_retry_after;
        if (v == 501 || v == 505) return hs::retry::no;
        return hs::retry::unspecified;
    }
    static bool is_cacheable(long long v) {
        for (int c : cacheable)
            if (c == v) return true;
        return false;
    }
};

// What a code means for sender and receiver, against the lists of docs/semantics.md: the RFCs', and
// practice where they are silent.
template <typename Arg>
void semantic_differences(Arg arg, long long v, std::ostream& out) {
    const hs::status_info* e = hs::find(arg);
    if (e != nullptr && e->allows_content() != reference::content(v)) out << "status_info::allows_content ";
    if (hs::never_has_content(arg) != reference::never_content(v)) out << "never_has_content ";
    if (hs::follows_location(arg) != reference::followed(v)) out << "follows_location ";
    if (hs::preserves_method(arg) != reference::same_method(v)) out << "preserves_method ";
    if (hs::is_permanent_redirect(arg) != reference::permanent(v)) out << "is_permanent_redirect ";
    if (hs::retry_after_applies(arg) != reference::retry_after(v)) out << "retry_after_applies ";
    if (hs::retry_of(arg) != reference::resend(v)) out << "retry_of ";
}

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
    if (std::string(hs::reference_url(arg)) != ref.url(v)) out << "reference_url ";
    semantic_differences(arg, v, out);
    if (hs::is_cacheable_by_default(arg) != reference::is_cacheable(v)) out << "is_cacheable_by_default ";
    return out.str();
}

// The grammar, written the plain way: three digits forming 100-599, then nothing, or a space and a
// reason phrase of HTAB, SP, VCHAR and obs-text (RFC 9112 section 4).
std::optional<int> reference_parse(const std::string& s) {
    if (s.size() < 3) return std::nullopt;
    for (int i = 0; i < 3; ++i)
        if (s[static_cast<std::size_t>(i)] < '0' || s[static_cast<std::size_t>(i)] > '9') return std::nullopt;
    const int code = std::stoi(s.substr(0, 3));
    if (code < 100 || code > 599) return std::nullopt;
    if (s.size() > 3 && s[3] != ' ') return std::nullopt;
    for (std::size_t i = 4; i < s.size(); ++i) {
        const auto byte = static_cast<unsigned char>(s[i]);
        const bool phrase_byte = byte == 0x09 || (byte >= 0x20 && byte <= 0x7E) || byte >= 0x80;
        if (!phrase_byte) return std::nullopt;
    }
    return code;
}
}  // namespace

TEST_CASE("every int from -1,000,000 to 1,000,000, and the extremes, through every int function") {
    const reference ref;
    REQUIRE(ref.names.size() == hs::all().size());
    std::vector<long long> values = {INT_MIN, INT_MIN + 1, INT_MAX - 1, INT_MAX};
    for (long long v = -1000000; v <= 1000000; ++v) values.push_back(v);
    std::size_t checked = 0;
    for (long long v : values) {
        const int code = static_cast<int>(v);
        const std::string wrong = differences(ref, code, v);
        const auto as_status = hs::to_status(code);
        const auto as_any = hs::to_any_status(code);
        const bool to_status_right =
            as_status.has_value() == ref.registered(v) && (!as_status || hs::to_int(*as_status) == code) &&
            as_any.has_value() == (reference::first_digit(v) != 0) && (!as_any || hs::to_int(*as_any) == code);
        if (!wrong.empty() || !to_status_right) {
            FAIL_CHECK("int " << v << ": " << wrong << (to_status_right ? "" : "to_status or to_any_status"));
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

TEST_CASE("every string of length 0-5 over 0-9, space, x, HTAB, LF, DEL, 0x80 and NUL, through parse") {
    const std::string alphabet = std::string("0123456789 x\t\n\x7f\x80") + '\0';
    std::size_t tried = 0;
    std::size_t accepted = 0;
    bool agreed = true;
    for (std::size_t length = 0; length <= 5 && agreed; ++length) {
        // The strings of one length in turn, like an odometer: letter[i] is s[i]'s place in the alphabet.
        std::vector<std::size_t> letter(length, 0);
        std::string s(length, alphabet[0]);
        for (bool more = true; more && agreed;) {
            const auto parsed = hs::parse(s);
            const auto expected = reference_parse(s);
            agreed = parsed.has_value() == expected.has_value() && (!parsed || hs::to_int(*parsed) == *expected);
            if (!agreed) FAIL_CHECK("parse(\"" << s << "\") disagrees with the grammar");
            ++tried;
            accepted += parsed ? 1U : 0U;
            more = false;
            for (std::size_t i = length; i-- > 0 && !more;) {
                more = ++letter[i] < alphabet.size();
                if (!more) letter[i] = 0;
                s[i] = alphabet[letter[i]];
            }
        }
    }
    CHECK(tried == 1 + 17 + 289 + 4913 + 83521 + 1419857);
    // Each of the 500 codes alone, followed by one space, and followed by a space and a one-byte phrase:
    // a digit, space, x, HTAB or 0x80 (14 of the 17; not LF, DEL or NUL).
    CHECK(accepted == 500 + 500 + 500 * 14);
}
