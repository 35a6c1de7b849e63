#include <httpstatus/httpstatus.hpp>
