# Warnings for our own targets (tests, the command, examples), as errors when
# HTTPSTATUS_WARNINGS_AS_ERRORS is on, and, under MSVC, the one other flag they all need: /utf-8.
# Never attached to the exported target: consumers choose their own flags.
if(NOT TARGET httpstatus_warnings)
  add_library(httpstatus_warnings INTERFACE)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(httpstatus_warnings INTERFACE
      -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow $<$<BOOL:${HTTPSTATUS_WARNINGS_AS_ERRORS}>:-Werror>)
  elseif(MSVC)
    # /utf-8: our own sources (the command's page, the tests' expected text) are UTF-8, and MSVC
    # would read them in the system's code page. The library's headers are ASCII and need nothing.
    target_compile_options(httpstatus_warnings INTERFACE /W4 /permissive- /utf-8 $<$<BOOL:${HTTPSTATUS_WARNINGS_AS_ERRORS}>:/WX>)
  endif()
endif()
