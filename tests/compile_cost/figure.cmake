# The recorded compile cost and the compiler it was measured with, for compile_cost.cmake (which
# measures and compares) and for CMakeLists.txt (which says when configuring whether the test will
# skip).
include_guard(GLOBAL)

# The figure FILE records, as <prefix>_COMPILER, _FLAGS, _UNIT, _INSTRUCTIONS (digits only) and _DATE.
function(httpstatus_read_compile_cost_figure file prefix)
  if(NOT EXISTS "${file}")
    message(FATAL_ERROR "compile cost: ${file} is missing; record it: "
                        "cmake --build <build-dir> --target httpstatus-compile-cost-figure")
  endif()
  file(STRINGS "${file}" _lines)
  foreach(_field compiler flags unit instructions measured)
    set(_value "")
    foreach(_line IN LISTS _lines)
      if(_line MATCHES "^${_field}: (.+)$")
        set(_value "${CMAKE_MATCH_1}")
      endif()
    endforeach()
    if(_value STREQUAL "")
      message(FATAL_ERROR "compile cost: ${file} has no '${_field}:' line")
    endif()
    set(_${_field} "${_value}")
  endforeach()
  string(REPLACE "," "" _instructions "${_instructions}")
  if(NOT _instructions MATCHES "^[1-9][0-9]*$")
    message(FATAL_ERROR "compile cost: ${file}: 'instructions: ${_instructions}' is not a count")
  endif()
  set(${prefix}_COMPILER "${_compiler}" PARENT_SCOPE)
  set(${prefix}_FLAGS "${_flags}" PARENT_SCOPE)
  set(${prefix}_UNIT "${_unit}" PARENT_SCOPE)
  set(${prefix}_INSTRUCTIONS "${_instructions}" PARENT_SCOPE)
  set(${prefix}_DATE "${_measured}" PARENT_SCOPE)
endfunction()

# The first line of `<compiler> --version` in <out>, or "" if the compiler does not answer it.
function(httpstatus_compiler_version_line compiler out)
  execute_process(COMMAND "${compiler}" --version
    OUTPUT_VARIABLE _version RESULT_VARIABLE _rc ERROR_QUIET)
  set(_line "")
  if(_rc EQUAL 0)
    string(REGEX MATCH "^[^\n]*" _line "${_version}")
  endif()
  set(${out} "${_line}" PARENT_SCOPE)
endfunction()

# Whether two first lines of `--version` name the same compiler, in <out>. GCC's line starts with the
# name it was called by ("c++ (Debian 12.2.0-14+deb12u1) 12.2.0", "g++ (Debian ...) 12.2.0"): that
# name is left out, so c++, g++ and g++-12 are one compiler. Every other character must match.
function(httpstatus_same_compiler first second out)
  set(_gcc_line "^[^ (]+ (\\(.*\\) [0-9][^ ]*)$")
  string(REGEX REPLACE "${_gcc_line}" "\\1" first "${first}")
  string(REGEX REPLACE "${_gcc_line}" "\\1" second "${second}")
  if(first STREQUAL second)
    set(${out} TRUE PARENT_SCOPE)
  else()
    set(${out} FALSE PARENT_SCOPE)
  endif()
endfunction()
