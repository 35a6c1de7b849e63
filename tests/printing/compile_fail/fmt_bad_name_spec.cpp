// A compile-fail test: {:n} takes no width from an argument, and when fmt checks the format string
// at compile time (C++20) the error names invalid_httpstatus_format_spec.
#include <httpstatus/fmt.hpp>

#include <string>

std::string bad() { return fmt::format("{:>{}n}", httpstatus::status::ok, 5); }
