# Fails unless docs/stability.md has its "## Version X.Y" sections in ascending order and one for the
# header's version, so that a reader scanning down finds each version after the one before it.
#   cmake -DVERSION=<X.Y.Z, the header's, as the build read it> -DSTABILITY=<stability.md>
#         -P stability_in_order.cmake

file(STRINGS "${STABILITY}" _headings REGEX "^## Version [0-9]+\\.[0-9]+$")
string(REGEX REPLACE "^([0-9]+\\.[0-9]+).*" "\\1" _wanted "${VERSION}")
set(_previous "")
set(_found OFF)
foreach(_heading IN LISTS _headings)
  string(REGEX REPLACE "^## Version " "" _version "${_heading}")
  if(NOT _previous STREQUAL "" AND NOT _version VERSION_GREATER _previous)
    # The words that the failing test matches come first: CMake wraps a long message at spaces.
    message(FATAL_ERROR "out of order: version ${_version} comes after ${_previous} in ${STABILITY}")
  endif()
  if(_version STREQUAL _wanted)
    set(_found ON)
  endif()
  set(_previous "${_version}")
endforeach()
if(NOT _found)
  message(FATAL_ERROR "no section for ${_wanted}, the header's version, in ${STABILITY}: "
                      "add \"## Version ${_wanted}\" and what reaches code written for the version before")
endif()
message(STATUS "${STABILITY} lists versions in order, up to ${_wanted}")
