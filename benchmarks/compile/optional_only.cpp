// The floor for an API that returns std::optional: <optional> and <string_view> only, the same
// lookup by hand, its answer in a std::optional.
#include <optional>
#include <string_view>

std::optional<std::string_view> phrase(int code) {
    if (code == 404) return std::string_view("Not Found");
    return std::nullopt;
}
