# Tests that cannot run on this machine are registered anyway and reported as skipped, never
# dropped. Each carries a label that names what would run it; ctest prints the labels at the end of
# the run ("Label Time Summary"), above its list of the tests that did not run.
include_guard(GLOBAL)

# A test that is skipped whatever happens, because what it needs was not found when configuring.
function(httpstatus_skipped_test name why run_it)
  add_test(NAME ${name} COMMAND "${CMAKE_COMMAND}" -E echo "skipped: ${why} (${run_it})")
  set_tests_properties(${name} PROPERTIES SKIP_REGULAR_EXPRESSION "skipped:" LABELS "skipped, to run: ${run_it}")
endfunction()

# A test that will skip itself at run time (exit code 77) for a reason this configure can foresee.
function(httpstatus_label_skipped name run_it)
  set_tests_properties(${name} PROPERTIES LABELS "skipped, to run: ${run_it}")
endfunction()
