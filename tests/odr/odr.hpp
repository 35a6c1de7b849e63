// SPDX-License-Identifier: MIT
// What each of two translation units reports about the objects the headers define, so that main can
// check they are one object, not one per translation unit (inline variables, the category).
#ifndef HTTPSTATUS_TESTS_ODR_HPP
#define HTTPSTATUS_TESTS_ODR_HPP

#include <httpstatus/error_code.hpp>
#include <httpstatus/format.hpp>
#include <httpstatus/httpstatus.hpp>
#include <httpstatus/ostream.hpp>
#include <httpstatus/unofficial.hpp>

#include <string>

struct seen_from_a_translation_unit {
    const httpstatus::status_info* table;
    const httpstatus::status_info* not_found;
    const httpstatus::status_info* unofficial_table;
    const std::error_category* category;
    std::string printed;
    std::string message;
};

seen_from_a_translation_unit seen_from_first();
seen_from_a_translation_unit seen_from_second();

#endif
