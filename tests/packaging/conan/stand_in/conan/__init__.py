# SPDX-License-Identifier: MIT
"""A stand-in for Conan 2's `conan` package, as much of it as packaging/conan/conanfile.py uses, so
that tests/packaging/conan/rehearse_recipe.py can run the recipe where Conan is not installed. The
rehearsal sets the folders (recipe_folder, export_sources_folder, source_folder, package_folder)."""


class Settings:
    """The configuration, as settings.get_safe("compiler.cppstd") reads it."""

    def __init__(self, values):
        self._values = dict(values)

    def get_safe(self, name, default=None):
        return self._values.get(name, default)


class Info:
    """What package_id() may change: what the package ID is computed from."""

    def __init__(self, settings):
        self.settings = dict(settings)
        self.options = {}

    def clear(self):
        self.settings.clear()
        self.options.clear()


class Options:
    """The recipe's options, read as attributes (self.options.with_qt): the default_options, then the
    values the rehearsal gives."""

    def __init__(self, values):
        self.__dict__.update(values)


class CppInfo:
    """What package_info() declares, with Conan's defaults."""

    def __init__(self):
        self.includedirs = ["include"]
        self.libdirs = ["lib"]
        self.bindirs = ["bin"]
        self._properties = {}

    def set_property(self, name, value):
        self._properties[name] = value

    def get_property(self, name):
        return self._properties.get(name)


class Folders:
    """Where layout() puts the sources, the build and the generated files, relative to the base folders."""

    def __init__(self):
        self.source = ""
        self.build = ""
        self.generators = ""


class ConanFile:
    name = None
    version = None
    options = {}
    default_options = {}

    def __init__(self, settings, options=None):
        self.settings = Settings(settings)
        self.options = Options(dict(type(self).default_options, **(options or {})))
        self.info = Info(settings)
        self.cpp_info = CppInfo()
        self.folders = Folders()
        self.requirements_made = []  # what requirements() asked for: (reference, keyword arguments)

    def requires(self, reference, **traits):
        self.requirements_made.append((reference, traits))
