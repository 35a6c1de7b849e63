# single_include/httpstatus/httpstatus.hpp copied alone into an empty folder, as a user copies it:
# SOURCE, compiled with only that folder on the include path, must build and print the line EXPECT.
#   cmake -DCOMPILER=<c++> -DFLAGS=<flag>[;<flag>...] -DHEADER=<the single httpstatus.hpp>
#         -DSOURCE=<file.cpp> -DWORK_DIR=<dir> -DEXPECT=<output> [-DEMULATOR=<program>]
#         [-DSUFFIX=<executable suffix>] -P copied_alone.cmake
foreach(_var COMPILER FLAGS HEADER SOURCE WORK_DIR EXPECT)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "copied_alone.cmake: ${_var} is not set")
  endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(COPY "${HEADER}" DESTINATION "${WORK_DIR}/include/httpstatus")
file(GLOB_RECURSE _copied RELATIVE "${WORK_DIR}/include" "${WORK_DIR}/include/*")
message(STATUS "the include folder holds only: ${_copied}")

set(_program "${WORK_DIR}/program${SUFFIX}")
execute_process(COMMAND "${COMPILER}" ${FLAGS} "-I${WORK_DIR}/include" "${SOURCE}" -o "${_program}"
                RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "compiling ${SOURCE} against the copied header alone failed (${_rc})")
endif()
execute_process(COMMAND ${EMULATOR} "${_program}" RESULT_VARIABLE _rc OUTPUT_VARIABLE _output)
# A Windows program (run under Wine) ends its lines with "\r\n".
string(REPLACE "\r\n" "\n" _output "${_output}")
if(NOT _rc EQUAL 0 OR NOT _output STREQUAL "${EXPECT}\n")
  message(FATAL_ERROR "${_program} exited with ${_rc} and printed '${_output}', not the line '${EXPECT}'")
endif()
message(STATUS "printed the line: ${EXPECT}")
