// httpstatus: status codes as std::error_code, classes as std::error_condition.
// SPDX-License-Identifier: MIT
//
//   std::error_code ec = httpstatus::status::not_found;   // category "http", value 404
//   ec.message();                                         // "Not Found"
//   ec == httpstatus::status_class::client_error;         // true: compares by class
// One category object, "http", serves codes and classes: a code's value is the code (100-599, or any
// other number, whose message is "unknown HTTP status N"), a class condition's value is the class's
// first digit (1-5), which is never a status code.
#ifndef HTTPSTATUS_ERROR_CODE_HPP
#define HTTPSTATUS_ERROR_CODE_HPP

#include <httpstatus/httpstatus.hpp>

#include <string>
#include <system_error>
#include <type_traits>

// Before anything compares codes and conditions, which instantiates these traits.
template <>
struct std::is_error_code_enum<httpstatus::status> : std::true_type {};
template <>
struct std::is_error_condition_enum<httpstatus::status_class> : std::true_type {};

namespace httpstatus {

namespace detail {
// Its implicit default constructor is constexpr, as std::error_category's is: http_category() below
// builds the one instance as a constant.
class http_category final : public std::error_category {
public:
    const char* name() const noexcept override { return "http"; }

    std::string message(int value) const override {
        if (is_class_value(value)) return std::string(to_string(static_cast<status_class>(value)));
        const std::string_view phrase = reason_phrase(value);
        if (!phrase.empty()) return std::string(phrase);
        return "unknown HTTP status " + std::to_string(value);
    }

    // A code's condition is its class; a value outside 100-599 has none and is only itself.
    std::error_condition default_error_condition(int value) const noexcept override {
        if (const auto c = class_of(value)) return {static_cast<int>(*c), *this};
        return {value, *this};
    }

    // `code == condition` asks both categories; both answers come from belongs() so that only a
    // code in 100-599 belongs to a class, and a stray error_code{4, http_category()} is not taken
    // for the client-error condition.
    bool equivalent(int value, const std::error_condition& condition) const noexcept override {
        return condition.category() == *this && belongs(value, condition.value());
    }
    bool equivalent(const std::error_code& code, int condition) const noexcept override {
        return code.category() == *this && belongs(code.value(), condition);
    }

private:
    static constexpr bool is_class_value(int value) noexcept { return value >= 1 && value <= 5; }
    static constexpr bool belongs(int code, int condition) noexcept {
        if (is_class_value(condition)) return class_of(code) == static_cast<status_class>(condition);
        return code == condition;
    }
};
}  // namespace detail

// The one "http" category. A function-local static with a constexpr constructor: constant-initialized,
// so no global constructor runs, and the same object in every translation unit.
inline const std::error_category& http_category() noexcept {
    static const detail::http_category instance;
    return instance;
}

inline std::error_code make_error_code(status s) noexcept { return {to_int(s), http_category()}; }
inline std::error_condition make_error_condition(status_class c) noexcept {
    return {static_cast<int>(c), http_category()};
}

}  // namespace httpstatus

#endif  // HTTPSTATUS_ERROR_CODE_HPP
