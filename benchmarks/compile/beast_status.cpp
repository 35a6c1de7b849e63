// The same with Boost.Beast's status header.
#include <ostream>  // Boost 1.74's string_view.hpp uses std::ostream without including it

#include <boost/beast/http/status.hpp>

boost::beast::string_view phrase(int code) {
    return boost::beast::http::obsolete_reason(static_cast<boost::beast::http::status>(code));
}
