// SPDX-License-Identifier: MIT
// The fuzz input as text twice: in a std::string (which has a NUL after its end) and in a buffer of
// exactly its size, with nothing after it, so AddressSanitizer catches any read past the end.
#ifndef HTTPSTATUS_FUZZ_TEXT_INPUT_HPP
#define HTTPSTATUS_FUZZ_TEXT_INPUT_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

struct text_input {
    std::string with_nul;
    std::unique_ptr<char[]> exact;
    std::size_t size;

    text_input(const std::uint8_t* data, std::size_t length)
        : with_nul(reinterpret_cast<const char*>(data), length), exact(new char[length]), size(length) {
        if (length > 0) std::memcpy(exact.get(), data, length);
    }
    std::string_view terminated() const { return with_nul; }
    std::string_view unterminated() const { return {exact.get(), size}; }
};

#endif  // HTTPSTATUS_FUZZ_TEXT_INPUT_HPP
