/* SPDX-License-Identifier: MIT */
/* The registry from C: a code's phrase, class and one fact, a code from its name, a status line's code.
   c_lookup.cpp does the same in C++, and a test holds the two to the same output. */
/* snippet-begin */
#include <httpstatus/httpstatus.h>

#include <stdio.h>
#include <string.h>

static void show(int code) {
    printf("%d %s: %s, %s\n", code, httpstatus_reason_phrase(code), httpstatus_class_label(httpstatus_class_of(code)),
           httpstatus_is_cacheable_by_default(code) ? "cacheable by default" : "not cacheable by default");
}

int main(void) {
    const char* name = "not found";
    const char* line = "404 Not Found";
    int code = 0;

    show(HTTPSTATUS_NOT_FOUND);   /* 404 Not Found: Client Error, cacheable by default */
    show(HTTPSTATUS_IM_A_TEAPOT); /* 418 (Unused): Client Error, not cacheable by default */

    printf("\"%s\" is %d\n", name, httpstatus_from_name(name, strlen(name))); /* 0 if no code has the name */
    if (httpstatus_parse(line, strlen(line), &code)) printf("\"%s\" is %d\n", line, code);
    return 0;
}
/* snippet-end */
