# Builds module/httpstatus.cppm and tests/module/import_test.cpp the way a build system does it for
# modules, by direct compiler commands (CMake 3.25 here has no module support), then runs the test:
#   1. clang-scan-deps finds what each source provides and requires (P1689, as CMake >= 3.28 asks),
#      which says the interface unit must be built first;
#   2. the interface unit is precompiled to httpstatus.pcm, and compiled to an object;
#   3. the test is compiled against httpstatus.pcm, linked with that object, and run.
#   cmake -DCLANG=clang++-16 -DSCAN_DEPS=clang-scan-deps-16 -DSTD=c++20 -DSOURCE_DIR=<repo> -DWORK=<dir>
#         -DFLAGS=<warning flags, ;-separated> -P build_and_run.cmake
cmake_minimum_required(VERSION 3.19)  # string(JSON)
foreach(_var CLANG SCAN_DEPS STD SOURCE_DIR WORK)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "build_and_run.cmake: ${_var} is not set")
  endif()
endforeach()

set(_interface "${SOURCE_DIR}/module/httpstatus.cppm")
set(_test "${SOURCE_DIR}/tests/module/import_test.cpp")
set(_clang "${CLANG}" -std=${STD} ${FLAGS})
set(_compile ${_clang} "-I${SOURCE_DIR}/include")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "${what} failed (${_rc}):\n${ARGN}\n${_out}${_err}")
  endif()
  set(run_output "${_out}" PARENT_SCOPE)
endfunction()

# The module a source provides or requires, from clang-scan-deps's P1689 answer. LANGUAGE is the
# -x flag the build gives the source: c++-module for the interface unit, c++ for the test.
function(scanned_module source language kind result)
  run("scanning ${source}" "${SCAN_DEPS}" -format=p1689 -- ${_compile} -x ${language} "${source}" -c
      -o "${WORK}/scanned.o")
  string(JSON _name ERROR_VARIABLE _missing GET "${run_output}" rules 0 ${kind} 0 logical-name)
  if(_missing)
    message(FATAL_ERROR "clang-scan-deps names no module that ${source} ${kind}:\n${run_output}")
  endif()
  set(${result} "${_name}" PARENT_SCOPE)
endfunction()

scanned_module("${_interface}" c++-module provides _provided)
scanned_module("${_test}" c++ requires _required)
if(NOT _provided STREQUAL "httpstatus" OR NOT _required STREQUAL "httpstatus")
  message(FATAL_ERROR "module/httpstatus.cppm provides '${_provided}', the test requires '${_required}'")
endif()
message(STATUS "clang-scan-deps: module/httpstatus.cppm provides httpstatus; import_test.cpp requires it")

run("precompiling the module" ${_compile} --precompile -x c++-module "${_interface}" -o "${WORK}/httpstatus.pcm")
run("compiling the module's object" ${_clang} -c "${WORK}/httpstatus.pcm" -o "${WORK}/httpstatus.o")
run("compiling the test" ${_compile} "-fmodule-file=httpstatus=${WORK}/httpstatus.pcm" -c "${_test}"
    -o "${WORK}/import_test.o")
run("linking the test" "${CLANG}" "${WORK}/import_test.o" "${WORK}/httpstatus.o" -o "${WORK}/import_test")
run("running the test" "${WORK}/import_test")
message(STATUS "${run_output}")
if(NOT run_output MATCHES "^import httpstatus: [1-9][0-9]* passed, 0 failed\n$")
  message(FATAL_ERROR "the import test did not pass: ${run_output}")
endif()
