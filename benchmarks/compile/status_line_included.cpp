// A translation unit that includes status_line.hpp, does one lookup and does not call status_line_for.
#include <httpstatus/status_line.hpp>

std::string_view phrase(int code) { return httpstatus::reason_phrase(code); }
