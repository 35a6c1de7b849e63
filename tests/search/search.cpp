// SPDX-License-Identifier: MIT
// search and matches in constant expressions; this file passes by compiling.
#include <httpstatus/httpstatus.hpp>

#include <cstddef>
#include <string_view>
#include <utility>

namespace hs = httpstatus;
using hs::status;

// How many rows have a code from `first` to `last`, counted from the table, so that a new code is
// not a count to edit here.
constexpr std::size_t rows_from(int first, int last) noexcept {
    std::size_t n = 0;
    for (const auto& e : hs::all()) n += e.value() >= first && e.value() <= last ? 1U : 0U;
    return n;
}

static_assert(hs::search("").size() == hs::all().size());
static_assert(hs::search("teapot").size() == 1 && hs::search("teapot")[0].code == status::unused_418);
static_assert(hs::search("TeaPot").size() == 1);
static_assert(hs::search("41").size() == rows_from(410, 419) && hs::search("41")[0].value() == 410);
static_assert(hs::search("client error").size() == rows_from(400, 499));
static_assert(hs::search("server error").size() == rows_from(500, 599));
static_assert(hs::search("redirect").size() == rows_from(300, 399));
static_assert(hs::search("informational").size() == rows_from(100, 199));
static_assert(hs::search("successful").size() == rows_from(200, 299));
static_assert(hs::search("entity").size() == 2);
static_assert(hs::search("zzz").empty() && hs::search("4040").empty() && hs::search(" 404").empty());
static_assert(hs::search(std::string_view("404\0", 4)).empty());
static_assert(hs::search("5").size() == hs::search("5xx").size() && hs::search("5")[0].value() == 500);
static_assert(hs::search("not_found").size() == 1 && hs::search("im_a_teapot")[0].value() == 418);

// The enumerator of an entry's code is searched too: the three that are not their names read by
// from_name's rule find their entries, and so does every other enumerator, aliases included.
static_assert(hs::search("continue_").size() == 1 && hs::search("continue_")[0].code == status::continue_);
static_assert(hs::search("unused_306").size() == 1 && hs::search("unused_306")[0].code == status::unused_306);
static_assert(hs::search("unused_418").size() == 1 && hs::search("unused_418")[0].code == status::unused_418);

constexpr bool search_finds(std::string_view query, status code) noexcept {
    for (const auto& e : hs::search(query))
        if (e.code == code) return true;
    return false;
}
// Each row's enumerator (enum_table_sync.cpp holds enumerator_name to the compiler's spelling). Each
// row is its own constant expression, to stay within the compilers' limits on the work of one.
template <std::size_t Row>
inline constexpr bool enumerator_finds_its_entry = search_finds(hs::enumerator_name(hs::all()[Row].code),
                                                                hs::all()[Row].code);
template <std::size_t... Rows>
constexpr bool every_enumerator_finds_its_entry(std::index_sequence<Rows...> /*rows*/) noexcept {
    constexpr bool found[] = {enumerator_finds_its_entry<Rows>...};
    for (bool one : found)
        if (!one) return false;
    return true;
}
static_assert(every_enumerator_finds_its_entry(std::make_index_sequence<hs::all().size()>{}));
// The enum's older names, each an alias of its row.
static_assert(search_finds("moved_temporarily", status::moved_temporarily));
static_assert(search_finds("payload_too_large", status::payload_too_large));
static_assert(search_finds("requested_range_not_satisfiable", status::requested_range_not_satisfiable));
static_assert(search_finds("im_a_teapot", status::im_a_teapot));
static_assert(search_finds("unprocessable_entity", status::unprocessable_entity));

// A table of one's own: an entry answers to the enumerator of its code whatever its name, and a code
// without an enumerator has none to answer to.
constexpr hs::table own_codes{{
    {status::not_found, "No Such Thing", "Nothing is here."},
    {status{461}, "Quota Exceeded", "The account has used up its monthly quota."},
}};
static_assert(own_codes.search("not_found").size() == 1 && own_codes.search("not_found")[0].value() == 404);
static_assert(own_codes.search("quota_exceeded").size() == 1 && own_codes.search("unused").empty());

constexpr bool hits_are_in_code_order() noexcept {
    const auto results = hs::search("e");
    for (std::size_t i = 1; i < results.size(); ++i)
        if (results[i - 1].value() >= results[i].value()) return false;
    return results.size() > 1;
}
static_assert(hits_are_in_code_order());

// The results' iterators compare by position: each operator at equal and at unequal positions, both
// ways (`at_first` and `also_first` are one position, reached twice).
namespace iterators {
constexpr auto results = hs::search("e");
constexpr auto at_first = results.begin();
constexpr auto also_first = results.end() - results.size();
constexpr auto at_second = at_first + 1;
static_assert(at_first == also_first && !(at_first == at_second) && at_first != at_second && !(at_first != also_first));
static_assert(at_first < at_second && !(at_first < also_first) && !(at_second < at_first));
static_assert(at_second > at_first && !(at_first > also_first) && !(at_first > at_second));
static_assert(at_first <= also_first && at_first <= at_second && !(at_second <= at_first));
static_assert(at_first >= also_first && at_second >= at_first && !(at_first >= at_second));
}  // namespace iterators

// Searching each code's digits finds that code alone. In groups of rows, to stay within the
// compilers' limits on the work of one constant expression.
constexpr bool codes_find_themselves(std::size_t first, std::size_t last) noexcept {
    for (std::size_t row = first; row < last && row < hs::all().size(); ++row) {
        const auto& e = hs::all()[row];
        const char text[3] = {static_cast<char>('0' + e.value() / 100), static_cast<char>('0' + e.value() / 10 % 10),
                              static_cast<char>('0' + e.value() % 10)};
        const auto results = hs::search({text, 3});
        if (results.size() != 1 || results[0].code != e.code) return false;
    }
    return true;
}
static_assert(codes_find_themselves(0, 16));
static_assert(codes_find_themselves(16, 32));
static_assert(codes_find_themselves(32, 48));
static_assert(codes_find_themselves(48, 64));

static_assert(hs::matches(*hs::find(413), "payload") && !hs::matches(*hs::find(413), "server"));
static_assert(hs::search_results(hs::all(), "gone").size() == 1);

// search_results over an entry_span of the caller's, which no table's rules bound: entries of a code
// past the five classes (600, 700) are searched by name without reading a class label that does not
// exist, and a span longer than the results hold is searched in its first `capacity` rows only. A
// constant evaluation refuses the reads and writes out of bounds that either guard prevents.
namespace spans_of_their_own {
constexpr hs::status_info beyond_the_classes[] = {{status{600}, "Six Hundred"}, {status{700}, "Seven Hundred"}};
static_assert(hs::search_results(hs::entry_span(beyond_the_classes, 2), "hundred").size() == 2);
static_assert(hs::search_results(hs::entry_span(beyond_the_classes, 2), "seven").size() == 1);

constexpr std::size_t too_many = hs::search_results::capacity + 1;
struct many_rows {
    hs::status_info rows[too_many] = {};
    constexpr many_rows() noexcept {
        for (auto& row : rows) row = hs::status_info{status::ok, "OK"};
    }
};
constexpr many_rows many{};
static_assert(hs::search_results(hs::entry_span(many.rows, too_many), "ok").size() == hs::search_results::capacity);
}  // namespace spans_of_their_own
