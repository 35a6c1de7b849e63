# Does what `vcpkg install httpstatus[FEATURES] --overlay-ports=packaging/vcpkg` does to the port: runs
# its portfile.cmake, with vcpkg_helpers.cmake standing in for vcpkg's helpers, into WORK_DIR/packages;
# then checks that the folder is what vcpkg's post-build checks and a vcpkg user expect.
# cmake -DPORT_DIR=<port> -DWORK_DIR=<dir> -DFEATURES=<feature;...> -DGENERATOR=... -DMAKE_PROGRAM=...
#       -DCXX_COMPILER=... -DEXECUTABLE_SUFFIX=... -DNLOHMANN_JSON_DIR=... -P rehearse_port.cmake
cmake_minimum_required(VERSION 3.15)

# What vcpkg gives a portfile (the triplet only names the build tree here).
set(PORT httpstatus)
set(TARGET_TRIPLET x64-linux)
set(FEATURES core ${FEATURES})
set(VCPKG_TARGET_EXECUTABLE_SUFFIX "${EXECUTABLE_SUFFIX}")
set(CURRENT_PACKAGES_DIR "${WORK_DIR}/packages")
set(CURRENT_BUILDTREES_DIR "${WORK_DIR}/buildtrees")
file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}")

include("${CMAKE_CURRENT_LIST_DIR}/vcpkg_helpers.cmake")
include("${PORT_DIR}/portfile.cmake")

# ---- the package folder --------------------------------------------------------------------------
set(_expected include/httpstatus/httpstatus.hpp share/httpstatus/httpstatusConfig.cmake
    share/httpstatus/httpstatusConfigVersion.cmake share/httpstatus/httpstatusTargets.cmake
    share/pkgconfig/httpstatus.pc share/httpstatus/copyright share/httpstatus/usage)
# Release only; no libraries; the config moved to share/httpstatus; no man page (the portfile says why).
set(_unexpected debug lib share/cmake share/man)
if("tools" IN_LIST FEATURES)
  list(APPEND _expected "tools/httpstatus/httpstatus${EXECUTABLE_SUFFIX}")
  list(APPEND _unexpected bin) # a tool belongs in tools/<port>, where vcpkg's checks want it
else()
  list(APPEND _unexpected bin tools)
endif()
foreach(_path IN LISTS _expected)
  if(NOT EXISTS "${CURRENT_PACKAGES_DIR}/${_path}")
    message(FATAL_ERROR "the package has no ${_path}")
  endif()
endforeach()
foreach(_path IN LISTS _unexpected)
  if(EXISTS "${CURRENT_PACKAGES_DIR}/${_path}")
    message(FATAL_ERROR "the package has ${_path}, which a header-only vcpkg package must not")
  endif()
endforeach()

# vcpkg refuses a package with an empty folder.
file(GLOB_RECURSE _folders LIST_DIRECTORIES true "${CURRENT_PACKAGES_DIR}/*")
foreach(_folder IN LISTS _folders)
  file(GLOB _children "${_folder}/*")
  if(IS_DIRECTORY "${_folder}" AND NOT _children)
    message(FATAL_ERROR "the package has an empty folder: ${_folder}")
  endif()
endforeach()

list(JOIN FEATURES "," _features)
message(STATUS "vcpkg rehearsal: httpstatus[${_features}] staged in ${CURRENT_PACKAGES_DIR}")
