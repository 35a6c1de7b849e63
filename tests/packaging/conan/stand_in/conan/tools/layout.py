# SPDX-License-Identifier: MIT
"""conan.tools.layout.basic_layout, as Conan 2 does it."""
import os


def basic_layout(conanfile, src_folder="."):
    conanfile.folders.source = src_folder
    conanfile.folders.build = "build"
    if conanfile.settings.get_safe("build_type"):
        conanfile.folders.build += "-" + str(conanfile.settings.get_safe("build_type")).lower()
    conanfile.folders.generators = os.path.join(conanfile.folders.build, "conan")
