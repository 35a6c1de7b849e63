// httpstatus: nlohmann/json support for status, status_class, registration, retry and status_info.
// SPDX-License-Identifier: MIT
//
//   nlohmann::json j = status::not_found;         404
//   j.get<httpstatus::status>()                    status::not_found; 600, -1, 404.0 and "404" throw
//   nlohmann::json(status_class::client_error)     "Client Error"
//   nlohmann::json(*httpstatus::find(404))         {"code": 404, "name": "Not Found", ...} (docs/json.md)
//
// A status is written and read as a number, any code 100-599 (RFC 9110 section 15), registered or
// not. Anything else throws a nlohmann::json::exception whose message names the value: a type_error
// (302) for a value that is not an integer, an out_of_range (406) for an integer outside 100-599.
// A class is its label, as the command and the page show it ("Redirection", RFC 9110's name for 3xx,
// reads as well as "Redirect"); a registration state and a retry answer are their enumerators' names. A table entry is
// written only: it views the table's text, so there is nothing for a JSON document to fill; read its code and find().
//
// Works with nlohmann::json and its other specializations (nlohmann::ordered_json keeps the fields in
// the order written below). Include it where JSON is wanted; httpstatus.hpp never includes it.
// Unlike the core header it throws, and so needs exceptions, as reading JSON does.
#ifndef HTTPSTATUS_JSON_HPP
#define HTTPSTATUS_JSON_HPP

#include <httpstatus/httpstatus.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace httpstatus {

namespace detail {

// A JSON value for an error message: a scalar as compact JSON, cut short when long, with bytes that
// are not UTF-8 replaced (dump() would throw on them, and a message must not); an array or object by
// its size, since dump() recurses, and a value nested deep enough would overflow the stack.
template <class Json>
std::string json_shown(const Json& value) {
    if (value.is_array() || value.is_object()) {
        const std::string kind = value.is_array() ? "an array of " : "an object of ";
        const std::string unit = value.is_array() ? " element" : " member";
        return kind + std::to_string(value.size()) + unit + (value.size() == 1 ? "" : "s");
    }
    std::size_t longest = 40;
    std::string text = value.dump(-1, ' ', false, Json::error_handler_t::replace);
    if (text.size() <= longest) return text;
    while (longest > 0 && (static_cast<unsigned char>(text[longest]) & 0xC0) == 0x80) --longest;  // not mid-character
    text.resize(longest);
    text += "...";
    return text;
}

// Json::exception subclasses take the value as context since nlohmann/json 3.10 (a pointer since
// 3.11); with JSON_DIAGNOSTICS the message then says where in the document the value is.
template <class Error, class Json>
[[noreturn]] void throw_json_error(int id, const std::string& message, const Json& value) {
#if NLOHMANN_JSON_VERSION_MAJOR > 3 || (NLOHMANN_JSON_VERSION_MAJOR == 3 && NLOHMANN_JSON_VERSION_MINOR >= 11)
    throw Error::create(id, message, &value);
#elif NLOHMANN_JSON_VERSION_MAJOR == 3 && NLOHMANN_JSON_VERSION_MINOR == 10
    throw Error::create(id, message, value);
#else
    static_cast<void>(value);
    throw Error::create(id, message);
#endif
}

template <class Json>
[[noreturn]] void throw_wrong_type(const Json& value, std::string_view expected) {
    throw_json_error<typename Json::type_error>(
        302, "httpstatus: " + std::string(expected) + " expected, not " + json_shown(value), value);
}

template <class Json>
[[noreturn]] void throw_out_of_range(const Json& value, std::string_view expected) {
    throw_json_error<typename Json::out_of_range>(
        406, "httpstatus: " + std::string(expected) + " expected, not " + json_shown(value), value);
}

template <class Number>
constexpr bool is_status_code(Number n) noexcept {
    return n >= 100 && n <= 599;
}

// The status a JSON value holds: an integer 100-599, else nullopt. Compared as the type the value
// holds (a parsed non-negative integer is unsigned), before any narrowing: 2^32 + 404 cut to an int,
// or 2^16 + 404 cut to the enum's 16 bits, would be 404.
template <class Json>
std::optional<status> status_in(const Json& j) {
    if (j.is_number_unsigned()) {
        const auto n = j.template get<typename Json::number_unsigned_t>();
        if (is_status_code(n)) return static_cast<status>(n);
    } else if (j.is_number_integer()) {
        const auto n = j.template get<typename Json::number_integer_t>();
        if (is_status_code(n)) return static_cast<status>(n);
    }
    return std::nullopt;
}

// A label and its enumerator, for the enums written as words.
template <class Enum>
struct json_label {
    Enum value{};
    std::string_view label{};
};

inline constexpr json_label<registration> registration_labels[] = {
    {registration::active, "active"},
    {registration::deprecated, "deprecated"},
    {registration::unused, "unused"},
    {registration::obsoleted, "obsoleted"},
};

// A value added to `retry` (at its end, docs/stability.md) needs its label here, or writing it throws.
inline constexpr json_label<retry> retry_labels[] = {
    {retry::unspecified, "unspecified"},
    {retry::no, "no"},
    {retry::yes, "yes"},
    {retry::if_idempotent, "if_idempotent"},
    {retry::if_retry_after, "if_retry_after"},
    {retry::on_another_connection, "on_another_connection"},
};

// The classes' labels as the page gives them, written and read. RFC 9110 section 15 names the 3xx
// class "Redirection" where the page says "Redirect": that is read too. Writing takes a value's first
// label in this list.
inline constexpr json_label<status_class> class_labels[] = {
    {status_class::informational, to_string(status_class::informational)},
    {status_class::successful, to_string(status_class::successful)},
    {status_class::redirection, to_string(status_class::redirection)},
    {status_class::redirection, "Redirection"},
    {status_class::client_error, to_string(status_class::client_error)},
    {status_class::server_error, to_string(status_class::server_error)},
};

template <class Json, class Enum, std::size_t N>
void label_to_json(Json& j, Enum value, const json_label<Enum> (&labels)[N], std::string_view what) {
    for (const json_label<Enum>& l : labels) {
        if (l.value == value) {
            j = std::string(l.label);
            return;
        }
    }
    const Json number = static_cast<std::underlying_type_t<Enum>>(value);
    throw_out_of_range(number, what);
}

template <class Json, class Enum, std::size_t N>
void label_from_json(const Json& j, Enum& value, const json_label<Enum> (&labels)[N], std::string_view what) {
    if (!j.is_string()) throw_wrong_type(j, what);
    const auto& text = j.template get_ref<const typename Json::string_t&>();
    for (const json_label<Enum>& l : labels) {
        if (text == l.label) {
            value = l.value;
            return;
        }
    }
    throw_out_of_range(j, what);
}

// nlohmann::json, nlohmann::ordered_json and any other basic_json, but no other type: the functions
// below are found by argument-dependent lookup for every to_json(x, status) in a program.
// is_basic_json is in nlohmann's detail namespace, but has kept its name and meaning through 3.x.
template <class Json>
using if_json = std::enable_if_t<nlohmann::detail::is_basic_json<Json>::value, int>;

}  // namespace detail

// ---- status: a number, 100-599 ----------------------------------------------------------------------

template <class Json, detail::if_json<Json> = 0>
void to_json(Json& j, status s) {
    if (!to_any_status(to_int(s))) detail::throw_out_of_range(Json(to_int(s)), "a status code 100-599");
    j = to_int(s);
}

template <class Json, detail::if_json<Json> = 0>
void from_json(const Json& j, status& s) {
    // is_number_integer() is true for signed and unsigned integers, false for 404.0 and "404".
    if (!j.is_number_integer()) detail::throw_wrong_type(j, "a status code 100-599 (an integer)");
    const std::optional<status> code = detail::status_in(j);
    if (!code) detail::throw_out_of_range(j, "a status code 100-599");
    s = *code;
}

// ---- the enums: their labels -------------------------------------------------------------------------

template <class Json, detail::if_json<Json> = 0>
void to_json(Json& j, status_class c) {
    detail::label_to_json(j, c, detail::class_labels, "a status class label");
}
template <class Json, detail::if_json<Json> = 0>
void from_json(const Json& j, status_class& c) {
    detail::label_from_json(j, c, detail::class_labels, "a status class label (\"Client Error\")");
}

template <class Json, detail::if_json<Json> = 0>
void to_json(Json& j, registration r) {
    detail::label_to_json(j, r, detail::registration_labels, "a registration state");
}
template <class Json, detail::if_json<Json> = 0>
void from_json(const Json& j, registration& r) {
    detail::label_from_json(j, r, detail::registration_labels, "a registration state (\"active\")");
}

template <class Json, detail::if_json<Json> = 0>
void to_json(Json& j, retry r) {
    detail::label_to_json(j, r, detail::retry_labels, "a retry answer");
}
template <class Json, detail::if_json<Json> = 0>
void from_json(const Json& j, retry& r) {
    detail::label_from_json(j, r, detail::retry_labels, "a retry answer (\"if_idempotent\")");
}

// ---- a table entry: every field, then what the code means (docs/semantics.md) ---------------------

template <class Json, detail::if_json<Json> = 0>
void to_json(Json& j, const status_info& e) {
    Json aliases = Json::array();
    for (std::string_view alias : e.aliases) aliases.push_back(std::string(alias));

    // Built aside and moved into j at the end: nlohmann calls to_json from basic_json's converting
    // constructor, whose object is not destroyed when to_json throws, so a throw after the first
    // member was put in j would leak it (a code outside 100-599 throws).
    Json entry = Json::object();
    entry["code"] = e.code;
    entry["name"] = std::string(e.name);
    entry["class"] = e.class_;
    entry["description"] = std::string(e.description);
    entry["reference"] = std::string(e.reference);
    entry["reference_url"] = std::string(reference_url(e).view());  // "" when the reference is not an RFC section
    entry["aliases"] = std::move(aliases);
    entry["state"] = e.state;
    entry["cacheable"] = e.cacheable;
    entry["allows_content"] = allows_content(e.code);
    entry["never_has_content"] = never_has_content(e.code);
    entry["follows_location"] = follows_location(e.code);
    entry["preserves_method"] = preserves_method(e.code);
    entry["is_permanent_redirect"] = is_permanent_redirect(e.code);
    entry["retry_after_applies"] = retry_after_applies(e.code);
    entry["retry"] = retry_of(e.code);
    j = std::move(entry);
}

}  // namespace httpstatus

#endif  // HTTPSTATUS_JSON_HPP
