// SPDX-License-Identifier: MIT
// Compile-time reflection of enumerator names, used to prove that the enum and the table agree.
// The compiler spells a non-type template argument in __PRETTY_FUNCTION__: as "ns::status::found"
// when the value has an enumerator, as "(ns::status)299" when it has none (GCC and Clang).
#ifndef HTTPSTATUS_TESTS_ENUM_REFLECTION_HPP
#define HTTPSTATUS_TESTS_ENUM_REFLECTION_HPP

#include <cstddef>
#include <string_view>
#include <utility>

#if defined(__GNUC__) || defined(__clang__)
#define HTTPSTATUS_TESTS_HAS_REFLECTION 1

namespace reflection {

template <auto V>
constexpr const char* signature() noexcept {
    return __PRETTY_FUNCTION__;
}

// The enumerator's name ("found"), or empty when V has no enumerator.
template <auto V>
constexpr std::string_view enumerator_name() noexcept {
    const std::string_view sig = signature<V>();
    const std::size_t start = sig.rfind("V = ") + 4;
    const std::size_t stop = sig.find_first_of("];", start);
    const std::string_view value = sig.substr(start, stop - start);
    if (value.empty() || value.front() == '(') return {};
    return value.substr(value.rfind("::") + 2);
}

// Rows is a type with `static constexpr bool has_row(int code)` and
// `static constexpr bool is_row_name(int code, std::string_view enumerator)`. Each failing value names itself in the
// compiler's "required from" notes.
template <typename Rows, auto V>
constexpr bool value_in_step() noexcept {
    constexpr std::string_view name = enumerator_name<V>();
    constexpr int code = static_cast<int>(V);
    static_assert(name.empty() || Rows::has_row(code), "enum/table drift: an enumerator has no row in the table");
    static_assert(!Rows::has_row(code) || !name.empty(), "enum/table drift: a row has no enumerator");
    static_assert(name.empty() || !Rows::has_row(code) || Rows::is_row_name(code, name),
                  "enum/table drift: an enumerator is not named after its row");
    return true;
}

// Each value is its own constant expression, so no single evaluation nears the compiler's step limit.
template <typename Rows, auto V>
inline constexpr bool value_checked = value_in_step<Rows, V>();

// Checks every value 0 .. sizeof...(Vs)-1 of Enum. An array, not a fold, so that a thousand values
// stay within Clang's bracket-depth limit.
template <typename Enum, typename Rows, std::size_t... Vs>
constexpr bool in_step(std::index_sequence<Vs...> /*values*/) noexcept {
    constexpr bool checked[] = {value_checked<Rows, static_cast<Enum>(Vs)>...};
    return sizeof(checked) == sizeof...(Vs);
}

}  // namespace reflection

#endif
#endif  // HTTPSTATUS_TESTS_ENUM_REFLECTION_HPP
