// SPDX-License-Identifier: MIT
// check_response finds what the plain reference reader finds: whether the text is a response head, its
// code and version, and the set of findings (field, level, note or not, problem); and reads nothing past
// the view. The first byte picks the request method (none, CONNECT, GET, HEAD, POST), the rest is the head.
#include "reference_check.hpp"
#include "text_input.hpp"

#include <httpstatus/check.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace {

std::vector<reference::check_finding> findings_of(const httpstatus::check_report& report) {
    std::vector<reference::check_finding> found;
    for (const httpstatus::finding& f : report)
        found.push_back({std::string(f.field), f.level, f.is_note, std::string(f.problem)});
    std::sort(found.begin(), found.end());
    return found;
}

bool same(const httpstatus::check_report& a, const httpstatus::check_report& b) {
    return a.is_response_head() == b.is_response_head() && a.code() == b.code() && a.version() == b.version() &&
           a.conforms() == b.conforms() && a.truncated() == b.truncated() && findings_of(a) == findings_of(b);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    constexpr const char* methods[] = {nullptr, "CONNECT", "GET", "HEAD", "POST"};
    const char* const method = methods[data[0] % 5];
    const text_input input(data + 1, size - 1);

    const httpstatus::check_report report = method ? httpstatus::check_response(input.unterminated(), method)
                                                   : httpstatus::check_response(input.unterminated());
    const reference::check_result expected =
        reference::check_response(input.unterminated(), method ? std::optional<std::string>(method) : std::nullopt);

    reference::check(report.is_response_head() == expected.is_response_head, "is_response_head is the reference's");
    reference::check(report.conforms() == expected.conforms(), "conforms is the reference's");
    if (report.is_response_head()) {
        reference::check(report.code() == expected.code, "the code is the reference's");
        reference::check(report.version() == expected.version, "the version is the reference's");
    } else {
        reference::check(report.empty() && report.code() == 0, "not a head: no finding, no code");
    }
    reference::check(report.truncated() == (expected.findings.size() > httpstatus::check_report::capacity),
                     "truncated when the reference has more findings than capacity");
    if (!report.truncated())
        reference::check(findings_of(report) == expected.findings, "the findings are the reference's");
    for (const httpstatus::finding& f : report) {
        reference::check(!f.problem.empty() && !f.section.empty(), "a finding says what and where");
        reference::check(f.breaks_conformance() == (!f.is_note && (f.level == httpstatus::requirement::must ||
                                                                   f.level == httpstatus::requirement::must_not)),
                         "breaks_conformance is a MUST or MUST NOT, not a note");
    }
    const httpstatus::check_report terminated = method ? httpstatus::check_response(input.terminated(), method)
                                                       : httpstatus::check_response(input.terminated());
    reference::check(same(report, terminated), "check_response ignores what follows the view");
    return 0;
}
