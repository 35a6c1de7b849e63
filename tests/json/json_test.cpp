// SPDX-License-Identifier: MIT
// httpstatus/json.hpp: statuses, classes and table entries with nlohmann/json.
#include "catch.hpp"
#include "json_errors.hpp"

#include <httpstatus/json.hpp>
#include <httpstatus/unofficial.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace hs = httpstatus;
using hs::status;
using httpstatus_tests::error_of;
using json = nlohmann::json;

TEST_CASE("json: a status is its number, and every code 100-599 reads back as itself") {
    CHECK(json(status::not_found) == json(404));
    CHECK(json(status::not_found).dump() == "404");
    CHECK(json(hs::status_v<418>).dump() == "418");
    for (int code = 100; code <= 599; ++code) {
        INFO(code);
        const json j = static_cast<status>(code);
        REQUIRE(j.is_number_integer());
        CHECK(j.get<int>() == code);
        CHECK(hs::to_int(j.get<status>()) == code);
        CHECK(hs::to_int(json::parse(j.dump()).get<status>()) == code);  // parsed: stored unsigned
    }
    CHECK(nlohmann::ordered_json(status::not_found).dump() == "404");
    CHECK(nlohmann::ordered_json(404).get<status>() == status::not_found);
    // and refuses what json refuses, with the same messages.
    CHECK(error_of<nlohmann::ordered_json::out_of_range>([] { (void)nlohmann::ordered_json(600).get<status>(); }) ==
          "[json.exception.out_of_range.406] httpstatus: a status code 100-599 expected, not 600");
    CHECK(error_of<nlohmann::ordered_json::type_error>([] { (void)nlohmann::ordered_json("404").get<status>(); }) ==
          "[json.exception.type_error.302] httpstatus: a status code 100-599 (an integer) expected, not \"404\"");
}

TEST_CASE("json: a number outside 100-599 is not a status, and the message names it") {
    const std::string prefix = "[json.exception.out_of_range.406] httpstatus: a status code 100-599 expected, not ";
    for (const char* text :
         {"99", "600", "0", "-1", "-404", "9223372036854775807", "-9223372036854775808", "18446744073709551615",
          "18446744073709551016", "4294967700" /* 2^32 + 404: cut to 32 bits, it would be 404 */,
          "65940" /* 2^16 + 404: cut to the enum's 16 bits, it would be 404 */}) {
        INFO(text);
        CHECK(error_of<json::out_of_range>([&] { (void)json::parse(text).get<status>(); }) == prefix + text);
    }
    // Written, too: a value cast into the enum that no reader would take back.
    CHECK(error_of<json::out_of_range>([] { (void)json(static_cast<status>(600)); }) == prefix + "600");
    CHECK(error_of<json::out_of_range>([] { (void)json(static_cast<status>(42)); }) == prefix + "42");
}

TEST_CASE("json: a status is an integer: floats, strings and the rest are the wrong type") {
    const std::string prefix =
        "[json.exception.type_error.302] httpstatus: a status code 100-599 (an integer) expected, not ";
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"404.0", "404.0"},
        {"404.5", "404.5"},
        {"4.04e2", "404.0"},
        {"1e300", "1e+300"},
        {"18446744073709551616", "1.8446744073709552e+19"},  // 2^64, too large for an integer
        {"\"404\"", "\"404\""},
        {"\"Not Found\"", "\"Not Found\""},
        {"true", "true"},
        {"null", "null"},
        {"[404]", "an array of 1 element"},
        {"[]", "an array of 0 elements"},
        {"{\"code\":404}", "an object of 1 member"},
        {R"({"code":404,"name":"Not Found"})", "an object of 2 members"},
    };
    for (const auto& [text, shown] : cases) {
        INFO(text);
        const json value = json::parse(text);
        CHECK(error_of<json::type_error>([&value] { (void)value.get<status>(); }) == prefix + shown);
    }
}

TEST_CASE(
    "json: the message cuts a long value short, replaces bytes that are not UTF-8, and gives a container's size") {
    const json long_text = std::string(100, '4');
    CHECK(error_of<json::type_error>([&] { (void)long_text.get<status>(); }) ==
          "[json.exception.type_error.302] httpstatus: a status code 100-599 (an integer) expected, not \"" +
              std::string(39, '4') + "...");
    // 40 bytes, the most shown whole: 38 digits and the quotes.
    const json forty_bytes = std::string(38, '4');
    CHECK(error_of<json::type_error>([&] { (void)forty_bytes.get<status>(); }) ==
          "[json.exception.type_error.302] httpstatus: a status code 100-599 (an integer) expected, not \"" +
              std::string(38, '4') + "\"");
    // Cut before a character of two bytes that would straddle the 40th byte.
    const json accented = std::string(38, 'a') + "\xC3\xA9" + "bc";
    CHECK(error_of<json::type_error>([&] { (void)accented.get<status>(); }) ==
          "[json.exception.type_error.302] httpstatus: a status code 100-599 (an integer) expected, not \"" +
              std::string(38, 'a') + "...");
    const json not_utf8 = std::string("4\xff"
                                      "04");
    CHECK(error_of<json::type_error>([&] { (void)not_utf8.get<status>(); }) ==
          "[json.exception.type_error.302] httpstatus: a status code 100-599 (an integer) expected, not "
          "\"4\xEF\xBF\xBD"
          "04\"");
    // An array is not written out: nested deep enough, writing it would overflow the stack.
    json deep = json::array();
    for (int level = 0; level < 200000; ++level) {
        json outer = json::array();
        outer.push_back(std::move(deep));
        deep = std::move(outer);
    }
    CHECK(error_of<json::type_error>([&] { (void)deep.get<status>(); }) ==
          "[json.exception.type_error.302] httpstatus: a status code 100-599 (an integer) expected, not an array "
          "of 1 element");
}

// Failed before 1.7: the reader knew the page's label only.
TEST_CASE("json: the 3xx class reads from RFC 9110's \"Redirection\" too, and is written as the page's label") {
    CHECK(json("Redirection").get<hs::status_class>() == hs::status_class::redirection);
    CHECK(json("Redirect").get<hs::status_class>() == hs::status_class::redirection);
    CHECK(json(hs::status_class::redirection) == "Redirect");
    for (const char* other : {"redirection", "REDIRECTION", "Redirection ", "Redirects", "Redirectio"}) {
        INFO(other);
        CHECK_THROWS_AS(json(other).get<hs::status_class>(), json::out_of_range);
    }
}

TEST_CASE("json: a class, a registration state and a retry answer are their labels") {
    CHECK(json(hs::status_class::client_error) == "Client Error");
    for (int c = 1; c <= 5; ++c) {
        const auto klass = static_cast<hs::status_class>(c);
        INFO(c);
        CHECK(json(klass) == std::string(hs::to_string(klass)));
        CHECK(json(klass).get<hs::status_class>() == klass);
    }
    const std::vector<std::pair<hs::registration, const char*>> states = {{hs::registration::active, "active"},
                                                                          {hs::registration::deprecated, "deprecated"},
                                                                          {hs::registration::unused, "unused"},
                                                                          {hs::registration::obsoleted, "obsoleted"}};
    for (const auto& [state, label] : states) {
        CHECK(json(state) == label);
        CHECK(json(label).get<hs::registration>() == state);
    }
    const std::vector<std::pair<hs::retry, const char*>> answers = {
        {hs::retry::unspecified, "unspecified"},
        {hs::retry::no, "no"},
        {hs::retry::yes, "yes"},
        {hs::retry::if_idempotent, "if_idempotent"},
        {hs::retry::if_retry_after, "if_retry_after"},
        {hs::retry::on_another_connection, "on_another_connection"}};
    for (const auto& [answer, label] : answers) {
        CHECK(json(answer) == label);
        CHECK(json(label).get<hs::retry>() == answer);
    }
}

TEST_CASE("json: a label must be one of the labels, spelled as written") {
    CHECK(error_of<json::out_of_range>([] { (void)json("client error").get<hs::status_class>(); }) ==
          "[json.exception.out_of_range.406] httpstatus: a status class label (\"Client Error\") expected, not "
          "\"client error\"");
    CHECK(error_of<json::type_error>([] { (void)json(4).get<hs::status_class>(); }) ==
          "[json.exception.type_error.302] httpstatus: a status class label (\"Client Error\") expected, not 4");
    CHECK(error_of<json::out_of_range>([] { (void)json("maybe").get<hs::retry>(); }) ==
          "[json.exception.out_of_range.406] httpstatus: a retry answer (\"if_idempotent\") expected, not \"maybe\"");
    CHECK(error_of<json::type_error>([] { (void)json(nullptr).get<hs::registration>(); }) ==
          "[json.exception.type_error.302] httpstatus: a registration state (\"active\") expected, not null");
    CHECK(error_of<json::out_of_range>([] { (void)json(static_cast<hs::status_class>(7)); }) ==
          "[json.exception.out_of_range.406] httpstatus: a status class label expected, not 7");
    CHECK(error_of<json::out_of_range>([] { (void)json(static_cast<hs::retry>(200)); }) ==
          "[json.exception.out_of_range.406] httpstatus: a retry answer expected, not 200");
}

TEST_CASE("json: an entry is an object with every field, in this order") {
    const nlohmann::ordered_json j = *hs::find(308);
    CHECK(j.dump() ==
          R"({"code":308,"name":"Permanent Redirect","class":"Redirect","description":")" +
              std::string(hs::description(308)) +
              "\",\"reference\":\"RFC 9110 \xC2\xA7"
              "15.4.9\","
              R"("reference_url":"https://www.rfc-editor.org/rfc/rfc9110.html#section-15.4.9",)"
              R"("aliases":[],"state":"active","cacheable":true,"allows_content":true,"never_has_content":false,)"
              R"("follows_location":true,"preserves_method":true,"is_permanent_redirect":true,)"
              R"("retry_after_applies":true,"retry":"unspecified"})");
    const json teapot = *hs::find(418);
    CHECK(teapot["aliases"] == json::array({"I'm a teapot"}));
    CHECK(teapot["state"] == "unused");
}

TEST_CASE("json: every registry entry says what the header says") {
    for (const hs::status_info& e : hs::all()) {
        INFO(e.value());
        const json j = e;
        CHECK(j.size() == 16);
        CHECK(j["code"] == e.value());
        CHECK(j["code"].get<status>() == e.code);
        CHECK(j["name"] == std::string(e.name));
        CHECK(j["class"].get<hs::status_class>() == e.class_);
        CHECK(j["description"] == std::string(e.description));
        CHECK(j["reference"] == std::string(e.reference));
        CHECK(j["reference_url"] == std::string(hs::reference_url(e.code)));
        CHECK_FALSE(j["reference_url"].get<std::string>().empty());
        REQUIRE(j["aliases"].size() == e.aliases.size());
        for (std::size_t i = 0; i < e.aliases.size(); ++i) CHECK(j["aliases"][i] == std::string(e.aliases[i]));
        CHECK(j["state"].get<hs::registration>() == e.state);
        CHECK(j["cacheable"] == e.cacheable);
        CHECK(j["allows_content"] == hs::allows_content(e.code));
        CHECK(j["never_has_content"] == hs::never_has_content(e.code));
        CHECK(j["follows_location"] == hs::follows_location(e.code));
        CHECK(j["preserves_method"] == hs::preserves_method(e.code));
        CHECK(j["is_permanent_redirect"] == hs::is_permanent_redirect(e.code));
        CHECK(j["retry_after_applies"] == hs::retry_after_applies(e.code));
        CHECK(j["retry"].get<hs::retry>() == hs::retry_of(e.code));
    }
}

TEST_CASE("json: a copied entry keeps its link; another table's entry has none") {
    const hs::status_info copy = *hs::find(404);
    CHECK(json(copy)["reference_url"] == "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5");
    const json nginx = *hs::unofficial::find(499);
    CHECK(nginx["reference"] == "nginx");
    CHECK(nginx["reference_url"].get<std::string>().empty());
    CHECK(nginx["class"] == "Client Error");
    // The same code in a table of one's own, with its own reference: the registry's link is not its.
    hs::status_info own = *hs::find(404);
    own.reference = "our API guide";
    CHECK(json(own)["reference_url"].get<std::string>().empty());
}

// Failed before 1.7: only the registry's own entry had a link.
TEST_CASE("json: an own table's entry that cites an RFC section has its link") {
    hs::status_info own{status{499}, "Client Closed Request", "The client went away.", "RFC 9110, Section 15.5.1"};
    CHECK(json(own)["reference_url"] == "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.1");
    own.reference = "RFC 6585 \xC2\xA7"
                    "4";
    CHECK(json(own)["reference_url"] == "https://www.rfc-editor.org/rfc/rfc6585.html#section-4");
    own.reference = "RFC 6585";
    CHECK(json(own)["reference_url"].get<std::string>().empty());
    // The unofficial codes cite who sends them, never an RFC section.
    for (const hs::status_info& e : hs::unofficial::codes) CHECK(json(e)["reference_url"].get<std::string>().empty());
}

TEST_CASE("json: an entry whose code is outside 100-599 is not written") {
    // A row of one's own table built without its checks; the sanitizer builds also show that what was
    // written before the throw is freed.
    hs::status_info bad = *hs::find(404);
    bad.code = static_cast<status>(999);
    CHECK(error_of<json::out_of_range>([&bad] { (void)json(bad); }) ==
          "[json.exception.out_of_range.406] httpstatus: a status code 100-599 expected, not 999");
}
