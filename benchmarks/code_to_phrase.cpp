// SPDX-License-Identifier: MIT
// code -> reason phrase: httpstatus against the limit for a lookup that is safe for every int (a
// code-indexed array with one bounds check, checked_array), the same array unchecked (raw_array, a
// reference only: it reads out of bounds for 600 or -1), a hand-written switch, an unordered_map,
// and the peers users would pick instead.
#include "contenders.hpp"
#include "inputs.hpp"
#include "switch_reason.hpp"

#include <httpstatus/httpstatus.hpp>

#include <array>
#include <string_view>
#include <unordered_map>

#if HTTPSTATUS_BENCH_BEAST
#include <ostream>  // Boost 1.74's string_view.hpp uses std::ostream without including it

#include <boost/beast/http/status.hpp>
#endif
#if HTTPSTATUS_BENCH_HTTPLIB
// Debian's cpp-httplib is the compiled flavour: the function lives in libcpp-httplib.so and its
// header does not declare it.
namespace httplib::detail {
const char* status_message(int status);
}
#endif
#if HTTPSTATUS_BENCH_POCO
#include <Poco/Net/HTTPResponse.h>
#endif

namespace bench {
namespace {

// The 600 names by code, shared by raw_array and checked_array.
const std::array<std::string_view, 600>& names_by_code() {
    static const auto table = [] {
        std::array<std::string_view, 600> names{};
        for (const auto& e : httpstatus::all()) names[static_cast<std::size_t>(e.value())] = e.name;
        return names;
    }();
    return table;
}

const std::unordered_map<int, std::string_view>& hash_map() {
    static const auto map = [] {
        std::unordered_map<int, std::string_view> names;
        for (const auto& e : httpstatus::all()) names.emplace(e.value(), e.name);
        return names;
    }();
    return map;
}

void register_mix(const std::string& mix, const std::vector<int>& codes) {
    const std::string prefix = "code_to_phrase/" + mix + "/";
    benchmark::RegisterBenchmark((prefix + "httpstatus").c_str(), [codes](benchmark::State& state) {
        run_each(state, codes, [](int code) { return address_of(httpstatus::reason_phrase(code)); });
    });
    benchmark::RegisterBenchmark((prefix + "checked_array").c_str(), [codes](benchmark::State& state) {
        const auto& table = names_by_code();
        run_each(state, codes, [&table](int code) {
            return address_of(static_cast<unsigned>(code) > 599U ? std::string_view{}
                                                                 : table[static_cast<std::size_t>(code)]);
        });
    });
    benchmark::RegisterBenchmark((prefix + "raw_array").c_str(), [codes](benchmark::State& state) {
        const auto& table = names_by_code();
        run_each(state, codes, [&table](int code) { return address_of(table[static_cast<std::size_t>(code)]); });
    });
    benchmark::RegisterBenchmark((prefix + "switch").c_str(), [codes](benchmark::State& state) {
        run_each(state, codes, [](int code) { return address_of(switch_reason(code)); });
    });
    benchmark::RegisterBenchmark((prefix + "unordered_map").c_str(), [codes](benchmark::State& state) {
        const auto& map = hash_map();
        run_each(state, codes, [&map](int code) {
            const auto it = map.find(code);
            return it == map.end() ? std::uintptr_t{0} : address_of(it->second);
        });
    });
#if HTTPSTATUS_BENCH_BEAST
    benchmark::RegisterBenchmark((prefix + "beast").c_str(), [codes](benchmark::State& state) {
        namespace http = boost::beast::http;
        run_each(state, codes,
                 [](int code) { return address_of(http::obsolete_reason(static_cast<http::status>(code))); });
    });
#endif
#if HTTPSTATUS_BENCH_HTTPLIB
    benchmark::RegisterBenchmark((prefix + "httplib").c_str(), [codes](benchmark::State& state) {
        run_each(state, codes, [](int code) { return address_of(httplib::detail::status_message(code)); });
    });
#endif
#if HTTPSTATUS_BENCH_POCO
    benchmark::RegisterBenchmark((prefix + "poco").c_str(), [codes](benchmark::State& state) {
        using Poco::Net::HTTPResponse;
        run_each(state, codes, [](int code) {
            return address_of(HTTPResponse::getReasonForStatus(static_cast<HTTPResponse::HTTPStatus>(code)));
        });
    });
#endif
}

}  // namespace

void register_code_to_phrase() {
    register_mix("traffic", traffic_codes());
    register_mix("uniform", uniform_codes());
    register_mix("unregistered_10pct", codes_with_unregistered());
}

}  // namespace bench
