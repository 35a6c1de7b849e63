// SPDX-License-Identifier: MIT
// How many bytes the registry's data takes: the rows with their code index, the text they point to,
// reason_phrase's names by code, and from_name's name index.
#include <httpstatus/httpstatus.hpp>

#include <cstdio>

int main() {
    std::size_t text = 0;
    for (const auto& e : httpstatus::all()) {
        text += e.name.size() + e.reference.size() + e.description.size();
        for (auto alias : e.aliases) text += alias.size();
    }
    const std::size_t rows = sizeof(httpstatus::registry);  // the rows and the row of each code
    const std::size_t code_index = sizeof(httpstatus::detail::registry_names_by_code);
    const std::size_t name_index = sizeof(httpstatus::detail::name_index);  // only where from_name is used
    std::printf("rows and their code index: %zu bytes (%zu x %zu + 500)\ntext: %zu bytes\nnames by code: %zu "
                "bytes\nname index: %zu bytes\n"
                "table_bytes: %zu\n",
                rows, httpstatus::all().size(), sizeof(httpstatus::status_info), text, code_index, name_index,
                rows + text + code_index + name_index);
    return 0;
}
