// SPDX-License-Identifier: MIT
// httpstatus and Boost.Beast: converting between httpstatus::status and beast::http::status.
// Both enums use the code as the value, so a conversion is a cast; the static_asserts below check
// that every code Beast names has the same number here, and the program lists where names differ.
#include <ostream>  // Boost 1.74's string_view.hpp uses std::ostream without including it

#include <boost/beast/http/status.hpp>
#include <httpstatus/httpstatus.hpp>
#include <httpstatus/unofficial.hpp>

#include <cstdio>
#include <string_view>

namespace http = boost::beast::http;
using httpstatus::status;

// snippet-begin
// To Beast: the code is the value. Beast's response::result(unsigned) keeps codes Beast does not name.
constexpr http::status to_beast(status s) noexcept { return static_cast<http::status>(httpstatus::to_int(s)); }

// From Beast: the same. Read result_int() rather than result(), which is status::unknown for
// codes Beast does not name (103, 425, ...).
constexpr status from_beast(http::status s) noexcept { return static_cast<status>(static_cast<unsigned>(s)); }
// snippet-end

namespace {
struct pair {
    http::status beast;
    status ours;
};
// Every enumerator of beast::http::status (Boost 1.74) beside ours.
constexpr pair beast_codes[] = {
    {http::status::continue_, status::continue_},
    {http::status::switching_protocols, status::switching_protocols},
    {http::status::processing, status::processing},
    {http::status::ok, status::ok},
    {http::status::created, status::created},
    {http::status::accepted, status::accepted},
    {http::status::non_authoritative_information, status::non_authoritative_information},
    {http::status::no_content, status::no_content},
    {http::status::reset_content, status::reset_content},
    {http::status::partial_content, status::partial_content},
    {http::status::multi_status, status::multi_status},
    {http::status::already_reported, status::already_reported},
    {http::status::im_used, status::im_used},
    {http::status::multiple_choices, status::multiple_choices},
    {http::status::moved_permanently, status::moved_permanently},
    {http::status::found, status::found},
    {http::status::see_other, status::see_other},
    {http::status::not_modified, status::not_modified},
    {http::status::use_proxy, status::use_proxy},
    {http::status::temporary_redirect, status::temporary_redirect},
    {http::status::permanent_redirect, status::permanent_redirect},
    {http::status::bad_request, status::bad_request},
    {http::status::unauthorized, status::unauthorized},
    {http::status::payment_required, status::payment_required},
    {http::status::forbidden, status::forbidden},
    {http::status::not_found, status::not_found},
    {http::status::method_not_allowed, status::method_not_allowed},
    {http::status::not_acceptable, status::not_acceptable},
    {http::status::proxy_authentication_required, status::proxy_authentication_required},
    {http::status::request_timeout, status::request_timeout},
    {http::status::conflict, status::conflict},
    {http::status::gone, status::gone},
    {http::status::length_required, status::length_required},
    {http::status::precondition_failed, status::precondition_failed},
    {http::status::payload_too_large, status::payload_too_large},
    {http::status::uri_too_long, status::uri_too_long},
    {http::status::unsupported_media_type, status::unsupported_media_type},
    {http::status::range_not_satisfiable, status::range_not_satisfiable},
    {http::status::expectation_failed, status::expectation_failed},
    {http::status::misdirected_request, status::misdirected_request},
    {http::status::unprocessable_entity, status::unprocessable_entity},
    {http::status::locked, status::locked},
    {http::status::failed_dependency, status::failed_dependency},
    {http::status::upgrade_required, status::upgrade_required},
    {http::status::precondition_required, status::precondition_required},
    {http::status::too_many_requests, status::too_many_requests},
    {http::status::request_header_fields_too_large, status::request_header_fields_too_large},
    {http::status::unavailable_for_legal_reasons, status::unavailable_for_legal_reasons},
    {http::status::internal_server_error, status::internal_server_error},
    {http::status::not_implemented, status::not_implemented},
    {http::status::bad_gateway, status::bad_gateway},
    {http::status::service_unavailable, status::service_unavailable},
    {http::status::gateway_timeout, status::gateway_timeout},
    {http::status::http_version_not_supported, status::http_version_not_supported},
    {http::status::variant_also_negotiates, status::variant_also_negotiates},
    {http::status::insufficient_storage, status::insufficient_storage},
    {http::status::loop_detected, status::loop_detected},
    {http::status::not_extended, status::not_extended},
    {http::status::network_authentication_required, status::network_authentication_required},
    // Beast also names three codes that are not registered; they are in httpstatus/unofficial.hpp.
    {http::status::connection_closed_without_response, static_cast<status>(444)},
    {http::status::client_closed_request, static_cast<status>(499)},
    {http::status::network_connect_timeout_error, static_cast<status>(599)},
};

constexpr bool same_numbers() noexcept {
    for (const pair& p : beast_codes)
        if (static_cast<unsigned>(p.beast) != static_cast<unsigned>(httpstatus::to_int(p.ours))) return false;
    return true;
}
constexpr bool registered_or_unofficial() noexcept {
    for (const pair& p : beast_codes)
        if (!httpstatus::is_registered(p.ours) && !httpstatus::unofficial::is_unofficial(p.ours)) return false;
    return true;
}
static_assert(same_numbers(), "every code Beast names has the same number in httpstatus");
static_assert(registered_or_unofficial(), "every code Beast names is registered or in the unofficial table");
static_assert(from_beast(to_beast(status::early_hints)) == status::early_hints, "codes Beast lacks survive");

std::string_view view(boost::beast::string_view s) { return {s.data(), s.size()}; }
}  // namespace

int main() {
    // Where Beast and httpstatus differ: codes one of them lacks, and names that are not the same.
    int differences = 0;
    for (int code = 100; code <= 599; ++code) {
        const http::status beast = http::int_to_status(static_cast<unsigned>(code));
        const bool in_beast = beast != http::status::unknown;
        const bool registered = httpstatus::is_registered(code);
        if (!in_beast && !registered) continue;
        const std::string_view ours = httpstatus::unofficial::reason_phrase_any(code);
        const std::string_view theirs = in_beast ? view(http::obsolete_reason(beast)) : std::string_view{};
        if (registered && theirs == ours) continue;
        ++differences;
        std::printf("%d %.*s%s: ", code, static_cast<int>(ours.size()), ours.data(), registered ? "" : " (unofficial)");
        if (!in_beast) {
            std::printf("not in Beast\n");
        } else if (theirs == ours) {
            std::printf("Beast has it too\n");
        } else {
            std::printf("Beast says \"%.*s\"\n", static_cast<int>(theirs.size()), theirs.data());
        }
    }
    std::printf("%d differences\n", differences);
    return 0;
}
