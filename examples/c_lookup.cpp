// SPDX-License-Identifier: MIT
// c_lookup.c in C++: the same look-ups through <httpstatus/httpstatus.hpp>, printing the same lines,
// byte for byte (the test example_c_lookup_<compiler> compares them).
#include <httpstatus/httpstatus.hpp>

#include <iostream>
#include <optional>
#include <string_view>

namespace {

void show(httpstatus::status code) {
    const std::optional<httpstatus::status_class> class_ = httpstatus::class_of(code);
    std::cout << httpstatus::to_int(code) << ' ' << httpstatus::reason_phrase(code) << ": "
              << (class_ ? httpstatus::to_string(*class_) : std::string_view{}) << ", "
              << (httpstatus::is_cacheable_by_default(code) ? "cacheable by default" : "not cacheable by default")
              << '\n';
}

}  // namespace

int main() {
    constexpr std::string_view name = "not found";
    constexpr std::string_view line = "404 Not Found";

    show(httpstatus::status::not_found);
    show(httpstatus::status::im_a_teapot);

    std::cout << '"' << name << "\" is "
              << httpstatus::to_int(httpstatus::from_name(name).value_or(httpstatus::status{})) << '\n';
    if (const std::optional<httpstatus::status> code = httpstatus::parse(line))
        std::cout << '"' << line << "\" is " << httpstatus::to_int(*code) << '\n';
}
