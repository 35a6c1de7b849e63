# header-only port
# An overlay port that builds this very checkout (docs/packaging.md). A port for the curated registry
# takes the release archive instead:
#   vcpkg_from_github(OUT_SOURCE_PATH SOURCE_PATH REPO <owner>/httpstatus REF "v${VERSION}" SHA512 <hash>)
set(SOURCE_PATH "${CMAKE_CURRENT_LIST_DIR}/../../..")

set(VCPKG_BUILD_TYPE release) # nothing differs between debug and release: no libraries

# `httpstatus[qt]` changes nothing here: httpstatus/qt.hpp is installed with every header, and the
# feature brings what it includes, qtbase with Qt Network.
# `httpstatus[tools]` builds the command; its --json needs nlohmann/json, so the feature depends on
# nlohmann-json and makes a missing one an error rather than a command without --json.
vcpkg_check_features(OUT_FEATURE_OPTIONS FEATURE_OPTIONS
  FEATURES
    tools HTTPSTATUS_BUILD_COMMAND
    tools HTTPSTATUS_INSTALL_COMMAND
    tools CMAKE_REQUIRE_FIND_PACKAGE_nlohmann_json)

vcpkg_cmake_configure(
  SOURCE_PATH "${SOURCE_PATH}"
  OPTIONS
    -DHTTPSTATUS_BUILD_TESTS=OFF
    -DHTTPSTATUS_BUILD_EXAMPLES=OFF
    -DHTTPSTATUS_BUILD_BENCHMARKS=OFF
    -DHTTPSTATUS_CMAKE_DIR=share/httpstatus
    ${FEATURE_OPTIONS}
  MAYBE_UNUSED_VARIABLES
    CMAKE_REQUIRE_FIND_PACKAGE_nlohmann_json # read only where the command is built
)
vcpkg_cmake_install()
# The config is installed where vcpkg wants it, share/httpstatus: nothing to move, the paths to fix.
vcpkg_cmake_config_fixup()
vcpkg_fixup_pkgconfig()

if("tools" IN_LIST FEATURES)
  vcpkg_copy_tools(TOOL_NAMES httpstatus AUTO_CLEAN)
endif()
# The manual page is the command's, and vcpkg has no place for it: nothing puts share/man on a MANPATH,
# and share/ holds one folder per port. The page is written from `httpstatus --help`, which says it all.
file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/share/man")

vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
