// A compile-fail test: fmt checks format strings at compile time in C++20, and our parse is constexpr,
// so an unknown type letter is a compile error naming invalid_httpstatus_format_spec.
#include <httpstatus/fmt.hpp>

#include <string>

std::string bad() { return fmt::format("{:x}", httpstatus::status::ok); }
