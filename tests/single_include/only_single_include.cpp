// SPDX-License-Identifier: MIT
// Built into every target of tests/single_include/, with their include path: it fails to compile when
// a detail/ header can be found there. single_include/ has no detail/ folder, so one that is found
// comes from include/ (or an installed copy), which would then be what the tests test.
#if __has_include(<httpstatus/detail/registry.hpp>)
#error "a detail/ header is on the include path: these tests must see single_include/ alone"
#endif
