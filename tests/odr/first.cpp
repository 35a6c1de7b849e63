// SPDX-License-Identifier: MIT
#include "odr.hpp"

#include <sstream>

seen_from_a_translation_unit seen_from_first() {
    std::ostringstream out;
    out << httpstatus::status::not_found;
    return {httpstatus::all().begin(),
            httpstatus::find(404),
            httpstatus::unofficial::all().begin(),
            &httpstatus::http_category(),
            out.str(),
            std::error_code(httpstatus::status::gone).message()};
}
