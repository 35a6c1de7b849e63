/* SPDX-License-Identifier: MIT
   What a C program's first use is: the C header, parse a status line's code and print its phrase. */
#include <httpstatus/httpstatus.h>

#include <stdio.h>

int main(void) {
    const char line[] = "503 Service Unavailable";
    int code = 0;
    if (!httpstatus_parse(line, sizeof line - 1, &code) || !httpstatus_is_server_error(code)) return 1;
    printf("%d %s\n", code, httpstatus_reason_phrase(code));
    return 0;
}
