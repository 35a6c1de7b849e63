#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Does to packaging/conan/conanfile.py what `conan create packaging/conan` does to a header-only
recipe, with the stand-in `conan` package in stand_in/ where Conan cannot run: set_version(),
export_sources(), layout(), validate(), package(), package_id(), package_info(), checking each. Then
writes the CMake package CMakeDeps would write for the result into WORK_DIR/generators, for the
test_package project to find.

    rehearse_recipe.py SOURCE_DIR WORK_DIR VERSION   (VERSION: the header's, as the build read it)
"""
import importlib.util
import inspect
import os
import shutil
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree, beside the recipe or the stand-in
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "stand_in"))
from conan import ConanFile  # noqa: E402 (the stand-in, found through the path above)
from conan.errors import ConanInvalidConfiguration  # noqa: E402

# A profile as `conan profile detect` writes one for g++ 12; the recipe must not care which.
SETTINGS = {"os": "Linux", "arch": "x86_64", "compiler": "gcc", "compiler.version": "12",
            "compiler.cppstd": "gnu17", "compiler.libcxx": "libstdc++11", "build_type": "Release"}


def fail(message):
    sys.exit(f"conan rehearsal: {message}")


def load_recipe(path):
    spec = importlib.util.spec_from_file_location("conanfile", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    recipes = [value for value in vars(module).values()
               if inspect.isclass(value) and issubclass(value, ConanFile) and value is not ConanFile]
    if len(recipes) != 1:
        fail(f"{path} defines {len(recipes)} ConanFile classes, not one")
    return recipes[0]


def files_under(folder):
    return {os.path.relpath(os.path.join(root, name), folder).replace(os.sep, "/")
            for root, _, names in os.walk(folder) for name in names}


def write_cmake_deps(conanfile, folder):
    """What CMakeDeps writes for a header-only package, in short: <cmake_file_name>-config.cmake with
    <cmake_target_name> as an INTERFACE IMPORTED target of the package's include folders. Like
    CMakeDeps, it adds no compile features; the test_package asks for C++17 itself."""
    file_name = conanfile.cpp_info.get_property("cmake_file_name")
    target = conanfile.cpp_info.get_property("cmake_target_name")
    includes = ";".join(os.path.join(conanfile.package_folder, folder_name).replace(os.sep, "/")
                        for folder_name in conanfile.cpp_info.includedirs)
    os.makedirs(folder)
    with open(os.path.join(folder, f"{file_name}-config.cmake"), "w", encoding="utf-8") as config:
        config.write(f"# As CMakeDeps writes it for {conanfile.name}/{conanfile.version} (rehearse_recipe.py).\n"
                     f"if(NOT TARGET {target})\n"
                     f"  add_library({target} INTERFACE IMPORTED)\n"
                     f'  set_target_properties({target} PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "{includes}")\n'
                     f"endif()\n")


def main(source_dir, work_dir, header_version):
    recipe_folder = os.path.join(source_dir, "packaging", "conan")
    recipe = load_recipe(os.path.join(recipe_folder, "conanfile.py"))
    shutil.rmtree(work_dir, ignore_errors=True)
    conanfile = recipe(SETTINGS)
    conanfile.recipe_folder = recipe_folder

    # conan export: the name and version, and the sources the recipe takes from the checkout.
    conanfile.set_version()
    if (conanfile.name, conanfile.version) != ("httpstatus", header_version):
        fail(f"the recipe makes {conanfile.name}/{conanfile.version}; the header says httpstatus/{header_version}")
    if conanfile.package_type != "header-library":
        fail(f'package_type is "{conanfile.package_type}", not "header-library"')
    conanfile.export_sources_folder = os.path.join(work_dir, "export_source")
    conanfile.export_sources()

    # The requirements: none by default (the core header needs nothing); with_qt=True brings Qt for
    # httpstatus/qt.hpp, its headers passed on to the user, who includes them through it.
    if getattr(recipe, "requirements", None):
        conanfile.requirements()
    if conanfile.requirements_made:
        fail(f"requirements() asks for {conanfile.requirements_made} by default; the headers need nothing")
    if set(recipe.options.get("with_qt", [])) != {True, False}:
        fail("the recipe has no with_qt option (True, False)")
    with_qt = recipe(SETTINGS, {"with_qt": True})
    with_qt.requirements()
    if len(with_qt.requirements_made) != 1 or not with_qt.requirements_made[0][0].startswith("qt/") \
            or with_qt.requirements_made[0][1].get("transitive_headers") is not True:
        fail(f"with_qt=True asks for {with_qt.requirements_made}, not qt with transitive_headers=True")

    # conan create: with no_copy_source and nothing to build, package() copies from the exported sources.
    conanfile.layout()
    conanfile.source_folder = os.path.join(conanfile.export_sources_folder, conanfile.folders.source)
    conanfile.validate()
    try:
        recipe(dict(SETTINGS, **{"compiler.cppstd": "14"})).validate()
        fail("validate() accepts C++14; the header needs C++17")
    except ConanInvalidConfiguration:
        pass
    conanfile.package_folder = os.path.join(work_dir, "package")
    conanfile.package()

    # The headers the checkout has and the license; no command, no CMake package of our own.
    expected = {f"include/{name}" for name in files_under(os.path.join(source_dir, "include"))} | {"licenses/LICENSE"}
    packaged = files_under(conanfile.package_folder) if os.path.isdir(conanfile.package_folder) else set()
    if expected - packaged:
        fail(f"the package lacks {sorted(expected - packaged)}")
    if packaged - expected:
        fail(f"the package has more than the headers and the license: {sorted(packaged - expected)}")

    # One package for every configuration.
    conanfile.package_id()
    if conanfile.info.settings or conanfile.info.options:
        fail(f"package_id() leaves {conanfile.info.settings} {conanfile.info.options} in the package ID")

    # The names httpstatus's own CMake package and .pc file have, so that users' lines are the same.
    conanfile.package_info()
    if conanfile.cpp_info.bindirs or conanfile.cpp_info.libdirs:
        fail("package_info() must clear bindirs and libdirs: the package has no programs and no libraries")
    for name, value in (("cmake_file_name", "httpstatus"), ("cmake_target_name", "httpstatus::httpstatus"),
                        ("pkg_config_name", "httpstatus")):
        if conanfile.cpp_info.get_property(name) != value:
            fail(f'{name} is {conanfile.cpp_info.get_property(name)!r}, not "{value}"')

    # The test_package's recipe needs Conan's CMake tools to run; here it is only compiled.
    test_recipe = os.path.join(recipe_folder, "test_package", "conanfile.py")
    with open(test_recipe, encoding="utf-8") as text:
        compile(text.read(), test_recipe, "exec")

    write_cmake_deps(conanfile, os.path.join(work_dir, "generators"))
    print(f"conan rehearsal: {conanfile.name}/{conanfile.version} packaged in {conanfile.package_folder}")


if __name__ == "__main__":
    main(*sys.argv[1:])
