// A translation unit that includes httpstatus and does one lookup.
#include <httpstatus/httpstatus.hpp>

std::string_view phrase(int code) { return httpstatus::reason_phrase(code); }
