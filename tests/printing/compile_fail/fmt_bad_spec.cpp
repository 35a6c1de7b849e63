// A compile-fail test: fmt checks format strings at compile time in C++20, and fmt's own formatter
// reads a status's spec, so an unknown type letter is fmt's compile error, "invalid type specifier".
#include <httpstatus/fmt.hpp>

#include <string>

std::string bad() { return fmt::format("{:x}", httpstatus::status::ok); }
