// SPDX-License-Identifier: MIT
// The field rules as a program uses them at run time: a forward range that standard algorithms
// accept, the same rules for a code and its status, and the class's rules for a code the registry
// lacks. The rules themselves are proven against the reference in tests/field_rules/field_rules.cpp.
#include "catch.hpp"

#include <httpstatus/field_rules.hpp>
#include <httpstatus/http_versions.hpp>

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>
#if __cplusplus >= 202002L
#include <ranges>
#endif

namespace hs = httpstatus;
using hs::requirement;

namespace {

// "Field LEVEL" for each rule of a code, in order.
std::vector<std::string> listed(int code) {
    std::vector<std::string> rules;
    for (const hs::field_rule& rule : hs::field_rules(code))
        rules.push_back(std::string(rule.field) + " " + std::string(hs::to_string(rule.level)));
    return rules;
}

}  // namespace

#if __cplusplus >= 202002L
static_assert(std::ranges::forward_range<hs::field_rule_list>);
static_assert(std::forward_iterator<hs::field_rule_list::iterator>);
#endif

TEST_CASE("field_rules lists a code's rules in order, its class's among them", "[field_rules]") {
    CHECK(listed(405) == std::vector<std::string>{"Date MUST", "Allow MUST"});
    CHECK(listed(204) == std::vector<std::string>{"Content-Length MUST NOT", "Transfer-Encoding MUST NOT", "Date MUST",
                                                  "Content-Length MUST NOT", "Transfer-Encoding MUST NOT"});
    CHECK(listed(101) == std::vector<std::string>{"Content-Length MUST NOT", "Transfer-Encoding MUST NOT", "Date MAY",
                                                  "Upgrade MUST", "Connection MUST"});
}

TEST_CASE("a code the registry lacks has its class's rules", "[field_rules]") {
    CHECK(listed(299) ==
          std::vector<std::string>{"Content-Length MUST NOT", "Transfer-Encoding MUST NOT", "Date MUST"});
    CHECK(listed(499) == std::vector<std::string>{"Date MUST"});
    CHECK(listed(599) == std::vector<std::string>{"Date MAY"});
    CHECK(listed(150) == listed(100));
}

TEST_CASE("a code outside 100-599 has no rules", "[field_rules]") {
    for (int code : {-1, 0, 99, 600, 999, 65535}) {
        INFO(code);
        CHECK(hs::field_rules(code).empty());
        CHECK(hs::field_rules(code).size() == 0);
        CHECK(hs::field_rules(code).begin() == hs::field_rules(code).end());
    }
    CHECK(hs::field_rules(static_cast<hs::status>(700)).empty());
}

TEST_CASE("the range works with standard algorithms", "[field_rules]") {
    const hs::field_rule_list rules = hs::field_rules(hs::status::partial_content);
    CHECK(static_cast<std::size_t>(std::distance(rules.begin(), rules.end())) == rules.size());
    CHECK(std::count_if(rules.begin(), rules.end(),
                        [](const hs::field_rule& rule) { return rule.level == requirement::must; }) == 9);
    const auto range = std::find_if(rules.begin(), rules.end(),
                                    [](const hs::field_rule& rule) { return rule.field == "Content-Range"; });
    REQUIRE(range != rules.end());
    CHECK(range->condition == hs::rule_condition::single_part);
    auto copy = range;
    CHECK(copy++ == range);
    CHECK(copy != range);
    CHECK(hs::field_rule_list::iterator{} == hs::field_rule_list::iterator{});
}

TEST_CASE("a status has the rules of its code", "[field_rules]") {
    for (int code = 0; code <= 700; ++code) {
        const hs::field_rule_list by_int = hs::field_rules(code);
        const hs::field_rule_list by_status = hs::field_rules(static_cast<hs::status>(code));
        REQUIRE(std::equal(by_int.begin(), by_int.end(), by_status.begin(), by_status.end(),
                           [](const hs::field_rule& a, const hs::field_rule& b) { return &a == &b; }));
    }
}

TEST_CASE("every rule's section has an address", "[field_rules]") {
    for (int code = 100; code <= 599; ++code)
        for (const hs::field_rule& rule : hs::field_rules(code)) {
            INFO(code << " " << rule.field);
            char address[hs::detail::max_address_size] = {};
            CHECK(hs::detail::write_section_address(rule.section, address) > 0);
        }
}

TEST_CASE("a keyword or condition outside its enum is written as nothing", "[field_rules]") {
    // Read through a volatile, as a bad byte in memory would be, so that the call runs at run time.
    volatile unsigned char byte = 200;
    CHECK(hs::to_string(static_cast<requirement>(byte)).empty());
    CHECK(hs::to_string(static_cast<hs::rule_condition>(byte)).empty());
    CHECK(hs::to_string(requirement::should_not) == "SHOULD NOT");
    CHECK(hs::to_string(hs::rule_condition::byte_ranges) == "when byte ranges were asked for");
}
