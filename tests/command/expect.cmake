# Runs PROGRAM with ARGS ('|'-separated) and checks its exit status, stdout (a regex, and a line
# count in EXPECT_LINES, or a file it must equal in EXPECT_STDOUT_FILE) and stderr separately,
# which ctest's own PASS_REGULAR_EXPRESSION cannot (it ignores the exit status and merges streams).
# Every line must end in "\n" alone, on every system. EMULATOR, when set, runs the program (Wine,
# for a Windows build). NAME names the files the output is kept in while it is checked.
# ENVIRONMENT ('|'-separated VAR=value) is set for the program; OUTPUT_TO, when set, is the file its
# stdout goes to (/dev/full), and stdout is then not checked; INPUT_FROM, when set, is the file its
# stdin comes from (else it inherits ctest's).
string(REPLACE "|" ";" _args "${ARGS}")
string(REPLACE "|" ";" _environment "${ENVIRONMENT}")
set(_stdout_file "${CMAKE_CURRENT_BINARY_DIR}/${NAME}.stdout")
set(_stderr_file "${CMAKE_CURRENT_BINARY_DIR}/${NAME}.stderr")
set(_output_file "${_stdout_file}")
if(OUTPUT_TO)
  set(_output_file "${OUTPUT_TO}")
  file(WRITE "${_stdout_file}" "")
endif()
set(_input "")
if(INPUT_FROM)
  set(_input INPUT_FILE "${INPUT_FROM}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E env ${_environment} ${EMULATOR} "${PROGRAM}" ${_args}
  ${_input} RESULT_VARIABLE _exit OUTPUT_FILE "${_output_file}" ERROR_FILE "${_stderr_file}")
file(READ "${_stdout_file}" _stdout)
file(READ "${_stderr_file}" _stderr)

# Whether a file holds a carriage return. file(READ) without HEX drops it, so look at the bytes:
# " 0d " in " 34 30 34 0d 0a ..." is a byte 0x0d and not the end of one byte and the start of another.
function(has_carriage_return file result)
  file(READ "${file}" _hex HEX)
  string(REGEX REPLACE ".." "\\0 " _bytes "${_hex}")
  string(FIND " ${_bytes}" " 0d " _at)
  if(_at EQUAL -1)
    set(${result} FALSE PARENT_SCOPE)
  else()
    set(${result} TRUE PARENT_SCOPE)
  endif()
endfunction()

set(_failed "")
if(NOT "${_exit}" STREQUAL "${EXPECT_EXIT}")
  string(APPEND _failed "exit status ${_exit}, expected ${EXPECT_EXIT}\n")
endif()
foreach(_stream stdout stderr)
  has_carriage_return("${_${_stream}_file}" _has_cr)
  if(_has_cr)
    string(APPEND _failed "${_stream} has a \"\\r\": lines must end in \"\\n\" alone\n")
  endif()
endforeach()
if(DEFINED EXPECT_STDOUT AND NOT EXPECT_STDOUT STREQUAL "" AND NOT _stdout MATCHES "${EXPECT_STDOUT}")
  string(APPEND _failed "stdout does not match: ${EXPECT_STDOUT}\n")
endif()
# EXPECT_STDOUT_FILE: stdout must be the file's bytes, exactly (the same file for a native and a Wine run).
if(EXPECT_STDOUT_FILE)
  file(READ "${EXPECT_STDOUT_FILE}" _expected_stdout)
  if(NOT _stdout STREQUAL _expected_stdout)
    string(APPEND _failed "stdout is not ${EXPECT_STDOUT_FILE}, byte for byte\n--- expected ---\n${_expected_stdout}")
  endif()
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
file(REMOVE "${_stdout_file}" "${_stderr_file}")
