# The version lives in the header once, as HTTPSTATUS_VERSION_MAJOR, _MINOR and _PATCH; this reads it
# for CMakeLists.txt and for the tests that hold other files (CHANGELOG.md, debian/changelog) to it.
#   httpstatus_read_version(<httpstatus.hpp> <variable>) sets <variable> to "MAJOR.MINOR.PATCH",
# and fails loudly when the header no longer has the three lines.
function(httpstatus_read_version header out)
  file(READ "${header}" _text)
  set(_version "")
  foreach(_part MAJOR MINOR PATCH)
    if(NOT _text MATCHES "#define HTTPSTATUS_VERSION_${_part} ([0-9]+)")
      message(FATAL_ERROR "httpstatus: cannot read HTTPSTATUS_VERSION_${_part} from ${header}")
    endif()
    list(APPEND _version "${CMAKE_MATCH_1}")
  endforeach()
  list(JOIN _version "." _version)
  set(${out} "${_version}" PARENT_SCOPE)
endfunction()
