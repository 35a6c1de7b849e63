# The coverage report (docs/testing.md "Coverage"): gcovr reads the counters the tests left in
# BUILD_DIR and writes, into REPORT_DIR, an HTML report with each line annotated for include/ and one
# for httpstatus-command/, and prints their tables and summaries (kept in <folder>.txt). Fails unless every line and every function of
# include/ ran; the command's figures and the branch figures are reported, not enforced.
# Usage: cmake -DGCOVR=... -DGCOV=... -DSOURCE_DIR=... -DBUILD_DIR=... -DREPORT_DIR=... -P report.cmake
cmake_minimum_required(VERSION 3.14)

# gcovr's filters are regular expressions over absolute paths.
string(REGEX REPLACE "([][+.*?()^$|\\\\])" "\\\\\\1" _source "${SOURCE_DIR}")

# --exclude-throw-branches: g++ gives each call that may throw a branch to its exception handler,
# which no test of a noexcept-minded library takes (docs/testing.md, "Branches not taken").
# --object-directory: gcov runs there, so that its files stay in the build, not the sources, even
# when gcovr stops on an error.
set(_gcovr "${GCOVR}" --root "${SOURCE_DIR}" --object-directory "${BUILD_DIR}" --gcov-executable "${GCOV}"
           --exclude-throw-branches)

file(MAKE_DIRECTORY "${REPORT_DIR}")
# One pass of gcov over the counters, kept as gcovr's JSON; each report below reads that.
execute_process(
  COMMAND ${_gcovr} --filter "${_source}/include/" --filter "${_source}/httpstatus-command/"
          --json "${REPORT_DIR}/coverage.json" "${BUILD_DIR}"
  RESULT_VARIABLE _result)
if(NOT _result EQUAL 0)
  message(FATAL_ERROR "coverage: gcovr could not read the counters (${_result})")
endif()

# report(<folder>): the folder's HTML report and text table; its summary goes to out_<folder>.
function(report folder)
  file(MAKE_DIRECTORY "${REPORT_DIR}/${folder}")
  execute_process(
    COMMAND ${_gcovr} --add-tracefile "${REPORT_DIR}/coverage.json" --filter "${_source}/${folder}/"
            --html-details "${REPORT_DIR}/${folder}/index.html" --html-title "httpstatus: ${folder}/"
            --txt "${REPORT_DIR}/${folder}.txt" --print-summary
    OUTPUT_VARIABLE _summary RESULT_VARIABLE _result)
  if(NOT _result EQUAL 0)
    message(FATAL_ERROR "coverage: gcovr could not write the report of ${folder}/ (${_result})")
  endif()
  file(READ "${REPORT_DIR}/${folder}.txt" _table)
  file(APPEND "${REPORT_DIR}/${folder}.txt" "${_summary}")
  message("${_table}${_summary}HTML: ${REPORT_DIR}/${folder}/index.html\n")
  set(out_${folder} "${_summary}" PARENT_SCOPE)
endfunction()

report(httpstatus-command)
report(include)

# The target: every line and every function of include/ ran ("lines: 100.0% (N out of N)").
foreach(_what lines functions)
  if(NOT out_include MATCHES "${_what}: [0-9.]+% \\(([0-9]+) out of ([0-9]+)\\)")
    message(FATAL_ERROR "coverage: no ${_what} figure in gcovr's summary of include/")
  endif()
  if(NOT CMAKE_MATCH_1 EQUAL CMAKE_MATCH_2)
    list(APPEND _short "${_what}: ${CMAKE_MATCH_1} of ${CMAKE_MATCH_2}")
  endif()
endforeach()
if(_short)
  list(JOIN _short ", " _short)
  message(FATAL_ERROR "coverage: include/ is not fully covered (${_short}); "
                      "the lines not run are in ${REPORT_DIR}/include.txt")
endif()
message("coverage: every line and every function of include/ ran")
