// SPDX-License-Identifier: MIT
// The fixture's program test: exits 1 when a check fails.
#include <fixture.hpp>

int main() {
    bool ok = fixture::steps_to_ten(0) == 5 && fixture::steps_to_ten(8) == 1;
    ok = ok && fixture::same(3) == 3;
    return ok ? 0 : 1;
}
