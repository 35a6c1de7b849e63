// SPDX-License-Identifier: MIT
// The fixture's compile-only test.
#include <fixture.hpp>

static_assert(fixture::is_percent(0) && fixture::is_percent(100));
static_assert(!fixture::is_percent(-1) && !fixture::is_percent(101));
static_assert(fixture::capped(5) == 5 && fixture::capped(100) == 100 && fixture::capped(101) == 100);
