# The index generator rewrites a damaged index: builds generator/registry_index.cpp as its target
# builds it, but from a copy of include/ whose detail/registry_index.hpp is cut off halfway (an
# #ifndef without its #endif, which no compiler reads), runs it, and compares what it prints with the
# committed file, byte for byte. It passes only while the generator never reads the file it writes
# (generator/empty_index/ says how).
#   cmake -DCXX=<compiler> -DINCLUDES=<dir>[|<dir>...] -DSOURCE_DIR=<repository> -DWORK=<folder>
#         -P damaged_index.cmake
# INCLUDES is the generator target's include path, in its order; the repository's include/ in it is
# replaced by the damaged copy. WORK is a folder of this test's own, emptied first.
cmake_policy(SET CMP0057 NEW)  # if(IN_LIST)
foreach(_var CXX INCLUDES SOURCE_DIR WORK)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "damaged_index.cmake: ${_var} is not set")
  endif()
endforeach()

set(_index "httpstatus/detail/registry_index.hpp")
file(REMOVE_RECURSE "${WORK}")
file(COPY "${SOURCE_DIR}/include" DESTINATION "${WORK}")
file(READ "${SOURCE_DIR}/include/${_index}" _committed)
string(LENGTH "${_committed}" _size)
math(EXPR _half "${_size} / 2")
string(SUBSTRING "${_committed}" 0 ${_half} _damaged)
file(WRITE "${WORK}/include/${_index}" "${_damaged}")

string(REPLACE "|" ";" _includes "${INCLUDES}")
set(_flags)
foreach(_dir IN LISTS _includes)
  if(_dir STREQUAL "${SOURCE_DIR}/include")
    set(_dir "${WORK}/include")
  endif()
  list(APPEND _flags "-I${_dir}")
endforeach()
set(_copy_flag "-I${WORK}/include")
if(NOT _copy_flag IN_LIST _flags)
  message(FATAL_ERROR "damaged_index.cmake: ${SOURCE_DIR}/include is not in the include path ${INCLUDES}")
endif()

execute_process(COMMAND "${CXX}" -std=c++17 ${_flags} "${SOURCE_DIR}/generator/registry_index.cpp"
                        -o "${WORK}/generator"
                RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "the index generator does not build when ${_index} is damaged: it reads the file "
                      "it writes.\n${_out}")
endif()
execute_process(COMMAND "${WORK}/generator" OUTPUT_FILE "${WORK}/written.hpp" RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "the index generator built beside a damaged ${_index} failed (${_rc})")
endif()
file(SHA256 "${WORK}/written.hpp" _written_hash)
file(SHA256 "${SOURCE_DIR}/include/${_index}" _committed_hash)
if(NOT _written_hash STREQUAL _committed_hash)
  message(FATAL_ERROR "the index generator built beside a damaged ${_index} writes another file "
                      "(${WORK}/written.hpp) than the committed one")
endif()
file(REMOVE_RECURSE "${WORK}")
message(STATUS "the index generator rewrites a damaged ${_index}")
