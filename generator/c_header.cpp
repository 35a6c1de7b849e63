// SPDX-License-Identifier: MIT
// Prints include/httpstatus/httpstatus.h, the library for C: the registry's rows, and the answers of
// the C++ functions, written out as C99.
//
// Nothing in the C header is written twice by hand. The texts (names, descriptions, references, RFC
// Editor addresses, the keys from_name compares) are the registry's rows'; the enumerators are the
// rows' enumerators (generator/enumerator.hpp, as enumerator_name gives them), upper case; every
// fact (the class, the class predicates, allows_content ... retry_of) is the C++ function's answer
// for every code, written as the ranges or the cases where it holds. Only the two readers of text,
// from_name and parse, are C code of their own here, and tests/c/c_agreement_test.cpp holds each
// to its C++ function. `cmake --build <dir> --target httpstatus-index` writes the file; the test
// c_header_fresh fails when it differs from what this prints.
#include <httpstatus/httpstatus.hpp>

#include "enumerator.hpp"
#include "source_text.hpp"

#include <climits>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#endif

namespace {

namespace detail = httpstatus::detail;
using generator::enumerator_of;
using generator::fail;
using generator::literal;
using generator::snake_case;
using httpstatus::status;

std::string upper(std::string_view text) {
    std::string out;
    for (char ch : text) out += ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 'a' + 'A') : ch;
    return out;
}

// A C enumerator: the C++ one upper case, without the '_' that keeps continue_ off a C++ keyword.
std::string c_enumerator(std::string_view cpp_enumerator) {
    if (!cpp_enumerator.empty() && cpp_enumerator.back() == '_') cpp_enumerator.remove_suffix(1);
    return "HTTPSTATUS_" + upper(cpp_enumerator);
}

// The enum's older names, after the codes' own, with the values the compiler gives them. A name the
// enum lacks does not compile; one it has and this list lacks fails tests/c/c_agreement_test.cpp,
// which reads both enums.
struct alias_enumerator {
    status code;
    std::string_view name;
};
#define HTTPSTATUS_ALIAS(name) \
    alias_enumerator { status::name, #name }
constexpr alias_enumerator alias_enumerators[] = {
    HTTPSTATUS_ALIAS(moved_temporarily),
    HTTPSTATUS_ALIAS(payload_too_large),
    HTTPSTATUS_ALIAS(requested_range_not_satisfiable),
    HTTPSTATUS_ALIAS(im_a_teapot),
    HTTPSTATUS_ALIAS(unprocessable_entity),
};
#undef HTTPSTATUS_ALIAS

// An alias enumerator is its row's alias in snake_case, as a row's own enumerator is its name.
bool names_an_alias(const alias_enumerator& alias) {
    const httpstatus::status_info* entry = httpstatus::find(alias.code);
    if (entry == nullptr) return false;
    for (std::string_view name : entry->aliases)
        if (snake_case(name) == alias.name) return true;
    return false;
}

// A string literal for C. C99 reads "??" and a third character as a trigraph ("??!" is '|'),
// which C++17 no longer does: no text may hold one.
std::string c_literal(std::string_view text) {
    if (text.find("??") != std::string_view::npos)
        fail("the text " + literal(text) + " holds ??, a C trigraph's start");
    return literal(text);
}

// Ends an enum: no comma after its last enumerator, which C89 and C++98 do not allow.
void close_enum(std::string& out) {
    const std::size_t comma = out.rfind(",\n");
    if (comma != std::string::npos) out.erase(comma, 1);
    out += "};\n\n";
}

void print_code_enum(std::string& out) {
    out += "/* Every registered code, by the C++ enumerator's name (httpstatus::status::not_found is\n"
           "   HTTPSTATUS_NOT_FOUND), then the older names the C++ enum also has, with their code's value. */\n"
           "enum httpstatus_code {\n";
    // The names from the table, `registry`: built against generator/empty_index/, the free lookups answer nothing.
    for (const auto& entry : httpstatus::registry)
        out += "    " + c_enumerator(enumerator_of(entry)) + " = " + std::to_string(entry.value()) + ",\n";
    out += "\n    /* older names */\n";
    for (const auto& alias : alias_enumerators) {
        if (!names_an_alias(alias)) fail(std::string(alias.name) + " is no alias of its code's row");
        out += "    " + c_enumerator(alias.name) + " = " + c_enumerator(enumerator_of(*httpstatus::find(alias.code))) +
               ",\n";
    }
    close_enum(out);
}

// A C++ enum's values, each with its enumerator, spelled once here as a token that the compiler
// checks; each enum's answers are checked below to be among them.
template <typename Enum>
struct named_value {
    Enum value;
    std::string_view name;
};
#define HTTPSTATUS_NAMED(type, name) \
    named_value<httpstatus::type> { httpstatus::type::name, #name }
constexpr named_value<httpstatus::status_class> class_names[] = {
    HTTPSTATUS_NAMED(status_class, informational), HTTPSTATUS_NAMED(status_class, successful),
    HTTPSTATUS_NAMED(status_class, redirection),   HTTPSTATUS_NAMED(status_class, client_error),
    HTTPSTATUS_NAMED(status_class, server_error),
};
constexpr named_value<httpstatus::retry> retry_names[] = {
    HTTPSTATUS_NAMED(retry, unspecified),
    HTTPSTATUS_NAMED(retry, no),
    HTTPSTATUS_NAMED(retry, yes),
    HTTPSTATUS_NAMED(retry, if_idempotent),
    HTTPSTATUS_NAMED(retry, if_retry_after),
    HTTPSTATUS_NAMED(retry, on_another_connection),
};
#undef HTTPSTATUS_NAMED

template <typename Enum, std::size_t Size>
void print_named_enum(std::string& out, const char* comment, std::string_view c_name, std::string_view prefix,
                      const named_value<Enum> (&names)[Size]) {
    out += comment;
    out += "enum " + std::string(c_name) + " {\n";
    for (const auto& named : names)
        out += "    " + c_enumerator(std::string(prefix) + std::string(named.name)) + " = " +
               std::to_string(static_cast<int>(named.value)) + ",\n";
    close_enum(out);
}

template <typename Enum, std::size_t Size>
std::string c_name_of(Enum value, std::string_view prefix, const named_value<Enum> (&names)[Size]) {
    for (const auto& named : names)
        if (named.value == value) return c_enumerator(std::string(prefix) + std::string(named.name));
    fail("the value " + std::to_string(static_cast<int>(value)) + " has no name in the generator's list");
}

// The ints a fact is computed over: every code 100-599 and far beyond on both sides. A function of the
// C++ library that held outside 100-599 would stop the generator, as the C header holds only inside.
constexpr int first_checked = -100000;
constexpr int last_checked = 100000;
template <typename Function>
void check_nothing_outside(const char* name, Function holds) {
    for (int code : {INT_MIN, INT_MIN + 1, INT_MAX - 1, INT_MAX})
        if (holds(code)) fail(std::string(name) + " holds for " + std::to_string(code));
    for (int code = first_checked; code <= last_checked; ++code)
        if ((code < detail::min_code || code > detail::max_code) && holds(code))
            fail(std::string(name) + " holds for " + std::to_string(code) + ", outside 100-599");
}

// The codes 100-599 for which `holds` does, as a C condition on `code`: runs joined by ||, one
// comparison for a run of one code. "0" when it holds for none.
template <typename Function>
std::string condition(Function holds, const char* indent) {
    std::vector<std::pair<int, int>> runs;
    for (int code = detail::min_code; code <= detail::max_code; ++code) {
        if (!holds(code)) continue;
        if (!runs.empty() && runs.back().second == code - 1)
            runs.back().second = code;
        else
            runs.emplace_back(code, code);
    }
    if (runs.empty()) return "0";
    std::string out;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const auto [first, last] = runs[i];
        std::string term = first == last
                               ? "code == " + std::to_string(first)
                               : "(code >= " + std::to_string(first) + " && code <= " + std::to_string(last) + ")";
        if (runs.size() == 1 && first != last) term = term.substr(1, term.size() - 2);  // no parentheses alone
        if (i > 0) {
            out += " ||";
            if (out.size() - line_start + term.size() > 90) {
                out += "\n";
                out += indent;
                line_start = out.size();
            } else {
                out += " ";
            }
        }
        out += term;
    }
    return out;
}

// A predicate of the C++ library, by its name, and what it answers, for the C function of that name.
struct predicate {
    std::string_view name;
    bool (*holds)(int);
    const char* comment;
};
#define HTTPSTATUS_PREDICATE(name, comment)                             \
    predicate {                                                         \
#name, [](int code) { return httpstatus::name(code); }, comment \
    }
const predicate predicates[] = {
    HTTPSTATUS_PREDICATE(is_registered, "the registry has the code"),
    HTTPSTATUS_PREDICATE(is_informational, "1xx"),
    HTTPSTATUS_PREDICATE(is_successful, "2xx"),
    HTTPSTATUS_PREDICATE(is_redirection, "3xx"),
    HTTPSTATUS_PREDICATE(is_client_error, "4xx"),
    HTTPSTATUS_PREDICATE(is_server_error, "5xx"),
    HTTPSTATUS_PREDICATE(is_error, "4xx or 5xx"),
    HTTPSTATUS_PREDICATE(is_cacheable_by_default, "heuristically cacheable by default (RFC 9110 section 15.1)"),
    HTTPSTATUS_PREDICATE(allows_content, "may a response with this code carry content?"),
    HTTPSTATUS_PREDICATE(never_has_content, "does such a response end after its header section?"),
    HTTPSTATUS_PREDICATE(follows_location, "do browsers follow its Location automatically?"),
    HTTPSTATUS_PREDICATE(preserves_method, "does the redirected request keep its method and content?"),
    HTTPSTATUS_PREDICATE(is_permanent_redirect, "is the redirect permanent?"),
    HTTPSTATUS_PREDICATE(retry_after_applies, "has Retry-After a defined meaning with it?"),
};
#undef HTTPSTATUS_PREDICATE

void print_predicates(std::string& out) {
    for (const auto& p : predicates) {
        check_nothing_outside(p.name.data(), p.holds);
        const std::string_view comment = p.comment;
        out += "/* httpstatus::" + std::string(p.name) + ": " + std::string(comment) +
               (comment.back() == '?' ? " */\n" : ". */\n");
        out += "static inline int httpstatus_" + std::string(p.name) + "(int code) {\n";
        out += "    return " + condition(p.holds, "           ") + ";\n}\n\n";
    }
}

void print_class_of(std::string& out) {
    check_nothing_outside("class_of", [](int code) { return httpstatus::class_of(code).has_value(); });
    out += "/* httpstatus::class_of: the class of any code 100-599, registered or not (enum httpstatus_class);\n"
           "   0 outside, where C++ gives nullopt. */\n"
           "static inline int httpstatus_class_of(int code) {\n";
    for (const auto& named : class_names) {
        const auto is_in = [&named](int code) { return httpstatus::class_of(code) == named.value; };
        out += "    if (" + condition(is_in, "        ") + ") return " + c_name_of(named.value, "class_", class_names) +
               ";\n";
    }
    out += "    return 0;\n}\n\n";
}

void print_class_label(std::string& out) {
    out += "/* httpstatus::to_string(status_class): the label of a class (\"Client Error\"); \"\" for any other\n"
           "   value. */\n"
           "static inline const char* httpstatus_class_label(int status_class) {\n"
           "    switch (status_class) {\n";
    for (int value = 0; value <= UINT8_MAX; ++value) {
        const std::string_view label = httpstatus::to_string(static_cast<httpstatus::status_class>(value));
        if (label.empty()) continue;
        out += "    case " + c_name_of(static_cast<httpstatus::status_class>(value), "class_", class_names) +
               ": return " + c_literal(label) + ";\n";
    }
    out += "    default: return \"\";\n    }\n}\n\n";
}

void print_retry_of(std::string& out) {
    check_nothing_outside("retry_of",
                          [](int code) { return httpstatus::retry_of(code) != httpstatus::retry::unspecified; });
    out += "/* httpstatus::retry_of: may the same request, sent again unchanged, succeed? */\n"
           "static inline enum httpstatus_retry httpstatus_retry_of(int code) {\n"
           "    switch (code) {\n";
    for (const auto& named : retry_names) {
        if (named.value == httpstatus::retry::unspecified) continue;
        std::string cases;
        for (int code = detail::min_code; code <= detail::max_code; ++code)
            if (httpstatus::retry_of(code) == named.value) cases += "case " + std::to_string(code) + ": ";
        if (cases.empty()) continue;
        out += "    " + cases + "return " + c_name_of(named.value, "retry_", retry_names) + ";\n";
    }
    // Every answer has a name, so that no value is left to the default by mistake.
    for (int code = detail::min_code; code <= detail::max_code; ++code)
        static_cast<void>(c_name_of(httpstatus::retry_of(code), "retry_", retry_names));
    out +=
        "    default: return " + c_name_of(httpstatus::retry::unspecified, "retry_", retry_names) + ";\n    }\n}\n\n";
}

// A text of the registry's NUL-terminated: C reads to the NUL, so one inside would cut it short.
std::string c_string(std::string_view text) {
    if (text.find('\0') != std::string_view::npos) fail("the text " + literal(text) + " holds a NUL");
    return c_literal(text);
}

// The row of each code: 1 for the first, 0 for a code the registry lacks; the texts are by row. A
// table of a byte per code 100-599 rather than a switch: clang compiles a switch of 63 cases to
// branches, and reason_phrase took 7.4 ns on a traffic mix rather than 0.54 (GCC makes either a table).
void print_row(std::string& out) {
    std::vector<int> rows(detail::code_count);
    int row = 0;
    for (const auto& entry : httpstatus::registry) {
        if (++row > UINT8_MAX) fail("more rows than a byte can number");
        rows[detail::code_slot(entry.value())] = row;
    }
    const std::string min = std::to_string(detail::min_code);
    const std::string count = std::to_string(detail::code_count);
    out += "/* Not an interface: the row of a registered code in the texts below, from 1; 0 for any other int.\n"
           "   A byte per code " +
           min + "-" + std::to_string(detail::max_code) +
           ". */\n"
           "static inline int httpstatus_detail_row(int code) {\n"
           "    static const unsigned char rows[" +
           count + "] = {\n";
    for (std::size_t first = 0; first < rows.size(); first += 10) {
        out += "        /* " + std::to_string(detail::min_code + static_cast<int>(first)) + " */";
        for (std::size_t slot = first; slot < first + 10 && slot < rows.size(); ++slot)
            out += " " + std::to_string(rows[slot]) + ",";
        out += "\n";
    }
    out += "    };\n"
           "    if (code < " +
           min + " || code > " + std::to_string(detail::max_code) +
           ") return 0;\n"
           "    return rows[code - " +
           min +
           "];\n"
           "}\n\n";
}

template <typename Text>
void print_text_function(std::string& out, const char* comment, const char* name, Text text_of) {
    out += comment;
    out += "static inline const char* httpstatus_" + std::string(name) + "(int code) {\n";
    out += "    static const char* const texts[] = {\n        \"\",\n";
    for (const auto& entry : httpstatus::registry)
        out += "        " + c_string(text_of(entry)) + ",  /* " + std::to_string(entry.value()) + " */\n";
    out += "    };\n    return texts[httpstatus_detail_row(code)];\n}\n\n";
}

void print_texts(std::string& out) {
    print_row(out);
    using entry = httpstatus::status_info;
    print_text_function(out, "/* httpstatus::reason_phrase: the registered name, \"Not Found\". */\n", "reason_phrase",
                        [](const entry& e) { return std::string(e.name); });
    print_text_function(out, "/* httpstatus::description: what the code means. */\n", "description",
                        [](const entry& e) { return std::string(e.description); });
    print_text_function(out,
                        "/* httpstatus::find(code)->reference: where the code is defined, in UTF-8:\n"
                        "   \"RFC 9110 \\302\\247\" \"15.5.5\". */\n",
                        "reference", [](const entry& e) { return std::string(e.reference); });
    print_text_function(out,
                        "/* httpstatus::reference_url: the RFC Editor address of that section,\n"
                        "   \"https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5\". */\n",
                        "reference_url",
                        [](const entry& e) { return std::string(httpstatus::reference_url(e).view()); });
}

// from_name's keys: each name and alias folded as the C++ from_name folds it, in row order, each once;
// a key of more than one code (the two codes' "(Unused)") answers 0, as C++ answers nullopt.
void print_from_name(std::string& out) {
    std::vector<std::pair<std::string, int>> keys;
    const auto add = [&keys](std::string_view name, int code) {
        std::string key;
        for (char ch : name)
            if (!detail::is_skipped_in_name(ch)) key += detail::fold_name_char(ch);
        if (key.empty() || key.size() > detail::max_name_key) fail("the name " + literal(name) + " has no key");
        for (auto& known : keys) {
            if (known.first != key) continue;
            if (known.second != code) known.second = 0;
            return;
        }
        keys.emplace_back(key, code);
    };
    for (const auto& entry : httpstatus::registry) {
        add(entry.name, entry.value());
        for (std::string_view alias : entry.aliases) add(alias, entry.value());
    }
    out += "/* Not an interface: a byte as httpstatus::from_name folds it: ASCII letters lower case, '_' and '-'\n"
           "   made ' '. */\n"
           "static inline char httpstatus_detail_fold(char ch) {\n"
           "    static const char lower[] = \"abcdefghijklmnopqrstuvwxyz\";\n"
           "    if (ch == '_' || ch == '-') return ' ';\n"
           "    if (ch >= 'A' && ch <= 'Z') return lower[ch - 'A'];\n"
           "    return ch;\n"
           "}\n\n";
    out += "/* httpstatus::from_name: the code with this registered name or alias; 0 when none has it (C++:\n"
           "   nullopt). ASCII case is ignored, ' ', '_' and '-' are alike and apostrophes are skipped:\n"
           "   \"not found\", \"NOT_FOUND\", \"Payload Too Large\", \"im_a_teapot\". \"(Unused)\" names both 306 and\n"
           "   418, so neither: 0. `name` holds `size` bytes, NUL or not; NULL only with a size of 0. */\n"
           "static inline int httpstatus_from_name(const char* name, size_t size) {\n"
           "    /* Each key: a name or alias folded, without apostrophes; 0: more than one code has it. */\n"
           "    static const struct {\n"
           "        const char* key;\n"
           "        int code;\n"
           "    } names[] = {\n";
    for (const auto& [key, code] : keys) out += "        {" + c_literal(key) + ", " + std::to_string(code) + "},\n";
    out += "    };\n"
           "    char key[" +
           std::to_string(detail::max_name_key) +
           "]; /* a longer name is none: no key is as long */\n"
           "    size_t key_size = 0;\n"
           "    size_t i;\n"
           "    for (i = 0; i < size; ++i) {\n"
           "        if (name[i] == '\\'') continue;\n"
           "        if (key_size == sizeof key) return 0;\n"
           "        key[key_size++] = httpstatus_detail_fold(name[i]);\n"
           "    }\n"
           "    if (key_size == 0) return 0; /* no key is empty, and key holds nothing to compare */\n"
           "    for (i = 0; i < sizeof names / sizeof names[0]; ++i)\n"
           "        if (strlen(names[i].key) == key_size && memcmp(names[i].key, key, key_size) == 0) return "
           "names[i].code;\n"
           "    return 0;\n"
           "}\n\n";
}

void print_parse(std::string& out) {
    std::string not_in_phrase;  // the bytes the C++ parse refuses in a reason phrase
    for (int byte = 0; byte <= UINT8_MAX; ++byte)
        if (!detail::is_reason_phrase_char(static_cast<char>(byte))) not_in_phrase += static_cast<char>(byte);
    out += "/* httpstatus::parse: the code at the start of a status line's tail: exactly three digits, " +
           std::to_string(detail::min_code) + "-" + std::to_string(detail::max_code) +
           ",\n"
           "   alone or followed by one space and a reason phrase (RFC 9112 section 4), whose bytes must be\n"
           "   HTAB, SP, VCHAR or obs-text. Returns 1 and sets *code when the text is one; returns 0 and leaves\n"
           "   *code as it was when not (C++: nullopt). `text` holds `size` bytes; NULL only with a size of 0.\n"
           "   `code` may be NULL, to ask only whether the text is one. */\n"
           "static inline int httpstatus_parse(const char* text, size_t size, int* code) {\n"
           "    /* The bytes a reason phrase may not hold: NUL, CR, LF, the other controls but HTAB, and DEL. */\n"
           "    static const char not_in_phrase[] = " +
           literal(not_in_phrase) +
           ";\n"
           "    int value;\n"
           "    size_t i;\n"
           "    if (size < 3 || (size > 3 && text[3] != ' ')) return 0;\n"
           "    for (i = 0; i < 3; ++i)\n"
           "        if (text[i] < '0' || text[i] > '9') return 0;\n"
           "    value = (text[0] - '0') * 100 + (text[1] - '0') * 10 + (text[2] - '0');\n"
           "    if (value < " +
           std::to_string(detail::min_code) + " || value > " + std::to_string(detail::max_code) +
           ") return 0;\n"
           "    for (i = 4; i < size; ++i)\n"
           "        if (memchr(not_in_phrase, text[i], sizeof not_in_phrase - 1)) return 0;\n"
           "    if (code) *code = value;\n"
           "    return 1;\n"
           "}\n\n";
}

const char* const prologue =
    "/* httpstatus.h: HTTP response status codes for C, the IANA HTTP Status Code Registry as C99.\n"
    "   SPDX-License-Identifier: MIT\n"
    "\n"
    "   Generated: do not edit. generator/c_header.cpp writes it from the registry's rows in\n"
    "   <httpstatus/detail/registry.hpp> and the answers of the C++ functions of <httpstatus/httpstatus.hpp>:\n"
    "   after changing the rows, run `cmake --build <build-dir> --target httpstatus-index`; the test\n"
    "   c_header_fresh fails until then.\n"
    "\n"
    "   Use: #include <httpstatus/httpstatus.h> in C99 or later (it is valid C++ too). Each function is\n"
    "   static inline, allocates nothing, keeps no state and answers for every int exactly what the C++\n"
    "   function of the same name answers (httpstatus_reason_phrase is httpstatus::reason_phrase), as\n"
    "   tests/c/c_agreement_test.cpp checks. Booleans are int, 0 or 1.\n"
    "\n"
    "   A text is \"\" rather than NULL for a code the registry lacks, as C++ gives an empty string_view:\n"
    "   the answer can be printed or compared (printf(\"%s\"), strcmp) without a test first, and no\n"
    "   caller crashes on a code it did not expect. httpstatus_is_registered tells the two apart. */\n"
    "#ifndef HTTPSTATUS_HTTPSTATUS_H\n"
    "#define HTTPSTATUS_HTTPSTATUS_H\n"
    "\n"
    "/* A C header: C++'s static analysis (modernize, casts, C arrays) does not apply. NOLINTBEGIN */\n"
    "#include <stddef.h>\n"
    "#include <string.h>\n"
    "\n"
    "#ifdef __cplusplus\n"
    "extern \"C\" {\n"
    "#endif\n"
    "\n";

const char* const epilogue = "#ifdef __cplusplus\n"
                             "}\n"
                             "#endif\n"
                             "\n"
                             "/* NOLINTEND */\n"
                             "#endif /* HTTPSTATUS_HTTPSTATUS_H */\n";

}  // namespace

int main() {
#ifdef _WIN32
    _setmode(_fileno(stdout), _O_BINARY);  // "\n", not "\r\n": the file is compared byte for byte
#endif
    std::string out = prologue;
    print_code_enum(out);
    print_named_enum(out, "/* httpstatus::status_class: the class of a code, its first digit. */\n", "httpstatus_class",
                     "class_", class_names);
    print_named_enum(out, "/* httpstatus::retry: what httpstatus_retry_of answers (docs/semantics.md). */\n",
                     "httpstatus_retry", "retry_", retry_names);
    print_texts(out);
    print_predicates(out);
    print_class_of(out);
    print_class_label(out);
    print_retry_of(out);
    print_from_name(out);
    print_parse(out);
    out += epilogue;
    // A short write must fail the target, or it would copy a truncated header into include/.
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) return 1;
    return 0;
}
