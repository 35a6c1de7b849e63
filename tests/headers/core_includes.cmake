# The core header stays lean: compiling it alone must not open <ostream>, <system_error>, <format>,
# <iterator>, any fmt header or any nlohmann/json header. Asks the compiler (-H) for every header it
# opens.
execute_process(
  COMMAND "${COMPILER}" ${STD_FLAG} -H -fsyntax-only -x c++ "-I${INCLUDE_DIR}" -
  INPUT_FILE "${SOURCE}"
  RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _tree)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "compiling ${SOURCE} failed:\n${_tree}")
endif()
string(REGEX MATCHALL "[^\n]*/(ostream|system_error|format|iterator|fmt/[a-z_]+\\.h|nlohmann/[a-z_/]+\\.hpp)\n" _found "${_tree}")
if(_found)
  message(FATAL_ERROR "httpstatus.hpp pulls in headers it must not:\n${_found}")
endif()
string(REGEX MATCHALL "\n\\.+ " _headers "\n${_tree}")
list(LENGTH _headers _count)
message(STATUS "httpstatus.hpp opens ${_count} headers, none of the forbidden ones")
