// SPDX-License-Identifier: MIT
// The enumerator a registry row is named by, as both generators write it: registry_index.cpp into
// enumerator_name's index, c_header.cpp (upper case) into the C header's enum. Computed from the row,
// so that the C header never reads an index that may be stale.
#ifndef HTTPSTATUS_GENERATOR_ENUMERATOR_HPP
#define HTTPSTATUS_GENERATOR_ENUMERATOR_HPP

#include <httpstatus/httpstatus.hpp>

#include <string>
#include <string_view>

namespace generator {

// A name in snake_case: lowercase, spaces and hyphens become '_', apostrophes are dropped.
inline std::string snake_case(std::string_view name) {
    std::string out;
    for (char ch : name) {
        if (ch == '\'') continue;
        out += ch == ' ' || ch == '-' ? '_' : httpstatus::detail::to_lower(ch);
    }
    return out;
}

// The enumerator a row is named by: its registered name in snake_case; "(Unused)" codes are
// unused_NNN, and "Continue", a keyword, gets a trailing '_'. tests/registry/enum_table_sync.cpp checks
// that the compiler's name of every enumerator is the one written here.
inline std::string enumerator_of(const httpstatus::status_info& entry) {
    if (entry.is_unused()) return "unused_" + std::to_string(entry.value());
    std::string out = snake_case(entry.name);
    if (entry.code == httpstatus::status::continue_) out += '_';
    return out;
}

}  // namespace generator

#endif  // HTTPSTATUS_GENERATOR_ENUMERATOR_HPP
