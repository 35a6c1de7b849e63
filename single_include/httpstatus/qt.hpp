// Generated from include/httpstatus/qt.hpp and the detail/ headers it includes, by the
// target httpstatus-single-include (cmake/single_include.cmake): do not edit.
// httpstatus: Qt 5.15 and Qt 6: QDebug printing, QString views, and QNetworkReply's errors.
// SPDX-License-Identifier: MIT
//
//   qDebug() << httpstatus::status::not_found;                    // 404 Not Found
//   qDebug() << static_cast<httpstatus::status>(299);             // 299 (never a wrong phrase)
//   httpstatus::reason_phrase_latin1(404)                         // QLatin1String("Not Found"), constexpr
//   httpstatus::description_qstring(404)                          // QString, read as UTF-8
//   httpstatus::to_network_error(404)                             // QNetworkReply::ContentNotFoundError
//   httpstatus::from_network_error(QNetworkReply::ContentGoneError)  // status::gone
//
// Opt-in, and the one header that needs Qt: Qt5::Core and Qt5::Network, or Qt6's (docs/qt.md).
// to_network_error is the error Qt itself gives a reply with that code, read from qtbase's source
// (5.15.8 and 6.4.2 agree), and tests/qt checks it against a QNetworkAccessManager's real replies.
#ifndef HTTPSTATUS_QT_HPP
#define HTTPSTATUS_QT_HPP

// ---- begin include/httpstatus/detail/status_text.hpp
// httpstatus: the text a status prints as, shared by the ostream, fmt and std::format integrations.
// SPDX-License-Identifier: MIT
//
// Not a public header: include httpstatus/ostream.hpp, fmt.hpp or format.hpp instead.
#ifndef HTTPSTATUS_DETAIL_STATUS_TEXT_HPP
#define HTTPSTATUS_DETAIL_STATUS_TEXT_HPP

#include <httpstatus/httpstatus.hpp>

#include <cstddef>
#include <string_view>

namespace httpstatus::detail {

// "404 Not Found", or "299" for a code without a registered name (never a wrong or invented phrase),
// in a buffer on the stack: up to five digits, a space and the longest registered name.
class status_text {
public:
    constexpr explicit status_text(status s) noexcept {
        append_number(static_cast<unsigned>(to_int(s)));
        const std::string_view name = reason_phrase(s);
        if (name.empty()) return;
        append(" ");
        append(name);
    }
    constexpr std::string_view view() const noexcept { return {text_, size_}; }

private:
    constexpr void append(std::string_view part) noexcept {
        for (char ch : part)
            if (size_ < sizeof(text_)) text_[size_++] = ch;
    }
    constexpr void append_number(unsigned value) noexcept {
        char digits[10] = {};
        std::size_t n = 0;
        do {
            digits[n++] = static_cast<char>('0' + value % 10);
            value /= 10;
        } while (value != 0);
        while (n > 0 && size_ < sizeof(text_)) text_[size_++] = digits[--n];
    }

    char text_[48] = {};
    std::size_t size_ = 0;
};

}  // namespace httpstatus::detail

#endif  // HTTPSTATUS_DETAIL_STATUS_TEXT_HPP
// ---- end include/httpstatus/detail/status_text.hpp
#include <httpstatus/httpstatus.hpp>

#include <QtCore/QDebug>
#include <QtCore/QLatin1String>
#include <QtCore/QString>
#include <QtCore/QtGlobal>
#include <QtNetwork/QNetworkReply>

#include <optional>
#include <string_view>

#if QT_VERSION < QT_VERSION_CHECK(5, 15, 0)
#error "httpstatus/qt.hpp needs Qt 5.15 or Qt 6"
#endif

namespace httpstatus {

namespace detail {
// Qt 5 counts a string's size in int, Qt 6 in qsizetype. Every text of a table is far shorter than
// either can hold.
#if QT_VERSION_MAJOR >= 6
using qt_size = qsizetype;
#else
using qt_size = int;
#endif

constexpr QLatin1String qt_latin1(std::string_view text) noexcept {
    // Not `return {...}`: Qt 5's constructor is explicit.
    const QLatin1String view(text.data(), static_cast<qt_size>(text.size()));
    return view;
}
inline QString qt_from_utf8(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qt_size>(text.size()));
}
}  // namespace detail

// The registered name as a view, without a copy: the registry's names are ASCII, which Latin-1
// reads the same (tests/qt checks each). Empty for a code the registry lacks.
constexpr QLatin1String reason_phrase_latin1(int code) noexcept { return detail::qt_latin1(reason_phrase(code)); }
constexpr QLatin1String reason_phrase_latin1(status s) noexcept { return detail::qt_latin1(reason_phrase(s)); }

// The registered name as a QString; empty for a code the registry lacks.
inline QString reason_phrase_qstring(int code) { return {reason_phrase_latin1(code)}; }
inline QString reason_phrase_qstring(status s) { return {reason_phrase_latin1(s)}; }

// The description as a QString, read as UTF-8, which is what a table's text is. There is no Latin-1
// view of it: that would turn each non-ASCII character into two or three wrong ones, and the table
// rules do not hold descriptions to ASCII. Empty for a code the registry lacks.
inline QString description_qstring(int code) { return detail::qt_from_utf8(description(code)); }
inline QString description_qstring(status s) { return detail::qt_from_utf8(description(s)); }

// An entry of any table (one's own, unofficial::codes): its name and description, read as UTF-8.
inline QString reason_phrase_qstring(const status_info& entry) { return detail::qt_from_utf8(entry.name); }
inline QString description_qstring(const status_info& entry) { return detail::qt_from_utf8(entry.description); }

// qDebug() << s prints "404 Not Found", or "299" for a code without a registered name, as operator<<
// on a std::ostream does (ostream.hpp); unquoted, and followed by QDebug's space as any value is.
inline QDebug operator<<(QDebug debug, status s) {
    const QDebugStateSaver saver(debug);
    debug.noquote().nospace() << detail::qt_latin1(detail::status_text(s).view());
    return debug;
}
// qDebug() << status_class::client_error prints "Client Error".
inline QDebug operator<<(QDebug debug, status_class c) {
    const QDebugStateSaver saver(debug);
    debug.noquote().nospace() << detail::qt_latin1(to_string(c));
    return debug;
}

// The QNetworkReply::NetworkError that Qt gives a finished reply whose final response has this
// code, redirects not followed. Qt 5.15 and Qt 6 (checked against 5.15.8 and 6.4.2) do the same:
// - a code below 400 is no error: QHttpThreadDelegate::finishedSlot() (qhttpthreaddelegate.cpp)
//   asks statusCodeFromHttp() only when the code is 400 or more; a 3xx is then the reply itself;
// - 400 and more: statusCodeFromHttp() in qhttpthreaddelegate.cpp, whose switch names 400, 401, 403,
//   404, 405, 407, 409, 410, 418, 500, 501 and 503, and whose default makes any other code above
//   500 UnknownServerError (600 and 999 too: Qt reads any number there), and 400-499
//   UnknownContentError. 401 and 407 reach the same errors through
//   QHttpNetworkConnectionChannel::handleStatus() (qhttpnetworkconnectionchannel.cpp) when no
//   credentials answer the challenge.
// Qt reads a 100 Continue as interim and reports the response after it
// (QHttpProtocolHandler::_q_receiveReply(), qhttpprotocolhandler.cpp); 101, 102 and 103 end the
// reply, with no error. When Qt follows redirects (Qt 6's default policy), a 3xx it follows is not
// reported, and one it cannot follow (no Location, a loop) ends with an error of the following,
// not this one (docs/qt.md).
constexpr QNetworkReply::NetworkError to_network_error(int code) noexcept {
    switch (code) {
    case 400: return QNetworkReply::ProtocolInvalidOperationError;
    case 401: return QNetworkReply::AuthenticationRequiredError;
    case 403: return QNetworkReply::ContentAccessDenied;
    case 404: return QNetworkReply::ContentNotFoundError;
    case 405: return QNetworkReply::ContentOperationNotPermittedError;
    case 407: return QNetworkReply::ProxyAuthenticationRequiredError;
    case 409: return QNetworkReply::ContentConflictError;
    case 410: return QNetworkReply::ContentGoneError;
    case 418: return QNetworkReply::ProtocolInvalidOperationError;
    case 500: return QNetworkReply::InternalServerError;
    case 501: return QNetworkReply::OperationNotImplementedError;
    case 503: return QNetworkReply::ServiceUnavailableError;
    default:
        if (code > 500) return QNetworkReply::UnknownServerError;
        if (code >= 400) return QNetworkReply::UnknownContentError;
        return QNetworkReply::NoError;
    }
}
constexpr QNetworkReply::NetworkError to_network_error(status s) noexcept { return to_network_error(to_int(s)); }

// The one code that an error of Qt's stands for, where it stands for exactly one: the reverse of
// to_network_error. nullopt for NoError (every code below 400), ProtocolInvalidOperationError
// (400 and 418), UnknownContentError and UnknownServerError (the other 4xx and 5xx), and the errors
// that no code gives (connection, TLS, proxy and the others).
constexpr std::optional<status> from_network_error(QNetworkReply::NetworkError error) noexcept {
    switch (error) {
    case QNetworkReply::AuthenticationRequiredError: return status::unauthorized;
    case QNetworkReply::ContentAccessDenied: return status::forbidden;
    case QNetworkReply::ContentNotFoundError: return status::not_found;
    case QNetworkReply::ContentOperationNotPermittedError: return status::method_not_allowed;
    case QNetworkReply::ProxyAuthenticationRequiredError: return status::proxy_authentication_required;
    case QNetworkReply::ContentConflictError: return status::conflict;
    case QNetworkReply::ContentGoneError: return status::gone;
    case QNetworkReply::InternalServerError: return status::internal_server_error;
    case QNetworkReply::OperationNotImplementedError: return status::not_implemented;
    case QNetworkReply::ServiceUnavailableError: return status::service_unavailable;
    default: return std::nullopt;
    }
}

}  // namespace httpstatus

#endif  // HTTPSTATUS_QT_HPP
