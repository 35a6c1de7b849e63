// expect: too_many_aliases
// A table row with more aliases than a name_list holds does not compile.
#include <httpstatus/httpstatus.hpp>

constexpr httpstatus::name_list three_names("First;Second;Third");
