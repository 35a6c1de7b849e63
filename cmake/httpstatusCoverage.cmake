# The coverage build (preset "coverage", docs/testing.md "Coverage"): HTTPSTATUS_COVERAGE compiles
# every target of the tree with gcov's counters, and tests/coverage/ adds the report as the last
# test. g++ only: gcov and gcovr read GCC's counters.
include_guard(GLOBAL)

# Called before any target is defined, so that every target of the tree is instrumented. Builds
# that ctest drives outside the tree (the consumers, the packaging tests) keep their own flags.
# -O0: nothing inlined or folded away, so that each line counts where it is written.
function(httpstatus_coverage_instrument)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    message(FATAL_ERROR "httpstatus: HTTPSTATUS_COVERAGE needs g++ (gcov reads GCC's counters); "
                        "this is ${CMAKE_CXX_COMPILER_ID}")
  endif()
  string(REGEX MATCH "^[0-9]+" _major "${CMAKE_CXX_COMPILER_VERSION}")
  # gcov must be the compiler's own version: gcov-12 reads g++ 12's counters.
  find_program(HTTPSTATUS_GCOV NAMES gcov-${_major} gcov)
  find_program(HTTPSTATUS_GCOVR gcovr)
  if(NOT HTTPSTATUS_GCOV OR NOT HTTPSTATUS_GCOVR)
    message(FATAL_ERROR "httpstatus: HTTPSTATUS_COVERAGE needs gcov and gcovr (apt-get install gcovr)")
  endif()
  add_compile_options(--coverage -O0)
  add_link_options(--coverage)
endfunction()
