# Catch2 for the unit tests: an installed v3 first, then an installed v2 (Debian's 2.13), and only
# when neither is found, v3 from its repository. Gives the target httpstatus_catch2_main, which
# brings a main() and defines HTTPSTATUS_CATCH2_MAJOR for tests/unit/catch.hpp.
find_package(Catch2 3 CONFIG QUIET)
if(Catch2_FOUND)
  set(HTTPSTATUS_CATCH2_MAJOR 3)
else()
  find_package(Catch2 2 CONFIG QUIET)
  if(Catch2_FOUND)
    set(HTTPSTATUS_CATCH2_MAJOR 2)
  else()
    message(STATUS "httpstatus: no installed Catch2; fetching v3.7.1")
    include(FetchContent)
    FetchContent_Declare(Catch2
      GIT_REPOSITORY https://github.com/catchorg/Catch2.git
      GIT_TAG v3.7.1
      GIT_SHALLOW TRUE)
    FetchContent_MakeAvailable(Catch2)
    set(HTTPSTATUS_CATCH2_MAJOR 3)
  endif()
endif()
message(STATUS "httpstatus: testing with Catch2 ${Catch2_VERSION} (v${HTTPSTATUS_CATCH2_MAJOR} API)")

if(HTTPSTATUS_CATCH2_MAJOR EQUAL 3)
  add_library(httpstatus_catch2_main INTERFACE)
  target_link_libraries(httpstatus_catch2_main INTERFACE Catch2::Catch2WithMain)
  target_compile_definitions(httpstatus_catch2_main INTERFACE HTTPSTATUS_CATCH2_MAJOR=3)
else()
  # v2 has no main library: compile its main once and share it between the standards.
  add_library(httpstatus_catch2_main STATIC "${PROJECT_SOURCE_DIR}/tests/unit/catch_main_v2.cpp")
  target_link_libraries(httpstatus_catch2_main PUBLIC Catch2::Catch2)
  target_compile_definitions(httpstatus_catch2_main PUBLIC HTTPSTATUS_CATCH2_MAJOR=2)
  target_compile_features(httpstatus_catch2_main PUBLIC cxx_std_17)
endif()
