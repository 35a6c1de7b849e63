# Builds a C example with one C compiler and fails unless it prints what its C++ twin prints, byte
# for byte: the C header and the C++ header must answer alike, as a C user and a C++ user see them.
#   cmake -DCOMPILER=<cc> -DFLAGS=<flags, '|'-separated> -DINCLUDE=<dir> -DSOURCE=<file.c>
#         -DOUTPUT=<program to write> -DTWIN=<the C++ program> -P c_same_output.cmake
# OUTPUT names the program and, beside it, the two outputs; each test gives its own, so that tests
# running in parallel write no file in common.
string(REPLACE "|" ";" _flags "${FLAGS}")
get_filename_component(_dir "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${_dir}")
file(REMOVE "${OUTPUT}" "${OUTPUT}.c.txt" "${OUTPUT}.cpp.txt")

execute_process(COMMAND "${COMPILER}" ${_flags} "-I${INCLUDE}" "${SOURCE}" -o "${OUTPUT}"
  RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "${COMPILER} ${_flags} failed (${_rc}) on ${SOURCE}:\n${_out}")
endif()

foreach(_language_program IN ITEMS "c|${OUTPUT}" "cpp|${TWIN}")
  string(REPLACE "|" ";" _language_program "${_language_program}")
  list(GET _language_program 0 _language)
  list(GET _language_program 1 _program)
  execute_process(COMMAND "${_program}" RESULT_VARIABLE _rc OUTPUT_FILE "${OUTPUT}.${_language}.txt")
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "${_program} failed (${_rc})")
  endif()
endforeach()

# compare_files compares bytes; file(READ) would not show a "\r" (see tests/command/expect.cmake).
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${OUTPUT}.c.txt" "${OUTPUT}.cpp.txt" RESULT_VARIABLE _rc)
file(READ "${OUTPUT}.c.txt" _c)
file(READ "${OUTPUT}.cpp.txt" _cpp)
if(NOT _rc EQUAL 0)
  # message() without a mode keeps the lines whole; FATAL_ERROR's text is indented and wrapped.
  message("the C program built by ${COMPILER} prints differently from ${TWIN}:\n--- C ---\n${_c}--- C++ ---\n${_cpp}")
  message(FATAL_ERROR "the C and the C++ program print differently")
endif()
message(STATUS "${COMPILER}: the C program prints what the C++ program prints:\n${_c}")
