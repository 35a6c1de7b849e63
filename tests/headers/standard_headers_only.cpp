// The standard headers httpstatus.hpp includes, and nothing else: core_macros.cmake's baseline.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
