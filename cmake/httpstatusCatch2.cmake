# Catch2 for the unit tests: an installed v3 or v2 (Debian's 2.13), whichever CMake finds first,
# and only when there is none, v3 from its repository. Gives the target httpstatus_catch2_main,
# which brings a main(), defines HTTPSTATUS_CATCH2_MAJOR for tests/support/catch.hpp and puts
# tests/support/, the code the tests share, on the include path.
# One search for any version: a second search would reset a Catch2_DIR the user gave (the MinGW
# build names the host's header-only v2 that way).
find_package(Catch2 CONFIG QUIET)
if(Catch2_FOUND AND Catch2_VERSION VERSION_GREATER_EQUAL 2 AND Catch2_VERSION VERSION_LESS 4)
  string(REGEX MATCH "^[0-9]+" HTTPSTATUS_CATCH2_MAJOR "${Catch2_VERSION}")
else()
  message(STATUS "httpstatus: no installed Catch2 2 or 3; fetching v3.7.1")
  include(FetchContent)
  FetchContent_Declare(Catch2
    GIT_REPOSITORY https://github.com/catchorg/Catch2.git
    GIT_TAG v3.7.1
    GIT_SHALLOW TRUE)
  FetchContent_MakeAvailable(Catch2)
  set(HTTPSTATUS_CATCH2_MAJOR 3)
endif()
message(STATUS "httpstatus: testing with Catch2 ${Catch2_VERSION} (v${HTTPSTATUS_CATCH2_MAJOR} API)")

if(HTTPSTATUS_CATCH2_MAJOR EQUAL 3)
  add_library(httpstatus_catch2_main INTERFACE)
  target_link_libraries(httpstatus_catch2_main INTERFACE Catch2::Catch2WithMain)
  target_compile_definitions(httpstatus_catch2_main INTERFACE HTTPSTATUS_CATCH2_MAJOR=3)
  target_include_directories(httpstatus_catch2_main INTERFACE "${PROJECT_SOURCE_DIR}/tests/support")
else()
  # v2 has no main library: compile its main once and share it between the standards.
  add_library(httpstatus_catch2_main STATIC "${PROJECT_SOURCE_DIR}/tests/support/catch_main_v2.cpp")
  # Catch2's runner has nothing of ours to optimise, and at -O2 it is the longest compile of a test
  # build (18 s with g++ 11 against 10 s at -O0), which every build waits for before linking a test.
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(httpstatus_catch2_main PRIVATE -O0)
  endif()
  if(CMAKE_CROSSCOMPILING)
    # A cross build may use the host's v2, which is one header, but it lies in /usr/include beside
    # the host's C library, which the cross compiler must not see: it gets a folder with that one
    # header, in the build tree.
    get_target_property(_catch2_include Catch2::Catch2 INTERFACE_INCLUDE_DIRECTORIES)
    set(_catch2_folder "${PROJECT_BINARY_DIR}/catch2-v2-header")
    configure_file("${_catch2_include}/catch2/catch.hpp" "${_catch2_folder}/catch2/catch.hpp" COPYONLY)
    target_include_directories(httpstatus_catch2_main SYSTEM PUBLIC "${_catch2_folder}")
  else()
    target_link_libraries(httpstatus_catch2_main PUBLIC Catch2::Catch2)
  endif()
  target_compile_definitions(httpstatus_catch2_main PUBLIC HTTPSTATUS_CATCH2_MAJOR=2)
  target_include_directories(httpstatus_catch2_main PUBLIC "${PROJECT_SOURCE_DIR}/tests/support")
  target_compile_features(httpstatus_catch2_main PUBLIC cxx_std_17)
endif()
