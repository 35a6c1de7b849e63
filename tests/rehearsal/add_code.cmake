# The rehearsal of adding a code: the next code IANA registers must be one row away. This script
# copies the tree, as git sees it, into WORK, adds 104 "Upload Resumption Supported" (IANA's provisional
# registration, from draft-ietf-httpbis-resumable-upload) as it will be once registered for good, by
# editing
#   - the row in include/httpstatus/detail/registry.hpp,
#   - the enumerator in include/httpstatus/httpstatus.hpp,
#   - the row in tests/data/iana-http-status-codes.csv, the registry's own data, which
#     tests/registry/registry_test.cpp holds the table to,
#   - the row in tests/data/iana-registry.csv, the registry as IANA publishes it, which
#     scripts_check_registry compares the table with (104 taken out of the unassigned range),
# then runs the targets that write the generated files and builds and runs the tests a change of the
# registry touches. It passes only if those four edits were enough: a count written by hand, a list
# of codes in a test, a switch in the command would each fail it. A pass removes WORK.
#
#   cmake -DSOURCE_DIR=<tree> -DWORK=<folder> -DCOMPILER=<c++> -DGENERATOR=<generator> -DGIT=<git>
#         [-DLEAVE_OUT=row|enumerator|csv|iana] -P add_code.cmake
# LEAVE_OUT skips one edit, to show the rehearsal failing when the four are not all made.
cmake_minimum_required(VERSION 3.25)

foreach(_variable SOURCE_DIR WORK COMPILER GENERATOR GIT)
  if(NOT ${_variable})
    message(FATAL_ERROR "rehearsal: -D${_variable}= is required")
  endif()
endforeach()
set(_tree "${WORK}/tree")
set(_build "${WORK}/build")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${_tree}")

# Each step's output goes to a log of its own, printed when the step fails.
function(rehearsal_step name)
  set(_log "${WORK}/${name}.log")
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE _result OUTPUT_FILE "${_log}" ERROR_FILE "${_log}.err")
  if(NOT _result EQUAL 0)
    file(READ "${_log}" _out)
    file(READ "${_log}.err" _err)
    string(LENGTH "${_out}" _length)
    if(_length GREATER 12000)
      math(EXPR _from "${_length} - 12000")
      string(SUBSTRING "${_out}" ${_from} -1 _out)
    endif()
    message(FATAL_ERROR "${_out}\n${_err}\nrehearsal: adding 104 took more than the row, the enumerator, the "
                        "CSV rows and a regeneration: step '${name}' failed (${_result}); its log: ${_log}")
  endif()
endfunction()

# ---- the tree as git sees it: the files it tracks and the new ones it does not ignore ---------------
rehearsal_step(copy "${GIT}" -C "${SOURCE_DIR}" ls-files -z --cached --others --exclude-standard
               COMMAND tar -cf - -C "${SOURCE_DIR}" --null --files-from=-
               COMMAND tar -xf - -C "${_tree}")

# ---- the four edits ----------------------------------------------------------------------------------
# Insert TEXT after the line of FILE that begins with ANCHOR.
function(rehearsal_insert_after file anchor text)
  file(READ "${_tree}/${file}" _content)
  string(FIND "${_content}" "\n${anchor}" _at)
  if(_at EQUAL -1)
    message(FATAL_ERROR "rehearsal: ${file} has no line beginning with '${anchor}'; the rehearsal "
                        "must be told where the new code goes")
  endif()
  math(EXPR _at "${_at} + 1")
  string(SUBSTRING "${_content}" ${_at} -1 _rest)
  string(FIND "${_rest}" "\n" _end)
  math(EXPR _end "${_at} + ${_end} + 1")
  string(SUBSTRING "${_content}" 0 ${_end} _before)
  string(SUBSTRING "${_content}" ${_end} -1 _after)
  file(WRITE "${_tree}/${file}" "${_before}${text}\n${_after}")
endfunction()

# The registry lists a code for good with the RFC its draft became, and every row of the registry names
# an RFC section (reference_url links it). The draft has no RFC number yet: the rehearsal gives it one
# that no row uses. The section sign is the CSV's own character, so that this file stays ASCII.
file(READ "${_tree}/tests/data/iana-http-status-codes.csv" _csv)
if(NOT _csv MATCHES "\n100,Continue,RFC 9110 ([^0-9]+)15")
  message(FATAL_ERROR "rehearsal: tests/data/iana-http-status-codes.csv has no row for 100 as RFC 9110 writes it")
endif()
set(_section_sign "${CMAKE_MATCH_1}")

if(NOT LEAVE_OUT STREQUAL "row")
  rehearsal_insert_after(include/httpstatus/detail/registry.hpp "{status::early_hints,"
    "{status::upload_resumption_supported,     \"Upload Resumption Supported\"sv,     \"Indicates that the server supports resumable uploads: the client can resume an interrupted upload from where it stopped, at the address this interim response gives.\"sv, \"RFC 9999 \\xC2\\xA7\" \"4.2\"sv},")
endif()
if(NOT LEAVE_OUT STREQUAL "enumerator")
  rehearsal_insert_after(include/httpstatus/httpstatus.hpp "    early_hints = 103,"
    "    upload_resumption_supported = 104,")
endif()
if(NOT LEAVE_OUT STREQUAL "csv")
  rehearsal_insert_after(tests/data/iana-http-status-codes.csv "103,"
    "104,Upload Resumption Supported,RFC 9999 ${_section_sign}4.2,,")
endif()
# IANA's CSV, as IANA will publish it: 104 taken out of the range 104-199 (its lines end in CR LF).
if(NOT LEAVE_OUT STREQUAL "iana")
  file(READ "${_tree}/tests/data/iana-registry.csv" _iana)
  string(FIND "${_iana}" "\n104-199,Unassigned," _at)
  if(_at EQUAL -1)
    message(FATAL_ERROR "rehearsal: tests/data/iana-registry.csv has no unassigned range 104-199")
  endif()
  string(REPLACE "\n104-199,Unassigned," "\n104,Upload Resumption Supported,\"[RFC9999, Section 4.2]\"\r\n105-199,Unassigned,"
         _iana "${_iana}")
  file(WRITE "${_tree}/tests/data/iana-registry.csv" "${_iana}")
endif()

# ---- the generated files written again, by their targets -------------------------------------------
rehearsal_step(configure "${CMAKE_COMMAND}" -S "${_tree}" -B "${_build}" -G "${GENERATOR}"
               "-DCMAKE_CXX_COMPILER=${COMPILER}" -DCMAKE_BUILD_TYPE=Debug -DHTTPSTATUS_TEST_STANDARDS=17
               -DHTTPSTATUS_WARNINGS_AS_ERRORS=ON -DHTTPSTATUS_BUILD_BENCHMARKS=OFF)
# The indexes first: the programs that write the docs and the man page read the library through them.
rehearsal_step(regenerate_index "${CMAKE_COMMAND}" --build "${_build}" -j2 --target httpstatus-index)
rehearsal_step(regenerate_the_rest "${CMAKE_COMMAND}" --build "${_build}" -j2
               --target httpstatus-single-include httpstatus-docs httpstatus-man)

# ---- the tests a new code touches ------------------------------------------------------------------
# The static and Catch2 tests of the core features for one standard, the compile-fail tests, the
# generated files' freshness, the C header, the command, and scripts/check-registry against IANA's CSV.
rehearsal_step(build "${CMAKE_COMMAND}" --build "${_build}" -j2
               --target httpstatus_static_cpp17 httpstatus_tests_cpp17 httpstatus_integration_tests_cpp17
                        httpstatus-cli httpstatus-docs-generator httpstatus_html_page_test
                        httpstatus_command_text_test httpstatus_response_heads_test httpstatus_check_text_test)
rehearsal_step(test "${CMAKE_CTEST_COMMAND}" --test-dir "${_build}" -j2 --output-on-failure --no-tests=error
               -R "^(unit_cpp17|integrations_cpp17|compile_fail_.*_cpp17|command_.*|c_header_.*|.*_fresh.*|man_page_.*|scripts_check_registry)$"
               -E "^command_check_server_")
# The copy and its build take hundreds of megabytes: a pass leaves nothing behind (a failure keeps them,
# for its log).
file(REMOVE_RECURSE "${WORK}")
message(STATUS "rehearsal: 104 added with the row, the enumerator, the CSV rows and a regeneration; "
               "the tests pass")
