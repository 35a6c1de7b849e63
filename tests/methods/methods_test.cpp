// SPDX-License-Identifier: MIT
// is_safe_method and is_idempotent_method: the IANA HTTP Method Registry's columns, method by method.
#include "catch.hpp"

#include <httpstatus/httpstatus.hpp>

#include <string>
#include <string_view>

namespace hs = httpstatus;

namespace {
struct method_row {
    std::string_view name;
    bool safe;
    bool idempotent;
};

// The registry (https://www.iana.org/assignments/http-methods), as RFC 9110 section 18.2 and RFC
// 7237 section 3 register its rows, written here a second time by hand, from those tables.
constexpr method_row registry_rows[] = {
    {"ACL", false, true},
    {"BASELINE-CONTROL", false, true},
    {"BIND", false, true},
    {"CHECKIN", false, true},
    {"CHECKOUT", false, true},
    {"CONNECT", false, false},
    {"COPY", false, true},
    {"DELETE", false, true},
    {"GET", true, true},
    {"HEAD", true, true},
    {"LABEL", false, true},
    {"LINK", false, true},
    {"LOCK", false, false},
    {"MERGE", false, true},
    {"MKACTIVITY", false, true},
    {"MKCALENDAR", false, true},
    {"MKCOL", false, true},
    {"MKREDIRECTREF", false, true},
    {"MKWORKSPACE", false, true},
    {"MOVE", false, true},
    {"OPTIONS", true, true},
    {"ORDERPATCH", false, true},
    {"PATCH", false, false},
    {"POST", false, false},
    {"PRI", true, true},
    {"PROPFIND", true, true},
    {"PROPPATCH", false, true},
    {"PUT", false, true},
    {"REBIND", false, true},
    {"REPORT", true, true},
    {"SEARCH", true, true},
    {"TRACE", true, true},
    {"UNBIND", false, true},
    {"UNCHECKOUT", false, true},
    {"UNLINK", false, true},
    {"UNLOCK", false, true},
    {"UPDATE", false, true},
    {"UPDATEREDIRECTREF", false, true},
    {"VERSION-CONTROL", false, true},
};
}  // namespace

TEST_CASE("each method of the registry is safe and idempotent as its row says") {
    for (const auto& row : registry_rows) {
        INFO(row.name);
        CHECK(hs::is_safe_method(row.name) == row.safe);
        CHECK(hs::is_idempotent_method(row.name) == row.idempotent);
    }
}

TEST_CASE("every safe method is idempotent (RFC 9110 section 9.2.2)") {
    for (const auto& row : registry_rows)
        if (hs::is_safe_method(row.name)) CHECK(hs::is_idempotent_method(row.name));
}

TEST_CASE("a method is matched whole and case-sensitively") {
    for (const auto& row : registry_rows) {
        std::string lower(row.name);
        for (char& ch : lower) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
        INFO(lower);
        CHECK_FALSE(hs::is_idempotent_method(lower));
        CHECK_FALSE(hs::is_idempotent_method(std::string(row.name) + " "));
        CHECK_FALSE(hs::is_idempotent_method(std::string(row.name).substr(1)));
        CHECK_FALSE(hs::is_idempotent_method(std::string(row.name) + "X"));
    }
    CHECK_FALSE(hs::is_safe_method(""));
    CHECK_FALSE(hs::is_idempotent_method("GET HEAD"));
}

TEST_CASE("a method read from a longer buffer is the view's, not the buffer's") {
    const std::string request = "GETX / HTTP/1.1";
    CHECK(hs::is_safe_method(std::string_view(request).substr(0, 3)));
    CHECK_FALSE(hs::is_safe_method(std::string_view(request).substr(0, 4)));
}

TEST_CASE("retry::if_idempotent asks is_idempotent_method of the request's method") {
    // The client's rule for a 502 or 504: resend only an idempotent request.
    const auto may_resend = [](int code, std::string_view method) {
        const hs::retry r = hs::retry_of(code);
        return r == hs::retry::yes || (r == hs::retry::if_idempotent && hs::is_idempotent_method(method));
    };
    CHECK(may_resend(502, "GET"));
    CHECK(may_resend(504, "PUT"));
    CHECK_FALSE(may_resend(502, "POST"));
    CHECK_FALSE(may_resend(504, "PATCH"));
}
