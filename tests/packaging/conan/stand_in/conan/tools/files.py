# SPDX-License-Identifier: MIT
"""conan.tools.files.copy and load, as Conan 2 does them."""
import fnmatch
import os
import shutil

from conan.errors import ConanException


def copy(conanfile, pattern, src, dst, keep_path=True, excludes=None):
    """Copies each file under src whose path from src matches the fnmatch pattern, ignoring case (so
    `*` matches `/` too: "include/*" is the whole tree), to the same path under dst, or to dst itself
    without keep_path. Returns the copied files."""
    if os.path.abspath(src) == os.path.abspath(dst):
        raise ConanException("copy() 'src' and 'dst' arguments must have different values")
    excludes = [excludes] if isinstance(excludes, str) else list(excludes or [])
    copied = []
    for root, _, files in os.walk(src):
        for name in files:
            relative = os.path.relpath(os.path.join(root, name), src)
            if not fnmatch.fnmatch(relative.lower(), pattern.lower()):
                continue
            if any(fnmatch.fnmatch(relative.lower(), exclude.lower()) for exclude in excludes):
                continue
            target = os.path.join(dst, relative if keep_path else name)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copy2(os.path.join(root, name), target)
            copied.append(target)
    return copied


def load(conanfile, path, encoding="utf-8"):
    with open(path, encoding=encoding, newline="") as handle:
        return handle.read()
