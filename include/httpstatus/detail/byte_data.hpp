// httpstatus: numbers read from a string of bytes, the form of the registry's generated indexes.
// SPDX-License-Identifier: MIT
// Part of <httpstatus/httpstatus.hpp>; not an interface of its own.
#ifndef HTTPSTATUS_DETAIL_BYTE_DATA_HPP
#define HTTPSTATUS_DETAIL_BYTE_DATA_HPP

#include <cstdint>

namespace httpstatus::detail {

// detail/registry_index.hpp writes its numbers as bytes in string literals, least significant
// first, rather than as arrays of integers: every translation unit that includes the header reads
// them, and GCC reads a 500-integer array in about 7 M instructions, a string of the same bytes in
// 0.1 M (docs/benchmarks.md). At run time GCC and Clang make these byte reads one load.
constexpr std::uint32_t byte_at(const char* bytes, unsigned i) noexcept { return static_cast<unsigned char>(bytes[i]); }
constexpr std::uint16_t read_u16(const char* bytes) noexcept {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[0]) | static_cast<unsigned char>(bytes[1])
                                                                                 << 8U);
}
constexpr std::uint32_t read_u32(const char* bytes) noexcept {
    return byte_at(bytes, 0) | byte_at(bytes, 1) << 8U | byte_at(bytes, 2) << 16U | byte_at(bytes, 3) << 24U;
}

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_BYTE_DATA_HPP
