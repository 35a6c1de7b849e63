// SPDX-License-Identifier: MIT
// The longest table there may be, 128 rows, each with a name and two aliases that share a long
// prefix with every other row's: checking its rules stays within the compilers' limits on constant
// evaluation (clang's steps, GCC's operations). This file passes by compiling.
#include <httpstatus/httpstatus.hpp>

#include <cstddef>
#include <string_view>

namespace hs = httpstatus;

namespace {
constexpr std::size_t rows = 128;

// "Vendor Specific Error Number 400" and the aliases "... 400 Old;... 400 Older", for codes 400–527.
struct long_table_text {
    char name[rows][40] = {};
    char aliases[rows][80] = {};
};
constexpr std::size_t append(char* out, std::size_t at, std::string_view text) {
    for (char ch : text) out[at++] = ch;
    return at;
}
constexpr long_table_text make_text() {
    long_table_text t{};
    for (std::size_t i = 0; i < rows; ++i) {
        const int code = 400 + static_cast<int>(i);
        const char digits[3] = {static_cast<char>('0' + code / 100), static_cast<char>('0' + code / 10 % 10),
                                static_cast<char>('0' + code % 10)};
        const std::string_view number(digits, 3);
        std::size_t at = append(t.name[i], 0, "Vendor Specific Error Number ");
        append(t.name[i], at, number);
        at = append(t.aliases[i], 0, "Vendor Specific Error Number ");
        at = append(t.aliases[i], at, number);
        at = append(t.aliases[i], at, " Old;Vendor Specific Error Number ");
        at = append(t.aliases[i], at, number);
        append(t.aliases[i], at, " Older");
    }
    return t;
}
constexpr long_table_text text = make_text();

struct long_table_rows {
    hs::status_info row[rows] = {};
};
constexpr long_table_rows make_rows() {
    long_table_rows r{};
    for (std::size_t i = 0; i < rows; ++i)
        r.row[i] = {hs::status{static_cast<std::uint16_t>(400 + i)}, text.name[i], "", "", text.aliases[i]};
    return r;
}
constexpr long_table_rows long_rows = make_rows();

constexpr hs::table long_table{long_rows.row};
}  // namespace

static_assert(long_table.size() == 128);
static_assert(long_table.reason_phrase(527) == "Vendor Specific Error Number 527");
static_assert(long_table.find(400)->aliases[1] == "Vendor Specific Error Number 400 Older");
static_assert(long_table.from_name("vendor_specific_error_number_463_old") == hs::status{463});
static_assert(long_table.search("Number 5").size() == 28);
