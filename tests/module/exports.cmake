# Every public name of <httpstatus/httpstatus.hpp> is exported by module/httpstatus.cppm and used by
# tests/module/import_test.cpp (where a name the module lacks does not compile). The names come from
# the compiler (clang's -ast-list of the header), so a name added to the header and forgotten in
# the module fails here.
#   cmake -DCLANG=clang++-16 -DSOURCE_DIR=<repo> -P exports.cmake
foreach(_var CLANG SOURCE_DIR)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "exports.cmake: ${_var} is not set")
  endif()
endforeach()

# The header itself is the translation unit (-x c++): no source file to write.
execute_process(
  COMMAND "${CLANG}" -std=c++20 -fsyntax-only -x c++ "-I${SOURCE_DIR}/include" -Xclang -ast-list
          "${SOURCE_DIR}/include/httpstatus/httpstatus.hpp"
  RESULT_VARIABLE _rc OUTPUT_VARIABLE _declarations ERROR_VARIABLE _errors)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "listing the header's declarations failed:\n${_errors}")
endif()

# httpstatus::name and httpstatus::literals::name, but not detail/ or the namespaces themselves;
# capitalised names are template parameters (Code), and deduction guides have no name of their own.
string(REGEX MATCHALL "\nhttpstatus::(literals::)?[a-z_0-9\"]+" _names "\n${_declarations}")
list(TRANSFORM _names REPLACE "^\nhttpstatus::" "")
list(REMOVE_DUPLICATES _names)
list(REMOVE_ITEM _names detail literals)
list(LENGTH _names _count)
if(_count LESS 30)
  message(FATAL_ERROR "found only ${_count} public names; has the listing changed?\n${_names}")
endif()

# The code of both files, without their comments, so that a name in a comment counts for nothing.
file(READ "${SOURCE_DIR}/module/httpstatus.cppm" _module)
file(READ "${SOURCE_DIR}/tests/module/import_test.cpp" _test)
string(REGEX REPLACE "//[^\n]*" "" _module "${_module}")
string(REGEX REPLACE "//[^\n]*" "" _test "${_test}")
set(_not_exported "")
set(_not_used "")
foreach(_name IN LISTS _names)
  # The test names each one in full, httpstatus::name, but for the literal: 404_status.
  set(_used_as "httpstatus::${_name}")
  if(_name MATCHES "^literals::operator\"\"(.*)")
    set(_used_as "[0-9]${CMAKE_MATCH_1}")
  endif()
  string(FIND "${_module}" "using httpstatus::${_name};" _at)
  if(_at EQUAL -1)
    list(APPEND _not_exported "${_name}")
  endif()
  if(NOT _test MATCHES "${_used_as}[^a-zA-Z_0-9]")
    list(APPEND _not_used "${_name}")
  endif()
endforeach()
if(_not_exported OR _not_used)
  message(FATAL_ERROR "public names of httpstatus.hpp\n"
                      "  not exported by module/httpstatus.cppm: ${_not_exported}\n"
                      "  not used by tests/module/import_test.cpp: ${_not_used}")
endif()
message(STATUS "module/httpstatus.cppm exports all ${_count} public names of httpstatus.hpp: ${_names}")
