// SPDX-License-Identifier: MIT
// httpstatus as a C++20 module: `import httpstatus;` gives every public name of
// <httpstatus/httpstatus.hpp> and of the opt-in headers that need nothing but the standard library
// (the unofficial codes, the status line, Retry-After, the field rules, HTTP versions, the response
// checker and gRPC). The
// headers stay the library; this unit only exports their names, so the two cannot differ in
// behaviour. Macros do not cross a module boundary: the version macros (HTTPSTATUS_VERSION_*) need
// the header. The headers that plug into another library (ostream, fmt, format, error_code, json,
// problem, qt) are included before the import (docs/modules.md).
// Building it: docs/modules.md. tests/module checks that every public name of these headers is
// exported here, and uses each one through `import httpstatus;`.
module;

#include <httpstatus/check.hpp>
#include <httpstatus/field_rules.hpp>
#include <httpstatus/grpc.hpp>
#include <httpstatus/http_versions.hpp>
#include <httpstatus/httpstatus.hpp>
#include <httpstatus/retry_after.hpp>
#include <httpstatus/status_line.hpp>
#include <httpstatus/unofficial.hpp>

export module httpstatus;

export namespace httpstatus {

// The enums, and the text and number of their values.
using httpstatus::registration;
using httpstatus::retry;
using httpstatus::status;
using httpstatus::status_class;
using httpstatus::to_int;
using httpstatus::to_string;

// The entry and the tables.
using httpstatus::entry_span;
using httpstatus::matches;
using httpstatus::name_list;
using httpstatus::registry;
using httpstatus::search_results;
using httpstatus::status_info;
using httpstatus::table;

// Lookups over several tables, in order.
using httpstatus::find_in;
using httpstatus::from_name_in;

// The lookups.
using httpstatus::all;
using httpstatus::allows_content;
using httpstatus::class_of;
using httpstatus::description;
using httpstatus::enumerator_name;
using httpstatus::find;
using httpstatus::from_name;
using httpstatus::is_cacheable_by_default;
using httpstatus::is_client_error;
using httpstatus::is_error;
using httpstatus::is_informational;
using httpstatus::is_redirection;
using httpstatus::is_registered;
using httpstatus::is_server_error;
using httpstatus::is_successful;
using httpstatus::parse;
using httpstatus::reason_phrase;
using httpstatus::reference_url;
using httpstatus::search;
using httpstatus::to_any_status;
using httpstatus::to_status;
using httpstatus::url;

// What a code means for the program that sends or receives it.
using httpstatus::follows_location;
using httpstatus::is_permanent_redirect;
using httpstatus::never_has_content;
using httpstatus::preserves_method;
using httpstatus::retry_after_applies;
using httpstatus::retry_of;

// What a request method is.
using httpstatus::is_idempotent_method;
using httpstatus::is_safe_method;

// Codes checked at compile time.
using httpstatus::status_in;
using httpstatus::status_v;

namespace literals {
using httpstatus::literals::operator""_status;
}  // namespace literals

// <httpstatus/status_line.hpp>: a whole status line.
using httpstatus::parse_status_line;
using httpstatus::status_line;
using httpstatus::status_line_for;

// <httpstatus/retry_after.hpp>: the delay a Retry-After value asks for.
using httpstatus::parse_retry_after;
using httpstatus::retry_after_max;

// <httpstatus/field_rules.hpp>: the header fields the RFCs tie to each code.
using httpstatus::field_rule;
using httpstatus::field_rule_list;
using httpstatus::field_rules;
using httpstatus::head_shows;
using httpstatus::requirement;
using httpstatus::rule_condition;

// <httpstatus/http_versions.hpp>: what HTTP/2 and HTTP/3 change.
using httpstatus::allows_field;
using httpstatus::carries_code;
using httpstatus::carries_reason_phrase;
using httpstatus::http_version;
using httpstatus::is_connection_specific;
using httpstatus::version_fact;

// <httpstatus/check.hpp>: a response head against the grammar and its code's field rules.
using httpstatus::check_report;
using httpstatus::check_response;
using httpstatus::finding;

// <httpstatus/unofficial.hpp>: codes in use that the registry does not have.
namespace unofficial {
using httpstatus::unofficial::all;
using httpstatus::unofficial::codes;
using httpstatus::unofficial::description;
using httpstatus::unofficial::find;
using httpstatus::unofficial::find_any;
using httpstatus::unofficial::from_name;
using httpstatus::unofficial::is_unofficial;
using httpstatus::unofficial::reason_phrase;
using httpstatus::unofficial::reason_phrase_any;
using httpstatus::unofficial::search;
}  // namespace unofficial

// <httpstatus/grpc.hpp>: gRPC's codes and the two published mappings.
namespace grpc {
using httpstatus::grpc::code;
using httpstatus::grpc::from_http;
using httpstatus::grpc::to_http;
using httpstatus::grpc::to_string;
}  // namespace grpc

}  // namespace httpstatus
