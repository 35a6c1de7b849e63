// SPDX-License-Identifier: MIT
// from_name finds exactly the one entry whose name or alias has the input's key, in the
// registry and in the unofficial table; every registered name finds its code.
#include "reference.hpp"
#include "text_input.hpp"

#include <httpstatus/httpstatus.hpp>
#include <httpstatus/unofficial.hpp>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    for (const auto& e : httpstatus::all()) {
        if (e.is_unused()) continue;  // "(Unused)" names two codes
        reference::check(httpstatus::from_name(httpstatus::reason_phrase(e.code)) == e.code,
                         "from_name(reason_phrase(s)) == s");
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const text_input input(data, size);
    const auto found = httpstatus::from_name(input.unterminated());
    reference::check(found == reference::from_name(httpstatus::all(), input.unterminated()),
                     "from_name agrees with the reference");
    reference::check(httpstatus::from_name(input.terminated()) == found, "from_name ignores what follows the view");
    if (found) reference::check(httpstatus::is_registered(*found), "from_name finds registered codes");

    const auto unofficial = httpstatus::unofficial::from_name(input.unterminated());
    reference::check(unofficial == reference::from_name(httpstatus::unofficial::all(), input.unterminated()),
                     "unofficial::from_name agrees with the reference");
    return 0;
}
