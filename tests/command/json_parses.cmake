# Has Python's json module read what `httpstatus --json ...` prints, so that the output is checked by
# a parser other than the one that wrote it: one array of COUNT entries, each with json.hpp's fields
# in json.hpp's order and then its field rules, and a section sign that arrives as one character, not
# as two from text encoded twice.
#   cmake -DPYTHON=<python3> [-DEMULATOR=<runner>] -DPROGRAM=<httpstatus> -DARGS=--json|--list
#         -DCOUNT=<entries> -P json_parses.cmake
foreach(_var PYTHON PROGRAM ARGS COUNT)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "json_parses.cmake: ${_var} is not set")
  endif()
endforeach()
string(REPLACE "|" ";" _args "${ARGS}")

set(_check [=[
import json, re, sys
FIELDS = ["code", "name", "class", "description", "reference", "reference_url", "aliases", "state",
          "cacheable", "allows_content", "never_has_content", "follows_location", "preserves_method",
          "is_permanent_redirect", "retry_after_applies", "retry", "field_rules"]
RULE_FIELDS = ["field", "level", "condition", "section", "description"]
LEVELS = {"MUST", "MUST NOT", "SHOULD", "SHOULD NOT", "MAY"}
entries = json.load(sys.stdin.buffer)
count = int(sys.argv[1])
assert isinstance(entries, list), "not an array"
assert len(entries) == count, f"{len(entries)} entries, expected {count}"
for entry in entries:
    assert list(entry) == FIELDS, f"fields {list(entry)}"
    assert 100 <= entry["code"] <= 599, f"code {entry['code']}"
    # A registry entry's reference names its section: "RFC 9110 \u00a715.5.5".
    if entry["reference_url"]:
        assert re.fullmatch(r"RFC [0-9]+ \u00a7[0-9.]+", entry["reference"]), entry["reference"]
    # Every code 100-599 has at least its class's Date rule (RFC 9110 section 6.6.1).
    assert entry["field_rules"], f"{entry['code']}: no field rules"
    for rule in entry["field_rules"]:
        assert list(rule) == RULE_FIELDS, f"{entry['code']}: rule fields {list(rule)}"
        assert rule["level"] in LEVELS, rule
        assert re.fullmatch(r"[A-Za-z-]+", rule["field"]), rule
        assert re.fullmatch(r"RFC [0-9]+ \u00a7[0-9.]+", rule["section"]), rule
codes = [entry["code"] for entry in entries]
assert codes == sorted(set(codes)), "codes not in order, or repeated"
]=])

execute_process(COMMAND ${EMULATOR} "${PROGRAM}" ${_args}
                COMMAND "${PYTHON}" -c "${_check}" "${COUNT}"
                RESULTS_VARIABLE _exits ERROR_VARIABLE _errors)
if(NOT _exits STREQUAL "0;0")
  string(REPLACE "|" " " _shown "${ARGS}")
  message(FATAL_ERROR "httpstatus ${_shown} | python3, json.load: exit statuses ${_exits}\n${_errors}")
endif()
