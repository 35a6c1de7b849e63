# Fails unless debian/changelog's newest entry is the header's version (the package is built from
# this tree, so the two must agree), and every version in debian/changelog has a "## [X.Y.Z]" section
# in CHANGELOG.md, so that the two changelogs tell one history.
#   cmake -DVERSION=<X.Y.Z, the header's, as the build read it> -DDEBIAN_CHANGELOG=<debian/changelog>
#         -DCHANGELOG=<CHANGELOG.md> -P changelog_version.cmake

# Each entry starts "httpstatus (VERSION) DISTRIBUTION; urgency=..."; the newest comes first. A
# Debian version may add an epoch ("1:") and a revision ("-1") to the upstream version.
file(STRINGS "${DEBIAN_CHANGELOG}" _entries REGEX "^httpstatus \\(")
if(NOT _entries)
  message(FATAL_ERROR "no entry in ${DEBIAN_CHANGELOG}")
endif()
set(_debian_versions "")
foreach(_entry IN LISTS _entries)
  if(NOT _entry MATCHES "^httpstatus \\(([0-9]+:)?([0-9][0-9.]*)(-[^)]+)?\\) ")
    message(FATAL_ERROR "cannot read the version of this ${DEBIAN_CHANGELOG} entry: ${_entry}")
  endif()
  list(APPEND _debian_versions "${CMAKE_MATCH_2}")
endforeach()

# The words that the failing tests match come first: CMake wraps a long message at spaces.
list(GET _debian_versions 0 _newest)
if(NOT _newest STREQUAL VERSION)
  message(FATAL_ERROR "debian/changelog's newest version is ${_newest}, the header's is ${VERSION}: "
                      "add an entry to ${DEBIAN_CHANGELOG} (dch -v ${VERSION})")
endif()

file(STRINGS "${CHANGELOG}" _sections REGEX "^## \\[")
foreach(_debian_version IN LISTS _debian_versions)
  string(REPLACE "." "\\." _escaped "${_debian_version}")
  if(NOT _sections MATCHES "## \\[${_escaped}\\]")
    message(FATAL_ERROR "no section for ${_debian_version}, a version in debian/changelog, in ${CHANGELOG}")
  endif()
endforeach()
message(STATUS "debian/changelog: newest ${_newest}, the header's version; each version has a section in CHANGELOG.md")
