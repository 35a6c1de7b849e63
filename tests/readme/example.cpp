#include <httpstatus/httpstatus.hpp>
#include <iostream>
using namespace httpstatus::literals;

static_assert(httpstatus::reason_phrase(404_status) == "Not Found");  // checked by the compiler

const char* advice(httpstatus::status s) {
    switch (s) {  // a typed enum: -Wswitch knows every code
    case httpstatus::status::too_many_requests: return "slow down";
    case httpstatus::status::service_unavailable: return "retry later";
    default: return httpstatus::is_error(s) ? "give up" : "carry on";
    }
}

int main() {
    const auto s = httpstatus::parse("503 Service Unavailable").value_or(httpstatus::status::ok);
    std::cout << httpstatus::to_int(s) << ' ' << httpstatus::reason_phrase(s) << ": " << advice(s) << '\n';
}
