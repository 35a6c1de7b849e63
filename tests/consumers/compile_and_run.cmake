# Compiles SOURCE with COMPILER and FLAGS (a list) into OUTPUT, then runs it (through EMULATOR when set,
# Wine for a Windows build); fails if either fails.
get_filename_component(_dir "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${_dir}")
execute_process(COMMAND "${COMPILER}" ${FLAGS} "${SOURCE}" -o "${OUTPUT}" RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "compiling ${SOURCE} failed (${_rc})")
endif()
execute_process(COMMAND ${EMULATOR} "${OUTPUT}" RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "${OUTPUT} failed (${_rc})")
endif()
