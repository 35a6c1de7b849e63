// SPDX-License-Identifier: MIT
// The header needs no exceptions, no RTTI, no heap and no global constructors: this program is built
// with -fno-exceptions -fno-rtti (and, on Clang, -Wglobal-constructors -Wexit-time-destructors as
// errors), calls every function, and fails if anything reached operator new.
#include <httpstatus/httpstatus.hpp>

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <new>

namespace {
// Counters a replaced operator new must reach, so they are globals.
// NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables)
int allocations = 0;
int failures = 0;  // NOLINT(cppcoreguidelines-avoid-non-const-global-variables)

void expect(bool ok, const char* what) {
    if (!ok) {
        std::printf("FAILED: %s\n", what);
        ++failures;
    }
}

// The table's rows, counted through find.
std::size_t registered_codes() {
    std::size_t count = 0;
    for (int code = 100; code <= 599; ++code) count += httpstatus::find(code) != nullptr ? 1U : 0U;
    return count;
}
}  // namespace

// Replacing the global allocation functions is the point of this test; they must use malloc/free.
// NOLINTBEGIN(cppcoreguidelines-owning-memory,cppcoreguidelines-no-malloc,readability-named-parameter)
void* operator new(std::size_t size) {
    ++allocations;
    return std::malloc(size == 0 ? 1 : size);
}
void* operator new[](std::size_t size) {
    ++allocations;
    return std::malloc(size == 0 ? 1 : size);
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
// NOLINTEND(cppcoreguidelines-owning-memory,cppcoreguidelines-no-malloc,readability-named-parameter)

int main(int argc, char** /*argv*/) {
    namespace hs = httpstatus;
    using hs::status;
    // argc keeps the inputs out of the optimizer's reach: these calls happen at run time.
    const int code = 403 + argc;  // 404 when run without arguments
    const auto s = static_cast<status>(code);

    expect(registered_codes() == hs::all().size() && !hs::all().empty(), "all");
    expect(hs::find(code) != nullptr && hs::find(s) == hs::find(code), "find");
    expect(hs::is_registered(code) && hs::is_registered(s), "is_registered");
    expect(hs::to_status(code) == status::not_found, "to_status");
    expect(hs::to_int(s) == 404, "to_int");
    expect(hs::reason_phrase(s) == "Not Found" && hs::reason_phrase(code) == "Not Found", "reason_phrase");
    expect(!hs::description(s).empty() && hs::description(code) == hs::description(s), "description");
    expect(hs::class_of(code) == hs::status_class::client_error && hs::class_of(s) == hs::class_of(code), "class_of");
    expect(hs::to_string(*hs::class_of(s)) == "Client Error", "to_string");
    expect(hs::is_client_error(s) && hs::is_error(code) && !hs::is_server_error(s) && !hs::is_successful(code) &&
               !hs::is_redirection(s) && !hs::is_informational(code),
           "predicates");
    expect(hs::allows_content(s) && hs::is_cacheable_by_default(code), "content and caching");
    expect(!hs::never_has_content(code) && !hs::never_has_content(s), "never_has_content");
    expect(!hs::follows_location(code) && !hs::preserves_method(s) && !hs::is_permanent_redirect(code), "redirects");
    expect(!hs::retry_after_applies(s) && hs::retry_of(code) == hs::retry::unspecified, "retry");
    expect(hs::to_any_status(code) == s && !hs::to_any_status(code + 200), "to_any_status");
    expect(hs::reference_url(s) == "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5" &&
               hs::reference_url(code) == hs::reference_url(s),
           "reference_url");
    expect(hs::from_name("NOT_FOUND") == s && !hs::from_name("(Unused)"), "from_name");
    expect(hs::parse("404 Not Found") == s && !hs::parse("4040"), "parse");
    const hs::search_results results = hs::search("client error");
    std::size_t client_errors = 0;  // counted in the table, so that a new code is not a count to edit
    for (const auto& e : hs::all())
        if (e.value() / 100 == 4) ++client_errors;
    expect(results.size() == client_errors && results[4].code == s && hs::matches(results[4], "404"), "search");
    int aliases = 0;
    for (auto alias : hs::find(413)->aliases) aliases += alias.empty() ? 0 : 1;
    expect(aliases == 2, "aliases");
    using namespace hs::literals;
    expect(hs::status_v<404> == s && 404_status == s, "status_v and the literal");

    expect(allocations == 0, "no allocation");
    std::printf("bare: %d failed, %d allocations\n", failures, allocations);
    return failures == 0 ? 0 : 1;
}
