// SPDX-License-Identifier: MIT
// httpstatus: the status-code page on the terminal. Looks codes up, filters like the page's search box,
// lists the table sorted, and writes docs/status-codes.md and docs/index.html. Built on the library alone.
#include "code_facts.hpp"
#include "enumerator_name.hpp"
#include "html_page.hpp"
#include "output_mode.hpp"
#ifdef HTTPSTATUS_COMMAND_HAS_JSON
#include "json_output.hpp"
#endif

#include <httpstatus/httpstatus.hpp>
#include <httpstatus/unofficial.hpp>

#include <algorithm>
#include <cstddef>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using httpstatus::status_info;

// GNU's layout ("  or:" lines, "Options:", "Exit status:", "Examples:"), so that help2man writes the
// manual page's SYNOPSIS and sections from it (httpstatus-command/httpstatus.1); lines fit 80 columns.
constexpr std::string_view usage = R"(Usage: httpstatus [--unofficial] [--sort code|name|class] [--json] QUERY...
  or:  httpstatus [--unofficial] --list [--sort code|name|class] [--json]
  or:  httpstatus [--unofficial] --markdown
  or:  httpstatus --html
  or:  httpstatus --help | --version

Looks up HTTP status codes in the IANA registry, like the search box of a
status-code page: QUERY matches a code ("404", "41", "5"), a name or alias
("teapot"), or a class ("client error"), ignoring case; several words are joined
with spaces. One match prints the whole entry; several print one row each.

Options:
  --list        print every code in the table
  --sort KEY    order rows by code (default), name, or class
  --json        print JSON: one object for one match, an array otherwise
  --markdown    print the table as Markdown (docs/status-codes.md)
  --html        print the table as a web page with search and sorting
                (docs/index.html)
  --unofficial  use the table of codes outside the registry (nginx,
                Cloudflare, ...) instead: its reference column says who sends
                each code
  --help        print this help
  --version     print the library version

Exit status:
  0  something matched
  1  nothing matched
  2  a usage error

Examples:
  httpstatus 404                  the whole entry of 404 Not Found
  httpstatus teapot               a code by one of its names or aliases
  httpstatus client error         every code of a class, one row each
  httpstatus --list --sort name   every registered code, by name
  httpstatus --json 404           the entry as JSON, for a script
)";

// json_output.cpp is built only where nlohmann/json is found; elsewhere --json is a usage error.
#ifdef HTTPSTATUS_COMMAND_HAS_JSON
constexpr bool has_json_output = true;
#else
constexpr bool has_json_output = false;
#endif

enum class sort_key { code, name, klass };

bool is_ascii_digit(char ch) { return ch >= '0' && ch <= '9'; }

std::string lowercase(std::string_view text) {
    std::string out(text);
    for (char& ch : out)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return out;
}

void sort_rows(std::vector<const status_info*>& rows, sort_key key) {
    // The table is in code order and the sort is stable, so ties stay in code order.
    std::stable_sort(rows.begin(), rows.end(), [key](const status_info* a, const status_info* b) {
        switch (key) {
        case sort_key::name: return lowercase(a->name) < lowercase(b->name);
        case sort_key::klass: return a->class_ < b->class_;
        case sort_key::code: break;
        }
        return a->code < b->code;
    });
}

// The registration state and the cacheable flag: "deprecated", "unused, cacheable by default".
std::string notes_of(const status_info& e) {
    std::string notes;
    const auto add = [&notes](std::string_view note) {
        if (!notes.empty()) notes += ", ";
        notes += note;
    };
    if (e.is_deprecated()) add("deprecated");
    if (e.is_unused()) add("unused");
    if (e.is_obsoleted()) add("obsoleted");
    if (e.cacheable) add("cacheable by default");
    return notes;
}

std::string aliases_of(const status_info& e) {
    std::string out;
    for (std::string_view alias : e.aliases) {
        if (!out.empty()) out += ", ";
        out += alias;
    }
    return out;
}

std::string padded(std::string_view text, std::size_t width) {
    std::string out(text);
    if (out.size() < width) out.append(width - out.size(), ' ');
    return out;
}

void print_entry(std::ostream& out, const status_info& e) {
    out << e.value() << ' ' << e.name << '\n';
    out << "  Class:        " << to_string(e.class_) << " (" << e.value() / 100 << "xx)\n";
    if (!e.aliases.empty()) out << "  Aliases:      " << aliases_of(e) << '\n';
    out << "  Description:  " << e.description << '\n';
    out << "  Reference:    " << e.reference << '\n';
    if (const httpstatus::url link = httpstatus::reference_url(e); !link.empty())
        out << "  Link:         " << link.view() << '\n';
    const std::string notes = notes_of(e);
    if (!notes.empty()) out << "  Notes:        " << notes << '\n';
    for (const httpstatus_command::code_fact& fact : httpstatus_command::facts_of(e.code))
        out << "  " << padded(std::string(fact.label) + ':', 14) << fact.text << '\n';
}

void print_rows(std::ostream& out, const std::vector<const status_info*>& rows) {
    std::size_t name_width = 4;
    for (const status_info* e : rows) name_width = std::max(name_width, e->name.size());
    constexpr std::size_t class_width = 13;  // "Informational"
    out << "Code  " << padded("Name", name_width) << "  " << padded("Class", class_width) << "  Description\n";
    for (const status_info* e : rows)
        out << e->value() << "   " << padded(e->name, name_width) << "  " << padded(to_string(e->class_), class_width)
            << "  " << e->description << '\n';
}

// The reference, linked to its RFC section where it has one: [RFC 9110 §15.5.5](https://...).
std::string markdown_reference(const status_info& e) {
    const httpstatus::url link = httpstatus::reference_url(e);
    if (link.empty()) return std::string(e.reference);
    return "[" + std::string(e.reference) + "](" + std::string(link.view()) + ")";
}

void print_markdown(std::ostream& out) {
    out << "# HTTP status codes\n\n"
           "<!-- Generated from include/httpstatus/detail/registry.hpp by `httpstatus --markdown`\n"
           "     (build target httpstatus-docs). Do not edit: a test fails when this file is stale. -->\n\n"
           "The "
        << httpstatus::all().size()
        << " codes of the IANA HTTP Status Code Registry, as `httpstatus::registry` holds them.\n"
           "Class labels are those of the status-code page httpstatus grew from. *Cacheable* means\n"
           "heuristically cacheable by default (RFC 9110 §15.1). *Semantics* says what the code means for\n"
           "the program that sends or receives it, where there is something to say; [semantics.md](semantics.md)\n"
           "explains each fact and its source.\n\n"
           "| Code | Name | Enumerator | Class | Aliases | Reference | Notes | Semantics | Description |\n"
           "|-----:|------|------------|-------|---------|-----------|-------|-----------|-------------|\n";
    for (const status_info& e : httpstatus::all())
        out << "| " << e.value() << " | " << e.name << " | `" << httpstatus_command::enumerator_name_of(e).view()
            << "` | " << to_string(e.class_) << " | " << aliases_of(e) << " | " << markdown_reference(e) << " | "
            << notes_of(e) << " | " << httpstatus_command::facts_line(e.code) << " | " << e.description << " |\n";
}

void print_unofficial_markdown(std::ostream& out) {
    out << "# Unofficial HTTP status codes\n\n"
           "<!-- Generated from include/httpstatus/unofficial.hpp by `httpstatus --unofficial --markdown`\n"
           "     (build target httpstatus-docs). Do not edit: a test fails when this file is stale. -->\n\n"
           "The "
        << httpstatus::unofficial::all().size()
        << " codes of `httpstatus/unofficial.hpp`: not in the IANA registry, but sent by widely used\n"
           "software. See [unofficial.md](unofficial.md) for how to look them up.\n\n"
           "| Code | Name | Class | Source | Description |\n"
           "|-----:|------|-------|--------|-------------|\n";
    for (const status_info& e : httpstatus::unofficial::all())
        out << "| " << e.value() << " | " << e.name << " | " << to_string(e.class_) << " | " << e.reference << " | "
            << e.description << " |\n";
}

// What a code that is not registered means, if it has a class: RFC 9110 §15 says a client treats it
// as the x00 code of that class.
void explain_unregistered(std::ostream& err, std::string_view query) {
    const std::optional<httpstatus::status> code = httpstatus::parse(query);
    if (!code || query.size() != 3) return;
    const int x00 = to_int(*code) / 100 * 100;
    err << "httpstatus: " << query << " is not registered; a client treats it as " << x00 << ' '
        << httpstatus::reason_phrase(x00) << " (class " << to_string(*httpstatus::class_of(*code)) << ")\n";
}

struct options {
    bool list = false;
    bool markdown = false;
    bool html = false;
    bool json = false;
    bool unofficial = false;
    sort_key key = sort_key::code;
    std::string query;
};

std::optional<sort_key> sort_key_named(std::string_view name) {
    if (name == "code") return sort_key::code;
    if (name == "name") return sort_key::name;
    if (name == "class") return sort_key::klass;
    return std::nullopt;
}

// The options that only switch something on; false when `arg` is not one of them.
bool set_switch(std::string_view arg, options& opts) {
    bool* const flag = arg == "--list"         ? &opts.list
                       : arg == "--unofficial" ? &opts.unofficial
                       : arg == "--markdown"   ? &opts.markdown
                       : arg == "--html"       ? &opts.html
                       : arg == "--json"       ? &opts.json
                                               : nullptr;
    if (flag != nullptr) *flag = true;
    return flag != nullptr;
}

// A usage error is one line, which says what is wrong and where the rest is: the whole usage text
// would bury it. Returns the exit status of a usage error.
int usage_error(std::string_view problem) {
    std::cerr << "httpstatus: " << problem << "; see httpstatus --help\n";
    return 2;
}

// Options that cannot go together, or nothing to do: a usage error's exit status.
std::optional<int> check_combination(const options& opts) {
    if (opts.html && opts.unofficial)
        return usage_error("--html writes the registry's page, and --unofficial has none");
    if (opts.json && (opts.html || opts.markdown))
        return usage_error(std::string("--json cannot go with ") + (opts.html ? "--html" : "--markdown"));
    if (opts.json && !has_json_output)
        return usage_error("this build has no JSON support for --json: rebuild with nlohmann/json installed "
                           "(apt-get install nlohmann-json3-dev)");
    if (!opts.html && !opts.markdown && !opts.list && opts.query.empty()) return usage_error("give a QUERY, or --list");
    return std::nullopt;
}

// Reads the arguments into `opts`. Returns an exit status when they end the run (help, version, a
// usage error), nullopt when there is a query or listing to do.
std::optional<int> parse_arguments(int argc, char** argv, options& opts) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::cout << usage;
            return 0;
        }
        if (arg == "--version") {
            std::cout << "httpstatus " << HTTPSTATUS_VERSION_MAJOR << '.' << HTTPSTATUS_VERSION_MINOR << '.'
                      << HTTPSTATUS_VERSION_PATCH << '\n';
            return 0;
        }
        if (set_switch(arg, opts)) continue;
        if (arg == "--sort") {
            const auto key = sort_key_named(i + 1 < argc ? std::string_view{argv[++i]} : std::string_view{});
            if (!key) return usage_error("--sort takes code, name or class");
            opts.key = *key;
        } else if (arg.size() > 1 && arg[0] == '-' && !is_ascii_digit(arg[1])) {
            return usage_error("unknown option " + std::string(arg));
        } else {
            if (!opts.query.empty()) opts.query += ' ';
            opts.query += arg;
        }
    }
    return check_combination(opts);
}

// What to say when a query matched nothing: unregistered codes still have a class, and the
// unofficial table may know the code.
void report_no_match(const options& opts) {
    std::cerr << "httpstatus: no " << (opts.unofficial ? "unofficial " : "") << "status code matches \"" << opts.query
              << "\"\n";
    if (opts.unofficial) return;
    explain_unregistered(std::cerr, opts.query);
    const std::size_t others = httpstatus::unofficial::search(opts.query).size();
    if (others > 0)
        std::cerr << "httpstatus: " << others << (others == 1 ? " unofficial code matches" : " unofficial codes match")
                  << "; see httpstatus --unofficial " << opts.query << '\n';
}

int run_query(const options& opts) {
    const httpstatus::entry_span table = opts.unofficial ? httpstatus::unofficial::all() : httpstatus::all();
    std::vector<const status_info*> rows;
    for (const status_info& e : httpstatus::search_results(table, opts.query)) rows.push_back(&e);
    // One match is shown whole, unless the whole table was asked for; several are sorted.
    const bool whole_entry = rows.size() == 1 && !opts.list;
    if (!whole_entry) sort_rows(rows, opts.key);
    if (opts.json) {
        // check_combination has refused --json where the build has none. No match writes "[]", so
        // that a script reading the output gets JSON either way.
#ifdef HTTPSTATUS_COMMAND_HAS_JSON
        if (whole_entry) {
            httpstatus_command::write_json_entry(std::cout, *rows.front());
        } else {
            httpstatus_command::write_json_entries(std::cout, rows);
        }
#endif
    } else if (whole_entry) {
        print_entry(std::cout, *rows.front());
    } else if (!rows.empty()) {
        print_rows(std::cout, rows);
    }
    if (rows.empty()) {
        report_no_match(opts);
        return 1;
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    httpstatus_command::use_utf8_and_lf_output();
    options opts;
    if (const auto done = parse_arguments(argc, argv, opts)) return *done;
    if (opts.html) {
        httpstatus_command::write_html_page(std::cout);
        return 0;
    }
    if (opts.markdown) {
        if (opts.unofficial) {
            print_unofficial_markdown(std::cout);
        } else {
            print_markdown(std::cout);
        }
        return 0;
    }
    return run_query(opts);
}
