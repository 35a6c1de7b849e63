# Writes the command's manual page with help2man from its --help and --version, or checks that the
# committed copy is fresh.
#   cmake -DMODE=write|check -DHELP2MAN=<help2man> -DPROGRAM=<httpstatus> -DINCLUDE=<httpstatus.h2m>
#         -DCHANGELOG=<CHANGELOG.md> -DFILE=<httpstatus.1> -P man_page.cmake
# The page's date is the release date of the version the command prints, from CHANGELOG.md, so that
# the page changes with a release and not with the calendar (GNU date reads it: a maintainer's
# target on Linux). Its first line names the help2man
# version that wrote it; the check ignores that line, so that another help2man release does not
# make a fresh page stale.
foreach(_var MODE HELP2MAN PROGRAM INCLUDE CHANGELOG FILE)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "man_page.cmake: ${_var} is not set")
  endif()
endforeach()

execute_process(COMMAND "${PROGRAM}" --version OUTPUT_VARIABLE _version_line RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0 OR NOT _version_line MATCHES "^httpstatus ([0-9]+\\.[0-9]+\\.[0-9]+)")
  message(FATAL_ERROR "man_page.cmake: '${PROGRAM} --version' did not print 'httpstatus X.Y.Z'")
endif()
set(_version "${CMAKE_MATCH_1}")
file(STRINGS "${CHANGELOG}" _section REGEX "^## \\[${_version}\\] - ")
if(NOT _section MATCHES " - ([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9])$")
  message(FATAL_ERROR "man_page.cmake: ${CHANGELOG} has no dated section for ${_version}")
endif()
execute_process(COMMAND date -u -d "${CMAKE_MATCH_1}" +%s OUTPUT_VARIABLE _epoch OUTPUT_STRIP_TRAILING_WHITESPACE
                RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "man_page.cmake: date could not read ${CMAKE_MATCH_1}")
endif()
set(ENV{SOURCE_DATE_EPOCH} "${_epoch}")
# The C locale: help2man would otherwise translate the page's headings and the month.
set(ENV{LC_ALL} C)

set(_generated "${CMAKE_CURRENT_BINARY_DIR}/httpstatus.1.generated")
# help2man runs the program through a shell, which would split a path with a space: it runs
# ./httpstatus from the program's folder.
get_filename_component(_program_dir "${PROGRAM}" DIRECTORY)
get_filename_component(_program_name "${PROGRAM}" NAME)
execute_process(COMMAND "${HELP2MAN}" --no-info --section=1 "--include=${INCLUDE}" "--output=${_generated}"
                        "./${_program_name}"
                WORKING_DIRECTORY "${_program_dir}" RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "man_page.cmake: help2man failed (${_rc})")
endif()
file(READ "${_generated}" _page)
# help2man makes "Exit status:" a subsection of OPTIONS; manual pages give it a section of its own.
string(REPLACE ".SS \"Exit status:\"" ".SH \"EXIT STATUS\"" _page "${_page}")
file(WRITE "${_generated}" "${_page}")

if(MODE STREQUAL "write")
  configure_file("${_generated}" "${FILE}" COPYONLY)
elseif(MODE STREQUAL "check")
  file(READ "${FILE}" _committed)
  foreach(_text _committed _page)
    string(REGEX REPLACE "^[^\n]*help2man[^\n]*\n" "" ${_text} "${${_text}}")
  endforeach()
  if(NOT _committed STREQUAL _page)
    message(FATAL_ERROR "${FILE} is stale: it differs from what help2man writes now, which is in "
                        "${_generated}. Run: cmake --build <build-dir> --target httpstatus-man")
  endif()
  message(STATUS "${FILE} is fresh")
else()
  message(FATAL_ERROR "man_page.cmake: MODE must be write or check, not '${MODE}'")
endif()
file(REMOVE "${_generated}")
