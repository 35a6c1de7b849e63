# Installs one component of the build tree BUILD_DIR into a fresh PREFIX, as a packager splitting
# the install does, and checks that it brings its own files and none of the other component's.
#   cmake -DBUILD_DIR=<dir> -DPREFIX=<dir> -DCOMPONENT=<name> -DPRESENT=<file>[|<file>...]
#         -DABSENT=<file>[|<file>...] -P install_component.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" --component "${COMPONENT}"
                RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "cmake --install ${BUILD_DIR} --component ${COMPONENT} failed (${_rc})")
endif()
string(REPLACE "|" ";" _present "${PRESENT}")
string(REPLACE "|" ";" _absent "${ABSENT}")
foreach(_file IN LISTS _present)
  if(NOT EXISTS "${PREFIX}/${_file}")
    message(FATAL_ERROR "the component ${COMPONENT} did not install ${_file}")
  endif()
endforeach()
foreach(_file IN LISTS _absent)
  if(EXISTS "${PREFIX}/${_file}")
    message(FATAL_ERROR "the component ${COMPONENT} installed ${_file}, which belongs to another")
  endif()
endforeach()
message(STATUS "the component ${COMPONENT} installed what it should, and only that")
