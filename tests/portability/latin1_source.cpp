// SPDX-License-Identifier: MIT
// Compiled with g++ -finput-charset=ISO-8859-1, which reads each byte above 0x7F as a Latin-1
// character and writes it out as UTF-8: a header holding the UTF-8 of the section sign (C2 A7) would
// give "RFC 9110 " C3 82 C2 A7 "15.5.5" here. The headers are ASCII and write those bytes as
// escapes, which no source character set changes, so the reference keeps its UTF-8.
#include <httpstatus/httpstatus.hpp>

#include <string_view>

// "RFC 9110 " + the section sign's two UTF-8 bytes + "15.5.5"
constexpr std::string_view reference = httpstatus::find(404)->reference;
static_assert(reference.substr(0, 9) == "RFC 9110 ");
static_assert(reference.substr(9, 2) == "\xC2\xA7",
              "the reference holds the UTF-8 bytes of the section sign, whatever the source character set");
static_assert(reference.substr(11) == "15.5.5");
