# SPDX-License-Identifier: MIT
# The Conan 2 recipe for httpstatus, packaging the headers of this checkout: `conan create packaging/conan`
# (docs/packaging.md). Header-only, so one package serves every configuration. The command is not in it:
# conan-center packages a header-only library's headers and nothing else.
import os
import re

from conan import ConanFile
from conan.errors import ConanException
from conan.tools.build import check_min_cppstd
from conan.tools.files import copy, load
from conan.tools.layout import basic_layout

required_conan_version = ">=2.0"


class HttpstatusConan(ConanFile):
    name = "httpstatus"
    description = "HTTP response status codes: one constexpr table, a typed enum, compile-time lookups"
    license = "MIT"
    # url and homepage: the project's address once it has one; conan-center's recipes set url to
    # https://github.com/conan-io/conan-center-index.
    topics = ("http", "status-codes", "constexpr", "header-only")
    package_type = "header-library"
    settings = "os", "arch", "compiler", "build_type"
    # with_qt: requires Qt for httpstatus/qt.hpp, which is packaged either way (the headers are one
    # package for every configuration); the option only brings what the header includes.
    options = {"with_qt": [True, False]}
    default_options = {"with_qt": False}
    no_copy_source = True

    @property
    def _root(self):
        # The recipe lives in packaging/conan/ of the checkout it packages.
        return os.path.join(self.recipe_folder, "..", "..")

    def set_version(self):
        # The version lives in the header once.
        header = load(self, os.path.join(self._root, "include", "httpstatus", "httpstatus.hpp"))
        parts = [re.search(rf"#define HTTPSTATUS_VERSION_{part} ([0-9]+)", header) for part in ("MAJOR", "MINOR", "PATCH")]
        if not all(parts):
            raise ConanException("cannot read HTTPSTATUS_VERSION_MAJOR/MINOR/PATCH from httpstatus.hpp")
        self.version = ".".join(match.group(1) for match in parts)

    def export_sources(self):
        copy(self, "include/*", self._root, self.export_sources_folder)
        copy(self, "LICENSE", self._root, self.export_sources_folder)

    def layout(self):
        # The sources stay at the top of the source folder, where export_sources() puts them.
        basic_layout(self)

    def requirements(self):
        if self.options.with_qt:
            # Qt Core and Qt Network, which conan-center's qt builds by default; its headers are the
            # user's too (qt.hpp includes them).
            self.requires("qt/[>=5.15 <7]", transitive_headers=True)

    def package_id(self):
        self.info.clear()

    def validate(self):
        check_min_cppstd(self, 17)

    def package(self):
        copy(self, "*", os.path.join(self.source_folder, "include"), os.path.join(self.package_folder, "include"))
        copy(self, "LICENSE", self.source_folder, os.path.join(self.package_folder, "licenses"))

    def package_info(self):
        self.cpp_info.bindirs = []
        self.cpp_info.libdirs = []
        # The names httpstatus's own CMake package and pkg-config file have.
        self.cpp_info.set_property("cmake_file_name", "httpstatus")
        self.cpp_info.set_property("cmake_target_name", "httpstatus::httpstatus")
        self.cpp_info.set_property("pkg_config_name", "httpstatus")
