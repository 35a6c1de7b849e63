// SPDX-License-Identifier: MIT
#include "odr.hpp"

#include <sstream>

seen_from_a_translation_unit seen_from_second() {
    std::ostringstream out;
    out << httpstatus::status::not_found;
    return {httpstatus::all().begin(),
            httpstatus::find(httpstatus::status::not_found),
            httpstatus::unofficial::all().begin(),
            &httpstatus::http_category(),
            out.str(),
            httpstatus::make_error_code(httpstatus::status::gone).message()};
}
