// A translation unit that imports httpstatus (module/httpstatus.cppm) and does one name lookup. It
// includes what it names from the standard library, as a user must: import brings no std names.
#include <optional>
#include <string_view>
import httpstatus;

std::optional<httpstatus::status> code_of(std::string_view name) { return httpstatus::from_name(name); }
