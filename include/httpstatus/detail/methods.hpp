// httpstatus: the request methods the IANA HTTP Method Registry marks safe or idempotent.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_METHODS_HPP
#define HTTPSTATUS_DETAIL_METHODS_HPP

#include <cstddef>
#include <string_view>

namespace httpstatus::detail {

// The registry (https://www.iana.org/assignments/http-methods) has a "Safe" and an "Idempotent" column;
// RFC 9110 section 18.2 registers its own methods and RFC 7237 those defined before the registry. Each
// list is one text of words, and a char array rather than a string_view: as an array of 35
// string_views the lists made every unit that includes httpstatus.hpp cost GCC 2% more, as this 0.5%.

// Safe, and so idempotent too (RFC 9110 section 9.2.2: every safe method is idempotent).
inline constexpr char safe_methods[] =
    "GET "       // RFC 9110 section 9.3.1
    "HEAD "      // RFC 9110 section 9.3.2
    "OPTIONS "   // RFC 9110 section 9.3.7
    "TRACE "     // RFC 9110 section 9.3.8
    "PRI "       // RFC 9113 section 11.6 (RFC 7540 section 11.6): the HTTP/2 connection preface
    "PROPFIND "  // RFC 4918 section 9.1
    "REPORT "    // RFC 3253 section 3.6
    "SEARCH";    // RFC 5323 section 2

// Idempotent but not safe. Not in either list: CONNECT, POST (RFC 9110 sections 9.3.6, 9.3.3), PATCH
// (RFC 5789 section 2), LOCK (RFC 4918 section 9.10), and "*", which the registry reserves.
inline constexpr char idempotent_unsafe_methods[] = "PUT "                // RFC 9110 section 9.3.4
                                                    "DELETE "             // RFC 9110 section 9.3.5
                                                    "ACL "                // RFC 3744 section 8.1
                                                    "BASELINE-CONTROL "   // RFC 3253 section 12.6
                                                    "BIND "               // RFC 5842 section 4
                                                    "CHECKIN "            // RFC 3253 sections 4.4 and 9.4
                                                    "CHECKOUT "           // RFC 3253 sections 4.3 and 8.8
                                                    "COPY "               // RFC 4918 section 9.8
                                                    "LABEL "              // RFC 3253 section 8.2
                                                    "LINK "               // RFC 2068 section 19.6.1.2
                                                    "MERGE "              // RFC 3253 section 11.2
                                                    "MKACTIVITY "         // RFC 3253 section 13.5
                                                    "MKCALENDAR "         // RFC 4791 section 5.3.1
                                                    "MKCOL "              // RFC 4918 section 9.3
                                                    "MKREDIRECTREF "      // RFC 4437 section 6
                                                    "MKWORKSPACE "        // RFC 3253 section 6.3
                                                    "MOVE "               // RFC 4918 section 9.9
                                                    "ORDERPATCH "         // RFC 3648 section 7
                                                    "PROPPATCH "          // RFC 4918 section 9.2
                                                    "REBIND "             // RFC 5842 section 6
                                                    "UNBIND "             // RFC 5842 section 5
                                                    "UNCHECKOUT "         // RFC 3253 section 4.5
                                                    "UNLINK "             // RFC 2068 section 19.6.1.3
                                                    "UNLOCK "             // RFC 4918 section 9.11
                                                    "UPDATE "             // RFC 3253 section 7.1
                                                    "UPDATEREDIRECTREF "  // RFC 4437 section 7
                                                    "VERSION-CONTROL";    // RFC 3253 section 3.5

// Is `word` one of the space-separated words of `words`, exactly (case and all)? An empty word, or one
// with a space, is none of them. Byte by byte, with no string_view::find: with GCC and
// -fsanitize=undefined, find's test of the pointer memchr gives is not a constant expression.
template <std::size_t Size>
constexpr bool is_word_of(std::string_view word, const char (&words)[Size]) noexcept {
    std::size_t start = 0;  // where the word being read starts
    for (std::size_t end = 0; end < Size; ++end) {
        if (words[end] != ' ' && words[end] != '\0') continue;  // the last word ends at the NUL
        if (end - start == word.size()) {
            std::size_t same = 0;
            while (same < word.size() && words[start + same] == word[same]) ++same;
            if (same == word.size() && same != 0) return true;
        }
        start = end + 1;
    }
    return false;
}

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_METHODS_HPP
