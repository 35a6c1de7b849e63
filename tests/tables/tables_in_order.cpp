// SPDX-License-Identifier: MIT
// The lines docs/tables.md shows for several tables and for status_in, word for word (tests/docs
// checks it); this file passes by compiling.
#include <httpstatus/httpstatus.hpp>
#include <httpstatus/unofficial.hpp>

namespace shown {
using httpstatus::status;

// snippet-begin
constexpr httpstatus::table api_codes{{
    {status{461}, "Quota Exceeded", "The account has used up this month's requests."},
    {status{499}, "Request Abandoned", "The API's own word for a client that went away."},
}};

// The registry first, then the program's table, then the vendors' codes: the first that has the
// code answers.
constexpr const httpstatus::status_info* entry(int code) {
    return httpstatus::find_in(code, httpstatus::registry, api_codes, httpstatus::unofficial::codes);
}
static_assert(entry(404)->name == "Not Found");
static_assert(entry(499)->name == "Request Abandoned");  // api_codes comes before unofficial::codes
static_assert(entry(444)->name == "No Response");        // nginx's, from unofficial::codes

static_assert(httpstatus::from_name_in("quota exceeded", httpstatus::registry, api_codes) == status{461});

// A code of the program's table, checked when the program compiles, as status_v<404> is.
constexpr status quota_exceeded = httpstatus::status_in<api_codes, 461>;
// httpstatus::status_in<api_codes, 462> does not compile: api_codes has no 462.
// snippet-end
static_assert(quota_exceeded == status{461});
}  // namespace shown
