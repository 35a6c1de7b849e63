// httpstatus: HTTP response status codes as one constexpr table and a typed enum.
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The httpstatus authors. See LICENSE.
//
// The data follows the IANA HTTP Status Code Registry and RFC 9110. Every function is constexpr and
// noexcept, allocates nothing, throws nothing and needs no RTTI; any int, and any value cast into
// `status`, is a valid argument.
//
// This file reads top-down as the API: the enums, the entry type, the table type, the functions,
// the compile-time checked codes. The registry's rows are in detail/registry.hpp; the machinery
// (indexes, folding, the search rule, the table rules) is in the other detail/ headers.
#ifndef HTTPSTATUS_HTTPSTATUS_HPP
#define HTTPSTATUS_HTTPSTATUS_HPP

// The version lives here once; CMakeLists.txt reads it from these three lines.
#define HTTPSTATUS_VERSION_MAJOR 1
#define HTTPSTATUS_VERSION_MINOR 9
#define HTTPSTATUS_VERSION_PATCH 1
#define HTTPSTATUS_VERSION \
    (HTTPSTATUS_VERSION_MAJOR * 10000 + HTTPSTATUS_VERSION_MINOR * 100 + HTTPSTATUS_VERSION_PATCH)

// MSVC keeps __cplusplus at 199711L unless /Zc:__cplusplus is given; _MSVC_LANG has the standard.
#if (defined(_MSVC_LANG) && _MSVC_LANG < 201703L) || (!defined(_MSVC_LANG) && __cplusplus < 201703L)
#error "httpstatus needs C++17 or later"
#endif

#include <httpstatus/detail/ascii.hpp>
#include <httpstatus/detail/checked_code.hpp>
#include <httpstatus/detail/code_index.hpp>
#include <httpstatus/detail/literal.hpp>
#include <httpstatus/detail/methods.hpp>
#include <httpstatus/detail/name_index.hpp>
#include <httpstatus/detail/names.hpp>
#include <httpstatus/detail/rfc_reference.hpp>
#include <httpstatus/detail/row_iterator.hpp>
#include <httpstatus/detail/search.hpp>
#include <httpstatus/detail/table_rules.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace httpstatus {

// ---------------------------------------------------------------------------------------------------
// The enums
// ---------------------------------------------------------------------------------------------------

// A status code. Any value 0-65535 may be held; the functions below answer for every one of them.
// Switching on it needs a case per registered code only: the aliases at the end share their code's value.
enum class status : std::uint16_t {
    continue_ = 100,
    switching_protocols = 101,
    processing = 102,
    early_hints = 103,

    ok = 200,
    created = 201,
    accepted = 202,
    non_authoritative_information = 203,
    no_content = 204,
    reset_content = 205,
    partial_content = 206,
    multi_status = 207,
    already_reported = 208,
    im_used = 226,

    multiple_choices = 300,
    moved_permanently = 301,
    found = 302,
    see_other = 303,
    not_modified = 304,
    use_proxy = 305,
    unused_306 = 306,
    temporary_redirect = 307,
    permanent_redirect = 308,

    bad_request = 400,
    unauthorized = 401,
    payment_required = 402,
    forbidden = 403,
    not_found = 404,
    method_not_allowed = 405,
    not_acceptable = 406,
    proxy_authentication_required = 407,
    request_timeout = 408,
    conflict = 409,
    gone = 410,
    length_required = 411,
    precondition_failed = 412,
    content_too_large = 413,
    uri_too_long = 414,
    unsupported_media_type = 415,
    range_not_satisfiable = 416,
    expectation_failed = 417,
    unused_418 = 418,
    misdirected_request = 421,
    unprocessable_content = 422,
    locked = 423,
    failed_dependency = 424,
    too_early = 425,
    upgrade_required = 426,
    precondition_required = 428,
    too_many_requests = 429,
    request_header_fields_too_large = 431,
    unavailable_for_legal_reasons = 451,

    internal_server_error = 500,
    not_implemented = 501,
    bad_gateway = 502,
    service_unavailable = 503,
    gateway_timeout = 504,
    http_version_not_supported = 505,
    variant_also_negotiates = 506,
    insufficient_storage = 507,
    loop_detected = 508,
    not_extended = 510,
    network_authentication_required = 511,

    // Older names still in wide use; each is also in its row's `aliases`.
    moved_temporarily = found,
    payload_too_large = content_too_large,
    requested_range_not_satisfiable = range_not_satisfiable,
    im_a_teapot = unused_418,
    unprocessable_entity = unprocessable_content,
};

// The class of a status code: its first digit (RFC 9110 section 15).
enum class status_class : std::uint8_t {
    informational = 1,
    successful,
    redirection,
    client_error,
    server_error,
};

// Where a code stands in the registry.
enum class registration : std::uint8_t {
    active,
    deprecated,  // 305 Use Proxy
    unused,      // 306 and 418: reserved, never to be sent
    obsoleted,   // 510 Not Extended
};

// May the same request, sent again unchanged, succeed? The answer retry_of() gives for a code, from
// the RFC's words where it has them and from the practice of major clients where it does not
// (docs/semantics.md lists each code with its source).
enum class retry : std::uint8_t {
    unspecified,            // no source says it may: do not resend automatically (most codes)
    no,                     // it will not: 501, 505, the server does not support what the request needs
    yes,                    // it may: 408, 425, 429, 503 (later, or as the RFC says: docs/semantics.md)
    if_idempotent,          // it may, but resend only an idempotent request: 502, 504 (RFC 9110 section 9.2.2)
    if_retry_after,         // only when the response has Retry-After: 413 (RFC 9110 section 15.5.14)
    on_another_connection,  // it may, over a different connection: 421 (RFC 9110 section 15.5.20)
    // A later version may add values here, at the end: a switch over retry wants a default.
};

// The label the status-code page gives a class: "Informational", "Successful", "Redirect",
// "Client Error", "Server Error"; empty for a value outside the enum.
constexpr std::string_view to_string(status_class c) noexcept {
    switch (c) {
    case status_class::informational: return "Informational";
    case status_class::successful: return "Successful";
    case status_class::redirection: return "Redirect";
    case status_class::client_error: return "Client Error";
    case status_class::server_error: return "Server Error";
    }
    return {};
}

// The code as a number.
constexpr int to_int(status s) noexcept { return static_cast<int>(s); }

// ---------------------------------------------------------------------------------------------------
// The entry type
// ---------------------------------------------------------------------------------------------------

// The aliases of a code (its older names): a random-access range of string_views.
class name_list {
public:
    static constexpr std::size_t capacity = 2;
    using value_type = std::string_view;
    using const_iterator = const std::string_view*;
    using iterator = const_iterator;

    constexpr name_list() noexcept = default;
    // From one ';'-separated string, "Payload Too Large;Request Entity Too Large"; implicit, so that
    // a table row can write it as a string. More than `capacity` names do not compile in a constant,
    // and end the program at run time (std::terminate), as a table that breaks a rule does.
    // cppcheck-suppress noExplicitConstructor
    constexpr name_list(std::string_view joined) noexcept {  // NOLINT(google-explicit-constructor)
        while (!joined.empty()) {
            if (size_ == capacity) detail::too_many_aliases();
            const std::size_t separator = joined.find(';');
            names_[size_++] = joined.substr(0, separator);
            joined = separator == std::string_view::npos ? std::string_view{} : joined.substr(separator + 1);
        }
    }

    // The same from a plain string literal, which would otherwise need two conversions.
    // cppcheck-suppress noExplicitConstructor
    constexpr name_list(const char* joined) noexcept
        : name_list(std::string_view(joined)) {}  // NOLINT(google-explicit-constructor)
    name_list(std::nullptr_t) = delete;           // not a string

    constexpr const std::string_view* begin() const noexcept { return names_; }
    constexpr const std::string_view* end() const noexcept { return names_ + size_; }
    constexpr std::size_t size() const noexcept { return size_; }
    constexpr bool empty() const noexcept { return size_ == 0; }
    constexpr std::string_view operator[](std::size_t i) const noexcept { return names_[i]; }

private:
    std::string_view names_[capacity] = {};
    std::size_t size_ = 0;
};

// One entry of a table: a code and what is known of it. A row writes the members in this order and
// may stop after any of them from `name` on: {status{499}, "Client Closed Request", "..."}.
struct status_info {
    // Every member has a default, so that a row may stop early without -Wmissing-field-initializers.
    status code{};
    std::string_view name{};                    // registered name, the reason phrase: "Not Found"
    std::string_view description{};             // what the code means
    std::string_view reference{};               // where it is defined, in UTF-8: "RFC 9110 \xC2\xA7" "15.5.5"
    name_list aliases{};                        // older names still in use: "Payload Too Large", ...
    registration state = registration::active;  // active, deprecated, unused or obsoleted
    bool cacheable = false;                     // heuristically cacheable by default (RFC 9110 section 15.1)
    // From the first digit of the code: set from `code`, never written by a row.
    status_class class_ = static_cast<status_class>(to_int(code) / 100);

    constexpr int value() const noexcept { return to_int(code); }
    constexpr bool is_deprecated() const noexcept { return state == registration::deprecated; }
    constexpr bool is_unused() const noexcept { return state == registration::unused; }
    constexpr bool is_obsoleted() const noexcept { return state == registration::obsoleted; }
    // allows_content(code): defined after that function, below.
    constexpr bool allows_content() const noexcept;
};

// ---------------------------------------------------------------------------------------------------
// Ranges of entries
// ---------------------------------------------------------------------------------------------------

// A view of consecutive entries: random access, constexpr.
class entry_span {
public:
    using value_type = status_info;
    using const_iterator = const status_info*;
    using iterator = const_iterator;

    constexpr entry_span(const status_info* first, std::size_t count) noexcept : first_(first), count_(count) {}
    constexpr const status_info* begin() const noexcept { return first_; }
    constexpr const status_info* end() const noexcept { return first_ + count_; }
    constexpr std::size_t size() const noexcept { return count_; }
    constexpr bool empty() const noexcept { return count_ == 0; }
    constexpr const status_info& operator[](std::size_t i) const noexcept { return first_[i]; }
    constexpr const status_info& front() const noexcept { return first_[0]; }
    constexpr const status_info& back() const noexcept { return first_[count_ - 1]; }

private:
    const status_info* first_;
    std::size_t count_;
};

constexpr std::string_view enumerator_name(int code) noexcept;  // defined below, with the registry

// Does the entry match the query? A query of digits, with 'x's after them if you like ("5", "5xx",
// "41", "404"), matches the codes that begin with those digits. Any other query matches when the
// entry's name, an alias, its class label or the enumerator of its code (enumerator_name) contains
// it, read by from_name's rule (ASCII case ignored, ' ' '_' '-' alike, apostrophes skipped):
// "not_found", "im a teapot", "continue_", "unused_418". An empty query matches every entry.
constexpr bool matches(const status_info& e, std::string_view query) noexcept {
    const detail::search_query folded(query);
    return detail::entry_matches(e, folded, folded.is_in(to_string(e.class_)), enumerator_name(e.value()));
}

// The entries of a table that a search matched, in table order. It holds row numbers and the table's
// address, not the query: it outlives the query and the call, but not the table. No heap is used.
class search_results {
public:
    static constexpr std::size_t capacity = detail::max_rows;  // the most rows a table has
    using iterator = detail::row_iterator<status_info>;
    using const_iterator = iterator;
    using value_type = status_info;

    // The entries of `table` that match the query, by the rule of matches().
    constexpr search_results(entry_span table, std::string_view query) noexcept : table_(table.begin()) {
        const detail::search_query folded(query);
        bool label_matches[6] = {};  // by class digit, tested once rather than once per row
        for (int c = 1; c <= 5; ++c) label_matches[c] = folded.is_in(to_string(static_cast<status_class>(c)));
        for (std::size_t i = 0; i < table.size() && i < capacity; ++i) {
            const auto digit = static_cast<std::size_t>(table[i].class_);
            if (detail::entry_matches(table[i], folded, digit < 6 && label_matches[digit],
                                      enumerator_name(table[i].value())))
                rows_[count_++] = static_cast<std::uint8_t>(i);
        }
    }

    constexpr iterator begin() const noexcept { return {table_, rows_}; }
    constexpr iterator end() const noexcept { return {table_, rows_ + count_}; }
    constexpr std::size_t size() const noexcept { return count_; }
    constexpr bool empty() const noexcept { return count_ == 0; }
    constexpr const status_info& operator[](std::size_t i) const noexcept { return table_[rows_[i]]; }

private:
    const status_info* table_;
    std::uint8_t rows_[capacity] = {};
    std::size_t count_ = 0;
};

// ---------------------------------------------------------------------------------------------------
// The table type: the registry is one, httpstatus/unofficial.hpp's codes another, and a program may
// declare its own (docs/tables.md).
// ---------------------------------------------------------------------------------------------------

// A constexpr table of entries with every lookup. Declare it constexpr, with its rows:
//     constexpr httpstatus::table my_codes{{
//         {httpstatus::status{499}, "Client Closed Request", "The client went away."},
//     }};
// The rows must be in code order, each code once and in 100-599, every name and alias with text, no
// class but the code's first digit, and no name or alias may belong to two rows (but for rows that
// are both registration::unused). A constexpr table that breaks a rule does not compile, and the error
// names the rule and the code: table_error_duplicate_code(520). A table that is not a constant is
// checked when it is built at run time, and one that breaks a rule ends the program (docs/tables.md).
template <std::size_t Size>
class table {
    static_assert(detail::max_rows == 128, "the message below names the limit");
    static_assert(Size <= detail::max_rows, "httpstatus: a table has at most 128 rows");

public:
    using value_type = status_info;
    using const_iterator = const status_info*;
    using iterator = const_iterator;

    constexpr explicit table(const status_info (&rows)[Size]) noexcept : table(detail::rules_checked_by_tests{}, rows) {
        detail::check_table_rules<Size>(*this);
    }

    // For the registry, whose rules tests/tables/table_rules.cpp checks once: checking them wherever
    // httpstatus.hpp is included would make including it cost the compiler a tenth more.
    constexpr table(detail::rules_checked_by_tests /*tag*/, const status_info (&rows)[Size]) noexcept {
        for (std::size_t i = 0; i < Size; ++i) {
            rows_[i] = rows[i];
            const std::size_t slot = detail::code_slot(rows[i].value());
            if (slot < detail::code_count) row_of_code_[slot] = static_cast<std::uint8_t>(i + 1);
        }
    }

    constexpr const status_info* begin() const noexcept { return rows_; }
    constexpr const status_info* end() const noexcept { return rows_ + Size; }
    constexpr std::size_t size() const noexcept { return Size; }
    constexpr const status_info& operator[](std::size_t i) const noexcept { return rows_[i]; }
    constexpr operator entry_span() const noexcept { return {rows_, Size}; }  // NOLINT(google-explicit-constructor)

    // Whether the table has the code.
    constexpr bool contains(int code) const noexcept { return row_of(code) != detail::no_row; }
    constexpr bool contains(status s) const noexcept { return contains(to_int(s)); }

    // The entry of the code; nullptr when the table does not have it.
    constexpr const status_info* find(int code) const noexcept {
        // Decided by row number, never by comparing a row's address with nullptr: GCC's
        // -fsanitize=undefined does not take that comparison as a constant expression.
        const std::uint8_t row = row_of(code);
        return row == detail::no_row ? nullptr : &rows_[row];
    }
    constexpr const status_info* find(status s) const noexcept { return find(to_int(s)); }

    // The name ("Not Found"); empty when the table does not have the code.
    constexpr std::string_view reason_phrase(int code) const noexcept {
        const std::uint8_t row = row_of(code);
        return row == detail::no_row ? std::string_view{} : rows_[row].name;
    }
    constexpr std::string_view reason_phrase(status s) const noexcept { return reason_phrase(to_int(s)); }

    // What the code means; empty when the table does not have the code.
    constexpr std::string_view description(int code) const noexcept {
        const std::uint8_t row = row_of(code);
        return row == detail::no_row ? std::string_view{} : rows_[row].description;
    }
    constexpr std::string_view description(status s) const noexcept { return description(to_int(s)); }

    // Whether the code is heuristically cacheable by default; false when the table does not have it.
    constexpr bool is_cacheable_by_default(int code) const noexcept {
        const std::uint8_t row = row_of(code);
        return row != detail::no_row && rows_[row].cacheable;
    }
    constexpr bool is_cacheable_by_default(status s) const noexcept { return is_cacheable_by_default(to_int(s)); }

    // The code with this name or alias, compared as from_name() compares; nullopt for an unknown
    // name and for one that two (unused) rows share.
    constexpr std::optional<status> from_name(std::string_view name) const noexcept {
        std::uint8_t match = detail::no_row;
        for (std::size_t i = 0; i < Size; ++i) {
            if (!detail::answers_to(rows_[i], name)) continue;
            if (match != detail::no_row) return std::nullopt;
            match = static_cast<std::uint8_t>(i);
        }
        if (match == detail::no_row) return std::nullopt;
        return rows_[match].code;
    }

    // The entries that match the query, by the rule of matches(), in code order.
    constexpr search_results search(std::string_view query) const noexcept { return {*this, query}; }

private:
    constexpr std::uint8_t row_of(int code) const noexcept {
        const std::size_t slot = detail::code_slot(code);
        if (slot == detail::code_count || row_of_code_[slot] == 0) return detail::no_row;
        return static_cast<std::uint8_t>(row_of_code_[slot] - 1);
    }

    status_info rows_[Size] = {};
    // The row of each code 100-599, plus one: 0 is no row, so that the array starts empty without a
    // loop (filling 500 bytes with another value cost every unit that includes the header 3%).
    std::uint8_t row_of_code_[detail::code_count] = {};
};
// The size is the number of rows: `constexpr table t{{...}};`.
template <std::size_t Size>
table(const status_info (&)[Size]) -> table<Size>;
template <std::size_t Size>
table(detail::rules_checked_by_tests, const status_info (&)[Size]) -> table<Size>;

// The entry of the code in the first of the tables that has it, in the order given; nullptr when none
// has it: find_in(499, registry, my_codes, unofficial::codes).
template <std::size_t First, std::size_t... Rest>
constexpr const status_info* find_in(int code, const table<First>& first, const table<Rest>&... rest) noexcept {
    if constexpr (sizeof...(Rest) == 0) {
        return first.find(code);
    } else {
        // Decided by contains(), never by comparing find()'s answer with nullptr (see table::find).
        return first.contains(code) ? first.find(code) : find_in(code, rest...);
    }
}
template <std::size_t First, std::size_t... Rest>
constexpr const status_info* find_in(status s, const table<First>& first, const table<Rest>&... rest) noexcept {
    return find_in(to_int(s), first, rest...);
}

// The code with this name or alias in the first of the tables that answers to it, in the order given,
// each compared as from_name() compares; nullopt when none does.
template <std::size_t First, std::size_t... Rest>
constexpr std::optional<status> from_name_in(std::string_view name, const table<First>& first,
                                             const table<Rest>&... rest) noexcept {
    if constexpr (sizeof...(Rest) == 0) {
        return first.from_name(name);
    } else {
        const std::optional<status> found = first.from_name(name);
        return found ? found : from_name_in(name, rest...);
    }
}

}  // namespace httpstatus

// The registry's rows, as a table: it needs the table type above.
#include <httpstatus/detail/registry.hpp>
// reason_phrase's and from_name's indexes of the registry, as data written from its rows.
#include <httpstatus/detail/registry_index.hpp>

namespace httpstatus {

// ---------------------------------------------------------------------------------------------------
// The registry and its lookups
// ---------------------------------------------------------------------------------------------------

// Every registered code, sorted by code: the IANA HTTP Status Code Registry as a table.
inline constexpr const auto& registry = detail::registry_table;

// The same entries as a span.
constexpr entry_span all() noexcept { return registry; }

// The entry of a registered code; nullptr for any other value.
constexpr const status_info* find(int code) noexcept { return registry.find(code); }
constexpr const status_info* find(status s) noexcept { return registry.find(s); }

constexpr bool is_registered(int code) noexcept { return registry.contains(code); }
constexpr bool is_registered(status s) noexcept { return registry.contains(s); }

// The enumerator of a registered code; nullopt for any other value. For a code read from the wire,
// which may be one the registry does not have, use to_any_status.
constexpr std::optional<status> to_status(int code) noexcept {
    if (!is_registered(code)) return std::nullopt;
    return static_cast<status>(code);
}

// Any code 100-599 as a status, registered or not: a client that reads 299 keeps 299 and understands
// it by its class (RFC 9110 section 15). nullopt outside 100-599.
constexpr std::optional<status> to_any_status(int code) noexcept {
    if (code < detail::min_code || code > detail::max_code) return std::nullopt;
    return static_cast<status>(code);
}

// The registered name ("Not Found"); empty when the code is not registered. The hot path: one
// compare, and one load of where the name is in one text of names (detail/code_index.hpp).
constexpr std::string_view reason_phrase(int code) noexcept {
    if (static_cast<unsigned>(code) > static_cast<unsigned>(detail::max_code)) return {};
    const char* at = detail::registry_phrase_at + static_cast<std::size_t>(code) * detail::text_at_size;
    return {detail::registry_phrases + detail::read_u16(at), detail::byte_at(at, 2)};
}
constexpr std::string_view reason_phrase(status s) noexcept { return reason_phrase(to_int(s)); }

// What the code means; empty when the code is not registered.
constexpr std::string_view description(int code) noexcept { return registry.description(code); }
constexpr std::string_view description(status s) noexcept { return registry.description(s); }

namespace detail {
// A registered code's text in one of the generated indexes that hold a text per registry row (the
// RFC Editor addresses, the enumerators): `at` holds each row's offset and size into `texts`. Empty
// for a code the registry does not have.
constexpr std::string_view registry_row_text(int code, const char* at, const char* texts) noexcept {
    // Decided by contains(), never by comparing find()'s answer with nullptr (see table::find).
    if (!registry.contains(code)) return {};
    const auto row = static_cast<std::size_t>(registry.find(code) - registry.begin());
    const char* row_at = at + row * text_at_size;
    return {texts + read_u16(row_at), byte_at(row_at, 2)};
}
}  // namespace detail

// The RFC Editor address of the section that defines the code,
// "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5"; empty when the code is not registered.
// The text has static storage.
constexpr std::string_view reference_url(int code) noexcept {
    return detail::registry_row_text(code, detail::registry_reference_url_at, detail::registry_reference_urls);
}
constexpr std::string_view reference_url(status s) noexcept { return reference_url(to_int(s)); }

// An address held in the value, as reference_url gives it for an entry of any table: an own table's
// address is text that exists nowhere else, so the value holds it, up to `capacity` characters, with
// no heap. Keep the url while its view is used, as one would a std::string.
class url {
public:
    static constexpr std::size_t capacity = detail::max_address_size;

    constexpr std::string_view view() const noexcept { return {text_, size_}; }
    constexpr std::size_t size() const noexcept { return size_; }
    constexpr bool empty() const noexcept { return size_ == 0; }

private:
    friend constexpr url reference_url(const status_info& entry) noexcept;
    char text_[capacity] = {};
    std::size_t size_ = 0;
};

// The RFC Editor address of the section an entry's reference names, for an entry of any table:
// "RFC 9110 \xC2\xA7" "15.5.5" (as the registry writes it) or "RFC 9110, Section 15.5.5" gives
// "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5". Empty for a reference that is not one
// RFC section ("nginx", "RFC 9110", "RFC 9110 \xC2\xA7" "15.5.5 and RFC 7231"). For a registry entry
// it is reference_url(entry.code).
constexpr url reference_url(const status_info& entry) noexcept {
    url address;
    address.size_ = detail::write_section_address(entry.reference, address.text_);
    return address;
}

// The class of any code 100-599, registered or not (RFC 9110 section 15: a client understands a code by its
// class); nullopt outside.
constexpr std::optional<status_class> class_of(int code) noexcept {
    if (code < detail::min_code || code > detail::max_code) return std::nullopt;
    return static_cast<status_class>(code / 100);
}
constexpr std::optional<status_class> class_of(status s) noexcept { return class_of(to_int(s)); }

// Whether a code is in a class; false outside 100-599. They compare ints, never an
// optional<status_class>: such a comparison would make GCC instantiate
// std::is_error_condition_enum<status_class> wherever <system_error> is visible, before
// httpstatus/error_code.hpp could specialize it.
constexpr bool is_informational(int code) noexcept { return code >= 100 && code <= 199; }
constexpr bool is_successful(int code) noexcept { return code >= 200 && code <= 299; }
constexpr bool is_redirection(int code) noexcept { return code >= 300 && code <= 399; }
constexpr bool is_client_error(int code) noexcept { return code >= 400 && code <= 499; }
constexpr bool is_server_error(int code) noexcept { return code >= 500 && code <= 599; }
constexpr bool is_error(int code) noexcept { return code >= 400 && code <= 599; }
constexpr bool is_informational(status s) noexcept { return is_informational(to_int(s)); }
constexpr bool is_successful(status s) noexcept { return is_successful(to_int(s)); }
constexpr bool is_redirection(status s) noexcept { return is_redirection(to_int(s)); }
constexpr bool is_client_error(status s) noexcept { return is_client_error(to_int(s)); }
constexpr bool is_server_error(status s) noexcept { return is_server_error(to_int(s)); }
constexpr bool is_error(status s) noexcept { return is_error(to_int(s)); }

// Whether a response with this code is heuristically cacheable by default (RFC 9110 section 15.1, RFC 7725 section 3).
constexpr bool is_cacheable_by_default(int code) noexcept { return registry.is_cacheable_by_default(code); }
constexpr bool is_cacheable_by_default(status s) noexcept { return is_cacheable_by_default(to_int(s)); }

// ---------------------------------------------------------------------------------------------------
// What a code means for the program that sends or receives it (docs/semantics.md). Each answers for
// any code 100-599, registered or not, and is false (or retry::unspecified) outside. A code that is
// not registered means what its class's x00 code means (RFC 9110 section 15): 299 allows content, 399
// is not followed.
// ---------------------------------------------------------------------------------------------------

// The sender's question: may a response with this code carry content? Not 1xx, 204 or 304, which
// never have any (RFC 9110 section 6.4.1), nor 205, in which a server must not generate content (section 15.3.6).
constexpr bool allows_content(int code) noexcept {
    return code >= 200 && code <= detail::max_code && code != 204 && code != 205 && code != 304;
}
constexpr bool allows_content(status s) noexcept { return allows_content(to_int(s)); }

// The receiver's question, for framing: does a response with this code end at the empty line after
// its header section, whatever Content-Length or Transfer-Encoding say? 1xx, 204 and 304 do (RFC 9112
// section 6.3, rule 1). A 205 is framed like any response (with Content-Length: 0, say), so it is not
// one of them. The code is not all a parser asks: a response to HEAD, and a 2xx to CONNECT, have no
// content either (rules 1 and 2).
constexpr bool never_has_content(int code) noexcept {
    return (code >= 100 && code <= 199) || code == 204 || code == 304;
}
constexpr bool never_has_content(status s) noexcept { return never_has_content(to_int(s)); }

// Whether browsers follow the Location of a response with this code automatically: 301, 302, 303,
// 307 and 308, the redirect statuses of the Fetch Standard (Go's client follows the same five). RFC
// 9110 section 15.4 is wider: a user agent may follow a Location with any 3xx, and curl -L does.
// Not 300 (the user picks one of several choices), 304 (it answers a conditional request), 305
// (deprecated) or 306 (unused).
constexpr bool follows_location(int code) noexcept {
    return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
}
constexpr bool follows_location(status s) noexcept { return follows_location(to_int(s)); }

// Whether the redirected request keeps the method and content: 307 and 308, whose user agent must
// not change the method (RFC 9110 sections 15.4.8, 15.4.9). After 301 or 302 a user agent may change
// POST to GET (sections 15.4.2, 15.4.3); after 303 it sends GET or HEAD (section 15.4.4).
constexpr bool preserves_method(int code) noexcept { return code == 307 || code == 308; }
constexpr bool preserves_method(status s) noexcept { return preserves_method(to_int(s)); }

// Whether the redirect is permanent, so that a client able to edit links ought to re-link to the new
// URI: 301 and 308 (RFC 9110 sections 15.4.2, 15.4.9). 302, 303 and 307 are temporary.
constexpr bool is_permanent_redirect(int code) noexcept { return code == 301 || code == 308; }
constexpr bool is_permanent_redirect(status s) noexcept { return is_permanent_redirect(to_int(s)); }

// Whether a Retry-After header field has a defined meaning with this code: any 3xx and 503 (RFC 9110
// section 10.2.3), 413 (section 15.5.14) and 429 (RFC 6585 section 4).
constexpr bool retry_after_applies(int code) noexcept {
    return (code >= 300 && code <= 399) || code == 413 || code == 429 || code == 503;
}
constexpr bool retry_after_applies(status s) noexcept { return retry_after_applies(to_int(s)); }

// May the same request, sent again unchanged, succeed? See `retry` for the answers and
// docs/semantics.md for each code's source.
constexpr retry retry_of(int code) noexcept {
    switch (code) {
    case 408:  // RFC 9110 section 15.5.9: the client may repeat the request, on a new connection if need be
    case 425:  // RFC 8470 section 5.2: the user agent should retry, not in early data
    case 429:  // RFC 6585 section 4: rate limited; Retry-After may say how long to wait
    case 503:  // RFC 9110 section 15.6.4: a temporary condition, likely alleviated after some delay
        return retry::yes;
    case 421:  // RFC 9110 section 15.5.20: the client may retry over a different connection, whatever the method
        return retry::on_another_connection;
    case 502:  // practice: a gateway's upstream failed, and may have acted on the request
    case 504: return retry::if_idempotent;
    case 413:  // RFC 9110 section 15.5.14: Retry-After says the condition is temporary
        return retry::if_retry_after;
    case 501:  // RFC 9110 section 15.6.2: the server does not support the functionality
    case 505:  // RFC 9110 section 15.6.6: nor the major version of HTTP the request used
        return retry::no;
    default: return retry::unspecified;
    }
}
constexpr retry retry_of(status s) noexcept { return retry_of(to_int(s)); }

constexpr bool status_info::allows_content() const noexcept { return httpstatus::allows_content(value()); }

// The code with this registered name or alias. ASCII case is ignored, ' ', '_' and '-' are alike and
// apostrophes are skipped: "not found", "NOT_FOUND", "Payload Too Large", "im_a_teapot" all work.
// nullopt for an unknown name, and for "(Unused)", which names both 306 and 418.
constexpr std::optional<status> from_name(std::string_view name) noexcept {
    const std::uint16_t code = detail::find_code_by_name(detail::registry_name_table, name);
    if (code == 0) return std::nullopt;
    return static_cast<status>(code);
}

// The enumerator of a registered code, as the enum spells it: "not_found", "continue_", "unused_418".
// An alias has its code's value, so enumerator_name(status::im_a_teapot) is "unused_418", the code's
// own enumerator. Empty for any value without one (299, 0, 700). The text has static storage.
constexpr std::string_view enumerator_name(int code) noexcept {
    return detail::registry_row_text(code, detail::registry_enumerator_at, detail::registry_enumerators);
}
constexpr std::string_view enumerator_name(status s) noexcept { return enumerator_name(to_int(s)); }

// The code at the start of a status line's tail: exactly three digits, 100-599, alone or followed by
// one space and a reason phrase (RFC 9112 section 4). Codes that are not registered are accepted
// ("299 Whatever" gives status 299). The phrase's text is not compared with anything, but its bytes
// must be those the grammar allows: HTAB, SP, VCHAR and obs-text, so a NUL, CR, LF, other control or
// DEL gives nullopt, as does anything else that is not this grammar.
constexpr std::optional<status> parse(std::string_view text) noexcept {
    if (text.size() < 3 || (text.size() > 3 && text[3] != ' ')) return std::nullopt;
    if (!detail::is_digit(text[0]) || !detail::is_digit(text[1]) || !detail::is_digit(text[2])) return std::nullopt;
    const int code = (text[0] - '0') * 100 + (text[1] - '0') * 10 + (text[2] - '0');
    if (code < detail::min_code || code > detail::max_code) return std::nullopt;
    for (std::size_t i = 4; i < text.size(); ++i)
        if (!detail::is_reason_phrase_char(text[i])) return std::nullopt;
    return static_cast<status>(code);
}

// Whether a request method is safe, essentially read-only (RFC 9110 section 9.2.1), as the IANA HTTP
// Method Registry marks it. Methods are case-sensitive (RFC 9110 section 9.1): "get" is not GET, and
// is false, as is any method the registry does not list.
constexpr bool is_safe_method(std::string_view method) noexcept {
    return detail::is_word_of(method, detail::safe_methods);
}

// Whether a request method is idempotent (RFC 9110 section 9.2.2), as the IANA HTTP Method Registry
// marks it: every safe method, PUT, DELETE and most WebDAV methods; not POST, CONNECT, PATCH or LOCK.
// A client resends automatically only a request whose method is idempotent: the answer that
// retry::if_idempotent (502, 504) waits for. Case-sensitive, as methods are.
constexpr bool is_idempotent_method(std::string_view method) noexcept {
    return is_safe_method(method) || detail::is_word_of(method, detail::idempotent_unsafe_methods);
}

// The entries that match the query by the rule of matches(), in code order: search("teapot"),
// search("client error"), search("not_found"), search("unused_418"), search("41") (410-418),
// search("5xx").
constexpr search_results search(std::string_view query) noexcept { return registry.search(query); }

// ---------------------------------------------------------------------------------------------------
// Compile-time checked codes
// ---------------------------------------------------------------------------------------------------

// status_v<404> is status::not_found; status_v<299> or status_v<999> does not compile.
template <int Code>
inline constexpr status status_v = detail::checked_code<Code>::value;

// The same for a table of one's own, or any table: status_in<my_codes, 499> is status{499} when
// my_codes has a row for 499, and does not compile when it has none. status_in<registry, 404> is
// status_v<404>.
template <const auto& Table, int Code>
inline constexpr status status_in = detail::checked_table_code<Table, Code>::value;

namespace literals {
// 404_status is status::not_found; 299_status, 999_status or 0x194_status does not compile.
template <char... Chars>
constexpr status operator""_status() noexcept {
    constexpr long long value = detail::decimal_literal_value<Chars...>();
    static_assert(value >= 0, "httpstatus: write a _status literal as a plain decimal number, like 404_status");
    constexpr long long code = value < 0 ? detail::min_code : value;  // one error for a bad literal is enough
    return detail::checked_code<code>::value;
}
}  // namespace literals

}  // namespace httpstatus

#endif  // HTTPSTATUS_HTTPSTATUS_HPP
