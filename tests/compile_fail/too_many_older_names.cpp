// expect: too_many_older_names
// A table row with more older names than a name_list holds does not compile.
#include <httpstatus/httpstatus.hpp>

constexpr httpstatus::name_list three_names("First;Second;Third");
