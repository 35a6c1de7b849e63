// SPDX-License-Identifier: MIT
// httpstatus-docs-generator: writes this repository's generated docs, each to standard output, for
// the build target httpstatus-docs (and their freshness tests):
//   httpstatus-docs-generator status-codes.md | unofficial-codes.md | index.html
// They are the tables the httpstatus command prints (--markdown, --html), with the heading, the
// paragraph and the "Do not edit" banner that belong to this repository and not to a user's copy.
// Not installed.
#include "html_page.hpp"
#include "markdown_table.hpp"
#include "output_mode.hpp"

#include <httpstatus/httpstatus.hpp>
#include <httpstatus/unofficial.hpp>

#include <cstdio>
#include <iostream>
#include <string_view>

namespace {

void write_status_codes(std::ostream& out) {
    out << "# HTTP status codes\n\n"
           "<!-- Generated from include/httpstatus/detail/registry.hpp by httpstatus-docs-generator\n"
           "     (build target httpstatus-docs). Do not edit: a test fails when this file is stale. -->\n\n"
           "The "
        << httpstatus::all().size()
        << " codes of the IANA HTTP Status Code Registry, as `httpstatus::registry` holds them.\n"
           "Class labels are those of the status-code page httpstatus grew from. *Cacheable* means\n"
           "heuristically cacheable by default (RFC 9110 §15.1). *Semantics* says what the code means for\n"
           "the program that sends or receives it, where there is something to say; [semantics.md](semantics.md)\n"
           "explains each fact and its source. *Header fields* gives the rules that tie header fields to the\n"
           "code (`httpstatus::field_rules`, in `<httpstatus/field_rules.hpp>`), a line each: what a response\n"
           "with the code must, should or may send, or must not, when, and the section that says so; a code\n"
           "that is not listed here has the rules of its class. `httpstatus --markdown` prints this table.\n\n";
    httpstatus_command::write_registry_markdown(out, httpstatus_command::rows_of(httpstatus::all()));
}

void write_unofficial_codes(std::ostream& out) {
    out << "# Unofficial HTTP status codes\n\n"
           "<!-- Generated from include/httpstatus/unofficial.hpp by httpstatus-docs-generator\n"
           "     (build target httpstatus-docs). Do not edit: a test fails when this file is stale. -->\n\n"
           "The "
        << httpstatus::unofficial::all().size()
        << " codes of `httpstatus/unofficial.hpp`: not in the IANA registry, but sent by widely used\n"
           "software. See [unofficial.md](unofficial.md) for how to look them up; `httpstatus --unofficial\n"
           "--markdown` prints this table.\n\n";
    httpstatus_command::write_unofficial_markdown(out, httpstatus_command::rows_of(httpstatus::unofficial::all()));
}

constexpr std::string_view page_banner =
    "<!-- Generated from include/httpstatus/detail/registry.hpp and httpstatus-command/page/ by\n"
    "     httpstatus-docs-generator (build target httpstatus-docs). Do not edit: a test fails when this\n"
    "     file is stale. `httpstatus --html` writes the same page without this comment. -->\n";

}  // namespace

int main(int argc, char** argv) {
    httpstatus_command::use_utf8_and_lf_output();  // "\n" on every system, as the command writes
    const std::string_view file = argc == 2 ? argv[1] : "";
    if (file == "status-codes.md") {
        write_status_codes(std::cout);
    } else if (file == "unofficial-codes.md") {
        write_unofficial_codes(std::cout);
    } else if (file == "index.html") {
        httpstatus_command::write_html_page(std::cout, page_banner);
    } else {
        std::cerr << "usage: httpstatus-docs-generator status-codes.md | unofficial-codes.md | index.html\n";
        return 2;
    }
    std::cout.flush();
    return std::cout && std::fflush(stdout) == 0 ? 0 : 1;
}
