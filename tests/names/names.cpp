// SPDX-License-Identifier: MIT
// from_name and the aliases, in constant expressions; this file passes by compiling.
#include <httpstatus/httpstatus.hpp>

#include <string_view>

namespace hs = httpstatus;
using hs::status;

static_assert(hs::from_name("Not Found") == status::not_found);
static_assert(hs::from_name("not_found") == status::not_found && hs::from_name("NOT-FOUND") == status::not_found);
static_assert(hs::from_name("Request Entity Too Large") == status::content_too_large);
static_assert(hs::from_name("request-uri-too-large") == status::uri_too_long);
static_assert(hs::from_name("I'M A TEAPOT") == status::unused_418 &&
              hs::from_name("IM_A_TEAPOT") == status::unused_418);
static_assert(hs::from_name("Switch Proxy") == status::unused_306);
static_assert(hs::from_name("Gateway Time-out") == status::gateway_timeout);
static_assert(!hs::from_name("(Unused)") && !hs::from_name("") && !hs::from_name("Not  Found"));
static_assert(!hs::from_name(" Not Found") && !hs::from_name("Not Foun") && !hs::from_name("Not Founds"));
static_assert(!hs::from_name(std::string_view("Not Found\0", 10)));
// The table's own lookup compares whole names (detail::same_name): one that differs from a name in
// its last byte only is no name.
static_assert(!hs::registry.from_name("Not Foune") && !hs::registry.from_name("Not Founds") &&
              hs::registry.from_name("not_found") == status::not_found);

constexpr bool every_name_round_trips() noexcept {
    for (const auto& e : hs::all()) {
        if (e.is_unused()) continue;  // "(Unused)" is ambiguous on purpose
        if (hs::from_name(hs::reason_phrase(e.code)) != e.code) return false;
        for (std::string_view alias : e.aliases)
            if (hs::from_name(alias) != e.code) return false;
    }
    return true;
}
static_assert(every_name_round_trips());

static_assert(hs::find(414)->aliases.size() == 2 && hs::find(414)->aliases[1] == "Request-URI Too Large");
static_assert(hs::name_list("A;B")[1] == "B" && hs::name_list().empty());

// from_name's probe (detail/name_index.hpp) on tables of its own. One slot, of hash 0, holding the
// key of 64 a's for 404. An input longer than any key is no name even when its first 64 bytes are
// that key: it is refused before the probe, where its key (cut at 64 bytes, no hash computed: 0)
// would match that slot.
namespace probe {
using hs::detail::name_slot_count;
using hs::detail::name_slot_size;
struct bytes {
    char data[name_slot_count * name_slot_size] = {};
};
constexpr bytes one_slot(std::uint32_t hash, std::size_t key_size) noexcept {
    bytes b;
    char* slot = b.data + hash % name_slot_count * name_slot_size;
    // The hash, then the key's offset (0), the code and the key's size, least significant byte first.
    for (int i = 0; i < 4; ++i) slot[i] = static_cast<char>(hash >> (8 * i) & 0xFF);
    slot[6] = static_cast<char>(404 & 0xFF);
    slot[7] = static_cast<char>(404 >> 8);
    slot[8] = static_cast<char>(key_size);
    return b;
}
struct folding_bytes {
    char data[256] = {};
};
constexpr folding_bytes identity() noexcept {
    folding_bytes f;
    for (int i = 0; i < 256; ++i) f.data[i] = static_cast<char>(i);
    return f;
}
constexpr folding_bytes folding = identity();
constexpr char keys[] = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";  // 64
constexpr bytes slots = one_slot(0, 64);
constexpr hs::detail::name_table table{slots.data, keys, folding.data};
constexpr std::string_view longer = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";  // 65
static_assert(sizeof(keys) == 65 && longer.size() == 65 && hs::detail::max_name_key == 64);
static_assert(hs::detail::name_key(longer, folding.data).too_long);
static_assert(hs::detail::find_code_by_name(table, longer) == 0);
static_assert(!hs::detail::name_key(longer.substr(1), folding.data).too_long);
// A one-letter key is found (the registry has none): a key of its own, in the slot its hash picks.
constexpr bytes slot_of_a = one_slot(hs::detail::name_key("a", folding.data).hash, 1);
constexpr hs::detail::name_table table_of_a{slot_of_a.data, keys, folding.data};
static_assert(hs::detail::find_code_by_name(table_of_a, "a") == 404);
static_assert(hs::detail::find_code_by_name(table_of_a, "b") == 0 &&
              hs::detail::find_code_by_name(table_of_a, "") == 0);
}  // namespace probe
