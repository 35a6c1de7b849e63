// The baseline: a translation unit that includes only <string_view> and does the same work by hand.
#include <string_view>

std::string_view phrase(int code) { return code == 404 ? std::string_view("Not Found") : std::string_view(); }
