# Fails unless CHANGELOG has a section for the header's version: a "## [X.Y.Z] - YYYY-MM-DD" line,
# as Keep a Changelog writes a released version.
#   cmake -DVERSION=<X.Y.Z, the header's, as the build read it> -DCHANGELOG=<CHANGELOG.md>
#         -P changelog_has_version.cmake

file(STRINGS "${CHANGELOG}" _sections REGEX "^## \\[")
string(REPLACE "." "\\." _escaped "${VERSION}")
set(_found OFF)
foreach(_section IN LISTS _sections)
  if(_section MATCHES "^## \\[${_escaped}\\] - [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$")
    set(_found ON)
  endif()
endforeach()
if(NOT _found)
  # The words that the failing test matches come first: CMake wraps a long message at spaces.
  message(FATAL_ERROR "no section for ${VERSION}, the header's version, in ${CHANGELOG}: "
                      "add \"## [${VERSION}] - YYYY-MM-DD\" and what the version changes")
endif()
message(STATUS "${CHANGELOG} has a section for ${VERSION}")
