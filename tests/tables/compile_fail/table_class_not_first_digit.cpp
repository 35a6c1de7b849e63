// expect: table_error_class_is_not_the_first_digit(<int>.*reinterpret_cast<const void\*>|)\(461\)
// A constexpr table that breaks a rule does not compile, and the error names the rule and the code:
// here a row that writes its class, and writes it wrong (the class comes from the code's first
// digit).
#include <httpstatus/httpstatus.hpp>

using httpstatus::status;
constexpr httpstatus::table broken{{
    {status{461},
     "Quota Exceeded",
     "",
     "",
     {},
     httpstatus::registration::active,
     false,
     httpstatus::status_class::server_error},
}};
