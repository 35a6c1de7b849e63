// SPDX-License-Identifier: MIT
// Uses every public name of the headers the module covers (<httpstatus/httpstatus.hpp> and the
// opt-in headers that need only the standard library) through `import httpstatus;`: a name the
// module does not export fails to compile here, and exports.cmake fails when a public name of those
// headers is missing from this file. A header that plugs into another library, included before the
// import as docs/modules.md says, works beside it.
#include <httpstatus/ostream.hpp>

#include <chrono>
#include <cstdio>
#include <iterator>
#include <optional>
#include <sstream>
#include <string_view>

import httpstatus;

namespace {

using namespace std::string_view_literals;
using namespace httpstatus::literals;
using httpstatus::registration;
using httpstatus::status;
using httpstatus::status_class;

// A table of a program's own, which the module's table template must build and check.
constexpr httpstatus::table own_codes{{
    httpstatus::status_info{status{461}, "Quota Exceeded", "The account's quota is used up."},
    httpstatus::status_info{status{561}, "Upstream Refused", "A service behind this one refused.", "Internal",
                            httpstatus::name_list{"Refused"}, registration::unused},
}};

// Compile-time answers, through the module.
static_assert(httpstatus::status_v<404> == status::not_found);
static_assert(404_status == status::not_found);
static_assert(httpstatus::to_int(status::im_a_teapot) == 418);
static_assert(httpstatus::reason_phrase(404) == "Not Found");
static_assert(own_codes.size() == 2 && own_codes.contains(461));
static_assert(httpstatus::status_in<own_codes, 461> == status{461});
static_assert(httpstatus::find_in(561, httpstatus::registry, own_codes)->name == "Upstream Refused");
static_assert(httpstatus::from_name_in("quota exceeded"sv, httpstatus::registry, own_codes) == status{461});

// The opt-in headers the module covers: a code's field rules, found by field.
constexpr httpstatus::field_rule rule_for(int code, std::string_view field) noexcept {
    const httpstatus::field_rule_list rules = httpstatus::field_rules(code);
    for (const httpstatus::field_rule& rule : rules)
        if (rule.field == field) return rule;
    return {};
}
static_assert(rule_for(405, "Allow").level == httpstatus::requirement::must);
static_assert(httpstatus::to_string(rule_for(405, "Allow").condition).empty());
static_assert(rule_for(200, "ETag").condition == httpstatus::rule_condition::to_get_or_head);
static_assert(!httpstatus::head_shows(httpstatus::rule_condition::to_get_or_head));
static_assert(httpstatus::field_rules(status::ok).size() == 5);
static_assert(!httpstatus::carries_code(httpstatus::http_version::http_2, 101));
static_assert(!httpstatus::carries_reason_phrase(httpstatus::http_version::http_3).holds);
static_assert(httpstatus::is_connection_specific("Upgrade"sv));
static_assert(!httpstatus::version_fact{httpstatus::allows_field(httpstatus::http_version::http_2, "Connection"sv)});
static_assert(httpstatus::parse_status_line("HTTP/1.1 404 Not Found"sv)->code == status::not_found);
static_assert(httpstatus::status_line{}.version_major == 0);
static_assert(httpstatus::status_line_for(404) == "HTTP/1.1 404 Not Found\r\n");
static_assert(httpstatus::parse_retry_after("120"sv, 0) == std::chrono::seconds{120});
static_assert(httpstatus::retry_after_max.count() > 0);
static_assert(httpstatus::unofficial::is_unofficial(499) && httpstatus::unofficial::codes.size() > 0);
static_assert(httpstatus::unofficial::reason_phrase(499) == "Client Closed Request");
static_assert(!httpstatus::unofficial::description(499).empty() && httpstatus::unofficial::find(499) != nullptr);
static_assert(httpstatus::unofficial::from_name("client closed request"sv) == status{499});
static_assert(httpstatus::unofficial::find_any(404)->name == "Not Found");
static_assert(httpstatus::unofficial::reason_phrase_any(499) == "Client Closed Request");
static_assert(httpstatus::unofficial::all().size() == httpstatus::unofficial::codes.size());
static_assert(httpstatus::unofficial::search("closed").size() >= 1);
static_assert(!httpstatus::check_response("HTTP/1.1 405 Method Not Allowed\r\n\r\n"sv).conforms());
static_assert(httpstatus::check_response("HTTP/1.1 204 No Content\r\n\r\n"sv, "GET"sv).conforms());
static_assert(httpstatus::check_report{}.empty() && !httpstatus::check_report{}.conforms());
static_assert(
    !httpstatus::finding{"ETag"sv, httpstatus::requirement::should, "missing"sv, ""sv, false}.breaks_conformance());
static_assert(httpstatus::grpc::to_http(httpstatus::grpc::code::not_found) == status::not_found);
static_assert(httpstatus::grpc::from_http(404) == httpstatus::grpc::code::unimplemented);
static_assert(httpstatus::grpc::to_string(httpstatus::grpc::code::ok) == "OK");

}  // namespace

int main() {
    const httpstatus::status_info& not_found = *httpstatus::find(404);
    const httpstatus::entry_span registry = httpstatus::registry;
    const httpstatus::search_results teapot = httpstatus::search("teapot");
    std::ostringstream printed;
    printed << status::not_found;
    const bool checks[] = {
        httpstatus::to_string(status_class::client_error) == "Client Error",
        httpstatus::to_int(status::ok) == 200,
        not_found.name == "Not Found" && not_found.class_ == status_class::client_error,
        not_found.state == registration::active && not_found.aliases.empty(),
        httpstatus::name_list{"A;B"}.size() == 2,
        httpstatus::matches(not_found, "found"),
        httpstatus::search_results(registry, "found").size() == httpstatus::search("found").size(),
        teapot.size() == 1 && teapot[0].value() == 418,
        registry.size() == httpstatus::all().size() && registry[0].value() == 100,
        httpstatus::find(status::gone)->value() == 410 && httpstatus::find(299) == nullptr,
        httpstatus::is_registered(503) && !httpstatus::is_registered(299),
        httpstatus::is_registered(status::ok),
        httpstatus::to_status(404) == status::not_found && !httpstatus::to_status(299),
        httpstatus::reason_phrase(status::gone) == "Gone" && httpstatus::reason_phrase(299).empty(),
        httpstatus::description(404) == not_found.description,
        httpstatus::class_of(299) == status_class::successful && !httpstatus::class_of(600),
        httpstatus::is_informational(100) && httpstatus::is_successful(204) && httpstatus::is_redirection(308),
        httpstatus::is_client_error(status::not_found) && httpstatus::is_server_error(503) && httpstatus::is_error(500),
        !httpstatus::allows_content(204) && httpstatus::allows_content(status::ok),
        httpstatus::is_cacheable_by_default(404) && !httpstatus::is_cacheable_by_default(201),
        httpstatus::never_has_content(304) && !httpstatus::never_has_content(status::reset_content),
        httpstatus::follows_location(307) && httpstatus::preserves_method(status::permanent_redirect),
        httpstatus::is_permanent_redirect(301) && httpstatus::retry_after_applies(status::service_unavailable),
        httpstatus::retry_of(502) == httpstatus::retry::if_idempotent,
        httpstatus::to_any_status(299) == status{299} && !httpstatus::to_any_status(600),
        httpstatus::reference_url(404) == "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5",
        httpstatus::reference_url(not_found).view() == httpstatus::reference_url(404) && httpstatus::url{}.empty() &&
            httpstatus::reference_url(own_codes[0]).empty(),
        httpstatus::from_name("not found"sv) == status::not_found && !httpstatus::from_name("nothing"sv),
        httpstatus::parse("404 Not Found"sv) == status::not_found && !httpstatus::parse("4040"sv),
        httpstatus::enumerator_name(status::im_a_teapot) == "unused_418" && httpstatus::enumerator_name(299).empty(),
        httpstatus::is_safe_method("GET"sv) && httpstatus::is_idempotent_method("PUT"sv),
        own_codes.find(461)->name == "Quota Exceeded" && own_codes.from_name("refused"sv) == status{561},
        own_codes.search("quota").size() == 1,
        printed.str() == "404 Not Found",
    };
    int passed = 0;
    int failed = 0;
    for (const bool ok : checks) (ok ? passed : failed) += 1;
    std::printf("import httpstatus: %d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
