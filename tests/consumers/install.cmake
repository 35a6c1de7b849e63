# Installs the build tree BUILD_DIR into a fresh PREFIX, as a user's `cmake --install` would.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "cmake --install ${BUILD_DIR} --prefix ${PREFIX} failed (${_rc})")
endif()
foreach(_file include/httpstatus/httpstatus.hpp share/pkgconfig/httpstatus.pc share/cmake/httpstatus/httpstatusConfig.cmake
              share/cmake/httpstatus/httpstatusConfigVersion.cmake share/cmake/httpstatus/httpstatusTargets.cmake
              share/httpstatus/module/httpstatus.cppm)
  if(NOT EXISTS "${PREFIX}/${_file}")
    message(FATAL_ERROR "cmake --install did not install ${_file}")
  endif()
endforeach()
