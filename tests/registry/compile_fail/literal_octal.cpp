// expect: write a _status literal as a plain decimal number
#include <httpstatus/httpstatus.hpp>

using namespace httpstatus::literals;
constexpr auto octal = 0404_status;  // C++ reads 0404 as octal 260: refused rather than misread
