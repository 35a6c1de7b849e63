# Has Python's json module read what `httpstatus --check --json < INPUT` prints, so that the output is
# checked by a parser other than the one that wrote it: an array of reports, each with its fields in
# order, its findings each with theirs, and a section sign that arrives as one character.
#   cmake -DPYTHON=<python3> [-DEMULATOR=<runner>] -DPROGRAM=<httpstatus> -DINPUT=<file> -P check_json_parses.cmake
foreach(_var PYTHON PROGRAM INPUT)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "check_json_parses.cmake: ${_var} is not set")
  endif()
endforeach()

set(_check [=[
import json, re, sys
REPORT = ["version", "code", "name", "conforms", "truncated", "findings"]
FINDING = ["kind", "level", "field", "problem", "condition", "section"]
reports = json.load(sys.stdin.buffer)
assert isinstance(reports, list) and reports, "not an array of reports"
for report in reports:
    assert list(report) == REPORT, f"fields {list(report)}"
    assert 100 <= report["code"] <= 599, f"code {report['code']}"
    for finding in report["findings"]:
        assert list(finding) == FINDING, f"fields {list(finding)}"
        assert finding["kind"] in ("error", "warning", "note"), finding["kind"]
        assert re.fullmatch(r"RFC [0-9]+ \u00a7[0-9.]+", finding["section"]), finding["section"]
    errors = [finding for finding in report["findings"] if finding["kind"] == "error"]
    assert report["conforms"] == (not errors), "conforms disagrees with the errors"
assert not reports[-1]["conforms"] and reports[-1]["findings"][0]["field"] == "Allow", "the 405's missing Allow"
]=])

# The exit status is 1: the last response does not conform.
execute_process(COMMAND ${EMULATOR} "${PROGRAM}" --check --json INPUT_FILE "${INPUT}"
                COMMAND "${PYTHON}" -c "${_check}"
                RESULTS_VARIABLE _exits ERROR_VARIABLE _errors)
if(NOT _exits STREQUAL "1;0")
  message(FATAL_ERROR "httpstatus --check --json < ${INPUT} | python3, json.load: exit statuses ${_exits}\n${_errors}")
endif()
