# Fails unless compiling SOURCE fails, and its error has the lines of LINES in that order (other lines
# may come between), each without the file:line:column: in front of it. The lines are those that
# docs/tables.md shows, so that the page says what the compiler says.
#   cmake -DCOMPILER=g++ -DSTANDARD=-std=c++17 -DINCLUDE=<repo>/include -DSOURCE=<file> -DLINES=<file> -P error_lines.cmake
foreach(_var COMPILER INCLUDE SOURCE LINES)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "error_lines.cmake: ${_var} is not set")
  endif()
endforeach()
# LC_ALL=C: g++ quotes with ' rather than the locale's quotation marks.
execute_process(
  COMMAND "${CMAKE_COMMAND}" -E env LC_ALL=C "${COMPILER}" ${STANDARD} -fsyntax-only -fdiagnostics-color=never
          "-I${INCLUDE}" "${SOURCE}"
  RESULT_VARIABLE _rc OUTPUT_VARIABLE _output ERROR_VARIABLE _output)
if(_rc EQUAL 0)
  message(FATAL_ERROR "${SOURCE} compiled; it should not")
endif()
string(REGEX REPLACE "(^|\n)[^\n]*:[0-9]+:[0-9]+: +" "\\1" _remaining "\n${_output}\n")
file(STRINGS "${LINES}" _lines)
foreach(_line IN LISTS _lines)
  string(FIND "${_remaining}" "\n${_line}\n" _at)
  if(_at EQUAL -1)
    message(FATAL_ERROR "the error lacks, in this order, the line\n  ${_line}\nof ${LINES}. The error:\n${_output}")
  endif()
  string(LENGTH "\n${_line}" _length)
  math(EXPR _at "${_at} + ${_length}")
  string(SUBSTRING "${_remaining}" ${_at} -1 _remaining)
endforeach()
string(LENGTH "${_output}" _size)
message(STATUS "the error has the ${LINES} lines; it is ${_size} characters long")
