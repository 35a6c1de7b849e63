// SPDX-License-Identifier: MIT
#include "entry_text.hpp"

#include <string_view>

namespace httpstatus_command {

std::string notes_of(const httpstatus::status_info& e) {
    std::string notes;
    const auto add = [&notes](std::string_view note) {
        if (!notes.empty()) notes += ", ";
        notes += note;
    };
    if (e.is_deprecated()) add("deprecated");
    if (e.is_unused()) add("unused");
    if (e.is_obsoleted()) add("obsoleted");
    if (e.cacheable) add("cacheable by default");
    return notes;
}

std::string aliases_of(const httpstatus::status_info& e) {
    std::string out;
    for (std::string_view alias : e.aliases) {
        if (!out.empty()) out += ", ";
        out += alias;
    }
    return out;
}

}  // namespace httpstatus_command
