# Fails unless every line of a page that begins `find_package(httpstatus X.Y` asks for the header's X.Y: the
# page's code uses what this version has, and a request for an older one would accept an install
# without it (a 1.0 install has no to_any_status, a 1.6 one no find_in).
#   cmake -DVERSION=<X.Y.Z, the header's, as the build read it> -DDOC=<page> -P find_package_version.cmake

file(STRINGS "${DOC}" _lines REGEX "^find_package\\(httpstatus [0-9]")
string(REGEX REPLACE "^([0-9]+\\.[0-9]+).*" "\\1" _wanted "${VERSION}")
foreach(_line IN LISTS _lines)
  string(REGEX REPLACE ".*find_package\\(httpstatus ([0-9.]+).*" "\\1" _asked "${_line}")
  if(NOT _asked STREQUAL _wanted)
    # The words that the failing test matches come first: CMake wraps a long message at spaces.
    message(FATAL_ERROR "asks for ${_asked}, not ${_wanted}, the header's version: ${DOC}: ${_line}")
  endif()
endforeach()
message(STATUS "${DOC}: every find_package(httpstatus) asks for ${_wanted}")
