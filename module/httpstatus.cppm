// SPDX-License-Identifier: MIT
// httpstatus as a C++20 module: `import httpstatus;` gives every public name of
// <httpstatus/httpstatus.hpp>. The header stays the library; this unit only exports its names, so
// the two cannot differ in behaviour. Macros do not cross a module boundary: the version macros
// (HTTPSTATUS_VERSION_*) need the header.
// Building it: docs/modules.md. tests/module checks that every public name of the header is
// exported here, and uses each one through `import httpstatus;`.
module;

#include <httpstatus/httpstatus.hpp>

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

}  // namespace httpstatus
