# Fails unless DOC contains a snippet word for word, so that the code a page shows is the code the
# tests compile and run. The snippet is one of:
#   SNIPPET=<file>   the lines between "snippet-begin" and "snippet-end" marker lines, or the whole
#                    file if it has no markers; DEDENT=<n> removes n leading spaces from each line
#   PROGRAM=<file>   what the program prints, run through EMULATOR if set (Wine, in the MinGW build)
file(READ "${DOC}" _doc)
if(DEFINED PROGRAM)
  execute_process(COMMAND ${EMULATOR} "${PROGRAM}" OUTPUT_VARIABLE _snippet RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} failed (${_rc})")
  endif()
  # A Windows program's text-mode output ends its lines in CRLF; the page's in LF.
  string(REPLACE "\r\n" "\n" _snippet "${_snippet}")
  set(_what "the output of ${PROGRAM}")
else()
  file(READ "${SNIPPET}" _snippet)
  if(_snippet MATCHES "snippet-begin[^\n]*\n(.*\n)[^\n]*snippet-end")
    set(_snippet "${CMAKE_MATCH_1}")
  endif()
  if(DEDENT)
    # Plain REPLACE on "\n" + indent: REGEX REPLACE would re-anchor ^ after each match.
    string(REPEAT " " ${DEDENT} _indent)
    string(REPLACE "\n${_indent}" "\n" _snippet "\n${_snippet}")
    string(SUBSTRING "${_snippet}" 1 -1 _snippet)
  endif()
  set(_what "the snippet of ${SNIPPET}")
endif()
string(FIND "${_doc}" "${_snippet}" _at)
if(_at EQUAL -1)
  message(FATAL_ERROR "${DOC} does not contain ${_what} word for word:\n${_snippet}")
endif()
