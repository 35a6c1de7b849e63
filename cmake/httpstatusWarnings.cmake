# Warnings as errors for our own targets (tests, the command, examples). Never attached to the exported target:
# consumers choose their own flags.
if(NOT TARGET httpstatus_warnings)
  add_library(httpstatus_warnings INTERFACE)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(httpstatus_warnings INTERFACE
      -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow -Werror)
  elseif(MSVC)
    target_compile_options(httpstatus_warnings INTERFACE /W4 /WX /permissive-)
  endif()
endif()
