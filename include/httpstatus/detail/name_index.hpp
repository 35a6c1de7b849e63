// httpstatus: the registry's name index: from_name's hash table, built at compile time.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_NAME_INDEX_HPP
#define HTTPSTATUS_DETAIL_NAME_INDEX_HPP

#include <httpstatus/detail/code_index.hpp>
#include <httpstatus/detail/names.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace httpstatus {
enum class status : std::uint16_t;

namespace detail {

// A name's key: the name as same_name() reads it, folded and without apostrophes, with a hash.
constexpr std::size_t max_name_key = max_name_size;  // a longer input is no name and has no key

// Each byte folded, looked up rather than computed: from_name folds every byte of its input, and a
// load is cheaper than the compares.
struct name_folding {
    char folded[256] = {};
};

struct name_key {
    char text[max_name_key] = {};
    std::size_t size = 0;
    std::uint32_t hash = 0;  // of the length and three bytes: cheap, and enough to tell the names apart
    bool too_long = false;   // the folded name is longer than max_name_key: it has no key

    constexpr name_key(std::string_view name, const name_folding& folding) noexcept {
        for (char ch : name) {
            if (is_skipped_in_name(ch)) continue;
            if (size == max_name_key) {
                too_long = true;
                return;
            }
            text[size++] = folding.folded[static_cast<unsigned char>(ch)];
        }
        if (size == 0) return;
        const auto byte = [this](std::size_t i) {
            return static_cast<std::uint32_t>(static_cast<unsigned char>(text[i]));
        };
        hash = static_cast<std::uint32_t>(size) * 0x9E3779B1U ^ byte(0) * 0x85EBCA77U ^ byte(size / 2) * 0xC2B2AE3DU ^
               byte(size - 1) * 0x27D4EB2FU;
        hash ^= hash >> 16;
    }
    constexpr std::string_view view() const noexcept { return {text, size}; }
};

// Open addressing: each name and alias is stored as its key; a lookup computes the key of its input
// once and compares bytes only with the keys whose hash matches.
struct name_slot {
    std::uint32_t hash = 0;
    std::uint16_t key_at = 0;  // where the key starts in name_index::keys
    std::uint8_t key_size = 0;
    std::uint8_t row = no_row;  // no_row: the slot is empty
    bool ambiguous = false;     // the key belongs to more than one row: "(Unused)"
};
constexpr std::size_t name_slot_count = 256;  // a power of two, over three times the names
constexpr std::size_t name_keys_capacity = 2048;

struct name_index {
    name_folding folding;
    name_slot slot[name_slot_count];
    char keys[name_keys_capacity] = {};
    std::size_t keys_size = 0;
    std::size_t names = 0;
    bool complete = true;  // false if a key or a name did not fit; from_name static_asserts it

    constexpr std::string_view key_of(const name_slot& s) const noexcept { return {keys + s.key_at, s.key_size}; }

    constexpr void insert(std::string_view name, std::size_t row) noexcept {
        if (names == name_slot_count / 2) {  // keep free slots, so that every probe ends
            complete = false;
            return;
        }
        const name_key key(name, folding);
        std::size_t at = key.hash % name_slot_count;
        for (; slot[at].row != no_row; at = (at + 1) % name_slot_count) {
            if (slot[at].hash != key.hash || key_of(slot[at]) != key.view()) continue;
            if (slot[at].row != row) slot[at].ambiguous = true;
            return;
        }
        if (key.too_long || keys_size + key.size > name_keys_capacity) {
            complete = false;
            return;
        }
        slot[at] = {key.hash, static_cast<std::uint16_t>(keys_size), static_cast<std::uint8_t>(key.size),
                    static_cast<std::uint8_t>(row), false};
        for (char ch : key.view()) keys[keys_size++] = ch;
        ++names;
    }

    // The row answering to the name; no_row when none does, or more than one.
    constexpr std::uint8_t find(std::string_view name) const noexcept {
        const name_key key(name, folding);
        if (key.too_long) return no_row;
        for (std::size_t at = key.hash % name_slot_count; slot[at].row != no_row; at = (at + 1) % name_slot_count) {
            if (slot[at].hash != key.hash || key_of(slot[at]) != key.view()) continue;
            return slot[at].ambiguous ? no_row : slot[at].row;
        }
        return no_row;
    }
};

// Lazy is never used: it makes the call depend on a template parameter, so that the index is built
// only where it is instantiated, not where the header is parsed.
template <typename Lazy, typename Table>
constexpr name_index make_name_index(const Table& table) noexcept {
    name_index index{};
    for (int byte = 0; byte < 256; ++byte) index.folding.folded[byte] = fold_name_char(static_cast<char>(byte));
    for (std::size_t row = 0; row < table.size(); ++row) {
        index.insert(table[row].name, row);
        for (std::string_view alias : table[row].aliases) index.insert(alias, row);
    }
    return index;
}

// from_name for a table with a static name index. It is an object whose call operator is a template:
// a template is instantiated only where it is called, so the index, a large part of what including
// httpstatus.hpp would otherwise cost the compiler, is built only in the translation units that look
// a name up. A plain function would build it wherever the header is included.
template <const auto& Table>
struct from_name_through_index {
    template <typename Lazy = void>
    constexpr std::optional<status> operator()(std::string_view name) const noexcept {
        constexpr const name_index& index = index_of<Lazy>;
        static_assert(index.complete, "every name's key fits the name index");
        const std::uint8_t row = index.find(name);
        if (row == no_row) return std::nullopt;
        return Table[row].code;
    }

private:
    template <typename Lazy>
    static constexpr name_index index_of = make_name_index<Lazy>(Table);
};

}  // namespace detail
}  // namespace httpstatus

#endif  // HTTPSTATUS_DETAIL_NAME_INDEX_HPP
