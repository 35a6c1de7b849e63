// httpstatus: problem details for HTTP APIs (RFC 9457), the body of an error response, with nlohmann/json.
// SPDX-License-Identifier: MIT
//
//   auto problem = httpstatus::make_problem(status::not_found, "No route for /nowhere");
//   response.body = nlohmann::json(problem).dump();
//     {"detail":"No route for /nowhere","status":404,"title":"Not Found","type":"about:blank"}
//   response.content_type = httpstatus::problem_media_type;   "application/problem+json"
//
//   auto received = nlohmann::json::parse(body).get<httpstatus::problem_details>();
//   auto own = httpstatus::make_problem(*my_codes.find(461));   title from one's own table's row
//
// Reading follows RFC 9457 section 3.1: a standard member whose value has the wrong type is ignored,
// as if absent; every other member is kept in `extensions` and written back. Only a document that is
// not a JSON object throws (a nlohmann::json::type_error); make_problem throws for a code outside
// 100-599 (an out_of_range). docs/problem-details.md has the details.
#ifndef HTTPSTATUS_PROBLEM_HPP
#define HTTPSTATUS_PROBLEM_HPP

#include <httpstatus/httpstatus.hpp>
#include <httpstatus/json.hpp>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace httpstatus {

// The media type of a problem details document (RFC 9457 section 6.1), for Content-Type.
inline constexpr std::string_view problem_media_type = "application/problem+json";

// The five members of RFC 9457 section 3.1, and the document's other members. An empty title,
// detail or instance, or an empty status, is a member the document does not have, and is not
// written; `type` is always written, since a document without one means "about:blank".
struct problem_details {
    std::string type = "about:blank";            // a URI for the problem type; about:blank: the status says it all
    std::string title;                           // a short summary: the reason phrase for about:blank
    std::optional<httpstatus::status> status{};  // the response's status code, for the reader's convenience
    std::string detail;                          // this occurrence, in words for the client
    std::string instance;                        // a URI for this occurrence
    nlohmann::json extensions = nlohmann::json::object();  // every other member, by name
};

// What make_problem puts in `type`.
enum class problem_type : unsigned char {
    about_blank,    // "about:blank": the problem is what the status says (RFC 9457 section 4.2.1)
    reference_url,  // the address of the RFC section the entry's reference names (the convention of
                    // ASP.NET Core); about:blank for an entry whose reference names none
};

// A problem document for an entry of any table (the registry's, one's own, unofficial::codes):
// `title` is the entry's name, `status` its code, `detail` as given; with problem_type::reference_url,
// `type` is reference_url(entry), where the entry's reference names an RFC section. Throws
// nlohmann::json::out_of_range (406) for a code outside 100-599, which no response carries (RFC 9110
// section 15) and to_json could not write: here, where the document is made, not when it is sent.
inline problem_details make_problem(const status_info& entry, std::string detail = {},
                                    problem_type type = problem_type::about_blank) {
    if (!to_any_status(entry.value()))
        httpstatus::detail::throw_out_of_range(nlohmann::json(entry.value()), "a status code 100-599");
    problem_details problem;
    const url address = reference_url(entry);
    if (type == problem_type::reference_url && !address.empty()) problem.type = std::string(address.view());
    problem.title = std::string(entry.name);
    problem.status = entry.code;
    problem.detail = std::move(detail);
    return problem;
}

// A problem document for a status, from its registry entry: for a code the registry does not have,
// `title` is empty (and so not written) rather than a phrase made up. Throws as above outside 100-599.
inline problem_details make_problem(status s, std::string detail = {}, problem_type type = problem_type::about_blank) {
    if (const status_info* registered = find(s)) return make_problem(*registered, std::move(detail), type);
    return make_problem(status_info{s}, std::move(detail), type);
}

namespace detail {

// The standard members, which `extensions` never holds.
inline bool is_problem_member(std::string_view name) noexcept {
    return name == "type" || name == "title" || name == "status" || name == "detail" || name == "instance";
}

}  // namespace detail

// Writes `type`, the other members that are not empty, and every extension but one named like a
// standard member. Throws a nlohmann::json::type_error when `extensions` is neither an object nor
// null, and an out_of_range when `status` holds a value outside 100-599.
inline void to_json(nlohmann::json& j, const problem_details& problem) {
    if (!problem.extensions.is_object() && !problem.extensions.is_null())
        detail::throw_wrong_type(problem.extensions, "problem_details::extensions as a JSON object");
    // Built aside and moved into j at the end, as json.hpp writes an entry: a status outside 100-599
    // throws, and what was already in j would leak.
    nlohmann::json document = nlohmann::json::object();
    if (problem.extensions.is_object()) {
        for (const auto& [name, value] : problem.extensions.items())
            if (!detail::is_problem_member(name)) document[name] = value;
    }
    document["type"] = problem.type;  // always: absent would mean about:blank, which "" is not
    if (!problem.title.empty()) document["title"] = problem.title;
    if (problem.status) document["status"] = *problem.status;
    if (!problem.detail.empty()) document["detail"] = problem.detail;
    if (!problem.instance.empty()) document["instance"] = problem.instance;
    j = std::move(document);
}

// Reads a problem document (RFC 9457 section 3.1). A missing `type` is "about:blank" (section 3.1.1).
inline void from_json(const nlohmann::json& j, problem_details& problem) {
    if (!j.is_object()) detail::throw_wrong_type(j, "a problem details document (a JSON object)");
    problem = problem_details{};
    for (const auto& [name, value] : j.items()) {
        if (!detail::is_problem_member(name)) {
            problem.extensions[name] = value;
        } else if (name == "status") {
            problem.status = detail::status_in(value);  // ignored unless an integer 100-599
        } else if (value.is_string()) {
            if (name == "type") {
                problem.type = value.get<std::string>();
            } else if (name == "title") {
                problem.title = value.get<std::string>();
            } else if (name == "detail") {
                problem.detail = value.get<std::string>();
            } else {
                problem.instance = value.get<std::string>();
            }
        }
    }
}

}  // namespace httpstatus

#endif  // HTTPSTATUS_PROBLEM_HPP
