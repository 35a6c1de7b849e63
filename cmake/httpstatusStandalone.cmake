# Units that include one public header and nothing else, so that a header missing one of its own
# includes fails to compile; tests/integrations builds them for include/, tests/single_include for
# single_include/.
include_guard(GLOBAL)

# httpstatus_standalone_unit(<header> <folder> <out>): writes <folder>/<header as an identifier>.cpp,
# which includes <header> twice (its include guard is tested too), and sets <out> to its path; or sets
# <out> empty where the header needs a library this configure did not find: fmt.hpp needs fmt
# (fmt_FOUND), json.hpp and problem.hpp nlohmann/json (nlohmann_json_FOUND).
function(httpstatus_standalone_unit header folder out)
  if((header STREQUAL "httpstatus/fmt.hpp" AND NOT fmt_FOUND)
     OR (header MATCHES "^httpstatus/(json|problem)\\.hpp$" AND NOT nlohmann_json_FOUND))
    set(${out} "" PARENT_SCOPE)
    return()
  endif()
  string(MAKE_C_IDENTIFIER "${header}" _name)
  set(_source "${folder}/${_name}.cpp")
  file(CONFIGURE OUTPUT "${_source}" CONTENT "#include <${header}>\n#include <${header}>  // and twice\n")
  set(${out} "${_source}" PARENT_SCOPE)
endfunction()
