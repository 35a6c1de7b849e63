// expect: enum/table drift: an enumerator has no row in the table
// The check of tests/registry/enum_table_sync.cpp, run on an enum that has one enumerator too many.
#include "enum_reflection.hpp"

#include <string_view>
#include <utility>

enum class drifted : unsigned short { ok = 200, not_in_the_table = 299 };

struct rows_with_only_200 {
    static constexpr bool has_row(int code) noexcept { return code == 200; }
    static constexpr bool is_row_name(int, std::string_view name) noexcept { return name == "ok"; }
};

static_assert(reflection::in_step<drifted, rows_with_only_200>(std::make_index_sequence<300>{}));
