// SPDX-License-Identifier: MIT
// The benchmark inputs: made once, at run time, from a fixed seed, so that no contender can be
// constant-folded and every contender sees the same values in the same order.
#ifndef HTTPSTATUS_BENCHMARKS_INPUTS_HPP
#define HTTPSTATUS_BENCHMARKS_INPUTS_HPP

#include <httpstatus/httpstatus.hpp>

#include <random>
#include <string>
#include <vector>

namespace bench {

constexpr std::size_t input_count = 4096;

// A realistic traffic mix: the reply status codes seen by a large proxy cache, from Duane Wessels,
// "Web Caching" (O'Reilly, 2001), table A-14, Anon-U column, in percent. 200 dominates, then 304.
struct weighted_code {
    int code;
    double percent;
};
inline constexpr weighted_code traffic_mix[] = {
    {200, 71.35}, {304, 17.23}, {302, 8.12}, {404, 1.21}, {301, 0.48},
    {504, 0.22},  {401, 0.10},  {500, 0.07}, {206, 0.05}, {403, 0.04},
};

inline std::vector<int> traffic_codes() {
    std::vector<double> weights;
    for (const auto& w : traffic_mix) weights.push_back(w.percent);
    std::mt19937 random(20261126);
    std::discrete_distribution<std::size_t> pick(weights.begin(), weights.end());
    std::vector<int> codes(input_count);
    for (int& code : codes) code = traffic_mix[pick(random)].code;
    return codes;
}

// Every registered code equally often.
inline std::vector<int> uniform_codes() {
    std::mt19937 random(20261127);
    std::uniform_int_distribution<std::size_t> pick(0, httpstatus::all().size() - 1);
    std::vector<int> codes(input_count);
    for (int& code : codes) code = httpstatus::all()[pick(random)].value();
    return codes;
}

// Registered codes, with one in ten replaced by an unregistered code in 100-599.
inline std::vector<int> codes_with_unregistered() {
    std::vector<int> codes = uniform_codes();
    std::mt19937 random(20261128);
    std::uniform_int_distribution<int> any(100, 599);
    for (std::size_t i = 0; i < codes.size(); i += 10) {
        int code = any(random);
        while (httpstatus::is_registered(code)) code = any(random);
        codes[i] = code;
    }
    return codes;
}

// Names as users write them: registered names and aliases in the registry's spelling, lowercase,
// UPPER_SNAKE and kebab-case; 5% are not names at all.
inline std::vector<std::string> name_inputs() {
    std::vector<std::string> spellings;
    for (const auto& e : httpstatus::all()) {
        if (e.is_unused()) continue;
        std::vector<std::string> forms = {std::string(e.name)};
        for (auto alias : e.aliases) forms.emplace_back(alias);
        for (const std::string& form : forms) {
            std::string lower;
            std::string upper_snake;
            std::string kebab;
            for (char ch : form) {
                const bool upper = ch >= 'A' && ch <= 'Z';
                const bool space = ch == ' ' || ch == '-';
                lower += upper ? static_cast<char>(ch - 'A' + 'a') : ch;
                upper_snake += space ? '_' : (ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 'a' + 'A') : ch);
                kebab += space ? '-' : (upper ? static_cast<char>(ch - 'A' + 'a') : ch);
            }
            spellings.insert(spellings.end(), {form, lower, upper_snake, kebab});
        }
    }
    std::mt19937 random(20261129);
    std::uniform_int_distribution<std::size_t> pick(0, spellings.size() - 1);
    std::vector<std::string> inputs(input_count);
    for (std::size_t i = 0; i < inputs.size(); ++i)
        inputs[i] = i % 20 == 0 ? "No Such Status" : spellings[pick(random)];
    return inputs;
}

// Status-line tails, "404 Not Found", for the traffic mix; 1% malformed.
inline std::vector<std::string> status_lines() {
    std::vector<std::string> lines;
    for (int code : traffic_codes())
        lines.push_back(std::to_string(code) + ' ' + std::string(httpstatus::reason_phrase(code)));
    for (std::size_t i = 0; i < lines.size(); i += 100) lines[i] = "40x Bad";
    return lines;
}

}  // namespace bench

#endif  // HTTPSTATUS_BENCHMARKS_INPUTS_HPP
