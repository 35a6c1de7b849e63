# The core header leaves no macro behind for its users but the version (HTTPSTATUS_VERSION,
# _MAJOR, _MINOR, _PATCH) and its include guards (HTTPSTATUS_..._HPP). Compares the macros the
# compiler has defined (-dM) after including it with those after including only the standard
# headers it includes.
function(defined_macros out source)
  execute_process(
    COMMAND "${COMPILER}" ${STD_FLAG} -dM -E -x c++ "-I${INCLUDE_DIR}" -
    INPUT_FILE "${source}"
    RESULT_VARIABLE _rc OUTPUT_VARIABLE _defines ERROR_VARIABLE _error)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "preprocessing ${source} failed:\n${_error}")
  endif()
  string(REGEX MATCHALL "#define [A-Za-z_][A-Za-z0-9_]*" _names "${_defines}")
  list(TRANSFORM _names REPLACE "^#define " "")
  set(${out} "${_names}" PARENT_SCOPE)
endfunction()

defined_macros(_with_core "${SOURCE}")
defined_macros(_standard_only "${BASELINE}")
list(REMOVE_ITEM _with_core ${_standard_only})
set(_left_over "")
foreach(_name IN LISTS _with_core)
  if(NOT _name MATCHES "^HTTPSTATUS_(VERSION(_MAJOR|_MINOR|_PATCH)?|[A-Z_]+_HPP)$")
    list(APPEND _left_over "${_name}")
  endif()
endforeach()
if(_left_over)
  message(FATAL_ERROR "httpstatus.hpp leaves macros defined for its users: ${_left_over}")
endif()
list(LENGTH _with_core _count)
message(STATUS "httpstatus.hpp defines ${_count} macros, all of them the version or include guards")
