// httpstatus: from_name's hash table: how a name becomes a key, and how the table is probed.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own. The registry's table itself is
// data in detail/registry_index.hpp, written by generator/registry_index.cpp with the same key.
#ifndef HTTPSTATUS_DETAIL_NAME_INDEX_HPP
#define HTTPSTATUS_DETAIL_NAME_INDEX_HPP

#include <httpstatus/detail/byte_data.hpp>
#include <httpstatus/detail/names.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace httpstatus::detail {

// A name's key: the name folded and without apostrophes, with a hash.
constexpr std::size_t max_name_key = max_name_size;  // a longer input is no name and has no key

struct name_key {
    char text[max_name_key] = {};
    std::size_t size = 0;
    std::uint32_t hash = 0;  // of the length and three bytes: cheap, and enough to tell the names apart
    bool too_long = false;   // the folded name is longer than max_name_key: it has no key

    // `folding` holds each of the 256 bytes as same_name() folds it: from_name folds every byte of
    // its input, and a load is cheaper than the compares.
    constexpr name_key(std::string_view name, const char* folding) noexcept {
        // Counted in a local, stored once: Clang cannot tell that a byte stored into text[] leaves
        // size alone, and kept size in memory, a store and a reload per byte, which made from_name
        // take 2x as long as with g++ (docs/benchmarks.md).
        std::size_t folded = 0;
        for (char ch : name) {
            if (is_skipped_in_name(ch)) continue;
            if (folded == max_name_key) {
                too_long = true;
                return;
            }
            text[folded++] = folding[static_cast<unsigned char>(ch)];
        }
        size = folded;
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

// Open addressing: each name and alias is stored as its key, in one text of keys; a lookup computes
// the key of its input once and compares bytes only with the keys whose hash matches. A slot is
// name_slot_size bytes (see detail/byte_data.hpp): the hash (4 bytes), where the key starts in the
// text of keys (2), the code (2; 0 when the key belongs to more than one code, "(Unused)", so to
// none) and the key's size (1; 0: the slot is empty, since no key is empty).
constexpr std::size_t name_slot_count = 256;  // a power of two, over three times the names
constexpr std::size_t name_slot_size = 9;

// One hash table's data: its slots, the text their keys are in, and the folding of each byte.
// (Not `slots`: Qt defines that word as a macro, and the library must compile after Qt's headers.)
struct name_table {
    const char* slot_bytes;  // name_slot_count slots, at least one empty, so that every probe ends
    const char* keys;
    const char* folding;
};

// The code answering to the name; 0 when none does, or more than one.
constexpr std::uint16_t find_code_by_name(const name_table& table, std::string_view name) noexcept {
    const name_key key(name, table.folding);
    if (key.too_long || key.size == 0) return 0;
    for (std::size_t at = key.hash % name_slot_count;; at = (at + 1) % name_slot_count) {
        const char* slot = table.slot_bytes + at * name_slot_size;
        const std::size_t key_size = static_cast<unsigned char>(slot[8]);
        if (key_size == 0) return 0;
        if (read_u32(slot) == key.hash && std::string_view(table.keys + read_u16(slot + 4), key_size) == key.view())
            return read_u16(slot + 6);
    }
}

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_NAME_INDEX_HPP
