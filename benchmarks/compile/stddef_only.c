/* The C baseline: a translation unit that includes only <stddef.h> and does the same work by hand. */
#include <stddef.h>

const char* phrase(int code);
const char* phrase(int code) { return code == 404 ? "Not Found" : ""; }
