// SPDX-License-Identifier: MIT
// is_safe_method and is_idempotent_method in constant expressions; this file passes by compiling.
#include <httpstatus/httpstatus.hpp>

#include <string_view>

namespace hs = httpstatus;

// RFC 9110 section 9.2.1: GET, HEAD, OPTIONS and TRACE are safe; section 9.2.2: PUT and DELETE are
// idempotent too; POST, CONNECT and PATCH (RFC 5789) are neither.
static_assert(hs::is_safe_method("GET") && hs::is_safe_method("HEAD"));
static_assert(hs::is_safe_method("OPTIONS") && hs::is_safe_method("TRACE"));
static_assert(!hs::is_safe_method("PUT") && !hs::is_safe_method("DELETE") && !hs::is_safe_method("POST"));
static_assert(hs::is_idempotent_method("GET") && hs::is_idempotent_method("PUT") && hs::is_idempotent_method("DELETE"));
static_assert(!hs::is_idempotent_method("POST") && !hs::is_idempotent_method("CONNECT"));
static_assert(!hs::is_idempotent_method("PATCH") && !hs::is_safe_method("PATCH"));
// The registry's others: PROPFIND is safe (RFC 4918), LOCK is neither, MOVE idempotent only.
static_assert(hs::is_safe_method("PROPFIND") && hs::is_safe_method("REPORT") && hs::is_safe_method("SEARCH"));
static_assert(hs::is_safe_method("PRI") && hs::is_idempotent_method("PROPFIND"));
static_assert(!hs::is_safe_method("LOCK") && !hs::is_idempotent_method("LOCK"));
static_assert(!hs::is_safe_method("MOVE") && hs::is_idempotent_method("MOVE") && hs::is_idempotent_method("UNLOCK"));
static_assert(hs::is_idempotent_method("BASELINE-CONTROL") && hs::is_idempotent_method("VERSION-CONTROL"));
// Case-sensitive (RFC 9110 section 9.1), whole words only, nothing trimmed.
static_assert(!hs::is_safe_method("get") && !hs::is_safe_method("Get") && !hs::is_idempotent_method("put"));
static_assert(!hs::is_safe_method("") && !hs::is_idempotent_method("") && !hs::is_safe_method(" "));
static_assert(!hs::is_safe_method("GE") && !hs::is_safe_method("GETS") && !hs::is_safe_method("ET"));
static_assert(!hs::is_safe_method("GET ") && !hs::is_safe_method(" GET") && !hs::is_safe_method("GET HEAD"));
static_assert(!hs::is_idempotent_method("PUT DELETE") && !hs::is_idempotent_method("BASELINE"));
static_assert(!hs::is_safe_method(std::string_view("GET\0", 4)) && !hs::is_idempotent_method("*"));
static_assert(!hs::is_safe_method("QUERY") && !hs::is_idempotent_method("BREW"));
// Of the functions: a string literal's conversion to string_view is not noexcept in libc++.
constexpr std::string_view get = "GET";
static_assert(noexcept(hs::is_safe_method(get)) && noexcept(hs::is_idempotent_method(get)));
// The word lists' reader on lists of its own: a one-letter word is found; an empty word is none, even
// where two spaces make an empty word of the list (the registry's lists have neither).
static_assert(hs::detail::is_word_of("A", "A BC") && hs::detail::is_word_of("BC", "A BC") &&
              !hs::detail::is_word_of("B", "A BC"));
static_assert(!hs::detail::is_word_of("", "A  BC") && !hs::detail::is_word_of("", "A BC "));
