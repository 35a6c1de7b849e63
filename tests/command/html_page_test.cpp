// SPDX-License-Identifier: MIT
// The page writer without a browser: escaping, reference links, and a page that is whole and
// self-contained. tests/browser/ drives the page itself.
#include "catch.hpp"

#include <html_page.hpp>

#include <httpstatus/httpstatus.hpp>

#include <cstddef>
#include <initializer_list>
#include <sstream>
#include <string>
#include <string_view>

namespace {

std::string page() {
    std::ostringstream out;
    httpstatus_command::write_html_page(out);
    return out.str();
}

// Text pieces joined, for the exact markup a row or tag must have.
std::string joined(std::initializer_list<std::string_view> pieces) {
    std::string out;
    for (std::string_view piece : pieces) out += piece;
    return out;
}

std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++count;
    return count;
}

// How many registered codes a rule of the library picks: the page is held to the rows, not to counts
// written by hand, so that a new code is not a count to edit here.
template <typename Function>
std::size_t rows_where(Function picks) {
    std::size_t count = 0;
    for (const auto& e : httpstatus::all()) count += picks(e.value()) ? 1U : 0U;
    return count;
}

}  // namespace

TEST_CASE("html_escaped makes text safe between tags and in quoted attributes") {
    CHECK(httpstatus_command::html_escaped("Not Found") == "Not Found");
    CHECK(httpstatus_command::html_escaped(R"(<a href="x">I'm & you</a>)") ==
          "&lt;a href=&quot;x&quot;&gt;I&#39;m &amp; you&lt;/a&gt;");
    CHECK(httpstatus_command::html_escaped("").empty());
    CHECK(httpstatus_command::html_escaped("RFC 9110 §15.5.5") == "RFC 9110 §15.5.5");
}

TEST_CASE("every reference cell links to the code's RFC section") {
    const std::string html = page();
    for (const httpstatus::status_info& e : httpstatus::all()) {
        INFO(e.reference);
        const std::string_view url = httpstatus::reference_url(e.code);
        REQUIRE_FALSE(url.empty());
        CHECK(occurrences(html,
                          joined({R"(<td class="reference"><a href=")", url, R"(">)", e.reference, "</a></td>"})) == 1);
    }
}

TEST_CASE("each row says what its code means: content, redirect, Retry-After, retrying") {
    const std::string html = page();
    CHECK(occurrences(html, R"(<span class="fact">Content: never</span>)") ==  // 1xx, 204, 304
          rows_where([](int code) { return httpstatus::never_has_content(code); }));
    CHECK(occurrences(html, R"(<span class="fact">Content: must not be sent</span>)") == 1);  // 205
    CHECK(occurrences(html, R"(<span class="fact">Redirect: followed, keeps the method, permanent</span>)") == 1);
    CHECK(occurrences(html, R"(<span class="fact">Retry-After: applies</span>)") ==  // 3xx, 413, 429, 503
          rows_where([](int code) { return httpstatus::retry_after_applies(code); }));
    CHECK(occurrences(html, R"(<span class="fact">Retry: may succeed</span>)") ==  // 408, 425, 429, 503
          rows_where([](int code) { return httpstatus::retry_of(code) == httpstatus::retry::yes; }));
    CHECK(occurrences(html, R"(<span class="fact">Retry: may succeed on another connection</span>)") == 1);
    CHECK(occurrences(html, R"(<tr id="404" )") == 1);
    const std::size_t row_404 = html.find(R"(<tr id="404" )");
    CHECK(html.substr(row_404, html.find("</tr>", row_404) - row_404).find("class=\"facts\"") == std::string::npos);
}

TEST_CASE("the page has one row per code, with its anchor, its enumerator for the search, and its description") {
    const std::string html = page();
    CHECK(occurrences(html, "<tr id=") == httpstatus::all().size());
    CHECK(occurrences(html, R"(<tr id="100" data-enumerator="continue_">)") == 1);
    for (const httpstatus::status_info& e : httpstatus::all()) {
        const std::string code = std::to_string(e.value());
        const std::string enumerator(httpstatus::enumerator_name(e.code));
        INFO(code);
        CHECK(occurrences(html, joined({R"(<tr id=")", code, R"(" data-enumerator=")", enumerator,
                                        R"("><td class="code"><a href="#)", code, R"(">)"})) == 1);
        const std::string description = httpstatus_command::html_escaped(e.description);
        CHECK(occurrences(html, joined({R"(<td class="description">)", description, "</td>"})) == 1);
    }
}

TEST_CASE("the page is whole: every placeholder filled, style and script inside") {
    const std::string html = page();
    CHECK(html.rfind("<!DOCTYPE html>\n", 0) == 0);
    CHECK(html.size() >= std::string("</html>\n").size());
    CHECK(html.substr(html.size() - 8) == "</html>\n");
    CHECK(occurrences(html, "{{") == 0);
    CHECK(occurrences(html, "}}") == 0);
    CHECK(occurrences(html, "<style>") == 1);
    CHECK(occurrences(html, "<script>") == 1);
    CHECK(occurrences(html, "'use strict';") == 1);
    CHECK(occurrences(html, "prefers-color-scheme: dark") == 1);
    const std::string major = std::to_string(HTTPSTATUS_VERSION_MAJOR);
    const std::string minor = std::to_string(HTTPSTATUS_VERSION_MINOR);
    const std::string patch = std::to_string(HTTPSTATUS_VERSION_PATCH);
    CHECK(occurrences(html, joined({R"(<meta name="generator" content="httpstatus )", major, ".", minor, ".", patch,
                                    R"(">)"})) == 1);
}

TEST_CASE("the page fetches nothing: no external script, style, font or image") {
    const std::string html = page();
    CHECK(occurrences(html, "src=") == 0);
    CHECK(occurrences(html, "<link rel=\"stylesheet\"") == 0);
    CHECK(occurrences(html, "@import") == 0);
    CHECK(occurrences(html, "url(") == 0);
    CHECK(occurrences(html, "@font-face") == 0);
    CHECK(occurrences(html, "<link ") == 1);  // the empty icon, so that no favicon is requested
    CHECK(occurrences(html, "<link rel=\"icon\" href=\"data:,\">") == 1);
}

namespace {

// The cells of one row, from its <tr> to its </tr>.
std::string row_of(const std::string& html, int code) {
    const std::size_t start = html.find(R"(<tr id=")" + std::to_string(code) + "\"");
    return start == std::string::npos ? std::string() : html.substr(start, html.find("</tr>", start) - start);
}

// A rule line as the page writes it, its section linked.
std::string rule_markup(std::string_view verb, std::string_view what, std::string_view section,
                        std::string_view address) {
    return joined({R"(<span class="rule"><span class="verb">)", verb, "</span>: ", what, R"( (<a href=")", address,
                   R"(">)", section, "</a>)</span>"});
}

std::string date_rule() {
    return rule_markup("Must send", "Date, from an origin server with a clock",
                       "RFC 9110 \xC2\xA7"
                       "6.6.1",
                       "https://www.rfc-editor.org/rfc/rfc9110.html#section-6.6.1");
}

}  // namespace

TEST_CASE("each row has a line per header field rule, its section linked, the code's own first") {
    const std::string html = page();
    CHECK(row_of(html, 405).find(joined({R"(<span class="rules">)",
                                         rule_markup("Must send", "Allow",
                                                     "RFC 9110 \xC2\xA7"
                                                     "15.5.6",
                                                     "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6"),
                                         date_rule(), "</span>"})) != std::string::npos);
    // 404 has no rule of its own: only its class's Date.
    CHECK(row_of(html, 404).find(joined({R"(<span class="rules">)", date_rule(), "</span></td>"})) !=
          std::string::npos);
    CHECK(occurrences(row_of(html, 404), R"(<span class="rule">)") == 1);
    // Every registered 2xx, 3xx and 4xx code.
    CHECK(occurrences(html, date_rule()) == rows_where([](int code) { return code >= 200 && code <= 499; }));
    CHECK(occurrences(row_of(html, 206), R"(<span class="rule">)") == 6);
}

TEST_CASE("101's row says that HTTP/2 and HTTP/3 cannot carry it") {
    const std::string html = page();
    const std::string versions = "<span class=\"fact\">HTTP/2, HTTP/3: not sent (RFC 9113 \xC2\xA7"
                                 "8.6, RFC 9114 \xC2\xA7"
                                 "4.5)</span>";
    CHECK(occurrences(row_of(html, 101), versions) == 1);
    CHECK(occurrences(html, versions) == 1);
}
