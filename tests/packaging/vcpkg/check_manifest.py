#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks packaging/vcpkg/httpstatus/vcpkg.json: strict JSON, the fields vcpkg and its curated registry
read, and the header's version, which the build read from it (the header holds it once; the manifest
has to repeat it).

    check_manifest.py VCPKG_JSON VERSION
"""
import json
import sys


def main(manifest_path, header_version):
    # vcpkg's parser is strict: json refuses comments and trailing commas, and this hook a key given twice.
    def no_duplicates(pairs):
        keys = [key for key, _ in pairs]
        duplicates = {key for key in keys if keys.count(key) > 1}
        if duplicates:
            raise ValueError(f"keys given twice: {sorted(duplicates)}")
        return dict(pairs)

    try:
        manifest = json.load(open(manifest_path, encoding="utf-8"), object_pairs_hook=no_duplicates)
    except ValueError as error:
        sys.exit(f"{manifest_path}: not valid JSON: {error}")

    problems = []
    expected = {"name": "httpstatus", "version": header_version, "license": "MIT"}
    for key, value in expected.items():
        if manifest.get(key) != value:
            problems.append(f'"{key}" is {manifest.get(key)!r}, not {value!r}')
    if not manifest.get("description"):
        problems.append('no "description"')
    # The portfile's helpers come from these two host ports.
    host_ports = {dependency.get("name") for dependency in manifest.get("dependencies", [])
                  if isinstance(dependency, dict) and dependency.get("host") is True}
    for port in ("vcpkg-cmake", "vcpkg-cmake-config"):
        if port not in host_ports:
            problems.append(f'no host dependency on "{port}"')
    tools = manifest.get("features", {}).get("tools", {})
    if not tools.get("description") or "nlohmann-json" not in tools.get("dependencies", []):
        problems.append('feature "tools" needs a description and the "nlohmann-json" dependency')

    # httpstatus[qt] brings qtbase with Qt Network, which httpstatus/qt.hpp includes.
    qt = manifest.get("features", {}).get("qt", {})
    qtbase = [dependency for dependency in qt.get("dependencies", [])
              if isinstance(dependency, dict) and dependency.get("name") == "qtbase"]
    if not qt.get("description") or not qtbase or "network" not in qtbase[0].get("features", []):
        problems.append('feature "qt" needs a description and the "qtbase" dependency with its "network" feature')

    for problem in problems:
        print(f"{manifest_path}: {problem}", file=sys.stderr)
    if problems:
        sys.exit(1)
    print(f"{manifest_path}: httpstatus {expected['version']}, as the header says")


if __name__ == "__main__":
    main(*sys.argv[1:])
