# Runs PROGRAM with ARGS ('|'-separated) and checks its exit status, stdout (a regex, and a line
# count in EXPECT_LINES) and stderr separately,
# which ctest's own PASS_REGULAR_EXPRESSION cannot (it ignores the exit status and merges streams).
string(REPLACE "|" ";" _args "${ARGS}")
execute_process(COMMAND "${PROGRAM}" ${_args}
  RESULT_VARIABLE _exit OUTPUT_VARIABLE _stdout ERROR_VARIABLE _stderr)

set(_failed "")
if(NOT "${_exit}" STREQUAL "${EXPECT_EXIT}")
  string(APPEND _failed "exit status ${_exit}, expected ${EXPECT_EXIT}\n")
endif()
if(DEFINED EXPECT_STDOUT AND NOT EXPECT_STDOUT STREQUAL "" AND NOT _stdout MATCHES "${EXPECT_STDOUT}")
  string(APPEND _failed "stdout does not match: ${EXPECT_STDOUT}\n")
endif()
if(DEFINED EXPECT_STDERR AND NOT EXPECT_STDERR STREQUAL "" AND NOT _stderr MATCHES "${EXPECT_STDERR}")
  string(APPEND _failed "stderr does not match: ${EXPECT_STDERR}\n")
endif()
if(NOT EXPECT_LINES STREQUAL "")
  string(REGEX MATCHALL "\n" _newlines "${_stdout}")
  list(LENGTH _newlines _lines)
  if(NOT _lines EQUAL EXPECT_LINES)
    string(APPEND _failed "stdout has ${_lines} lines, expected ${EXPECT_LINES}\n")
  endif()
endif()
if(_failed)
  message(FATAL_ERROR "httpstatus ${_args}:\n${_failed}--- stdout ---\n${_stdout}--- stderr ---\n${_stderr}")
endif()
