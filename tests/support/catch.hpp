// SPDX-License-Identifier: MIT
// One include for Catch2 v2 (Debian's 2.13, a single header) and v3 (split headers, own main).
#ifndef HTTPSTATUS_TESTS_CATCH_HPP
#define HTTPSTATUS_TESTS_CATCH_HPP

#if HTTPSTATUS_CATCH2_MAJOR >= 3
#include <catch2/catch_test_macros.hpp>
#else
#include <catch2/catch.hpp>
#endif

#endif  // HTTPSTATUS_TESTS_CATCH_HPP
