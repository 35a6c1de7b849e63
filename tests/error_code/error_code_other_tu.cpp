// SPDX-License-Identifier: MIT
// A second translation unit, to show that every one sees the same category object.
#include <httpstatus/error_code.hpp>

const std::error_category* category_from_another_translation_unit() { return &httpstatus::http_category(); }
