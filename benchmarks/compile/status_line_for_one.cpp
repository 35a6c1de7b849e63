// A translation unit that includes status_line.hpp and calls status_line_for once.
#include <httpstatus/status_line.hpp>

std::string_view line(int code) { return httpstatus::status_line_for(code); }
