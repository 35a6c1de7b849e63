/* SPDX-License-Identifier: MIT
   A C program's first use of the C header, built by the autopkgtest c-header against the installed
   headers: a code, a name and a status line. */
#include <httpstatus/httpstatus.h>

#include <stdio.h>

int main(void) {
    const char line[] = "503 Service Unavailable";
    int code = 0;
    if (!httpstatus_parse(line, sizeof line - 1, &code)) return 1;
    printf("%d %s\n", code, httpstatus_reason_phrase(code));
    printf("%d %s\n", httpstatus_from_name("not found", 9), httpstatus_reason_phrase(HTTPSTATUS_NOT_FOUND));
    return 0;
}
