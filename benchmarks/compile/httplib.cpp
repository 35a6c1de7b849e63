// The same with cpp-httplib's header.
#include <httplib.h>

int status_of(const httplib::Response& response) { return response.status; }
