# Cross-builds for 64-bit Windows with Debian's MinGW-w64 (g++-mingw-w64-x86-64-posix), and runs
# what it builds under Wine (wine64), so that ctest runs the Windows programs on Linux:
#   cmake --preset mingw   or   cmake -S . -B build/mingw --toolchain cmake/mingw-w64-x86_64.cmake
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(_mingw_triple x86_64-w64-mingw32)
find_program(CMAKE_CXX_COMPILER NAMES ${_mingw_triple}-g++-posix ${_mingw_triple}-g++ REQUIRED)
find_program(CMAKE_RC_COMPILER NAMES ${_mingw_triple}-windres)

# Libraries and packages come from the MinGW sysroot only: the host's are Linux builds. A
# header-only package of the host (Debian's Catch2 v2) can still be named with <Package>_DIR.
set(CMAKE_FIND_ROOT_PATH /usr/${_mingw_triple})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# pkg-config too: only the sysroot's .pc files, never the host's.
set(ENV{PKG_CONFIG_LIBDIR} "/usr/${_mingw_triple}/lib/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")

# Static: the programs then run without MinGW's runtime DLLs beside them.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")

# ctest runs each test program through Wine (Debian's wine64), by way of run-under-wine, which
# keeps Wine's own messages out of the programs' output. Without Wine the programs build but the
# tests that run them fail.
find_program(HTTPSTATUS_WINE wine)
if(HTTPSTATUS_WINE)
  set(CMAKE_CROSSCOMPILING_EMULATOR "${CMAKE_CURRENT_LIST_DIR}/run-under-wine")
endif()
