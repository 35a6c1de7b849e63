// SPDX-License-Identifier: MIT
// httpstatus: the status-code page on the terminal. Looks codes up by the library's search rule,
// lists the table sorted, and prints it as JSON, Markdown or a web page. Built on the library alone.
#include "check_input.hpp"
#include "check_text.hpp"
#include "code_facts.hpp"
#include "entry_text.hpp"
#include "fit_width.hpp"
#include "html_page.hpp"
#include "markdown_table.hpp"
#include "output_mode.hpp"
#include "output_width.hpp"
#include "printable.hpp"
#include "standard_input.hpp"
#ifdef HTTPSTATUS_COMMAND_HAS_JSON
#include "check_json.hpp"
#include "json_output.hpp"
#endif

#include <httpstatus/httpstatus.hpp>
#include <httpstatus/status_line.hpp>
#include <httpstatus/unofficial.hpp>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using httpstatus::status_info;

// GNU's layout ("  or:" lines, "Options:", "Exit status:", "Examples:"), so that help2man writes the
// manual page's SYNOPSIS and sections from it (httpstatus-command/httpstatus.1); lines fit 80 columns
// (the test command_help_fits_80_columns).
constexpr std::string_view usage = R"(Usage: httpstatus [OPTION]... QUERY...
  or:  httpstatus [--unofficial] [--sort=KEY] [--json] [--width=COLS] --list
  or:  httpstatus [--unofficial] [--sort=KEY] --markdown
  or:  httpstatus --html
  or:  httpstatus --check [--method=METHOD] [--json] [--width=COLS]
  or:  httpstatus --help | --version

Looks up HTTP status codes in the IANA registry, like the search box of a
status-code page. A QUERY of digits, with x's after them if you like, matches
the codes that begin with those digits: "404", "41" (410-418), "5" or "5xx"
(every 5xx code). Any other QUERY matches the codes whose name, alias, class or
enumerator (as C++ spells the code: "not_found", "continue_", "unused_418")
contains it, with case ignored, spaces, '_' and '-' alike and apostrophes
skipped: "teapot", "im a teapot", "client error".

Each argument that is a code is a query of its own; the other arguments in a
row are joined with spaces into one query: "httpstatus 404 not found 500" asks
three. One code found prints its whole entry; several print one row each.

With --check, it reads from standard input what "curl -sI URL" prints (or
-sIL, each response of a redirect chain, or -si, where the body after each
head is skipped) and checks each response head: its status line and field
lines (RFC 9112), and the fields RFC 9110 ties to its code, as a 405's Allow.
A response that breaks no MUST or MUST NOT gets one line, "... conforms";
each finding follows on a line of its own: an error breaks a MUST or MUST NOT,
a warning a SHOULD or SHOULD NOT, and a note is a rule whose condition the
head cannot show (the request's method, what a 200 would carry).

Options:
  --list          print every code in the table; it takes no QUERY
  --sort=KEY      order rows by code (the default), name, or class
  --json          print the codes found as a JSON array, one object each:
                  [] when none is found; with --check, the reports
  --markdown      print the table as Markdown; it takes no QUERY
  --html          print the table as a web page with search and sorting;
                  it takes no QUERY
  --unofficial    use the table of codes outside the registry (nginx,
                  Cloudflare, ...) instead: its reference column says who
                  sends each code
  --check         check the response heads on standard input; it takes no
                  QUERY
  --method=METHOD
                  with --check, the request's method (curl -sI sends HEAD,
                  curl -si GET), so that the rules that depend on it apply
  --width=COLS    fit rows and entries in COLS columns: rows are cut, entries
                  wrapped; 0 means no limit. The default is the terminal's
                  width (COLUMNS, or its size) when the output is a terminal,
                  and no limit into a pipe or a file
  -h, --help      print this help
  --version       print the library version
  --              end the options: each argument after it is a QUERY

An option's value follows it after '=' or as the next argument.

Exit status:
  0  every QUERY matched; with --check, every response conforms
  1  a QUERY matched nothing (the others are printed); with --check, a
     response does not conform
  2  a usage error, or the output could not be written; with --check, the
     input is not a response head

Examples:
  httpstatus 404                  the whole entry of 404 Not Found
  httpstatus 404 500              a row for each
  httpstatus 5xx                  every server error, one row each
  httpstatus not_found            a code by its name, enumerator or alias
  httpstatus client error         every code of a class
  httpstatus --list --sort=name   every registered code, by name
  httpstatus --json 404 | jq -r '.[0].name'
                                  the entry as JSON for a script: always
                                  an array
  curl -sI http://127.0.0.1:8080/ | httpstatus --check
                                  does the server's answer conform?
)";

// json_output.cpp is built only where nlohmann/json is found; elsewhere --json is a usage error.
#ifdef HTTPSTATUS_COMMAND_HAS_JSON
constexpr bool has_json_output = true;
#else
constexpr bool has_json_output = false;
#endif

enum class sort_key { code, name, klass };

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

std::string padded(std::string_view text, std::size_t width) {
    std::string out(text);
    if (out.size() < width) out.append(width - out.size(), ' ');
    return out;
}

// Lines fitted to a width when there is one (a terminal's, or --width's), whole otherwise.
struct fitting {
    std::optional<std::size_t> width;  // nullopt or 0: no limit

    bool limits() const { return width && *width > 0; }
    std::string line(std::string_view text) const {
        return (limits() ? httpstatus_command::cut_to_width(text, *width) : std::string(text)) + '\n';
    }
    // "  Label:        text", the text wrapped under itself at `indent` columns, which leaves room
    // for the entry's longest label.
    std::string field(std::string_view label, std::string_view text, std::size_t indent = 16) const {
        const std::string head = "  " + padded(std::string(label) + ':', indent - 2);
        if (!limits()) return head + std::string(text) + '\n';
        if (*width <= indent) return line(head + std::string(text));
        return head + httpstatus_command::wrapped(text, indent, *width);
    }
};

void print_entry(std::ostream& out, const status_info& e, const fitting& fit) {
    const std::vector<httpstatus_command::code_fact> facts = httpstatus_command::facts_of(e.code);
    const std::vector<httpstatus_command::rule_line> rules = httpstatus_command::rule_lines_of(e.value());
    // Every text starts in one column: 16, or after the longest label ("Must not send: ").
    std::size_t indent = 16;
    for (const httpstatus_command::code_fact& fact : facts) indent = std::max(indent, fact.label.size() + 4);
    for (const httpstatus_command::rule_line& rule : rules) indent = std::max(indent, rule.verb.size() + 4);
    const auto field = [&fit, indent](std::string_view label, std::string_view text) {
        return fit.field(label, text, indent);
    };
    out << fit.line(std::to_string(e.value()) + ' ' + std::string(e.name));
    out << field("Class", std::string(to_string(e.class_)) + " (" + std::to_string(e.value() / 100) + "xx)");
    if (!e.aliases.empty()) out << field("Aliases", httpstatus_command::aliases_of(e));
    out << field("Description", e.description);
    out << field("Reference", e.reference);
    if (const httpstatus::url link = httpstatus::reference_url(e); !link.empty()) out << field("Link", link.view());
    const std::string notes = httpstatus_command::notes_of(e);
    if (!notes.empty()) out << field("Notes", notes);
    for (const httpstatus_command::code_fact& fact : facts) out << field(fact.label, fact.text);
    for (const httpstatus_command::rule_line& rule : rules)
        out << field(rule.verb, httpstatus_command::rule_text(rule));
}

void print_rows(std::ostream& out, const std::vector<const status_info*>& rows, const fitting& fit) {
    std::size_t name_width = 4;
    for (const status_info* e : rows) name_width = std::max(name_width, e->name.size());
    constexpr std::size_t class_width = 13;  // "Informational"
    out << fit.line("Code  " + padded("Name", name_width) + "  " + padded("Class", class_width) + "  Description");
    for (const status_info* e : rows)
        out << fit.line(std::to_string(e->value()) + "   " + padded(e->name, name_width) + "  " +
                        padded(to_string(e->class_), class_width) + "  " + std::string(e->description));
}

struct options {
    bool list = false;
    bool markdown = false;
    bool html = false;
    bool json = false;
    bool unofficial = false;
    bool check = false;
    std::optional<std::string_view> method;  // --method, for --check
    sort_key key = sort_key::code;
    bool sorted = false;  // --sort was given
    std::optional<std::size_t> width;
    std::vector<std::string> queries;
};

std::optional<sort_key> sort_key_named(std::string_view name) {
    if (name == "code") return sort_key::code;
    if (name == "name") return sort_key::name;
    if (name == "class") return sort_key::klass;
    return std::nullopt;
}

// The options that only switch something on; nullptr when `name` is not one of them.
bool* switch_named(std::string_view name, options& opts) {
    if (name == "--list") return &opts.list;
    if (name == "--unofficial") return &opts.unofficial;
    if (name == "--markdown") return &opts.markdown;
    if (name == "--html") return &opts.html;
    if (name == "--json") return &opts.json;
    if (name == "--check") return &opts.check;
    return nullptr;
}

// A usage error is one line, which says what is wrong and where the rest is: the whole usage text
// would bury it. Returns the exit status of a usage error.
int usage_error(std::string_view problem) {
    std::cerr << "httpstatus: " << problem << "; see httpstatus --help\n";
    return 2;
}

// Is the argument a code, or the first digits of codes ("404", "41", "5xx"): a query of its own?
// The library's search rule decides, so that the command and search() cannot disagree.
bool is_code_argument(std::string_view arg) { return httpstatus::detail::search_query(arg).is_code; }

// The queries the operands make: each code on its own, the words between codes joined by spaces.
std::vector<std::string> queries_of(const std::vector<std::string_view>& operands) {
    std::vector<std::string> queries;
    bool joining = false;  // is the last query words that the next word joins?
    for (std::string_view operand : operands) {
        if (is_code_argument(operand)) {
            queries.emplace_back(operand);
            joining = false;
        } else if (joining) {
            queries.back().append(" ").append(operand);
        } else {
            queries.emplace_back(operand);
            joining = true;
        }
    }
    return queries;
}

// --check reads standard input and takes no QUERY, nor the options of the table's views.
std::optional<int> check_check_combination(const options& opts) {
    if (!opts.check) {
        if (opts.method) return usage_error("--method goes with --check");
        return std::nullopt;
    }
    if (opts.list || opts.markdown || opts.html || opts.unofficial || opts.sorted) {
        const std::string_view option = opts.list         ? "--list"
                                        : opts.markdown   ? "--markdown"
                                        : opts.html       ? "--html"
                                        : opts.unofficial ? "--unofficial"
                                                          : "--sort";
        return usage_error("--check cannot go with " + std::string(option));
    }
    if (!opts.queries.empty())
        return usage_error("--check reads the responses from standard input and takes no QUERY (\"" +
                           httpstatus_command::printable(opts.queries.front()) + "\")");
    return std::nullopt;
}

// A method is a token (RFC 9110 section 9.1); they are case-sensitive, so "head" is not "HEAD".
bool is_method(std::string_view text) {
    constexpr std::string_view others = "!#$%&'*+-.^_`|~";
    if (text.empty()) return false;
    for (char ch : text) {
        const bool alphanumeric = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
        if (!alphanumeric && others.find(ch) == std::string_view::npos) return false;
    }
    return true;
}

std::string uppercase(std::string_view text) {
    std::string out(text);
    for (char& ch : out)
        if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    return out;
}

// The methods RFC 9110 section 9 defines, and PATCH (RFC 5789).
bool is_standard_method(std::string_view method) {
    constexpr std::string_view standard[] = {"GET",     "HEAD",    "POST",  "PUT",  "DELETE",
                                             "CONNECT", "OPTIONS", "TRACE", "PATCH"};
    return std::find(std::begin(standard), std::end(standard), method) != std::end(standard);
}

// Options that cannot go together, or nothing to do: a usage error's exit status.
std::optional<int> check_combination(const options& opts) {
    if (const std::optional<int> done = check_check_combination(opts)) return done;
    const bool whole_table = opts.list || opts.markdown || opts.html;
    if (opts.html && opts.unofficial)
        return usage_error("--html writes the registry's page, and --unofficial has none");
    if (opts.json && (opts.html || opts.markdown))
        return usage_error(std::string("--json cannot go with ") + (opts.html ? "--html" : "--markdown"));
    if (opts.html && opts.sorted) return usage_error("--sort cannot go with --html: the page sorts itself");
    if (opts.markdown && opts.list) return usage_error("--list cannot go with --markdown: it prints every code");
    if (opts.json && !has_json_output)
        return usage_error("this build has no JSON support for --json: rebuild with nlohmann/json installed "
                           "(apt-get install nlohmann-json3-dev)");
    if (whole_table && !opts.queries.empty()) {
        const std::string_view option = opts.list ? "--list" : opts.markdown ? "--markdown" : "--html";
        return usage_error(std::string(option) + " prints every code and takes no QUERY (\"" +
                           httpstatus_command::printable(opts.queries.front()) + "\")");
    }
    if (!whole_table && !opts.check && opts.queries.empty()) return usage_error("give a QUERY, or --list");
    return std::nullopt;
}

// An option's value: after '=' in the same argument, else the next argument (which is used up).
std::optional<std::string_view> value_of(std::optional<std::string_view> attached, int argc, char** argv, int& i) {
    if (attached) return attached;
    if (i + 1 < argc) return std::string_view(argv[++i]);
    return std::nullopt;
}

// --method's value into `opts`; a usage error's exit status when it is not a method, or a standard
// method in the wrong case.
std::optional<int> read_method(std::optional<std::string_view> value, options& opts) {
    if (!value || !is_method(*value))
        return usage_error("--method takes a request method, as a request writes it: GET, HEAD, POST, ...");
    // "head" is a method of its own, which no rule names: surely a mistake for HEAD.
    if (const std::string upper = uppercase(*value); upper != *value && is_standard_method(upper))
        return usage_error("methods are case-sensitive (RFC 9110 §9.1): --method=" + upper + ", not " +
                           std::string(*value));
    opts.method = value;
    return std::nullopt;
}

// Reads one option, arg, and its value, which may be the next argument (argv[i + 1], and then i
// moves past it), into `opts`. Returns an exit status when it ends the run (help, version, a usage
// error), nullopt otherwise.
std::optional<int> read_option(std::string_view arg, int argc, char** argv, int& i, options& opts) {
    // --name=value, as getopt_long reads it.
    const std::size_t equals = arg.find('=');
    const std::string_view name = arg.substr(0, equals);
    const std::optional<std::string_view> attached =
        equals == std::string_view::npos ? std::nullopt : std::optional(arg.substr(equals + 1));
    if (name == "--help" || name == "-h" || name == "--version" || switch_named(name, opts) != nullptr) {
        if (attached) return usage_error(std::string(name) + " takes no value");
    }
    if (name == "--help" || name == "-h") {
        std::cout << usage;
        return 0;
    }
    if (name == "--version") {
        std::cout << "httpstatus " << HTTPSTATUS_VERSION_MAJOR << '.' << HTTPSTATUS_VERSION_MINOR << '.'
                  << HTTPSTATUS_VERSION_PATCH << '\n';
        return 0;
    }
    if (bool* const flag = switch_named(name, opts)) {
        *flag = true;
    } else if (name == "--sort") {
        const std::optional<std::string_view> value = value_of(attached, argc, argv, i);
        const std::optional<sort_key> key = value ? sort_key_named(*value) : std::nullopt;
        if (!key) return usage_error("--sort takes code, name or class");
        opts.key = *key;
        opts.sorted = true;
    } else if (name == "--method") {
        if (const std::optional<int> done = read_method(value_of(attached, argc, argv, i), opts)) return done;
    } else if (name == "--width") {
        const std::optional<std::string_view> value = value_of(attached, argc, argv, i);
        opts.width = value ? httpstatus_command::width_named(*value) : std::nullopt;
        if (!opts.width) return usage_error("--width takes a number of columns (0 for no limit)");
    } else {
        return usage_error("unknown option " + httpstatus_command::printable(arg));
    }
    return std::nullopt;
}

// The queries the operands make, into `opts`; a usage error's exit status for one that would match
// every entry, as search("") does.
std::optional<int> read_queries(const std::vector<std::string_view>& operands, options& opts) {
    // From the command an empty argument is more likely an empty shell variable ("$code").
    for (std::string_view operand : operands)
        if (operand.empty()) return usage_error("a QUERY is empty; --list prints every code");
    opts.queries = queries_of(operands);
    // Apostrophes are skipped (the rule of from_name), so such a query would match every entry too.
    for (const std::string& query : opts.queries)
        if (query.find_first_not_of('\'') == std::string::npos)
            return usage_error("a QUERY of apostrophes only is empty; --list prints every code");
    return std::nullopt;
}

// Reads the arguments into `opts`. Returns an exit status when they end the run (help, version, a
// usage error), nullopt when there is a query or listing to do.
std::optional<int> parse_arguments(int argc, char** argv, options& opts) {
    std::vector<std::string_view> operands;
    bool options_ended = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        // "-1" is a query rather than an option: nothing is spelled with a dash and a digit.
        const bool is_option = !options_ended && arg.size() > 1 && arg[0] == '-' && !(arg[1] >= '0' && arg[1] <= '9');
        if (!is_option) {
            operands.push_back(arg);
        } else if (arg == "--") {
            options_ended = true;
        } else if (const std::optional<int> done = read_option(arg, argc, argv, i, opts)) {
            return done;
        }
    }
    if (const std::optional<int> done = read_queries(operands, opts)) return done;
    return check_combination(opts);
}

// Is the query digits that no code begins with: "600", "0", "6xx", "1000"? Codes are 100-599.
bool is_outside_codes(std::string_view query) {
    const std::size_t digits = query.find_first_not_of("0123456789");
    if (digits == 0) return false;
    if (digits != std::string_view::npos && query.find_first_not_of("xX", digits) != std::string_view::npos)
        return false;
    return query.size() > 3 || query[0] < '1' || query[0] > '5';
}

// What a code that is not registered means, if it has a class: RFC 9110 §15 says a client treats it
// as the x00 code of that class.
void explain_unregistered(std::ostream& err, std::string_view query) {
    const std::optional<httpstatus::status> code = httpstatus::parse(query);
    if (!code || query.size() != 3) return;
    const int x00 = to_int(*code) / 100 * 100;
    err << "httpstatus: " << query << " is not registered; a client treats it as " << x00 << ' '
        << httpstatus::reason_phrase(x00) << " (class " << to_string(*httpstatus::class_of(*code)) << ")\n";
    // The header fields its class ties to it, which a server that sends it must still get right.
    const std::vector<httpstatus_command::rule_line> rules = httpstatus_command::rule_lines_of(to_int(*code));
    if (!rules.empty()) err << "httpstatus: a " << query << " response has its class's header field rules:\n";
    for (const httpstatus_command::rule_line& rule : rules) err << "  " << httpstatus_command::labelled(rule) << '\n';
}

// "1 unofficial code matches", "3 registered codes match".
std::string count_matching(std::size_t count, std::string_view kind) {
    return std::to_string(count) + ' ' + std::string(kind) + (count == 1 ? " code matches" : " codes match");
}

// What to say when a query matched nothing: codes are 100-599; unregistered codes still have a
// class; and the other table may know the code.
void report_no_match(std::ostream& err, const options& opts, std::string_view query) {
    const std::string shown = httpstatus_command::printable(query);
    err << "httpstatus: no " << (opts.unofficial ? "unofficial " : "") << "status code matches \"" << shown << "\"\n";
    if (is_outside_codes(query)) {
        err << "httpstatus: status codes are 100 to 599 (RFC 9110 §15)\n";
        return;
    }
    // The query as the suggested command must write it, quoted for a shell where it needs to be.
    const std::string word = httpstatus_command::shell_word(query);
    if (opts.unofficial) {
        const std::size_t registered = httpstatus::search(query).size();
        if (registered > 0)
            err << "httpstatus: " << count_matching(registered, "registered") << "; see httpstatus " << word << '\n';
        return;
    }
    explain_unregistered(err, query);
    // A status line pasted whole, "HTTP/1.1 404 Not Found", or its end, "404 Not Found": the code
    // alone finds it.
    if (const std::optional<httpstatus::status_line> line = httpstatus::parse_status_line(query)) {
        err << "httpstatus: it is a status line with the code " << to_int(line->code) << "; see httpstatus "
            << to_int(line->code) << '\n';
    } else if (const std::optional<httpstatus::status> code = httpstatus::parse(query); code && query.size() > 3) {
        err << "httpstatus: it begins with the code " << to_int(*code) << "; see httpstatus " << to_int(*code) << '\n';
    }
    const std::size_t others = httpstatus::unofficial::search(query).size();
    if (others > 0)
        err << "httpstatus: " << count_matching(others, "unofficial") << "; see httpstatus --unofficial " << word
            << '\n';
}

int run_query(const options& opts, const fitting& fit) {
    const httpstatus::entry_span table = opts.unofficial ? httpstatus::unofficial::all() : httpstatus::all();
    std::vector<const status_info*> rows;
    std::vector<std::string_view> unmatched;
    if (opts.list) rows = httpstatus_command::rows_of(table);
    for (const std::string& query : opts.queries) {
        const httpstatus::search_results found(table, query);
        if (found.empty()) unmatched.push_back(query);
        for (const status_info& e : found)
            if (std::find(rows.begin(), rows.end(), &e) == rows.end()) rows.push_back(&e);
    }
    sort_rows(rows, opts.key);
    if (opts.json) {
        // check_combination has refused --json where the build has none. Always an array, "[]" for
        // no match, so that a script reads one shape.
#ifdef HTTPSTATUS_COMMAND_HAS_JSON
        httpstatus_command::write_json_entries(std::cout, rows);
#endif
    } else if (rows.size() == 1 && !opts.list) {
        print_entry(std::cout, *rows.front(), fit);
    } else if (!rows.empty()) {
        print_rows(std::cout, rows, fit);
    }
    // The messages come after the output, which a terminal shows first otherwise.
    std::cout.flush();
    for (std::string_view query : unmatched) report_no_match(std::cerr, opts, query);
    return unmatched.empty() ? 0 : 1;
}

// --check: a report per response on standard input, in words or as JSON; the messages of an input
// that is not response heads after the reports of the heads before it.
int run_check(const options& opts, const fitting& fit) {
    if (httpstatus_command::standard_input_is_terminal())
        return usage_error("--check reads the responses from standard input, which is a terminal: "
                           "pipe it what curl -sI URL prints");
    const std::optional<std::string> input = httpstatus_command::read_standard_input();
    if (!input) {
        std::cerr << "httpstatus: cannot read standard input: " << std::strerror(errno) << '\n';
        return 2;
    }
    // Whatever reading set; the writes set it anew, for finish().
    errno = 0;
    const httpstatus_command::checked_input checked =
        httpstatus_command::check_input(*input, opts.method.value_or(std::string_view{}));
    if (opts.json) {
        // check_combination has refused --json where the build has none. An input that is not
        // response heads prints no JSON: a script sees the exit status and the message.
#ifdef HTTPSTATUS_COMMAND_HAS_JSON
        if (checked.exit_status != 2) httpstatus_command::write_json_reports(std::cout, checked.reports);
#endif
    } else {
        for (const httpstatus::check_report& report : checked.reports)
            std::cout << httpstatus_command::report_text(report, fit.width);
    }
    std::cout.flush();
    if (checked.exit_status == 2) {
        std::cerr << "httpstatus: " << checked.error << "; give --check what curl -sI or curl -si prints\n";
        if (input->empty()) std::cerr << "httpstatus: curl -s prints nothing when it cannot connect\n";
    }
    return checked.exit_status;
}

int run(const options& opts) {
    const fitting fit{opts.width ? opts.width : httpstatus_command::terminal_width()};
    // From here on errno is set by the writes alone, which finish() reports (isatty sets it above).
    errno = 0;
    if (opts.check) return run_check(opts, fit);
    if (opts.html) {
        httpstatus_command::write_html_page(std::cout);
        return 0;
    }
    if (opts.markdown) {
        std::vector<const status_info*> rows =
            httpstatus_command::rows_of(opts.unofficial ? httpstatus::unofficial::all() : httpstatus::all());
        sort_rows(rows, opts.key);
        if (opts.unofficial) {
            httpstatus_command::write_unofficial_markdown(std::cout, rows);
        } else {
            httpstatus_command::write_registry_markdown(std::cout, rows);
        }
        return 0;
    }
    return run_query(opts, fit);
}

// A failed write is an error, as coreutils' close_stdout makes it: `httpstatus --list >/dev/full`
// must not exit 0. The streams are flushed here, before exit, so that a failure can still be said.
// errno, which main() and run() set to 0 before the output, says why the first write failed.
int finish(int status) {
    std::cout.flush();
    const bool flushed = std::fflush(stdout) == 0;
    const int error = errno;
    if (flushed && std::cout.good() && std::ferror(stdout) == 0) return status;
    std::cerr << "httpstatus: write error";
    if (error != 0) std::cerr << ": " << std::strerror(error);
    std::cerr << '\n';
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    httpstatus_command::use_utf8_and_lf_output();
    errno = 0;
    options opts;
    if (const std::optional<int> done = parse_arguments(argc, argv, opts)) return finish(*done);
    return finish(run(opts));
}
