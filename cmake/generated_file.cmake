# Writes a generated file, or checks that the committed copy is fresh.
#   cmake -DMODE=write|check -DPROGRAM=<program> -DARGUMENTS=<arg>[|<arg>...] -DFILE=<file>
#         [-DREFRESH_TARGET=<the target that writes it, httpstatus-docs by default>] -P generated_file.cmake
# MODE=check fails when FILE differs from what the program prints now, byte for byte (a "\r\n" line
# end included: execute_process's and file(READ)'s text would drop the "\r"). EMULATOR, when set,
# runs the program (Wine, for a Windows build).
foreach(_var MODE PROGRAM ARGUMENTS FILE)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "generated_file.cmake: ${_var} is not set")
  endif()
endforeach()

if(NOT DEFINED REFRESH_TARGET)
  set(REFRESH_TARGET httpstatus-docs)
endif()

get_filename_component(_name "${FILE}" NAME)
set(_generated "${CMAKE_CURRENT_BINARY_DIR}/${_name}.generated")
string(REPLACE "|" ";" _arguments "${ARGUMENTS}")
execute_process(COMMAND ${EMULATOR} "${PROGRAM}" ${_arguments} OUTPUT_FILE "${_generated}" RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "generated_file.cmake: '${PROGRAM} ${ARGUMENTS}' failed (${_rc})")
endif()

if(MODE STREQUAL "write")
  # A copy, not a rename: the build folder may be on another file system than the source tree.
  configure_file("${_generated}" "${FILE}" COPYONLY)
  file(REMOVE "${_generated}")
elseif(MODE STREQUAL "check")
  if(NOT EXISTS "${FILE}")
    message(FATAL_ERROR "${FILE} is missing; build the target that generates it")
  endif()
  file(SHA256 "${FILE}" _committed_hash)
  file(SHA256 "${_generated}" _generated_hash)
  if(NOT _committed_hash STREQUAL _generated_hash)
    message(FATAL_ERROR "${FILE} is stale: it differs from what the program prints now, which is in "
                        "${_generated}. Run: cmake --build <build-dir> --target ${REFRESH_TARGET}")
  endif()
  file(REMOVE "${_generated}")
  message(STATUS "${FILE} is fresh")
else()
  message(FATAL_ERROR "generated_file.cmake: MODE must be write or check, not '${MODE}'")
endif()
