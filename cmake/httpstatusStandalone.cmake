# Units that include one public header and nothing else, so that a header missing one of its own
# includes fails to compile; tests/headers builds them for include/, tests/single_include for
# single_include/.
include_guard(GLOBAL)

# httpstatus_standalone_unit(<header> <folder> <out>): writes <folder>/<header as an identifier>.cpp,
# which includes <header> twice (its include guard is tested too), and sets <out> to its path; or sets
# <out> empty where the header needs a library this configure did not find: fmt.hpp needs fmt
# (fmt_FOUND), json.hpp and problem.hpp nlohmann/json (nlohmann_json_FOUND), qt.hpp Qt 6 or Qt 5.15
# (HTTPSTATUS_QT_LIBRARIES, from httpstatusQt.cmake).
function(httpstatus_standalone_unit header folder out)
  if((header STREQUAL "httpstatus/fmt.hpp" AND NOT fmt_FOUND)
     OR (header MATCHES "^httpstatus/(json|problem)\\.hpp$" AND NOT nlohmann_json_FOUND)
     OR (header STREQUAL "httpstatus/qt.hpp" AND NOT HTTPSTATUS_QT_LIBRARIES))
    set(${out} "" PARENT_SCOPE)
    return()
  endif()
  string(MAKE_C_IDENTIFIER "${header}" _name)
  set(_source "${folder}/${_name}.cpp")
  file(CONFIGURE OUTPUT "${_source}" CONTENT "#include <${header}>\n#include <${header}>  // and twice\n")
  set(${out} "${_source}" PARENT_SCOPE)
endfunction()

# httpstatus_standalone_headers(<out>): the headers that compile on their own, relative to include/:
# every public and detail/ header, the C header httpstatus.h among them (as C++), but for the
# registry's rows, detail/registry.hpp, which httpstatus.hpp includes where the table type is complete.
# tests/headers compiles each on its own; tests/coverage lists their functions for gcov.
function(httpstatus_standalone_headers out)
  file(GLOB _headers RELATIVE "${PROJECT_SOURCE_DIR}/include" CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/include/httpstatus/*.hpp" "${PROJECT_SOURCE_DIR}/include/httpstatus/*.h"
    "${PROJECT_SOURCE_DIR}/include/httpstatus/detail/*.hpp")
  list(REMOVE_ITEM _headers "httpstatus/detail/registry.hpp")
  set(${out} "${_headers}" PARENT_SCOPE)
endfunction()
