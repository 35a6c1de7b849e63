// SPDX-License-Identifier: MIT
#include "code_facts.hpp"

#include <utility>

namespace httpstatus_command {

namespace {

std::string_view content_text(httpstatus::status code) {
    if (httpstatus::never_has_content(code)) return "never";
    if (!httpstatus::allows_content(code)) return "must not be sent";
    return {};
}

std::string redirect_text(httpstatus::status code) {
    if (!httpstatus::follows_location(code)) return {};
    std::string text = "followed, ";
    if (httpstatus::preserves_method(code)) {
        text += "keeps the method";
    } else if (code == httpstatus::status::see_other) {
        text += "becomes GET";
    } else {
        text += "may change POST to GET";
    }
    text += httpstatus::is_permanent_redirect(code) ? ", permanent" : ", temporary";
    return text;
}

std::string_view retry_text(httpstatus::retry advice) {
    switch (advice) {
    case httpstatus::retry::yes: return "may succeed";
    case httpstatus::retry::on_another_connection: return "may succeed on another connection";
    case httpstatus::retry::if_idempotent: return "may succeed if the method is idempotent";
    case httpstatus::retry::if_retry_after: return "may succeed after Retry-After";
    case httpstatus::retry::no: return "will not succeed";
    case httpstatus::retry::unspecified: break;
    }
    return {};
}

}  // namespace

std::vector<code_fact> facts_of(httpstatus::status code) {
    std::vector<code_fact> facts;
    const auto add = [&facts](std::string_view label, std::string text) {
        if (!text.empty()) facts.push_back({label, std::move(text)});
    };
    add("Content", std::string(content_text(code)));
    add("Redirect", redirect_text(code));
    add("Retry-After", httpstatus::retry_after_applies(code) ? "applies" : "");
    add("Retry", std::string(retry_text(httpstatus::retry_of(code))));
    return facts;
}

std::string labelled(const code_fact& fact) { return std::string(fact.label) + ": " + fact.text; }

std::string facts_line(httpstatus::status code) {
    std::string line;
    for (const code_fact& fact : facts_of(code)) {
        if (!line.empty()) line += "; ";
        line += labelled(fact);
    }
    return line;
}

}  // namespace httpstatus_command
