# Writes single_include/httpstatus/, or checks that the committed copy is fresh.
#   cmake -DMODE=write|check -DSOURCE_DIR=<the repository> -P single_include.cmake
# Each public header of include/httpstatus/ becomes a file of its own in single_include/httpstatus/,
# with the detail/ headers it includes inlined where they are included, recursively, each once per
# file, between "// ---- begin" and "// ---- end" lines that name it. So httpstatus.hpp includes only
# standard headers, and can be copied alone or included by URL (Compiler Explorer does not follow an
# included file's own includes). The detail headers keep their include guards: status_text.hpp,
# inlined in ostream.hpp, fmt.hpp and format.hpp, is still read once in a translation unit that
# includes two of them. An include of a public header stays as it is (status_text.hpp's and the
# integrations' <httpstatus/httpstatus.hpp>, problem.hpp's <httpstatus/json.hpp>): single_include/
# has those files too. httpstatus.h, the C header, includes no header of the library: its file is a
# copy, under a C comment.
# MODE=check fails when a file differs from what include/ gives now, or when single_include/ holds a
# header include/ no longer has.
cmake_minimum_required(VERSION 3.14)  # the project's minimum; a script gets the policies it names
foreach(_var MODE SOURCE_DIR)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "single_include.cmake: ${_var} is not set")
  endif()
endforeach()
if(NOT MODE MATCHES "^(write|check)$")
  message(FATAL_ERROR "single_include.cmake: MODE must be write or check, not '${MODE}'")
endif()

set(_include_dir "${SOURCE_DIR}/include/httpstatus")
set(_output_dir "${SOURCE_DIR}/single_include/httpstatus")
set(_generated_dir "${CMAKE_CURRENT_BINARY_DIR}/single_include.generated")
set(_refresh "cmake --build <build-dir> --target httpstatus-single-include")

# Sets `out` to the text of include/httpstatus/<header> with its detail/ includes replaced by the
# files' text. The global property _httpstatus_inlined lists the detail headers already inlined into
# the file being written; a second include of one is dropped.
function(_httpstatus_inline header out)
  file(READ "${_include_dir}/${header}" _text)
  set(_result "")
  # _text starts at a line's start: the file's, then the line after each include cut off below.
  while(_text MATCHES "#include <httpstatus/(detail/[a-z_]+\\.hpp)>\n")
    set(_detail "${CMAKE_MATCH_1}")
    set(_line "#include <httpstatus/${_detail}>\n")
    string(FIND "${_text}" "${_line}" _at)
    if(_at GREATER 0)
      math(EXPR _previous "${_at} - 1")
      string(SUBSTRING "${_text}" ${_previous} 1 _previous)
      if(NOT _previous STREQUAL "\n")
        message(FATAL_ERROR "single_include.cmake: in ${header}, '${_line}' is not a line of its own")
      endif()
    endif()
    string(LENGTH "${_line}" _length)
    math(EXPR _after "${_at} + ${_length}")
    string(SUBSTRING "${_text}" 0 ${_at} _before)
    string(SUBSTRING "${_text}" ${_after} -1 _text)
    string(APPEND _result "${_before}")

    get_property(_inlined GLOBAL PROPERTY _httpstatus_inlined)
    if(NOT _detail IN_LIST _inlined)
      set_property(GLOBAL APPEND PROPERTY _httpstatus_inlined "${_detail}")
      _httpstatus_inline("${_detail}" _body)
      string(APPEND _result "// ---- begin include/httpstatus/${_detail}\n${_body}"
                            "// ---- end include/httpstatus/${_detail}\n")
    endif()
  endwhile()
  string(APPEND _result "${_text}")
  if(NOT _result MATCHES "\n$")
    string(APPEND _result "\n")
  endif()
  set(${out} "${_result}" PARENT_SCOPE)
endfunction()

file(GLOB _headers RELATIVE "${_include_dir}" "${_include_dir}/*.hpp" "${_include_dir}/*.h")
file(REMOVE_RECURSE "${_generated_dir}")
set(_stale "")
foreach(_header IN LISTS _headers)
  set_property(GLOBAL PROPERTY _httpstatus_inlined "")
  _httpstatus_inline("${_header}" _text)

  # An include the loop above did not recognise (indented, or in quotes) would leave the file
  # needing include/: refuse it rather than write it.
  if(_text MATCHES "#[ \t]*include[ \t]*[<\"]httpstatus/detail/")
    message(FATAL_ERROR "single_include.cmake: ${_header} includes a detail/ header in a form it cannot "
                        "inline; write it as '#include <httpstatus/detail/NAME.hpp>' on a line of its own")
  endif()
  if(_header STREQUAL "httpstatus.hpp" AND _text MATCHES "#[ \t]*include[ \t]*[<\"]httpstatus/")
    message(FATAL_ERROR "single_include.cmake: httpstatus.hpp must include standard headers only")
  endif()

  set(_generated "${_generated_dir}/${_header}")
  if(_header MATCHES "\\.h$")
    file(WRITE "${_generated}"
      "/* Copied from include/httpstatus/${_header} by the target httpstatus-single-include\n"
      "   (cmake/single_include.cmake): do not edit. */\n"
      "${_text}")
  else()
    file(WRITE "${_generated}"
      "// Generated from include/httpstatus/${_header} and the detail/ headers it includes, by the\n"
      "// target httpstatus-single-include (cmake/single_include.cmake): do not edit.\n"
      "${_text}")
  endif()
  if(MODE STREQUAL "write")
    # configure_file leaves a file that has not changed untouched, so nothing that includes it rebuilds.
    configure_file("${_generated}" "${_output_dir}/${_header}" COPYONLY)
  elseif(NOT EXISTS "${_output_dir}/${_header}")
    list(APPEND _stale "single_include/httpstatus/${_header} is missing")
  else()
    file(SHA256 "${_generated}" _generated_hash)
    file(SHA256 "${_output_dir}/${_header}" _committed_hash)
    if(NOT _generated_hash STREQUAL _committed_hash)
      list(APPEND _stale "single_include/httpstatus/${_header} differs from ${_generated}")
    endif()
  endif()
endforeach()

# A header that include/ no longer has.
file(GLOB _written RELATIVE "${_output_dir}" "${_output_dir}/*")
foreach(_file IN LISTS _written)
  if(NOT _file IN_LIST _headers)
    if(MODE STREQUAL "write")
      file(REMOVE "${_output_dir}/${_file}")
    else()
      list(APPEND _stale "single_include/httpstatus/${_file} has no header in include/httpstatus/")
    endif()
  endif()
endforeach()

if(_stale)
  string(REPLACE ";" "\n  " _stale "${_stale}")
  message(FATAL_ERROR "single_include/ is stale:\n  ${_stale}\nRun: ${_refresh}")
endif()
list(LENGTH _headers _count)
if(MODE STREQUAL "write")
  message(STATUS "single_include/httpstatus/: ${_count} headers written")
else()
  message(STATUS "single_include/httpstatus/: ${_count} headers, all fresh")
endif()
