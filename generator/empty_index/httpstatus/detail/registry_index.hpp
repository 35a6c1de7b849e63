// SPDX-License-Identifier: MIT
// An empty index in place of include/httpstatus/detail/registry_index.hpp, for the generators.
//
// The generators (registry_index.cpp, status_lines.cpp, c_header.cpp) read httpstatus.hpp's rows and
// table type, which that header includes together with the index made from the rows. A generator
// that read the real index would read the file it writes: a damaged one could not be rewritten, and
// a stale one would feed the files written from it. Their include path puts this folder first
// (generator/CMakeLists.txt), so they read this file instead, and every lookup through the index
// answers "not there": reason_phrase, reference_url and enumerator_name empty, from_name nullopt.
// A generator asks the table for what it needs (registry.reason_phrase, registry.find), never the
// index. The names are those of the real index; the test index_generator_reads_no_index builds
// registry_index.cpp against a damaged index and checks that it still writes the fresh file.
#ifndef HTTPSTATUS_DETAIL_REGISTRY_INDEX_HPP
#define HTTPSTATUS_DETAIL_REGISTRY_INDEX_HPP

#include <httpstatus/detail/code_index.hpp>
#include <httpstatus/detail/name_index.hpp>

namespace httpstatus::detail {

// Each text empty; each "where it is" all zeros: offset 0, size 0. One byte more, as a literal's NUL.
inline constexpr char registry_phrases[] = "";
inline constexpr char registry_phrase_at[(max_code + 1) * text_at_size + 1] = {};
inline constexpr char registry_reference_urls[] = "";
inline constexpr char registry_reference_url_at[max_rows * text_at_size + 1] = {};
inline constexpr char registry_enumerators[] = "";
inline constexpr char registry_enumerator_at[max_rows * text_at_size + 1] = {};

// Every slot empty (a key size of 0), so that every probe ends at its first slot.
inline constexpr char name_folding[256 + 1] = {};
inline constexpr char registry_name_keys[] = "";
inline constexpr char registry_name_slots[name_slot_count * name_slot_size + 1] = {};
inline constexpr name_table registry_name_table{registry_name_slots, registry_name_keys, name_folding};

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_REGISTRY_INDEX_HPP
