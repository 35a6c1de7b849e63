// SPDX-License-Identifier: MIT
// The header that scripts/mutate's own test mutates: each mutant's fate is known, and
// tests/scripts/mutate_test.py checks it, line by line.
#ifndef MUTATE_FIXTURE_HPP
#define MUTATE_FIXTURE_HPP

#include <type_traits>

namespace fixture {

// static_asserts decide these: >= and <= moved, && swapped, 0 and 100 moved: 6 killed.
constexpr bool is_percent(int value) { return value >= 0 && value <= 100; }

// Only the program decides these (not constexpr): != negated returns at once, killed; 10 moved to 9
// or 11 is never reached by even steps, an endless loop: 2 timeouts.
inline unsigned steps_to_ten(unsigned from) {
    unsigned steps = 0;
    for (unsigned value = from; value != 10; value += 2) ++steps;
    return steps;
}

// Nothing decides these: > and >= agree at the limit, and 100 moved to 99 clamps 100 to 100, as
// before: 2 survived. The branches swapped, and 100 moved to 101, are killed: 2.
constexpr int capped(int value) { return value > 100 ? 100 : value; }

// false makes enable_if_t ill-formed: build-failed, 1.
template <class T, class = std::enable_if_t<true>>
constexpr T same(T value) {
    return value;
}

}  // namespace fixture

#endif  // MUTATE_FIXTURE_HPP
