// SPDX-License-Identifier: MIT
// Prints include/httpstatus/detail/registry_index.hpp: the registry's indexes for reason_phrase,
// reference_url, enumerator_name and from_name, computed here from the rows and written out as data.
//
// Why: built during constant evaluation, where GCC spends thousands of instructions on each step,
// these two indexes cost every translation unit that needed them more than the rest of the header
// together. As data, the compiler only reads them. `cmake --build <dir> --target httpstatus-index`
// (a build with the tests) writes the file; the test index_fresh fails when the file differs from
// what this prints. This program reads the rows, never the file it writes: it includes httpstatus.hpp
// with an empty index in that file's place (generator/empty_index/), so a damaged file is rewritten
// as a stale one is (the test index_generator_reads_no_index).
#include <httpstatus/httpstatus.hpp>

#include "enumerator.hpp"
#include "source_text.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#endif

namespace {

namespace detail = httpstatus::detail;
using generator::bytes;
using generator::enumerator_of;
using generator::fail;
using generator::literal;

// Adds a piece to a text of names or addresses and gives where it is, as detail/code_index.hpp
// says: the offset, and the size shifted 16 bits. Stops on a piece the 4 bytes cannot hold.
std::uint32_t append_text(std::string& text, std::string_view piece) {
    if (text.size() > UINT16_MAX || piece.size() > UINT8_MAX || piece.empty())
        fail("the text " + literal(piece) + " does not fit its index");
    const auto at = static_cast<std::uint32_t>(text.size() | piece.size() << 16U);
    text += piece;
    return at;
}

// reason_phrase's index: every name in code order, one after another, and where each code's is.
void print_phrases(std::string& out) {
    std::string text;
    std::vector<std::uint32_t> at(detail::max_code + 1);  // by code: the offset, and the size shifted 16 bits
    out += "// reason_phrase's text: every registered name, one after another, in code order.\n";
    out += "inline constexpr char registry_phrases[] =\n";
    for (const auto& entry : httpstatus::registry) {
        if (detail::code_slot(entry.value()) == detail::code_count)
            fail("the code " + std::to_string(entry.value()) + " is outside 100-599");
        at[static_cast<std::size_t>(entry.value())] = append_text(text, entry.name);
        out += "    " + literal(entry.name) + "  // " + std::to_string(entry.value()) + "\n";
    }
    out += "    ;\n\n";
    out += "// Where each code's name is in registry_phrases, by code 0-599: the offset (2 bytes) and the size\n"
           "// (1 byte, then a 0), as detail/code_index.hpp says; a code that is not registered has 0s.\n";
    out += "inline constexpr char registry_phrase_at[] =\n";
    for (std::size_t first = 0; first < at.size(); first += 5) {
        out += "    /* " + std::to_string(first) + " */ \"";
        for (std::size_t code = first; code < first + 5; ++code) out += bytes(at[code], detail::text_at_size);
        out += "\"\n";
    }
    out += "    ;\n\n";
}

// The address of the section at the RFC Editor that a row's reference names, by the rule
// reference_url(entry) follows for any table's entry, so that reference_url(code) answers the same.
std::string reference_address(const httpstatus::status_info& entry) {
    const httpstatus::url address = httpstatus::reference_url(entry);
    if (address.empty()) fail("no address for " + std::string(entry.reference));
    return std::string(address.view());
}

// reference_url's text: each row's address, one after another, and where each row's is.
void print_reference_urls(std::string& out) {
    std::string text;
    std::string at;
    out += "// reference_url's text: each row's reference as the address of its section at the RFC Editor.\n";
    out += "inline constexpr char registry_reference_urls[] =\n";
    for (const auto& entry : httpstatus::registry) {
        const std::string address = reference_address(entry);
        at += "    \"" + bytes(append_text(text, address), detail::text_at_size) + "\"  // " +
              std::to_string(entry.value()) + "\n";
        out += "    " + literal(address) + "  // " + std::to_string(entry.value()) + "\n";
    }
    out += "    ;\n\n";
    out += "// Where each row's address is in registry_reference_urls, by row, in the form of registry_phrase_at.\n";
    out += "inline constexpr char registry_reference_url_at[] =\n" + at + "    ;\n\n";
}

// enumerator_name's text: each row's enumerator, one after another, and where each row's is.
void print_enumerators(std::string& out) {
    std::string text;
    std::string at;
    out += "// enumerator_name's text: the enumerator each row is named by, one after another.\n";
    out += "inline constexpr char registry_enumerators[] =\n";
    for (const auto& entry : httpstatus::registry) {
        const std::string enumerator = enumerator_of(entry);
        at += "    \"" + bytes(append_text(text, enumerator), detail::text_at_size) + "\"  // " +
              std::to_string(entry.value()) + "\n";
        out += "    " + literal(enumerator) + "  // " + std::to_string(entry.value()) + "\n";
    }
    out += "    ;\n\n";
    out += "// Where each row's enumerator is in registry_enumerators, by row, in the form of registry_phrase_at.\n";
    out += "inline constexpr char registry_enumerator_at[] =\n" + at + "    ;\n\n";
}

// The fold of every byte, as same_name() folds it.
std::string make_folding() {
    std::string folding;
    for (int byte = 0; byte < 256; ++byte) folding += detail::fold_name_char(static_cast<char>(byte));
    return folding;
}

void print_folding(std::string& out, const std::string& folding) {
    out += "// Each byte as same_name() folds it: ASCII letters lowercased, '_' and '-' made ' '.\n";
    out += "inline constexpr char name_folding[] =\n";
    for (std::size_t first = 0; first < folding.size(); first += 16) {
        out += "    \"";
        for (std::size_t byte = first; byte < first + 16; ++byte)
            out += bytes(static_cast<unsigned char>(folding[byte]), 1);
        out += "\"\n";
    }
    out += "    ;\n\n";
}

// from_name's hash table, built as from_name probes it: each name and alias as its key, by open
// addressing from its hash.
class name_table_builder {
public:
    struct slot_data {
        std::uint32_t hash = 0;
        std::size_t key_at = 0;
        std::size_t key_size = 0;  // 0: empty
        std::uint16_t code = 0;    // 0: more than one code
    };

    explicit name_table_builder(const std::string& folding) : folding_(folding) {}

    void insert(std::string_view name, std::uint16_t code) {
        const detail::name_key key(name, folding_.data());
        if (key.too_long || key.size == 0) fail("the name " + literal(name) + " has no key");
        std::size_t at = key.hash % detail::name_slot_count;
        for (; slots_[at].key_size != 0; at = (at + 1) % detail::name_slot_count) {
            if (slots_[at].hash != key.hash || key_of(slots_[at]) != key.view()) continue;
            if (slots_[at].code != code) slots_[at].code = 0;  // two codes answer to it: neither does
            return;
        }
        // At most half the slots full, so that a probe for a name that is not there ends soon.
        if (order_.size() + 1 > detail::name_slot_count / 2 || keys_.size() + key.size > UINT16_MAX)
            fail("the names do not fit the name table");
        slots_[at] = {key.hash, keys_.size(), key.size, code};
        order_.push_back(at);
        keys_ += key.view();
    }

    std::string_view key_of(const slot_data& slot) const {
        return std::string_view(keys_).substr(slot.key_at, slot.key_size);
    }
    const std::vector<slot_data>& slots() const { return slots_; }
    // The slots that hold a key, in the order their keys were added, which is their order in the text.
    const std::vector<std::size_t>& order() const { return order_; }

private:
    const std::string& folding_;
    std::vector<slot_data> slots_ = std::vector<slot_data>(detail::name_slot_count);
    std::vector<std::size_t> order_{};
    std::string keys_{};
};

void print_name_slots(std::string& out, const name_table_builder& table) {
    out += "// from_name's slots, as detail/name_index.hpp says: the hash, where the key is in\n"
           "// registry_name_keys, the code and the key's size; 0s: an empty slot.\n";
    out += "inline constexpr char registry_name_slots[] =\n";
    for (std::size_t at = 0; at < detail::name_slot_count; ++at) {
        const auto& slot = table.slots()[at];
        out += "    \"" + bytes(slot.hash, 4) + bytes(static_cast<std::uint32_t>(slot.key_at), 2) +
               bytes(slot.code, 2) + bytes(static_cast<std::uint32_t>(slot.key_size), 1) + "\"  // " +
               std::to_string(at);
        if (slot.key_size != 0)
            out += ": " + literal(table.key_of(slot)) + " " +
                   (slot.code == 0 ? "(more than one code)" : std::to_string(slot.code));
        out += "\n";
    }
    out += "    ;\n\n";
}

void print_names(std::string& out, const std::string& folding) {
    name_table_builder table(folding);
    for (const auto& entry : httpstatus::registry) {
        const auto code = static_cast<std::uint16_t>(entry.value());
        table.insert(entry.name, code);
        for (std::string_view alias : entry.aliases) table.insert(alias, code);
    }
    out += "// from_name's keys (names folded, without apostrophes), one after another.\n";
    out += "inline constexpr char registry_name_keys[] =\n";
    for (std::size_t at : table.order()) out += "    " + literal(table.key_of(table.slots()[at])) + "\n";
    out += "    ;\n\n";
    print_name_slots(out, table);
    out +=
        "inline constexpr name_table registry_name_table{registry_name_slots, registry_name_keys, name_folding};\n\n";
}

}  // namespace

int main() {
#ifdef _WIN32
    _setmode(_fileno(stdout), _O_BINARY);  // "\n", not "\r\n": the file is compared byte for byte
#endif
    std::string out =
        "// httpstatus: the registry's indexes for reason_phrase and from_name. Generated: do not edit.\n"
        "// SPDX-License-Identifier: MIT\n"
        "// Written from detail/registry.hpp by generator/registry_index.cpp: after changing the rows, run\n"
        "// `cmake --build <build-dir> --target httpstatus-index`; the test index_fresh fails until then.\n"
        "// Data rather than constexpr code: built during constant evaluation, in every translation unit,\n"
        "// these indexes cost the compiler more than the rest of the header (docs/benchmarks.md).\n"
        "// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.\n"
        "#ifndef HTTPSTATUS_DETAIL_REGISTRY_INDEX_HPP\n"
        "#define HTTPSTATUS_DETAIL_REGISTRY_INDEX_HPP\n\n"
        "#include <httpstatus/detail/code_index.hpp>\n"
        "#include <httpstatus/detail/name_index.hpp>\n\n"
        "namespace httpstatus::detail {\n\n"
        "// clang-format off\n";
    print_phrases(out);
    print_reference_urls(out);
    print_enumerators(out);
    const std::string folding = make_folding();
    print_folding(out, folding);
    print_names(out, folding);
    out += "// clang-format on\n\n"
           "}  // namespace httpstatus::detail\n\n"
           "#endif  // HTTPSTATUS_DETAIL_REGISTRY_INDEX_HPP\n";
    // A short write must fail the target, or it would copy a truncated header into include/.
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) return 1;
    return 0;
}
