// SPDX-License-Identifier: MIT
// Catch2 v2 has no Catch2WithMain library; this file is its main. v3 builds do not compile it.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
