# The Qt installations the tests build httpstatus/qt.hpp against: Qt 6 and Qt 5.15, each where its
# CMake package is found (Debian: qt6-base-dev, qtbase5-dev). The two coexist in one configure:
# each has its own versioned targets, Qt6::Network and Qt5::Network. Sets
#   HTTPSTATUS_QT_MAJORS    the major versions found, 6 before 5
#   HTTPSTATUS_QT_LIBRARIES the targets of the first found (Qt6::Core;Qt6::Network, or Qt5's), for
#                           the builds that need one Qt only: the headers compiled on their own and
#                           the example; empty when neither is found.
# Directory-scoped, as find_package's imported targets are: include it where the targets are used.
find_package(Qt6 COMPONENTS Core Network CONFIG QUIET)
find_package(Qt5 5.15 COMPONENTS Core Network CONFIG QUIET)
set(HTTPSTATUS_QT_MAJORS "")
if(Qt6_FOUND AND TARGET Qt6::Network)
  list(APPEND HTTPSTATUS_QT_MAJORS 6)
endif()
if(Qt5_FOUND AND TARGET Qt5::Network)
  list(APPEND HTTPSTATUS_QT_MAJORS 5)
endif()
set(HTTPSTATUS_QT_LIBRARIES "")
if(HTTPSTATUS_QT_MAJORS)
  list(GET HTTPSTATUS_QT_MAJORS 0 _httpstatus_qt_major)
  set(HTTPSTATUS_QT_LIBRARIES Qt${_httpstatus_qt_major}::Core Qt${_httpstatus_qt_major}::Network)
endif()
# The Debian package that brings each.
set(HTTPSTATUS_QT6_PACKAGE qt6-base-dev)
set(HTTPSTATUS_QT5_PACKAGE qtbase5-dev)
