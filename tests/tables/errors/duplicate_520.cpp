// SPDX-License-Identifier: MIT
// The table docs/tables.md shows with a duplicate 520: error_lines.cmake compiles it and checks that
// the error's lines that the page shows are the compiler's.
#include <httpstatus/httpstatus.hpp>

using httpstatus::status;

// snippet-begin
constexpr httpstatus::table api_codes{{
    {status{461}, "Quota Exceeded", "The account has used up this month's requests."},
    {status{499}, "Client Closed Request", "The client went away."},
    {status{520}, "Unknown Error", "The origin answered something unexpected."},
    {status{520}, "Web Server Is Down", "The origin refused the connection."},
}};
// snippet-end
