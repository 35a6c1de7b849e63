# pkg-config --cflags httpstatus, from the installed .pc, after the whole prefix has been moved
# elsewhere: the flags must follow it. Then compile and run a consumer with those flags.
set(_moved "${WORK_DIR}/moved-prefix")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(COPY "${PREFIX}/" DESTINATION "${_moved}")

set(ENV{PKG_CONFIG_PATH} "${_moved}/${PC_DIR}")
execute_process(COMMAND "${PKG_CONFIG}" --cflags httpstatus
  RESULT_VARIABLE _rc OUTPUT_VARIABLE _cflags OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "pkg-config --cflags httpstatus failed (${_rc})")
endif()
message(STATUS "pkg-config --cflags httpstatus: ${_cflags}")
if(NOT _cflags MATCHES "^-I.*moved-prefix/${PC_DIR}/\\.\\./\\.\\./include$")
  message(FATAL_ERROR "the flags do not point into the moved prefix: ${_cflags}")
endif()

separate_arguments(_cflags UNIX_COMMAND "${_cflags}")
execute_process(COMMAND "${CMAKE_COMMAND}" "-DCOMPILER=${COMPILER}" "-DFLAGS=${FLAGS};${_cflags}"
                "-DSOURCE=${SOURCE}" "-DOUTPUT=${WORK_DIR}/consumer"
                -P "${CMAKE_CURRENT_LIST_DIR}/compile_and_run.cmake"
  RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "the pkg-config consumer failed")
endif()
