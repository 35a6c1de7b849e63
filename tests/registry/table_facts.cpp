// SPDX-License-Identifier: MIT
// Facts about the table that hold at compile time; this file passes by compiling.
#include <httpstatus/httpstatus.hpp>

#include <string_view>

namespace hs = httpstatus;
using hs::status;

// How many rows the registry has is pinned once, against its CSV (registry_test.cpp).
static_assert(hs::all().front().code == status::continue_);
static_assert(hs::all().back().code == status::network_authentication_required);

// Heuristically cacheable by default: exactly RFC 9110 §15.1's list, plus 451 (RFC 7725 §3).
constexpr int cacheable_codes[] = {200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501};
constexpr bool cacheable_flags_exact() noexcept {
    std::size_t flagged = 0;
    for (const auto& e : hs::all()) flagged += e.cacheable ? 1U : 0U;
    for (int code : cacheable_codes)
        if (!hs::is_cacheable_by_default(code)) return false;
    return flagged == sizeof(cacheable_codes) / sizeof(cacheable_codes[0]);
}
static_assert(cacheable_flags_exact());
static_assert(!hs::is_cacheable_by_default(421));  // RFC 9110 dropped it from RFC 7231's list
static_assert(!hs::is_cacheable_by_default(299));

// No content for 1xx, 204 and 304 (RFC 9110 §6.4.1), nor for 205 (§15.3.6).
constexpr bool content_rule_holds() noexcept {
    for (const auto& e : hs::all()) {
        const bool expected = !hs::is_informational(e.code) && e.code != status::no_content &&
                              e.code != status::reset_content && e.code != status::not_modified;
        if (e.allows_content() != expected || hs::allows_content(e.code) != expected) return false;
    }
    return true;
}
static_assert(content_rule_holds());
static_assert(!hs::allows_content(199) && hs::allows_content(299) && !hs::allows_content(600));

// Registration states: only 305 deprecated, 306 and 418 unused, 510 obsoleted.
constexpr int count_state(hs::registration state) noexcept {
    int n = 0;
    for (const auto& e : hs::all()) n += e.state == state ? 1 : 0;
    return n;
}
static_assert(count_state(hs::registration::deprecated) == 1 && hs::find(305)->is_deprecated());
static_assert(count_state(hs::registration::unused) == 2 && hs::find(306)->is_unused() && hs::find(418)->is_unused());
static_assert(count_state(hs::registration::obsoleted) == 1 && hs::find(510)->is_obsoleted());
static_assert(count_state(hs::registration::active) == static_cast<int>(hs::all().size()) - 4);

// Names the RFCs changed: the registered name wins, the older one stays an alias and an enumerator.
static_assert(hs::reason_phrase(status::content_too_large) == "Content Too Large");
static_assert(hs::reason_phrase(status::unprocessable_content) == "Unprocessable Content");
static_assert(hs::find(413)->aliases.size() == 2);
static_assert(*hs::find(413)->aliases.begin() == "Payload Too Large");
static_assert(hs::find(200)->aliases.empty() && hs::find(200)->aliases.size() == 0);

// Every alias enumerator is an alias of its row, as from_name reads it (and so has its row's code).
static_assert(hs::from_name("payload_too_large") == status::payload_too_large);
static_assert(hs::from_name("unprocessable_entity") == status::unprocessable_entity);
static_assert(hs::from_name("requested_range_not_satisfiable") == status::requested_range_not_satisfiable);
static_assert(hs::from_name("moved_temporarily") == status::moved_temporarily);
static_assert(hs::from_name("im_a_teapot") == status::im_a_teapot);

// Corrections to the status-code page's text.
static_assert(hs::description(403).find("considers them insufficient") != std::string_view::npos);
static_assert(hs::description(305).substr(0, 11) == "Deprecated.");

// The class labels are the status-code page's.
static_assert(hs::to_string(hs::status_class::redirection) == "Redirect");
static_assert(hs::to_string(hs::status_class::client_error) == "Client Error");
static_assert(hs::to_string(static_cast<hs::status_class>(0)).empty());
static_assert(hs::to_string(static_cast<hs::status_class>(6)).empty());

// A check of the whole table that lives here rather than in every translation unit that includes the
// header. (That names are unique but for unused rows is a table rule: tests/tables/table_rules.cpp.)
constexpr bool every_row_has_text() noexcept {
    for (const auto& e : hs::all())
        if (e.name.empty() || e.reference.empty() || e.description.empty()) return false;
    return true;
}
static_assert(every_row_has_text(), "each row has a name, a reference and a description");
