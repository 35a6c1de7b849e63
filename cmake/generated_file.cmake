# Writes a generated file, or checks that the committed copy is fresh.
#   cmake -DMODE=write|check -DPROGRAM=<program> -DARGUMENTS=<arg>[|<arg>...] -DFILE=<file> -P generated_file.cmake
# MODE=check fails when FILE differs from what the program prints now.
foreach(_var MODE PROGRAM ARGUMENTS FILE)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "generated_file.cmake: ${_var} is not set")
  endif()
endforeach()

string(REPLACE "|" ";" _arguments "${ARGUMENTS}")
execute_process(COMMAND "${PROGRAM}" ${_arguments} OUTPUT_VARIABLE _generated RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "generated_file.cmake: '${PROGRAM} ${ARGUMENTS}' failed (${_rc})")
endif()

if(MODE STREQUAL "write")
  file(WRITE "${FILE}" "${_generated}")
elseif(MODE STREQUAL "check")
  if(NOT EXISTS "${FILE}")
    message(FATAL_ERROR "${FILE} is missing; build the target that generates it")
  endif()
  file(READ "${FILE}" _committed)
  if(NOT _committed STREQUAL _generated)
    message(FATAL_ERROR "${FILE} is stale: it differs from what the header generates now. "
                        "Run: cmake --build <build-dir> --target httpstatus-docs")
  endif()
  message(STATUS "${FILE} is fresh")
else()
  message(FATAL_ERROR "generated_file.cmake: MODE must be write or check, not '${MODE}'")
endif()
