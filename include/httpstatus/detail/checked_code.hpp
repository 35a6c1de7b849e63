// httpstatus: the compile errors behind status_v<N>, N_status and status_in<table, N>.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_CHECKED_CODE_HPP
#define HTTPSTATUS_DETAIL_CHECKED_CODE_HPP

#include <httpstatus/detail/code_index.hpp>

#include <cstdint>

namespace httpstatus {
enum class status : std::uint16_t;
constexpr bool is_registered(int code) noexcept;  // defined in httpstatus.hpp, before any use here

namespace detail {
template <long long Code>
struct checked_code {
    static_assert(Code >= min_code && Code <= max_code,
                  "httpstatus: an HTTP status code has three digits, 100 to 599 (RFC 9110 section 15)");
    // Out of range was reported above; one error is enough.
    static_assert(Code < min_code || Code > max_code || is_registered(static_cast<int>(Code)),
                  "httpstatus: this code is not in the IANA HTTP Status Code Registry; for a code that is "
                  "not registered use to_any_status(code), or status_in<table, code> for a code of your table");
    static constexpr status value = static_cast<status>(Code);
};

// The same for a code of any table: status_in<my_codes, 499>.
template <const auto& Table, int Code>
struct checked_table_code {
    static_assert(Code >= min_code && Code <= max_code,
                  "httpstatus: an HTTP status code has three digits, 100 to 599 (RFC 9110 section 15)");
    static_assert(Code < min_code || Code > max_code || Table.contains(Code),
                  "httpstatus: this code is not in the table that status_in names");
    static constexpr status value = static_cast<status>(Code);
};
}  // namespace detail
}  // namespace httpstatus

#endif  // HTTPSTATUS_DETAIL_CHECKED_CODE_HPP
