// SPDX-License-Identifier: MIT
// find, to_status, reason_phrase, description, class_of and the predicates, for good and bad input.
#include "catch.hpp"

#include <httpstatus/httpstatus.hpp>

#include <climits>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace hs = httpstatus;
using hs::status;
using hs::status_class;

namespace {
// Values that no lookup may misread: negative, zero, just outside 100–599, and huge.
constexpr int outside_range[] = {INT_MIN, -65132, -404, -1, 0, 1, 99, 600, 999, 1000, 65535, 65536 + 404, INT_MAX};
}  // namespace

// How many rows the registry has is pinned once, against its CSV (registry_test.cpp); every count
// here is read from the table.
TEST_CASE("all() is the table: every row, in strict code order, random access") {
    const auto table = hs::all();
    REQUIRE_FALSE(table.empty());
    REQUIRE(table.end() - table.begin() == static_cast<std::ptrdiff_t>(table.size()));
    REQUIRE(&table[0] == table.begin());
    for (std::size_t i = 1; i < table.size(); ++i) CHECK(table[i - 1].value() < table[i].value());
    for (const auto& e : table) CHECK(hs::find(e.value()) == &e);
}

TEST_CASE("find() returns the entry of every registered code, by int and by status") {
    for (const auto& e : hs::all()) {
        CHECK(hs::find(e.value()) == &e);
        CHECK(hs::find(e.code) == &e);
        CHECK(hs::is_registered(e.value()));
        CHECK(hs::is_registered(e.code));
        CHECK(hs::to_status(e.value()) == e.code);
        CHECK(hs::reason_phrase(e.code) == e.name);
        CHECK(hs::reason_phrase(e.value()) == e.name);
        CHECK(hs::description(e.code) == e.description);
        CHECK(hs::description(e.value()) == e.description);
    }
    const hs::status_info* not_found = hs::find(404);
    REQUIRE(not_found != nullptr);
    CHECK(not_found->name == "Not Found");
    CHECK(not_found->class_ == status_class::client_error);
    CHECK(not_found->reference == "RFC 9110 §15.5.5");
    CHECK(not_found->state == hs::registration::active);
    CHECK(not_found->cacheable);
    CHECK(not_found->allows_content());
    STATIC_REQUIRE(hs::find(status::ok)->name == "OK");
}

TEST_CASE("unregistered codes inside 100-599 have no entry, but have a class") {
    int unregistered = 0;
    for (int code = 100; code <= 599; ++code) {
        if (hs::find(code) != nullptr) continue;
        ++unregistered;
        CHECK_FALSE(hs::is_registered(code));
        CHECK_FALSE(hs::is_registered(static_cast<status>(code)));
        CHECK_FALSE(hs::to_status(code).has_value());
        CHECK(hs::reason_phrase(code).empty());
        CHECK(hs::reason_phrase(static_cast<status>(code)).empty());
        CHECK(hs::description(code).empty());
        CHECK(hs::class_of(code) == static_cast<status_class>(code / 100));
    }
    CHECK(unregistered == 500 - static_cast<int>(hs::all().size()));
    CHECK(hs::class_of(299) == status_class::successful);
    CHECK(hs::class_of(499) == status_class::client_error);
}

TEST_CASE("values outside 100-599 have no entry, no class and no predicate") {
    for (int code : outside_range) {
        INFO("code " << code);
        CHECK(hs::find(code) == nullptr);
        CHECK_FALSE(hs::is_registered(code));
        CHECK_FALSE(hs::to_status(code).has_value());
        CHECK(hs::reason_phrase(code).empty());
        CHECK(hs::description(code).empty());
        CHECK_FALSE(hs::class_of(code).has_value());
        CHECK_FALSE(hs::is_informational(code));
        CHECK_FALSE(hs::is_successful(code));
        CHECK_FALSE(hs::is_redirection(code));
        CHECK_FALSE(hs::is_client_error(code));
        CHECK_FALSE(hs::is_server_error(code));
        CHECK_FALSE(hs::is_error(code));
        CHECK_FALSE(hs::allows_content(code));
        CHECK_FALSE(hs::never_has_content(code));
        CHECK_FALSE(hs::follows_location(code));
        CHECK_FALSE(hs::preserves_method(code));
        CHECK_FALSE(hs::is_permanent_redirect(code));
        CHECK_FALSE(hs::retry_after_applies(code));
        CHECK(hs::retry_of(code) == hs::retry::unspecified);
        CHECK_FALSE(hs::to_any_status(code).has_value());
        CHECK(hs::reference_url(code).empty());
        CHECK_FALSE(hs::is_cacheable_by_default(code));
    }
}

TEST_CASE("any value cast into status is safe") {
    // Every uint16 value: the status overloads agree with the int overloads.
    for (std::uint32_t raw = 0; raw <= UINT16_MAX; ++raw) {
        const auto s = static_cast<status>(raw);
        const int code = static_cast<int>(raw);
        REQUIRE(hs::find(s) == hs::find(code));
        REQUIRE(hs::class_of(s) == hs::class_of(code));
        REQUIRE(hs::is_error(s) == hs::is_error(code));
        REQUIRE(hs::reason_phrase(s) == hs::reason_phrase(code));
    }
}

TEST_CASE("class_of and the predicates follow the first digit") {
    CHECK(hs::class_of(100) == status_class::informational);
    CHECK(hs::class_of(199) == status_class::informational);
    CHECK(hs::class_of(status::ok) == status_class::successful);
    CHECK(hs::class_of(status::found) == status_class::redirection);
    CHECK(hs::class_of(status::not_found) == status_class::client_error);
    CHECK(hs::class_of(599) == status_class::server_error);

    CHECK(hs::is_informational(status::early_hints));
    CHECK(hs::is_successful(status::no_content));
    CHECK(hs::is_redirection(status::permanent_redirect));
    CHECK(hs::is_client_error(status::too_many_requests));
    CHECK(hs::is_server_error(status::bad_gateway));
    CHECK(hs::is_error(status::bad_request));
    CHECK(hs::is_error(status::internal_server_error));
    CHECK_FALSE(hs::is_error(status::ok));
    CHECK_FALSE(hs::is_error(status::not_modified));
    CHECK_FALSE(hs::is_successful(status::not_found));

    for (int code = 100; code <= 599; ++code) {
        const int first = code / 100;
        CHECK(hs::is_informational(code) == (first == 1));
        CHECK(hs::is_successful(code) == (first == 2));
        CHECK(hs::is_redirection(code) == (first == 3));
        CHECK(hs::is_client_error(code) == (first == 4));
        CHECK(hs::is_server_error(code) == (first == 5));
        CHECK(hs::is_error(code) == (first >= 4));
    }
    STATIC_REQUIRE(hs::is_client_error(status::not_found));
}

TEST_CASE("to_string(status_class) gives the status-code page's labels") {
    CHECK(hs::to_string(status_class::informational) == "Informational");
    CHECK(hs::to_string(status_class::successful) == "Successful");
    CHECK(hs::to_string(status_class::redirection) == "Redirect");
    CHECK(hs::to_string(status_class::client_error) == "Client Error");
    CHECK(hs::to_string(status_class::server_error) == "Server Error");
    CHECK(hs::to_string(static_cast<status_class>(0)).empty());
    CHECK(hs::to_string(static_cast<status_class>(255)).empty());
}

TEST_CASE("content and caching rules") {
    CHECK_FALSE(hs::allows_content(status::continue_));
    CHECK_FALSE(hs::allows_content(status::no_content));
    CHECK_FALSE(hs::allows_content(status::not_modified));
    CHECK_FALSE(hs::allows_content(150));
    CHECK(hs::allows_content(status::ok));
    CHECK_FALSE(hs::allows_content(status::reset_content));
    CHECK_FALSE(hs::find(status::reset_content)->allows_content());
    CHECK(hs::allows_content(299));
    CHECK(hs::allows_content(599));
    CHECK(hs::is_cacheable_by_default(status::ok));
    CHECK(hs::is_cacheable_by_default(status::permanent_redirect));
    CHECK(hs::is_cacheable_by_default(status::unavailable_for_legal_reasons));
    CHECK_FALSE(hs::is_cacheable_by_default(status::misdirected_request));
    CHECK_FALSE(hs::is_cacheable_by_default(status::created));
}

TEST_CASE("aliases are a random-access range of string views") {
    const auto& aliases = hs::find(status::content_too_large)->aliases;
    REQUIRE(aliases.size() == 2);
    const auto* it = aliases.begin();
    CHECK(*it == "Payload Too Large");
    ++it;
    CHECK(*it == "Request Entity Too Large");
    it++;
    CHECK(it == aliases.end());
    CHECK(aliases.end() - aliases.begin() == 2);
    CHECK(aliases[1] == "Request Entity Too Large");

    const auto& none = hs::find(status::ok)->aliases;
    CHECK(none.empty());
    CHECK(none.size() == 0);
    CHECK(none.begin() == none.end());
    REQUIRE(hs::find(status::unused_418)->aliases.size() == 1);
    CHECK(hs::find(status::unused_418)->aliases[0] == "I'm a teapot");
}

TEST_CASE("a name_list splits one ';'-separated cell") {
    constexpr hs::name_list two("A;B");
    STATIC_REQUIRE(two.size() == 2);
    STATIC_REQUIRE(two[0] == "A");
    STATIC_REQUIRE(two[1] == "B");
    STATIC_REQUIRE(hs::name_list("").empty());
    STATIC_REQUIRE(hs::name_list("Only").size() == 1);
    // More than capacity names do not compile in a constant expression (tests/tables/compile_fail/
    // too_many_aliases.cpp), and end the program at run time (tests/tables/errors/).
    const hs::name_list full(std::string_view("A;B"));
    CHECK(full.size() == hs::name_list::capacity);
}

TEST_CASE("every function is noexcept and usable in constant expressions") {
    // The text is a string_view already: making one from a const char* is not noexcept in the
    // standard (libstdc++ marks it so, libc++ does not), and that conversion is not the library's.
    constexpr std::string_view text = "x";
    STATIC_REQUIRE(noexcept(hs::find(404)));
    STATIC_REQUIRE(noexcept(hs::from_name(text)));
    STATIC_REQUIRE(noexcept(hs::parse(text)));
    STATIC_REQUIRE(noexcept(hs::search(text)));
    STATIC_REQUIRE(noexcept(hs::matches(*hs::find(404), text)));
    STATIC_REQUIRE(noexcept(hs::class_of(404)));
    STATIC_REQUIRE(noexcept(hs::reason_phrase(404)));
    STATIC_REQUIRE(noexcept(hs::description(404)));
    STATIC_REQUIRE(noexcept(hs::to_status(404)));
    STATIC_REQUIRE(noexcept(hs::is_registered(404)));
    STATIC_REQUIRE(noexcept(hs::allows_content(404)));
    STATIC_REQUIRE(noexcept(hs::never_has_content(404))&& noexcept(hs::follows_location(404)));
    STATIC_REQUIRE(noexcept(hs::preserves_method(404))&& noexcept(hs::is_permanent_redirect(404)));
    STATIC_REQUIRE(noexcept(hs::retry_after_applies(404))&& noexcept(hs::retry_of(404)));
    STATIC_REQUIRE(noexcept(hs::to_any_status(404))&& noexcept(hs::reference_url(404)));
    STATIC_REQUIRE(noexcept(hs::never_has_content(status::ok))&& noexcept(hs::follows_location(status::ok)));
    STATIC_REQUIRE(noexcept(hs::preserves_method(status::ok))&& noexcept(hs::is_permanent_redirect(status::ok)));
    STATIC_REQUIRE(noexcept(hs::retry_after_applies(status::ok))&& noexcept(hs::retry_of(status::ok)));
    STATIC_REQUIRE(noexcept(hs::reference_url(status::ok)));
    STATIC_REQUIRE(noexcept(hs::is_cacheable_by_default(404)));
    STATIC_REQUIRE(noexcept(hs::all()));
    STATIC_REQUIRE(noexcept(hs::to_int(status::ok)));
    STATIC_REQUIRE(noexcept(hs::to_string(hs::status_class::successful)));
    STATIC_REQUIRE(noexcept(hs::is_informational(100))&& noexcept(hs::is_successful(200)));
    STATIC_REQUIRE(noexcept(hs::is_redirection(300))&& noexcept(hs::is_client_error(400)));
    STATIC_REQUIRE(noexcept(hs::is_server_error(500))&& noexcept(hs::is_error(status::ok)));
    STATIC_REQUIRE(std::is_same<std::underlying_type_t<status>, std::uint16_t>::value);
    STATIC_REQUIRE(std::is_same<std::underlying_type_t<status_class>, std::uint8_t>::value);
    STATIC_REQUIRE(std::is_trivially_copyable<hs::status_info>::value);
    STATIC_REQUIRE(hs::to_int(status::not_found) == 404);
}
