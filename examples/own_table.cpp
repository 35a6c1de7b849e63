// SPDX-License-Identifier: MIT
// A table of a program's own codes: an API's private 4xx codes, with every lookup at compile time.
#include <httpstatus/httpstatus.hpp>

#include <iostream>

// snippet-begin
using httpstatus::status;

// One row per code, in code order: code, name, description, then a reference and aliases if any.
constexpr httpstatus::table api_codes{{
    {status{461}, "Quota Exceeded", "The account has used up this month's requests."},
    {status{462}, "Plan Expired", "The account's plan has ended.", "API guide, Errors"},
    {status{463}, "Key Revoked", "The API key was revoked.", "API guide, Keys", "Key Withdrawn"},
}};

static_assert(api_codes.reason_phrase(461) == "Quota Exceeded");
static_assert(api_codes.from_name("key withdrawn") == status{463});
static_assert(!api_codes.contains(404));
constexpr status plan_expired = httpstatus::status_in<api_codes, 462>;  // status_in<api_codes, 464> does not compile
static_assert(api_codes.reason_phrase(plan_expired) == "Plan Expired");

// The registry first, then the program's table: one lookup over both.
std::string_view phrase(int code) {
    const httpstatus::status_info* entry = httpstatus::find_in(code, httpstatus::registry, api_codes);
    return entry != nullptr ? entry->name : std::string_view{};
}

int main() {
    for (int code : {404, 462, 499}) std::cout << code << ": " << phrase(code) << '\n';
    for (const auto& e : api_codes.search("key")) std::cout << e.value() << ' ' << e.name << '\n';
}
// snippet-end
