# The instructions a compiler takes to build one translation unit, against the figure recorded in
# one_reason_phrase.txt, or that figure recorded anew.
#   cmake [-DMODE=check] -DCXX=<compiler> [-DVALGRIND=<valgrind>] [-DMEASURED=<count>] -P compile_cost.cmake
#   cmake -DMODE=write -DCXX=<compiler> [-DVALGRIND=<valgrind>] -P compile_cost.cmake
# Counted as benchmarks/run counts them: valgrind's callgrind follows the driver into cc1plus and the
# assembler, and the "Collected : N" lines it prints for each process are added up. An instruction
# count does not move with the load on the machine, as the time does: a rerun with the same compiler
# and header gives the same count within 0.01%.
#
# MODE=check fails when the count is more than 10% over the figure, and prints both counts and their
# ratio either way. It prints "skipped: <why>" and stops, which ctest reports as skipped (the test's
# SKIP_REGULAR_EXPRESSION), when valgrind is not found, or when CXX is not the compiler the figure
# was recorded with (the first line of `CXX --version`, except for the name GCC was called by).
# MEASURED takes that count instead of measuring, with neither of those checks: the tests that show
# the comparison failing when it should use it.
#
# MODE=write measures the unit with the flags below and writes the figure, with CXX's --version line
# and the date. FIGURE and SOURCE_DIR default to this folder's figure and its repository.
include("${CMAKE_CURRENT_LIST_DIR}/figure.cmake")

set(_flags "-std=c++17 -O2")
set(_unit "benchmarks/compile/httpstatus_one_lookup.cpp")
set(_limit_percent 110)
set(_refresh "cmake --build <build-dir> --target httpstatus-compile-cost-figure")

if(NOT DEFINED MODE)
  set(MODE check)
endif()
if(NOT DEFINED FIGURE)
  set(FIGURE "${CMAKE_CURRENT_LIST_DIR}/one_reason_phrase.txt")
endif()
if(NOT DEFINED SOURCE_DIR)
  get_filename_component(SOURCE_DIR "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
endif()
if(NOT DEFINED CXX)
  set(CXX "$ENV{CXX}")
  if(CXX STREQUAL "")
    set(CXX g++)
  endif()
endif()
if(NOT DEFINED VALGRIND)
  find_program(VALGRIND valgrind)
endif()

# 573316340 -> 573,316,340
function(httpstatus_thousands number out)
  set(_text "${number}")
  while(_text MATCHES "^([0-9]+)([0-9][0-9][0-9])(.*)$")
    set(_text "${CMAKE_MATCH_1},${CMAKE_MATCH_2}${CMAKE_MATCH_3}")
  endwhile()
  set(${out} "${_text}" PARENT_SCOPE)
endfunction()

# numerator / denominator to four decimals, rounded: 1.1000
function(httpstatus_ratio numerator denominator out)
  math(EXPR _scaled "(${numerator} * 10000 + ${denominator} / 2) / ${denominator}")
  math(EXPR _whole "${_scaled} / 10000")
  math(EXPR _fraction "${_scaled} % 10000 + 10000")
  string(SUBSTRING "${_fraction}" 1 4 _fraction)
  set(${out} "${_whole}.${_fraction}" PARENT_SCOPE)
endfunction()

# The instructions CXX takes to compile UNIT (relative to SOURCE_DIR) with FLAGS, in <out>.
function(httpstatus_measure_compile_cost flags unit out)
  if(DEFINED ENV{TMPDIR} AND IS_DIRECTORY "$ENV{TMPDIR}")
    set(_tmp "$ENV{TMPDIR}")
  else()
    set(_tmp /tmp)
  endif()
  string(RANDOM LENGTH 10 _suffix)
  set(_work "${_tmp}/httpstatus_compile_cost_${_suffix}")
  file(MAKE_DIRECTORY "${_work}")
  separate_arguments(_flag_list UNIX_COMMAND "${flags}")
  execute_process(
    COMMAND "${VALGRIND}" --tool=callgrind --trace-children=yes "--callgrind-out-file=${_work}/cg.%p"
            "${CXX}" ${_flag_list} "-I${SOURCE_DIR}/include" -c "${SOURCE_DIR}/${unit}" -o /dev/null
    RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
  file(REMOVE_RECURSE "${_work}")
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "compile cost: valgrind or ${CXX} failed (${_rc}) on ${unit}:\n${_out}${_err}")
  endif()
  string(REGEX MATCHALL "Collected : [0-9,]+" _collected "${_err}")
  if(NOT _collected)
    message(FATAL_ERROR "compile cost: valgrind printed no \"Collected : N\" line:\n${_err}")
  endif()
  set(_sum 0)
  foreach(_line IN LISTS _collected)
    string(REGEX REPLACE "[^0-9]" "" _count "${_line}")
    math(EXPR _sum "${_sum} + ${_count}")
  endforeach()
  set(${out} "${_sum}" PARENT_SCOPE)
endfunction()

if(VALGRIND AND EXISTS "${VALGRIND}")
  set(_valgrind_found TRUE)
else()
  set(_valgrind_found FALSE)
endif()
httpstatus_compiler_version_line("${CXX}" _compiler)

if(MODE STREQUAL "write")
  if(NOT _valgrind_found)
    message(FATAL_ERROR "compile cost: valgrind not found (apt-get install valgrind)")
  endif()
  if(_compiler STREQUAL "")
    message(FATAL_ERROR "compile cost: '${CXX} --version' printed nothing")
  endif()
  httpstatus_measure_compile_cost("${_flags}" "${_unit}" _count)
  httpstatus_thousands("${_count}" _count_text)
  set(_before "")
  if(EXISTS "${FIGURE}")
    file(STRINGS "${FIGURE}" _old REGEX "^instructions: [0-9,]+$")
    string(REGEX REPLACE "[^0-9]" "" _old "${_old}")
    if(_old MATCHES "^[1-9][0-9]*$")
      httpstatus_thousands("${_old}" _old_text)
      httpstatus_ratio("${_count}" "${_old}" _ratio)
      set(_before " (it recorded ${_old_text}: ratio ${_ratio})")
    endif()
  endif()
  string(TIMESTAMP _date "%Y-%m-%d" UTC)
  file(WRITE "${FIGURE}"
"# Compile cost: the instructions one compiler takes to build the unit below, which includes
# <httpstatus/httpstatus.hpp> and calls reason_phrase once, counted as benchmarks/run counts them:
#   valgrind --tool=callgrind --trace-children=yes <compiler> <flags> -I include -c <unit>
# adds up the driver, cc1plus and the assembler. The test compile_cost_one_reason_phrase fails
# when the same compiler takes more than 10% more (docs/testing.md). After a change that is meant
# to cost more, refresh this file (tests/compile_cost/compile_cost.cmake writes it) with
#   ${_refresh}
compiler: ${_compiler}
flags: ${_flags}
unit: ${_unit}
instructions: ${_count_text}
measured: ${_date}
")
  message(STATUS "compile cost: wrote ${FIGURE}: ${_count_text} instructions with ${_compiler}${_before}")
  return()
elseif(NOT MODE STREQUAL "check")
  message(FATAL_ERROR "compile_cost.cmake: MODE must be check or write, not '${MODE}'")
endif()

httpstatus_read_compile_cost_figure("${FIGURE}" _figure)
if(DEFINED MEASURED)
  if(NOT MEASURED MATCHES "^[0-9]+$")
    message(FATAL_ERROR "compile_cost.cmake: MEASURED must be a count, not '${MEASURED}'")
  endif()
  set(_count "${MEASURED}")
  set(_how "given, not measured")
else()
  if(NOT _valgrind_found)
    message("skipped: valgrind not found (apt-get install valgrind)")
    return()
  endif()
  httpstatus_same_compiler("${_compiler}" "${_figure_COMPILER}" _same)
  if(NOT _same)
    if(_compiler STREQUAL "")
      set(_compiler "a compiler that does not answer --version")
    endif()
    message("skipped: the figure was recorded with ${_figure_COMPILER}, and this build's compiler is "
            "${_compiler} (a build with ${_figure_COMPILER})")
    return()
  endif()
  httpstatus_measure_compile_cost("${_figure_FLAGS}" "${_figure_UNIT}" _count)
  set(_how "measured")
endif()

httpstatus_thousands("${_count}" _count_text)
httpstatus_thousands("${_figure_INSTRUCTIONS}" _figure_text)
httpstatus_ratio("${_count}" "${_figure_INSTRUCTIONS}" _ratio)
httpstatus_ratio("${_limit_percent}" 100 _limit)
string(SUBSTRING "${_limit}" 0 4 _limit)
set(_summary "${_count_text} instructions ${_how}, ${_figure_text} recorded on ${_figure_DATE} with ")
string(APPEND _summary "${_figure_COMPILER}: ratio ${_ratio}")
math(EXPR _over "${_count} * 100 - ${_figure_INSTRUCTIONS} * ${_limit_percent}")
if(_over GREATER 0)
  # message() without a mode keeps the line whole; FATAL_ERROR's text is wrapped.
  message("compile cost of ${_figure_UNIT} over the limit: ${_summary}, over the limit of ${_limit}")
  message(FATAL_ERROR "compile cost: ${_figure_UNIT} takes more than 10% more instructions to compile "
                      "than ${FIGURE} records. If that is meant, refresh the figure: ${_refresh}")
endif()
message(STATUS "compile cost of ${_figure_UNIT}: ${_summary}, within the limit of ${_limit}")
