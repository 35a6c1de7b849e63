// SPDX-License-Identifier: MIT
// Codes outside the registry, looked up on purpose.
#include <httpstatus/unofficial.hpp>

#include <iostream>

int main() {
    // snippet-begin
    namespace un = httpstatus::unofficial;

    // The core table is the registry: 499 is not in it.
    std::cout << (httpstatus::find(499) == nullptr) << '\n';  // 1

    // The unofficial table says what 499 is, and who sends it.
    const httpstatus::status_info* e = un::find(499);
    std::cout << e->value() << ' ' << e->name << " (" << e->reference << ")\n";  // 499 Client Closed Request (nginx)

    // find_any is the one lookup that falls back: the registry first, then the unofficial table.
    for (int code : {404, 520, 299}) {
        const httpstatus::status_info* any = un::find_any(code);
        std::cout << code << ": " << (any != nullptr ? any->name : "unknown") << '\n';
    }
    // 404: Not Found, 520: Web Server Returned an Unknown Error, 299: unknown

    for (const auto& cloudflare : un::search("52")) std::cout << cloudflare.value() << ' ' << cloudflare.name << '\n';
    // snippet-end
}
