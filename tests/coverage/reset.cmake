# Deletes the gcov counters (*.gcda) of BUILD_DIR and the last report in REPORT_DIR, so that the
# report counts this run's tests only (the counters add up across runs).
file(GLOB_RECURSE _counters "${BUILD_DIR}/*.gcda")
list(LENGTH _counters _count)
if(_counters)
  file(REMOVE ${_counters})
endif()
file(REMOVE_RECURSE "${REPORT_DIR}")
message("coverage: ${_count} counter files cleared")
