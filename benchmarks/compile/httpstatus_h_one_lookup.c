/* A C translation unit that includes the C header, httpstatus.h, and does one lookup. */
#include <httpstatus/httpstatus.h>

const char* phrase(int code);
const char* phrase(int code) { return httpstatus_reason_phrase(code); }
