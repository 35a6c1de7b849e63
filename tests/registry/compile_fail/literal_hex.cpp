// expect: write a _status literal as a plain decimal number
#include <httpstatus/httpstatus.hpp>

using namespace httpstatus::literals;
constexpr auto hexadecimal = 0x194_status;  // 404, but spelled so that nobody can read it
