# SPDX-License-Identifier: MIT
"""conan.tools.build.check_min_cppstd, as Conan 2 does it: compiler.cppstd must be set, and at least cppstd."""
from conan.errors import ConanInvalidConfiguration


def _year(cppstd):
    number = str(cppstd).replace("gnu", "")
    return int(("19" if number == "98" else "20") + number)


def check_min_cppstd(conanfile, cppstd, gnu_extensions=False):
    current = conanfile.settings.get_safe("compiler.cppstd")
    if current is None:
        raise ConanInvalidConfiguration("The compiler.cppstd is not defined for this configuration")
    if gnu_extensions and "gnu" not in current:
        raise ConanInvalidConfiguration("The cppstd GNU extension is required")
    if _year(current) < _year(cppstd):
        raise ConanInvalidConfiguration(
            f"Current cppstd ({current}) is lower than the required C++ standard ({cppstd}).")
