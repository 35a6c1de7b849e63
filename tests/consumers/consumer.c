/* SPDX-License-Identifier: MIT */
/* consumer.cpp's program in C, through the C header: a status line's code and its phrase. */
#include <httpstatus/httpstatus.h>

#include <stdio.h>
#include <string.h>

int main(void) {
    const char* line = "503 Service Unavailable";
    int code = 0;
    if (!httpstatus_parse(line, strlen(line), &code) || !httpstatus_is_server_error(code)) return 1;
    printf("%d %s\n", code, httpstatus_reason_phrase(code));
    return 0;
}
