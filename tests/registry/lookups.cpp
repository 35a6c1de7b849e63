// SPDX-License-Identifier: MIT
// Every lookup by code, usable in a constant expression; this file passes by compiling.
#include <httpstatus/httpstatus.hpp>

#include <climits>

namespace hs = httpstatus;
using hs::status;
using hs::status_class;

static_assert(!hs::all().empty());
static_assert(hs::all()[0].code == status::continue_ && hs::all().back().value() == 511);
static_assert(hs::find(404)->code == status::not_found && hs::find(status::not_found) == hs::find(404));
static_assert(hs::find(299) == nullptr && hs::find(-1) == nullptr && hs::find(INT_MIN) == nullptr);
static_assert(hs::find(INT_MAX) == nullptr && hs::find(static_cast<status>(65535)) == nullptr);
static_assert(hs::is_registered(418) && hs::is_registered(status::im_used) && !hs::is_registered(419));
static_assert(hs::to_status(201) == status::created && !hs::to_status(209) && !hs::to_status(0));
static_assert(hs::to_int(status::gateway_timeout) == 504);
static_assert(hs::reason_phrase(status::ok) == "OK" && hs::reason_phrase(203) == "Non-Authoritative Information");
static_assert(hs::reason_phrase(299).empty() && hs::reason_phrase(static_cast<status>(1000)).empty());
static_assert(hs::reason_phrase(99).empty() && hs::reason_phrase(600).empty() && hs::reason_phrase(INT_MIN).empty());

// reason_phrase reads the generated index (detail/registry_index.hpp), the registry's own
// reason_phrase its rows: they agree for every code, so a stale index fails here too, not only in
// the test index_fresh.
constexpr bool index_agrees_with_rows() {
    for (int code = 0; code <= 600; ++code)
        if (hs::reason_phrase(code) != hs::registry.reason_phrase(code)) return false;
    return true;
}
static_assert(index_agrees_with_rows());

// The generated indexes have the sizes their readers assume (each literal has a NUL after its bytes),
// so that an index left stale by a new row fails to compile here rather than read past its end.
namespace detail = hs::detail;
static_assert(sizeof(detail::registry_phrase_at) - 1 == (detail::max_code + 1) * detail::text_at_size);
static_assert(sizeof(detail::registry_reference_url_at) - 1 == hs::registry.size() * detail::text_at_size);
static_assert(sizeof(detail::registry_name_slots) - 1 == detail::name_slot_count * detail::name_slot_size);
static_assert(sizeof(detail::name_folding) - 1 == 256);
static_assert(hs::description(status::payment_required) == "Reserved for future use.");
static_assert(hs::description(600).empty());

static_assert(hs::class_of(100) == status_class::informational && hs::class_of(199) == status_class::informational);
static_assert(hs::class_of(299) == status_class::successful &&
              hs::class_of(status::found) == status_class::redirection);
static_assert(hs::class_of(499) == status_class::client_error && hs::class_of(599) == status_class::server_error);
static_assert(!hs::class_of(99) && !hs::class_of(600) && !hs::class_of(INT_MIN) && !hs::class_of(INT_MAX));
static_assert(!hs::class_of(static_cast<status>(0)) && !hs::class_of(static_cast<status>(65535)));

static_assert(hs::is_informational(status::processing) && !hs::is_informational(200));
static_assert(hs::is_successful(status::accepted) && !hs::is_successful(300));
static_assert(hs::is_redirection(status::see_other) && !hs::is_redirection(400));
static_assert(hs::is_client_error(status::conflict) && !hs::is_client_error(500));
static_assert(hs::is_server_error(status::loop_detected) && !hs::is_server_error(600));
static_assert(hs::is_error(404) && hs::is_error(status::bad_gateway) && !hs::is_error(399) && !hs::is_error(600));

static_assert(!hs::allows_content(status::switching_protocols) && !hs::allows_content(status::no_content));
static_assert(!hs::allows_content(status::not_modified) && hs::allows_content(status::created));
static_assert(!hs::allows_content(status::reset_content) && !hs::find(205)->allows_content());
static_assert(hs::is_cacheable_by_default(status::gone) && !hs::is_cacheable_by_default(status::conflict));

static_assert(hs::status_v<503> == status::service_unavailable);
namespace literal_check {
using namespace hs::literals;
static_assert(511_status == status::network_authentication_required && 1'0'0_status == status::continue_);
// How the literal's digits read: a lone 0 is decimal; a leading 0 before another digit (octal), a 0x
// and a floating literal are refused; a long literal stops at 1000 (compile_fail/literal_*.cpp).
static_assert(hs::detail::decimal_literal_value<'0'>() == 0 && hs::detail::decimal_literal_value<'4'>() == 4);
static_assert(hs::detail::decimal_literal_value<'0', '7'>() == -1 &&
              hs::detail::decimal_literal_value<'0', '0'>() == -1);
static_assert(hs::detail::decimal_literal_value<'0', 'x', '1'>() == -1 &&
              hs::detail::decimal_literal_value<'4', '.', '0'>() == -1);  // 4.0_status: a floating literal
static_assert(hs::detail::decimal_literal_value<'1', '0', '0', '0'>() == 1000 &&
              hs::detail::decimal_literal_value<'1', '0', '0', '1'>() == 1000 &&
              hs::detail::decimal_literal_value<'9', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9', '9'>() ==
                  1000);
static_assert(hs::detail::decimal_literal_value<'9', '9', '9'>() == 999 &&
              hs::detail::decimal_literal_value<'1', '\'', '0', '0'>() == 100);
}  // namespace literal_check
