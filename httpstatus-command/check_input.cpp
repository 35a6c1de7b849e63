// SPDX-License-Identifier: MIT
#include "check_input.hpp"

#include "fit_width.hpp"
#include "printable.hpp"
#include "response_heads.hpp"

#include <cstddef>

namespace httpstatus_command {

namespace {

// The first line of `text`, printable and cut short enough for a message.
std::string first_line_of(std::string_view text) {
    std::string_view line = text.substr(0, text.find('\n'));
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    constexpr std::size_t shown = 40;
    return cut_to_width(printable(line.substr(0, shown * 4)), shown);
}

}  // namespace

checked_input check_input(std::string_view input, std::string_view method) {
    checked_input checked;
    const std::vector<std::string_view> heads = response_heads(input);
    if (heads.empty()) {
        checked.exit_status = 2;
        checked.error = input.empty()
                            ? "standard input is empty"
                            : "standard input does not begin with a status line (\"" + first_line_of(input) + "\")";
        return checked;
    }
    for (std::size_t i = 0; i < heads.size(); ++i) {
        const httpstatus::check_report report = httpstatus::check_response(heads[i], method);
        if (!report.is_response_head()) {
            checked.exit_status = 2;
            checked.error = "response " + std::to_string(i + 1) + " does not begin with a status line (\"" +
                            first_line_of(heads[i]) + "\")";
            return checked;
        }
        if (!report.conforms()) checked.exit_status = 1;
        checked.reports.push_back(report);
    }
    return checked;
}

}  // namespace httpstatus_command
