# Warnings for our own targets (tests, the command, examples), as errors when
# HTTPSTATUS_WARNINGS_AS_ERRORS is on. Never attached to the exported target: consumers choose their
# own flags.
if(NOT TARGET httpstatus_warnings)
  add_library(httpstatus_warnings INTERFACE)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(httpstatus_warnings INTERFACE
      -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow $<$<BOOL:${HTTPSTATUS_WARNINGS_AS_ERRORS}>:-Werror>)
  elseif(MSVC)
    target_compile_options(httpstatus_warnings INTERFACE /W4 /permissive- $<$<BOOL:${HTTPSTATUS_WARNINGS_AS_ERRORS}>:/WX>)
  endif()
endif()
