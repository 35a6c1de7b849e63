// SPDX-License-Identifier: MIT
// docs/index.html: the status-code page rebuilt from the library's table. The page's frame, style
// and script live in page/ beside this file and are compiled into the program; the rows come from
// httpstatus::all().
#ifndef HTTPSTATUS_COMMAND_HTML_PAGE_HPP
#define HTTPSTATUS_COMMAND_HTML_PAGE_HPP

#include <iosfwd>
#include <string>
#include <string_view>

namespace httpstatus_command {

// Text made safe to put between HTML tags or inside a quoted attribute.
std::string html_escaped(std::string_view text);

// The whole page, one self-contained file: nothing in it is fetched when it opens. The banner, if
// any, goes in the page's head as it is: docs/index.html's says how the page is generated.
void write_html_page(std::ostream& out, std::string_view banner = {});

}  // namespace httpstatus_command

#endif  // HTTPSTATUS_COMMAND_HTML_PAGE_HPP
