/* SPDX-License-Identifier: MIT
   The C header from C: a handful of answers, checked by a C compiler at each C standard with warnings
   as errors (tests/c/CMakeLists.txt). Every answer for every int is held to the C++ library's by
   tests/c/c_agreement_test.cpp; this file proves that C compilers take the header, and read it
   as the C++ test's compiler does. It exits 1 and names each wrong answer, 0 when all are right. */
#include <httpstatus/httpstatus.h>
#include <httpstatus/httpstatus.h> /* and twice: the include guard */

#include <stdio.h>
#include <string.h>

static int failures = 0;
static int checks = 0;

static void check(int ok, const char* what, int line) {
    ++checks;
    if (ok) return;
    ++failures;
    printf("answers.c:%d: wrong: %s\n", line, what);
}
#define CHECK(condition) check((condition) ? 1 : 0, #condition, __LINE__)
#define SAME(text, expected) CHECK(strcmp((text), (expected)) == 0)

/* from_name and parse take a size: the length of a literal without its NUL. */
#define FROM_NAME(literal) httpstatus_from_name((literal), sizeof(literal) - 1)

static void codes(void) {
    enum httpstatus_code teapot = HTTPSTATUS_IM_A_TEAPOT;
    SAME(httpstatus_reason_phrase(404), "Not Found");
    SAME(httpstatus_reason_phrase(HTTPSTATUS_NOT_FOUND), "Not Found");
    CHECK(HTTPSTATUS_NOT_FOUND == 404 && HTTPSTATUS_CONTINUE == 100);
    SAME(httpstatus_description(404), "Indicates that the origin server did not find a current representation for the "
                                      "target resource or is not willing to disclose that one exists.");
    SAME(httpstatus_reference(404), "RFC 9110 \302\247"
                                    "15.5.5"); /* UTF-8: the section sign */
    SAME(httpstatus_reference_url(404), "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5");
    CHECK(httpstatus_is_registered(404) == 1);

    /* 418: registered, unused, with an alias of its own value */
    CHECK(teapot == 418 && HTTPSTATUS_UNUSED_418 == 418);
    SAME(httpstatus_reason_phrase(418), "(Unused)");
    CHECK(httpstatus_is_registered(418) == 1);
    CHECK(HTTPSTATUS_PAYLOAD_TOO_LARGE == HTTPSTATUS_CONTENT_TOO_LARGE);

    /* not registered, and not codes: "" and 0, never NULL */
    SAME(httpstatus_reason_phrase(299), "");
    SAME(httpstatus_description(299), "");
    SAME(httpstatus_reference(-1), "");
    SAME(httpstatus_reference_url(600), "");
    SAME(httpstatus_reason_phrase(-1), "");
    SAME(httpstatus_reason_phrase(600), "");
    SAME(httpstatus_reason_phrase(99), "");
    CHECK(httpstatus_is_registered(299) == 0 && httpstatus_is_registered(-1) == 0 &&
          httpstatus_is_registered(600) == 0);
}

static void classes_and_facts(void) {
    CHECK(httpstatus_class_of(404) == HTTPSTATUS_CLASS_CLIENT_ERROR);
    CHECK(httpstatus_class_of(299) == HTTPSTATUS_CLASS_SUCCESSFUL);
    CHECK(httpstatus_class_of(-1) == 0 && httpstatus_class_of(600) == 0 && httpstatus_class_of(99) == 0);
    SAME(httpstatus_class_label(HTTPSTATUS_CLASS_CLIENT_ERROR), "Client Error");
    SAME(httpstatus_class_label(httpstatus_class_of(302)), "Redirect");
    SAME(httpstatus_class_label(0), "");
    SAME(httpstatus_class_label(6), "");
    CHECK(httpstatus_is_client_error(404) == 1 && httpstatus_is_error(503) == 1 && httpstatus_is_error(399) == 0);
    CHECK(httpstatus_is_informational(100) == 1 && httpstatus_is_successful(600) == 0);
    CHECK(httpstatus_allows_content(200) == 1 && httpstatus_allows_content(204) == 0 &&
          httpstatus_allows_content(299) == 1);
    CHECK(httpstatus_never_has_content(304) == 1 && httpstatus_never_has_content(205) == 0);
    CHECK(httpstatus_follows_location(308) == 1 && httpstatus_preserves_method(303) == 0);
    CHECK(httpstatus_is_permanent_redirect(301) == 1 && httpstatus_retry_after_applies(429) == 1);
    CHECK(httpstatus_is_cacheable_by_default(404) == 1 && httpstatus_is_cacheable_by_default(403) == 0);
    CHECK(httpstatus_retry_of(503) == HTTPSTATUS_RETRY_YES &&
          httpstatus_retry_of(502) == HTTPSTATUS_RETRY_IF_IDEMPOTENT);
    CHECK(httpstatus_retry_of(404) == HTTPSTATUS_RETRY_UNSPECIFIED &&
          httpstatus_retry_of(-1) == HTTPSTATUS_RETRY_UNSPECIFIED);
}

static void names(void) {
    CHECK(FROM_NAME("not found") == 404);
    CHECK(FROM_NAME("NOT_FOUND") == HTTPSTATUS_NOT_FOUND);
    CHECK(FROM_NAME("Not-Found") == 404);
    CHECK(FROM_NAME("payload too large") == 413);
    CHECK(FROM_NAME("im_a_teapot") == 418 && FROM_NAME("I'm a teapot") == 418);
    CHECK(FROM_NAME("(Unused)") == 0); /* 306 and 418 both: neither */
    CHECK(FROM_NAME("not founds") == 0 && FROM_NAME("") == 0 && FROM_NAME("404") == 0);
    CHECK(httpstatus_from_name("not found, and more", 9) == 404); /* the size, not the NUL, ends it */
    CHECK(httpstatus_from_name(NULL, 0) == 0);
}

static void parsing(void) {
    int code = 7;
    CHECK(httpstatus_parse("404 Not Found", 13, &code) == 1 && code == 404);
    CHECK(httpstatus_parse("404", 3, &code) == 1 && code == 404);
    CHECK(httpstatus_parse("299 Whatever", 12, &code) == 1 && code == 299);
    code = 7;
    CHECK(httpstatus_parse("404Not Found", 12, &code) == 0 && code == 7); /* untouched when 0 */
    CHECK(httpstatus_parse("600 Nope", 8, &code) == 0 && code == 7);
    CHECK(httpstatus_parse("40", 2, &code) == 0 && code == 7);
    CHECK(httpstatus_parse("404 Not\nFound", 13, &code) == 0 && code == 7);
    CHECK(httpstatus_parse("+40 Plus", 8, &code) == 0 && code == 7);
    CHECK(httpstatus_parse(NULL, 0, &code) == 0 && code == 7);
    CHECK(httpstatus_parse("404 Not Found", 13, NULL) == 1); /* a yes or no, no code wanted */
    CHECK(httpstatus_parse("404Not Found", 12, NULL) == 0);
}

int main(void) {
    codes();
    classes_and_facts();
    names();
    parsing();
    printf("answers.c (C %ld): %d checks, %d wrong\n", (long)__STDC_VERSION__, checks, failures);
    return failures == 0 ? 0 : 1;
}
