# Stand-ins for the vcpkg helpers that packaging/vcpkg/httpstatus/portfile.cmake calls, each doing what
# vcpkg's does (microsoft/vcpkg scripts/cmake/ and ports/vcpkg-cmake*/) for a release-only port on a
# native host, so that the real portfile runs without vcpkg. rehearse_port.cmake sets the variables
# vcpkg gives a portfile, and GENERATOR, MAKE_PROGRAM, CXX_COMPILER and NLOHMANN_JSON_DIR.

# vcpkg prints the commands it runs into its logs; these print them on the test's output.
function(stand_in_run)
  string(REPLACE ";" " " _command "${ARGN}")
  message(STATUS "vcpkg stand-in: ${_command}")
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE _rc OUTPUT_VARIABLE _output ERROR_VARIABLE _output)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "${_output}\nfailed (${_rc}): ${_command}")
  endif()
  set(stand_in_output "${_output}" PARENT_SCOPE)
endfunction()

# FEATURES <feature> <variable>...: -D<variable>=ON where the feature was asked for, OFF elsewhere.
function(vcpkg_check_features)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "OUT_FEATURE_OPTIONS" "FEATURES")
  set(_options "")
  while(arg_FEATURES)
    list(POP_FRONT arg_FEATURES _feature _variable)
    if(_feature IN_LIST FEATURES)
      list(APPEND _options "-D${_variable}=ON")
    else()
      list(APPEND _options "-D${_variable}=OFF")
    endif()
  endwhile()
  set(${arg_OUT_FEATURE_OPTIONS} "${_options}" PARENT_SCOPE)
endfunction()

# One release build tree, installing into the package folder, with the install folders vcpkg always
# sets. vcpkg's toolchain finds dependencies (nlohmann-json) in its installed tree; here they come
# from where the main build found them. vcpkg warns of an option the project never read unless the
# port names it in MAYBE_UNUSED_VARIABLES; its reviewers ask for that, so this fails instead.
function(vcpkg_cmake_configure)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "SOURCE_PATH" "OPTIONS;MAYBE_UNUSED_VARIABLES")
  if(NOT VCPKG_BUILD_TYPE STREQUAL "release")
    message(FATAL_ERROR "a header-only port sets VCPKG_BUILD_TYPE to release; the stand-in builds nothing else")
  endif()
  set(_build "${CURRENT_BUILDTREES_DIR}/${TARGET_TRIPLET}-rel")
  file(REMOVE_RECURSE "${_build}")
  set(_installed "")
  if(NLOHMANN_JSON_DIR)
    set(_installed "-Dnlohmann_json_DIR=${NLOHMANN_JSON_DIR}")
  endif()
  stand_in_run("${CMAKE_COMMAND}" -S "${arg_SOURCE_PATH}" -B "${_build}" -G "${GENERATOR}"
               "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}" "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}"
               -DCMAKE_BUILD_TYPE=Release "-DCMAKE_INSTALL_PREFIX=${CURRENT_PACKAGES_DIR}"
               -DCMAKE_INSTALL_BINDIR=bin -DCMAKE_INSTALL_LIBDIR=lib
               -DCMAKE_ERROR_ON_ABSOLUTE_INSTALL_DESTINATION=ON ${_installed} ${arg_OPTIONS})

  if(stand_in_output MATCHES "Manually-specified variables were not used by the project:\n\n(( +[^\n]+\n)+)")
    string(REGEX REPLACE "[ \n]+" ";" _unused "${CMAKE_MATCH_1}")
    foreach(_option IN LISTS arg_OPTIONS)
      if(_option MATCHES "^-D([^:=]+)" AND CMAKE_MATCH_1 IN_LIST _unused
         AND NOT CMAKE_MATCH_1 IN_LIST arg_MAYBE_UNUSED_VARIABLES)
        message(FATAL_ERROR "the port passes ${_option}, which the project never reads")
      endif()
    endforeach()
  endif()
endfunction()

function(vcpkg_cmake_install)
  stand_in_run("${CMAKE_COMMAND}" --build "${CURRENT_BUILDTREES_DIR}/${TARGET_TRIPLET}-rel" --target install
               --parallel 2)
endfunction()

# Moves the CMake package from CONFIG_PATH to share/<PACKAGE_NAME> when it is elsewhere, and, as
# vcpkg does, makes each file compute its prefix as the folder two up from share/<PACKAGE_NAME>.
function(vcpkg_cmake_config_fixup)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "PACKAGE_NAME;CONFIG_PATH" "")
  if(NOT arg_PACKAGE_NAME)
    set(arg_PACKAGE_NAME "${PORT}")
  endif()
  if(NOT arg_CONFIG_PATH)
    set(arg_CONFIG_PATH "share/${arg_PACKAGE_NAME}")
  endif()
  set(_share "${CURRENT_PACKAGES_DIR}/share/${arg_PACKAGE_NAME}")
  if(NOT arg_CONFIG_PATH STREQUAL "share/${arg_PACKAGE_NAME}")
    file(GLOB _files "${CURRENT_PACKAGES_DIR}/${arg_CONFIG_PATH}/*")
    file(COPY ${_files} DESTINATION "${_share}")
    file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/${arg_CONFIG_PATH}")
    # lib/cmake/<name> or share/cmake/<name>: vcpkg removes the cmake folder too.
    get_filename_component(_parent "${CURRENT_PACKAGES_DIR}/${arg_CONFIG_PATH}" DIRECTORY)
    get_filename_component(_parent_name "${_parent}" NAME)
    if(_parent_name STREQUAL "cmake")
      file(REMOVE_RECURSE "${_parent}")
    endif()
  endif()
  if(NOT EXISTS "${_share}/${arg_PACKAGE_NAME}Config.cmake" AND NOT EXISTS "${_share}/${arg_PACKAGE_NAME}-config.cmake")
    message(FATAL_ERROR "no ${arg_PACKAGE_NAME}Config.cmake in ${_share}")
  endif()

  file(GLOB _cmake_files "${_share}/*.cmake")
  foreach(_file IN LISTS _cmake_files)
    file(READ "${_file}" _text)
    string(REGEX REPLACE [[(PACKAGE_PREFIX_DIR "\${CMAKE_CURRENT_LIST_DIR}/)[./]*"]] [[\1../../"]] _text "${_text}")
    string(REGEX REPLACE [[(get_filename_component\(_IMPORT_PREFIX "\${_IMPORT_PREFIX}" PATH\)
)+]] [[get_filename_component(_IMPORT_PREFIX "${_IMPORT_PREFIX}" PATH)
get_filename_component(_IMPORT_PREFIX "${_IMPORT_PREFIX}" PATH)
]] _text "${_text}")
    file(WRITE "${_file}" "${_text}")
  endforeach()
endfunction()

# vcpkg rewrites each .pc file's paths relative to its folder; ours are already, so this checks that
# there is nothing to rewrite and that the file is where vcpkg looks (share/ only for header-only).
function(vcpkg_fixup_pkgconfig)
  file(GLOB_RECURSE _pc_files "${CURRENT_PACKAGES_DIR}/*.pc")
  foreach(_file IN LISTS _pc_files)
    file(RELATIVE_PATH _relative "${CURRENT_PACKAGES_DIR}" "${_file}")
    if(NOT _relative MATCHES "^(lib|share)/pkgconfig/[^/]+\\.pc$")
      message(FATAL_ERROR "${_relative}: vcpkg looks for .pc files in lib/pkgconfig and share/pkgconfig")
    endif()
    file(READ "${_file}" _text)
    string(FIND "${_text}" "${CURRENT_PACKAGES_DIR}" _absolute)
    if(NOT _absolute EQUAL -1)
      message(FATAL_ERROR "${_relative} names the package folder; it must be relative to \${pcfiledir}")
    endif()
  endforeach()
endfunction()

# Copies bin/<tool> to tools/<port>/; AUTO_CLEAN removes it from bin/, and bin/ once it is empty.
function(vcpkg_copy_tools)
  cmake_parse_arguments(PARSE_ARGV 0 arg "AUTO_CLEAN" "" "TOOL_NAMES")
  set(_bin "${CURRENT_PACKAGES_DIR}/bin")
  foreach(_tool IN LISTS arg_TOOL_NAMES)
    set(_path "${_bin}/${_tool}${VCPKG_TARGET_EXECUTABLE_SUFFIX}")
    if(NOT EXISTS "${_path}")
      message(FATAL_ERROR "Couldn't find this tool: ${_path}")
    endif()
    file(COPY "${_path}" DESTINATION "${CURRENT_PACKAGES_DIR}/tools/${PORT}")
    if(arg_AUTO_CLEAN)
      file(REMOVE "${_path}")
    endif()
  endforeach()
  file(GLOB _left "${_bin}/*")
  if(arg_AUTO_CLEAN AND NOT _left)
    file(REMOVE_RECURSE "${_bin}")
  endif()
endfunction()

# One license file becomes share/<port>/copyright (vcpkg joins several with their names; ours is one).
function(vcpkg_install_copyright)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "" "FILE_LIST")
  list(LENGTH arg_FILE_LIST _count)
  if(NOT _count EQUAL 1)
    message(FATAL_ERROR "the stand-in installs one license file, not ${_count}")
  endif()
  file(INSTALL "${arg_FILE_LIST}" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}" RENAME copyright)
endfunction()
