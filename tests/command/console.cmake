# What a person at a Windows console sees from `httpstatus 404`: the reference with its section
# sign as one character, not two others from the console's code page, nor two U+FFFD from a
# character written in halves. Wine gives a program started on a terminal a console, which it
# draws on that terminal in the terminal's character set (UTF-8 here); `script` makes the terminal.
#   cmake -DSCRIPT=<script> -DEMULATOR=<wine runner> -DPROGRAM=<httpstatus.exe> -P console.cmake
foreach(_var SCRIPT EMULATOR PROGRAM)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "console.cmake: ${_var} is not set")
  endif()
endforeach()

execute_process(COMMAND "${SCRIPT}" -qec "'${EMULATOR}' '${PROGRAM}' 404" /dev/null
  RESULT_VARIABLE _exit OUTPUT_VARIABLE _shown ERROR_VARIABLE _errors)
# The console's drawing: cursor moves and colours, as ANSI escape sequences. What is left is the text.
string(ASCII 27 _escape)
string(REGEX REPLACE "${_escape}\\[[0-9;?]*[A-Za-z]" "" _text "${_shown}")
if(NOT _exit EQUAL 0 OR NOT _text MATCHES "Reference: +RFC 9110 §15\\.5\\.5[\r\n]")
  message(FATAL_ERROR "the console does not show 'Reference: RFC 9110 §15.5.5' (exit status ${_exit}):\n"
                      "${_text}\n${_errors}")
endif()
message(STATUS "the console shows: ${CMAKE_MATCH_0}")
