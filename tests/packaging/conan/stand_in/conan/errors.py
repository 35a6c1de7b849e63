# SPDX-License-Identifier: MIT
"""Conan's errors, as the stand-in tools raise them."""


class ConanException(Exception):
    pass


class ConanInvalidConfiguration(ConanException):
    pass
