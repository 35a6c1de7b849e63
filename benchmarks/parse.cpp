// SPDX-License-Identifier: MIT
// The code of a status-line tail ("404 Not Found"): httpstatus::parse against std::from_chars with
// the same checks written by hand, the reason phrase's bytes among them (RFC 9112 section 4).
#include "contenders.hpp"
#include "inputs.hpp"

#include <httpstatus/httpstatus.hpp>

#include <charconv>
#include <string>
#include <string_view>

namespace bench {

void register_parse() {
    const std::vector<std::string> lines = status_lines();
    benchmark::RegisterBenchmark("parse/status_line/httpstatus", [lines](benchmark::State& state) {
        run_each(state, lines, [](const std::string& line) {
            const auto s = httpstatus::parse(line);
            return s ? static_cast<std::uintptr_t>(httpstatus::to_int(*s)) : 0;
        });
    });
    benchmark::RegisterBenchmark("parse/status_line/from_chars", [lines](benchmark::State& state) {
        run_each(state, lines, [](const std::string& line) {
            if (line.size() < 3 || (line.size() > 3 && line[3] != ' ')) return std::uintptr_t{0};
            int code = 0;
            const auto [end, error] = std::from_chars(line.data(), line.data() + 3, code);
            if (error != std::errc() || end != line.data() + 3 || code < 100 || code > 599) return std::uintptr_t{0};
            for (std::size_t i = 4; i < line.size(); ++i) {  // the reason phrase: HTAB, SP, VCHAR, obs-text
                const auto byte = static_cast<unsigned char>(line[i]);
                if (byte != '\t' && (byte < 0x20 || byte == 0x7F)) return std::uintptr_t{0};
            }
            return static_cast<std::uintptr_t>(code);
        });
    });
}

}  // namespace bench
