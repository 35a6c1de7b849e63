// A translation unit that imports httpstatus (module/httpstatus.cppm) and does one lookup. It
// includes what it names from the standard library, as a user must: import brings no std names.
#include <string_view>
import httpstatus;

std::string_view phrase(int code) { return httpstatus::reason_phrase(code); }
