// SPDX-License-Identifier: MIT
// reference_url of an entry of any table: the address of the RFC section its reference names, in
// constant expressions; this file passes by compiling.
#include <httpstatus/httpstatus.hpp>

#include <string_view>

namespace hs = httpstatus;

namespace {

// An entry of one's own table with this reference.
constexpr hs::status_info entry_with(std::string_view reference) noexcept {
    return {hs::status{499}, "Client Closed Request", "", reference};
}
constexpr std::string_view rfc9110_15_5_5 = "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5";

// The registry's form, the section sign in UTF-8, and the RFCs' own.
static_assert(hs::reference_url(entry_with("RFC 9110 \xC2\xA7"
                                           "15.5.5"))
                  .view() == rfc9110_15_5_5);
static_assert(hs::reference_url(entry_with("RFC 9110, Section 15.5.5")).view() == rfc9110_15_5_5);
static_assert(hs::reference_url(entry_with("RFC 6585 \xC2\xA7"
                                           "4"))
                  .view() == "https://www.rfc-editor.org/rfc/rfc6585.html#section-4");
static_assert(hs::reference_url(entry_with("RFC 1, Section 1")).view() ==
              "https://www.rfc-editor.org/rfc/rfc1.html#section-1");

// The longest reference read: an RFC of five digits and a section of 24 characters, which fits.
static_assert(std::string_view("1.2.3.4.5.6.7.8.9.10.111").size() == 24);
static_assert(hs::reference_url(entry_with("RFC 99999, Section 1.2.3.4.5.6.7.8.9.10.111")).view() ==
              "https://www.rfc-editor.org/rfc/rfc99999.html#section-1.2.3.4.5.6.7.8.9.10.111");
static_assert(hs::reference_url(entry_with("RFC 99999, Section 1.2.3.4.5.6.7.8.9.10.1111")).empty());  // 25
static_assert(hs::reference_url(entry_with("RFC 123456, Section 1")).empty());                         // six digits

// Anything that does not name one RFC section has none, rather than a wrong one.
constexpr bool has_no_address(std::string_view reference) noexcept {
    return hs::reference_url(entry_with(reference)).empty() && hs::reference_url(entry_with(reference)).view().empty();
}
static_assert(has_no_address(""));
static_assert(has_no_address("nginx"));
static_assert(has_no_address("Cloudflare"));
static_assert(has_no_address("RFC"));
static_assert(has_no_address("RFC "));
static_assert(has_no_address("RFC 9110"));  // an RFC, no section
static_assert(has_no_address("RFC 9110 \xC2\xA7"));
static_assert(has_no_address("RFC 9110, Section "));
static_assert(has_no_address("RFC abc \xC2\xA7"
                             "1"));
static_assert(has_no_address("RFC 9110 \xC2\xA7"
                             "15.5.5 and RFC 7231"));  // trailing text
static_assert(has_no_address("RFC 9110 \xC2\xA7"
                             "15.5.5."));
static_assert(has_no_address("RFC 9110 \xC2\xA7"
                             ".15"));
static_assert(has_no_address("RFC 9110 \xC2\xA7"
                             "15..5"));
static_assert(has_no_address("RFC 9110 \xC2\xA7"
                             "A.1"));                       // an appendix: its address is not #section-
static_assert(has_no_address("RFC 9110 \xC2\xA7 15.5.5"));  // a space after the sign
static_assert(has_no_address("RFC 9110 \xA7"
                             "15.5.5"));  // the sign in Latin-1, not UTF-8
static_assert(has_no_address("RFC 9110 section 15.5.5"));
static_assert(has_no_address("rfc 9110 \xC2\xA7"
                             "15.5.5"));
static_assert(has_no_address(" RFC 9110 \xC2\xA7"
                             "15.5.5"));
static_assert(has_no_address("RFC  9110 \xC2\xA7"
                             "15.5.5"));
static_assert(has_no_address("RFC 09110 \xC2\xA7"
                             "15.5.5"));  // the RFC Editor writes no leading zero
static_assert(has_no_address("RFC -1 \xC2\xA7"
                             "1"));
static_assert(has_no_address("RFC 9110 \xC2\xA7"
                             "15.5.5\n"));
static_assert(has_no_address("RFC 9110 \xC2\xA7\xC2\xA7"
                             "15"));

// A registry entry's is the registry's: one rule, read the same way by reference_url(int), whose
// addresses the generator writes with this function. Checked a class at a time, so that each
// expression stays within the constant-evaluation budget MSVC allows (tests/portability).
constexpr bool registry_entries_have_the_registry_address(hs::status_class c) noexcept {
    for (const hs::status_info& e : hs::registry) {
        if (e.class_ != c) continue;
        const hs::url address = hs::reference_url(e);
        if (address.empty() || address.view() != hs::reference_url(e.code)) return false;
    }
    return true;
}
static_assert(registry_entries_have_the_registry_address(hs::status_class::informational));
static_assert(registry_entries_have_the_registry_address(hs::status_class::successful));
static_assert(registry_entries_have_the_registry_address(hs::status_class::redirection));
static_assert(registry_entries_have_the_registry_address(hs::status_class::client_error));
static_assert(registry_entries_have_the_registry_address(hs::status_class::server_error));

// What the type promises: constexpr, noexcept, a value of fixed size.
static_assert(noexcept(hs::reference_url(hs::status_info{})));
static_assert(hs::reference_url(hs::status_info{}).empty());
static_assert(hs::url{}.empty() && hs::url{}.view().empty() && hs::url{}.size() == 0);
static_assert(hs::url::capacity == 77 && sizeof(hs::url) <= 96);  // the longest address, and a size

}  // namespace
