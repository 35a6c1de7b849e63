// httpstatus: the iterator of search_results: entries of a table picked by row number.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_ROW_ITERATOR_HPP
#define HTTPSTATUS_DETAIL_ROW_ITERATOR_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace httpstatus::detail {

// A random-access iterator over the entries table[rows[0]], table[rows[1]], ...
template <typename Entry>
class row_iterator {
public:
    // std::random_access_iterator_tag, named through a type that <string_view> must define, so that
    // the core header need not include <iterator> (which brings <streambuf> and <system_error>).
    using iterator_category = std::string_view::const_reverse_iterator::iterator_category;
    using value_type = Entry;
    using difference_type = std::ptrdiff_t;
    using pointer = const Entry*;
    using reference = const Entry&;

    constexpr row_iterator() noexcept = default;
    constexpr row_iterator(const Entry* table, const std::uint8_t* row) noexcept : table_(table), row_(row) {}

    constexpr reference operator*() const noexcept { return table_[*row_]; }
    constexpr pointer operator->() const noexcept { return &table_[*row_]; }
    constexpr reference operator[](difference_type n) const noexcept { return table_[row_[n]]; }
    constexpr row_iterator& operator++() noexcept {
        ++row_;
        return *this;
    }
    constexpr row_iterator& operator--() noexcept {
        --row_;
        return *this;
    }
    constexpr row_iterator operator++(int) noexcept {
        row_iterator old = *this;
        ++row_;
        return old;
    }
    constexpr row_iterator operator--(int) noexcept {
        row_iterator old = *this;
        --row_;
        return old;
    }
    constexpr row_iterator& operator+=(difference_type n) noexcept {
        row_ += n;
        return *this;
    }
    constexpr row_iterator& operator-=(difference_type n) noexcept {
        row_ -= n;
        return *this;
    }
    friend constexpr row_iterator operator+(row_iterator it, difference_type n) noexcept { return it += n; }
    friend constexpr row_iterator operator+(difference_type n, row_iterator it) noexcept { return it += n; }
    friend constexpr row_iterator operator-(row_iterator it, difference_type n) noexcept { return it -= n; }
    friend constexpr difference_type operator-(row_iterator a, row_iterator b) noexcept { return a.row_ - b.row_; }
    friend constexpr bool operator==(row_iterator a, row_iterator b) noexcept { return a.row_ == b.row_; }
    friend constexpr bool operator!=(row_iterator a, row_iterator b) noexcept { return a.row_ != b.row_; }
    friend constexpr bool operator<(row_iterator a, row_iterator b) noexcept { return a.row_ < b.row_; }
    friend constexpr bool operator>(row_iterator a, row_iterator b) noexcept { return a.row_ > b.row_; }
    friend constexpr bool operator<=(row_iterator a, row_iterator b) noexcept { return a.row_ <= b.row_; }
    friend constexpr bool operator>=(row_iterator a, row_iterator b) noexcept { return a.row_ >= b.row_; }

private:
    const Entry* table_ = nullptr;
    const std::uint8_t* row_ = nullptr;
};

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_ROW_ITERATOR_HPP
