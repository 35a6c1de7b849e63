// SPDX-License-Identifier: MIT
// httpstatus/problem.hpp: RFC 9457 problem details, written and read.
#include "catch.hpp"
#include "json_errors.hpp"

#include <httpstatus/problem.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace hs = httpstatus;
using hs::status;
using httpstatus_tests::error_of;
using json = nlohmann::json;

namespace {

hs::problem_details read(const char* text) { return json::parse(text).get<hs::problem_details>(); }

bool same(const hs::problem_details& a, const hs::problem_details& b) {
    return a.type == b.type && a.title == b.title && a.status == b.status && a.detail == b.detail &&
           a.instance == b.instance && a.extensions == b.extensions;
}

}  // namespace

TEST_CASE("problem: the media type is RFC 9457's") { CHECK(hs::problem_media_type == "application/problem+json"); }

TEST_CASE("problem: make_problem gives the status, its reason phrase as title, and the detail") {
    const hs::problem_details p = hs::make_problem(status::not_found, "No route for /nowhere");
    CHECK(p.type == "about:blank");
    CHECK(p.title == "Not Found");
    CHECK(p.status == status::not_found);
    CHECK(p.detail == "No route for /nowhere");
    CHECK(p.instance.empty());
    CHECK(p.extensions == json::object());
    CHECK(json(p).dump() ==
          R"({"detail":"No route for /nowhere","status":404,"title":"Not Found","type":"about:blank"})");
    CHECK(json(hs::make_problem(status::too_many_requests)).dump() ==
          R"({"status":429,"title":"Too Many Requests","type":"about:blank"})");
}

TEST_CASE("problem: a code the registry does not have gets no title") {
    const hs::problem_details p = hs::make_problem(*hs::to_any_status(299));
    CHECK(p.title.empty());
    CHECK(json(p).dump() == R"({"status":299,"type":"about:blank"})");
    // 418 is registered, as (Unused): its phrase is the registry's.
    CHECK(hs::make_problem(status::unused_418).title == "(Unused)");
}

TEST_CASE("problem: the RFC section's address as type, when asked for") {
    CHECK(hs::make_problem(status::not_found, {}, hs::problem_type::reference_url).type ==
          "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5");
    CHECK(hs::make_problem(status::too_many_requests, {}, hs::problem_type::reference_url).type ==
          "https://www.rfc-editor.org/rfc/rfc6585.html#section-4");
    CHECK(hs::make_problem(status::not_found, {}, hs::problem_type::about_blank).type == "about:blank");
    // An unregistered code has no section: the type stays about:blank.
    CHECK(hs::make_problem(*hs::to_any_status(299), {}, hs::problem_type::reference_url).type == "about:blank");
}

namespace {
// A table of one's own, as docs/tables.md declares one.
constexpr hs::table own_codes{{
    {status{429}, "Slow Down", "Our rate limit, per account.", "RFC 6585, Section 4"},
    {status{461}, "Quota Exceeded", "The account's quota is used up.", "our API guide"},
}};
}  // namespace

// Failed before 1.7: make_problem took a status and looked it up in the registry, so an own table's
// code had no title.
TEST_CASE("problem: make_problem from an own table's entry takes its row's name as title") {
    const hs::problem_details quota = hs::make_problem(*own_codes.find(461), "You have used 100 of 100.");
    CHECK(quota.title == "Quota Exceeded");
    CHECK(quota.status == status{461});
    CHECK(quota.detail == "You have used 100 of 100.");
    CHECK(quota.type == "about:blank");
    CHECK(json(quota).dump() ==
          R"({"detail":"You have used 100 of 100.","status":461,"title":"Quota Exceeded","type":"about:blank"})");
    // The row's own name, where the registry has another for the code.
    CHECK(hs::make_problem(own_codes[0]).title == "Slow Down");
    // problem_type::reference_url: the row's section where its reference names one, else about:blank.
    CHECK(hs::make_problem(own_codes[0], {}, hs::problem_type::reference_url).type ==
          "https://www.rfc-editor.org/rfc/rfc6585.html#section-4");
    CHECK(hs::make_problem(own_codes[1], {}, hs::problem_type::reference_url).type == "about:blank");
    // A registry entry gives what its status gives.
    for (const hs::status_info& e : hs::all()) {
        for (const hs::problem_type type : {hs::problem_type::about_blank, hs::problem_type::reference_url})
            CHECK(same(hs::make_problem(e, "d", type), hs::make_problem(e.code, "d", type)));
    }
}

// Failed before 1.7: 700 made a document that to_json refused later, where it was sent.
TEST_CASE("problem: make_problem refuses a code outside 100-599 where the document is made") {
    for (const int code : {0, 99, 600, 700, 999, 65535}) {
        INFO(code);
        const auto s = static_cast<status>(code);
        CHECK(error_of<json::out_of_range>([s] { (void)hs::make_problem(s); }) ==
              "[json.exception.out_of_range.406] httpstatus: a status code 100-599 expected, not " +
                  std::to_string(code));
        const hs::status_info row{s, "Made Up"};
        CHECK(error_of<json::out_of_range>([&row] { (void)hs::make_problem(row, "detail"); }) ==
              "[json.exception.out_of_range.406] httpstatus: a status code 100-599 expected, not " +
                  std::to_string(code));
    }
    CHECK(hs::make_problem(static_cast<status>(100)).status == status::continue_);
    CHECK(hs::make_problem(static_cast<status>(599)).status == static_cast<status>(599));
}

TEST_CASE("problem: RFC 9457's example reads, keeps its extensions, and writes back the same") {
    // RFC 9457 section 3, with the types the RFC gives its members.
    const char* text = R"({
        "type": "https://example.com/probs/out-of-credit",
        "title": "You do not have enough credit.",
        "detail": "Your current balance is 30, but that costs 50.",
        "instance": "/account/12345/msgs/abc",
        "balance": 30,
        "accounts": ["/account/12345", "/account/67890"]
    })";
    const hs::problem_details p = read(text);
    CHECK(p.type == "https://example.com/probs/out-of-credit");
    CHECK(p.title == "You do not have enough credit.");
    CHECK_FALSE(p.status.has_value());
    CHECK(p.detail == "Your current balance is 30, but that costs 50.");
    CHECK(p.instance == "/account/12345/msgs/abc");
    CHECK(p.extensions == json::parse(R"({"balance":30,"accounts":["/account/12345","/account/67890"]})"));
    CHECK(json(p) == json::parse(text));
}

TEST_CASE("problem: every code 100-599 goes round, with and without a title and a section address") {
    for (int code = 100; code <= 599; ++code) {
        INFO(code);
        const status s = *hs::to_any_status(code);
        for (const hs::problem_type type : {hs::problem_type::about_blank, hs::problem_type::reference_url}) {
            const hs::problem_details written = hs::make_problem(s, "detail for " + std::to_string(code), type);
            const json j = written;
            CHECK(j["status"] == code);
            CHECK(j.contains("title") == hs::is_registered(code));
            const hs::problem_details back = json::parse(j.dump()).get<hs::problem_details>();
            CHECK(same(back, written));
        }
    }
}

TEST_CASE("problem: a missing type is about:blank, and reading starts from nothing") {
    hs::problem_details p = hs::make_problem(status::not_found, "old");
    p.extensions["old"] = true;
    p = read(R"({"status": 503})");
    CHECK(p.type == "about:blank");
    CHECK(p.status == status::service_unavailable);
    CHECK(p.title.empty());
    CHECK(p.detail.empty());
    CHECK(p.extensions == json::object());
    hs::problem_details into = hs::make_problem(status::not_found, "old");
    hs::from_json(json::object(), into);
    CHECK(same(into, hs::problem_details{}));
}

TEST_CASE("problem: a standard member of the wrong type is ignored, as RFC 9457 section 3.1 says") {
    const hs::problem_details p =
        read(R"({"type": 5, "title": null, "status": "404", "detail": ["a"], "instance": {"x": 1}, "kept": 1})");
    CHECK(same(p, [] {
        hs::problem_details expected;
        expected.extensions = {{"kept", 1}};
        return expected;
    }()));
    CHECK(json(p).dump() == R"({"kept":1,"type":"about:blank"})");
    CHECK(read(R"({"title": true})").title.empty());
    CHECK(read(R"({"detail": 3.5})").detail.empty());
}

TEST_CASE("problem: a status that is not an integer 100-599 is ignored") {
    for (const char* value : {"999", "600", "99", "0", "-1", "-404", "404.0", "404.5", "1e300", "4294967700",
                              "18446744073709551615", "18446744073709551916", "true", "null", "[404]"}) {
        INFO(value);
        const hs::problem_details p = read((std::string(R"({"status": )") + value + "}").c_str());
        CHECK_FALSE(p.status.has_value());
        CHECK(p.extensions == json::object());
    }
    CHECK(read(R"({"status": 100})").status == status::continue_);
    CHECK(read(R"({"status": 599})").status == static_cast<status>(599));
}

TEST_CASE("problem: a document that is not a JSON object throws a type_error") {
    const std::string prefix =
        "[json.exception.type_error.302] httpstatus: a problem details document (a JSON object) expected, not ";
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"null", "null"},
        {"404", "404"},
        {"\"Not Found\"", "\"Not Found\""},
        {"true", "true"},
        {"[]", "an array of 0 elements"},
        {R"([{"status":404}])", "an array of 1 element"},
    };
    for (const auto& c : cases) {
        INFO(c.first);
        CHECK(error_of<json::type_error>([&c] { (void)read(c.first.c_str()); }) == prefix + c.second);
    }
}

TEST_CASE("problem: malformed JSON is the parser's error, before any problem is read") {
    for (const char* text : {"", "{", R"({"status": 404)", R"({"status": })", R"({status: 404})", "{}}",
                             R"({"title": "unterminated})", "{\"title\": \"\x01\"}"}) {
        INFO(text);
        CHECK(error_of<json::parse_error>([&] { (void)read(text); }).rfind("[json.exception.parse_error.101]", 0) == 0);
    }
    // A number too large for a double.
    CHECK(error_of<json::out_of_range>([] { (void)read(R"({"status": 1e400})"); }) ==
          "[json.exception.out_of_range.406] number overflow parsing '1e400'");
}

TEST_CASE("problem: text that is not UTF-8") {
    // Read: the parser refuses it.
    CHECK(error_of<json::parse_error>([] {
              (void)read("{\"detail\": \"caf\xE9\"}");
          }).rfind("[json.exception.parse_error.101]", 0) == 0);
    // Written: the bytes are kept; dump() refuses them unless asked to replace them.
    const hs::problem_details p = hs::make_problem(status::bad_request, "no such user: caf\xE9");
    const json j = p;
    CHECK(j["detail"].get<std::string>() == "no such user: caf\xE9");
    CHECK(error_of<json::type_error>([&] { (void)j.dump(); }).rfind("[json.exception.type_error.316]", 0) == 0);
    CHECK(j.dump(-1, ' ', false, json::error_handler_t::replace).find("\"no such user: caf\xEF\xBF\xBD\"") !=
          std::string::npos);
}

TEST_CASE("problem: extensions never write over a standard member") {
    hs::problem_details p = hs::make_problem(status::conflict);
    p.extensions = {{"title", "not this"}, {"status", 200}, {"type", 1}, {"detail", "nor this"}, {"retry_in", 5}};
    CHECK(json(p).dump() == R"({"retry_in":5,"status":409,"title":"Conflict","type":"about:blank"})");
    p.extensions = nullptr;  // as good as an empty object
    CHECK(json(p).dump() == R"({"status":409,"title":"Conflict","type":"about:blank"})");
    p.extensions = json::array({1, 2});
    CHECK(error_of<json::type_error>([&] { (void)json(p); }) ==
          "[json.exception.type_error.302] httpstatus: problem_details::extensions as a JSON object expected, not "
          "an array of 2 elements");
}

TEST_CASE("problem: empty members are not written but type; a status cast out of range is not written either") {
    hs::problem_details p;
    CHECK(json(p).dump() == R"({"type":"about:blank"})");
    // An empty type is a relative reference, not an absent one (which would mean about:blank).
    p.type.clear();
    CHECK(json(p).dump() == R"({"type":""})");
    CHECK(read(R"({"type":""})").type.empty());
    p.status = static_cast<status>(42);
    CHECK(error_of<json::out_of_range>([&] { (void)json(p); }) ==
          "[json.exception.out_of_range.406] httpstatus: a status code 100-599 expected, not 42");
}

TEST_CASE("problem: nested and odd extension members come back unchanged") {
    const char* text = R"({"a": {"b": [1, 2.5, "three", null, true, {"c": {}}]}, "": "empty name",
                            "extensions": {"x": 1}, "Status": "not the status member", "big": 18446744073709551615,
                            "neg": -9223372036854775808, "unicode": "caf\u00e9 \ud83d\ude00"})";
    const hs::problem_details p = read(text);
    json expected = json::parse(text);
    CHECK(p.extensions == expected);
    expected["type"] = "about:blank";
    CHECK(json(p) == expected);
    CHECK(same(json(p).get<hs::problem_details>(), p));
}
