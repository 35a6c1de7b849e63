// A translation unit that includes httpstatus and does one name lookup, which reads the generated name index.
#include <httpstatus/httpstatus.hpp>

std::optional<httpstatus::status> code_of(std::string_view name) { return httpstatus::from_name(name); }
