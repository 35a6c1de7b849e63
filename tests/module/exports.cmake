# Every public name of the headers the module covers (module/httpstatus.cppm's includes:
# <httpstatus/httpstatus.hpp> and the opt-in headers that need only the standard library) is exported
# by the module and used by tests/module/import_test.cpp (where a name the module lacks does not
# compile). The names come from the compiler (clang's -ast-list of the headers), so a name added to
# a header and forgotten in the module fails here.
#   cmake -DCLANG=clang++-16 -DSOURCE_DIR=<repo> -P exports.cmake
foreach(_var CLANG SOURCE_DIR)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "exports.cmake: ${_var} is not set")
  endif()
endforeach()

# The headers are those the module includes, read from the module itself.
file(READ "${SOURCE_DIR}/module/httpstatus.cppm" _module)
string(REGEX MATCHALL "#include <httpstatus/[a-z_]+\\.hpp>" _includes "${_module}")
list(TRANSFORM _includes REPLACE "#include <(.*)>" "\\1")
list(REMOVE_ITEM _includes httpstatus/httpstatus.hpp)
if(NOT _includes)
  message(FATAL_ERROR "module/httpstatus.cppm includes no opt-in header; has its form changed?")
endif()
set(_include_flags "")
foreach(_header IN LISTS _includes)
  list(APPEND _include_flags -include "${SOURCE_DIR}/include/${_header}")
endforeach()

# The core header is the translation unit (-x c++), the others are included before it.
execute_process(
  COMMAND "${CLANG}" -std=c++20 -fsyntax-only -x c++ "-I${SOURCE_DIR}/include" -Xclang -ast-list ${_include_flags}
          "${SOURCE_DIR}/include/httpstatus/httpstatus.hpp"
  RESULT_VARIABLE _rc OUTPUT_VARIABLE _declarations ERROR_VARIABLE _errors)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "listing the headers' declarations failed:\n${_errors}")
endif()

# httpstatus::name and the names of its namespaces literals, unofficial and grpc, but not detail/ or
# the namespaces themselves, nor the string_view literals unofficial.hpp brings into its namespace;
# capitalised names are template parameters (Code), and deduction guides have no name of their own.
string(REGEX MATCHALL "\nhttpstatus::(literals::|unofficial::|grpc::)?[a-z_0-9\"]+" _names "\n${_declarations}")
list(TRANSFORM _names REPLACE "^\nhttpstatus::" "")
list(REMOVE_DUPLICATES _names)
list(REMOVE_ITEM _names detail literals unofficial grpc "unofficial::operator\"\"sv")
list(LENGTH _names _count)
if(_count LESS 30)
  message(FATAL_ERROR "found only ${_count} public names; has the listing changed?\n${_names}")
endif()

# The code of both files, without their comments, so that a name in a comment counts for nothing.
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
  message(FATAL_ERROR "public names of the module's headers\n"
                      "  not exported by module/httpstatus.cppm: ${_not_exported}\n"
                      "  not used by tests/module/import_test.cpp: ${_not_used}")
endif()
message(STATUS "module/httpstatus.cppm exports all ${_count} public names of its headers: ${_names}")
