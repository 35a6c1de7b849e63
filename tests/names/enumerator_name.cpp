// SPDX-License-Identifier: MIT
// enumerator_name in constant expressions; this file passes by compiling. enum_table_sync.cpp checks
// every value 0-999 against the compiler's own names of the enumerators.
#include <httpstatus/httpstatus.hpp>

#include <string_view>

namespace hs = httpstatus;
using hs::status;

static_assert(hs::enumerator_name(status::not_found) == "not_found" && hs::enumerator_name(404) == "not_found");
static_assert(hs::enumerator_name(status::ok) == "ok" && hs::enumerator_name(511) == "network_authentication_required");
// The rule's exceptions: a keyword, the unused codes, an apostrophe-free name with a hyphen.
static_assert(hs::enumerator_name(status::continue_) == "continue_");
static_assert(hs::enumerator_name(306) == "unused_306" && hs::enumerator_name(418) == "unused_418");
static_assert(hs::enumerator_name(203) == "non_authoritative_information");
// An alias is its code's value: its code's canonical enumerator.
static_assert(hs::enumerator_name(status::im_a_teapot) == "unused_418");
static_assert(hs::enumerator_name(status::payload_too_large) == "content_too_large");
static_assert(hs::enumerator_name(status::moved_temporarily) == "found");
// No enumerator: empty, never a stale or wrong name.
static_assert(hs::enumerator_name(299).empty() && hs::enumerator_name(static_cast<status>(299)).empty());
static_assert(hs::enumerator_name(0).empty() && hs::enumerator_name(700).empty() && hs::enumerator_name(-1).empty());
static_assert(hs::enumerator_name(99).empty() && hs::enumerator_name(600).empty() &&
              hs::enumerator_name(65535).empty());
static_assert(noexcept(hs::enumerator_name(404)) && noexcept(hs::enumerator_name(status::ok)));

// Every registered code has one, and from_name reads it back, but for the three the rule changes.
constexpr bool every_enumerator_reads_back() noexcept {
    for (const auto& e : hs::registry) {
        const std::string_view name = hs::enumerator_name(e.code);
        if (name.empty()) return false;
        const bool changed = e.is_unused() || e.code == status::continue_;
        if (!changed && hs::from_name(name) != e.code) return false;
    }
    return true;
}
static_assert(every_enumerator_reads_back());
