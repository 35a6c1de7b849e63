// SPDX-License-Identifier: MIT
// How many bytes the registry's data takes: the rows with their code index, the text they point to,
// reason_phrase's index and names, and from_name's index.
#include <httpstatus/httpstatus.hpp>

#include <cstdio>

int main() {
    namespace detail = httpstatus::detail;
    std::size_t text = 0;
    for (const auto& e : httpstatus::all()) {
        text += e.name.size() + e.reference.size() + e.description.size();
        for (auto alias : e.aliases) text += alias.size();
    }
    const std::size_t rows = sizeof(httpstatus::registry);  // the rows and the row of each code
    // Each array's size less its literal's closing NUL.
    const std::size_t phrase_index = sizeof(detail::registry_phrase_at) - 1;
    const std::size_t phrase_text = sizeof(detail::registry_phrases) - 1;
    const std::size_t name_index = sizeof(detail::registry_name_slots) - 1 + sizeof(detail::registry_name_keys) - 1 +
                                   sizeof(detail::name_folding) - 1;
    std::printf("rows and their code index: %zu bytes (%zu x %zu + 500)\ntext: %zu bytes\n"
                "reason_phrase's index and names: %zu + %zu bytes\nfrom_name's index: %zu bytes\n"
                "table_bytes: %zu\n",
                rows, httpstatus::all().size(), sizeof(httpstatus::status_info), text, phrase_index, phrase_text,
                name_index, rows + text + phrase_index + phrase_text + name_index);
    return 0;
}
