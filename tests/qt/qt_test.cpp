// SPDX-License-Identifier: MIT
// httpstatus/qt.hpp: QDebug printing, the QString views, and the NetworkError conversions. What a
// QNetworkAccessManager really reports for each code: network_errors.cpp.
#include <QtCore/QObject>  // first: Qt's keyword macros (slots, signals, emit) are defined before the library

#include "catch.hpp"

#include <httpstatus/qt.hpp>

#include <QtCore/QByteArray>
#include <QtCore/QMetaEnum>
#include <QtCore/QString>

#include <string>
#include <vector>

// Catch prints a failed comparison's QString as text.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
template <>
struct StringMaker<QLatin1String> {
    static std::string convert(QLatin1String text) { return StringMaker<QString>::convert(QString(text)); }
};
}  // namespace Catch

namespace hs = httpstatus;
using hs::status;
using Error = QNetworkReply::NetworkError;

namespace {
template <typename T>
QString printed(const T& value) {
    QString out;
    QDebug(&out).nospace() << value;  // a QDebug into a QString keeps the space after the last value
    return out;
}

// Every value QNetworkReply::NetworkError has, as Qt's meta-object lists them.
std::vector<Error> every_network_error() {
    const QMetaEnum errors = QMetaEnum::fromType<Error>();
    std::vector<Error> all;
    all.reserve(std::size_t(errors.keyCount()));
    for (int i = 0; i < errors.keyCount(); ++i) all.push_back(static_cast<Error>(errors.value(i)));
    return all;
}

bool is_ascii(std::string_view text) {
    for (char ch : text)
        if (static_cast<unsigned char>(ch) >= 0x80) return false;
    return true;
}
}  // namespace

TEST_CASE("qDebug prints a status as its code and registered name, as operator<< does") {
    CHECK(printed(status::not_found) == QLatin1String("404 Not Found"));
    CHECK(printed(status::payload_too_large) == QLatin1String("413 Content Too Large"));
    for (const auto& e : hs::all())
        CHECK(printed(e.code) == QString::number(e.value()) + QLatin1Char(' ') + hs::reason_phrase_qstring(e.code));
    // A code without a registered name is its number alone, never a wrong or invented phrase.
    CHECK(printed(static_cast<status>(299)) == QLatin1String("299"));
    CHECK(printed(static_cast<status>(0)) == QLatin1String("0"));
    CHECK(printed(static_cast<status>(65535)) == QLatin1String("65535"));
}

TEST_CASE("qDebug prints a class as its label") {
    CHECK(printed(hs::status_class::client_error) == QLatin1String("Client Error"));
    CHECK(printed(hs::status_class::informational) == QLatin1String("Informational"));
}

TEST_CASE("qDebug's spacing and quoting are as they were around a status") {
    QString out;
    QDebug(&out) << status::ok << QString(QLatin1String("next")) << hs::status_class::server_error << 1;
    CHECK(out == QLatin1String("200 OK \"next\" Server Error 1 "));
    out.clear();
    QDebug(&out).nospace() << status::ok << status::gone;
    CHECK(out == QLatin1String("200 OK410 Gone"));
}

TEST_CASE("reason_phrase_latin1 is a view of the registered name, in a constant expression too") {
    STATIC_REQUIRE(hs::reason_phrase_latin1(404).size() == 9);
    STATIC_REQUIRE(hs::reason_phrase_latin1(status::not_found).data() == hs::reason_phrase(404).data());
    STATIC_REQUIRE(hs::reason_phrase_latin1(299).isEmpty());
    STATIC_REQUIRE(noexcept(hs::reason_phrase_latin1(404)));
    CHECK(hs::reason_phrase_latin1(404) == QLatin1String("Not Found"));
    CHECK(hs::reason_phrase_latin1(-1).isEmpty());
}

TEST_CASE("the registry's names are ASCII, so their Latin-1 views read as their UTF-8 text") {
    for (const auto& e : hs::all()) {
        CAPTURE(e.value());
        CHECK(is_ascii(e.name));
        CHECK(QString(hs::reason_phrase_latin1(e.code)) == QString::fromUtf8(e.name.data(), int(e.name.size())));
        CHECK(hs::reason_phrase_qstring(e.code) == hs::reason_phrase_qstring(e));
        CHECK(hs::reason_phrase_qstring(e.value()) == hs::reason_phrase_qstring(e.code));
    }
    CHECK(hs::reason_phrase_qstring(418) == QLatin1String("(Unused)"));
    CHECK(hs::reason_phrase_qstring(299).isEmpty());
}

TEST_CASE("descriptions are read as UTF-8") {
    for (const auto& e : hs::all()) {
        CAPTURE(e.value());
        const QByteArray bytes(e.description.data(), int(e.description.size()));
        CHECK(hs::description_qstring(e.code).toUtf8() == bytes);
        CHECK(hs::description_qstring(e.value()) == hs::description_qstring(e));
    }
    CHECK(hs::description_qstring(299).isEmpty());
    // A table of one's own may write any UTF-8: "\xC3\xA9" is one character, U+00E9, not the two
    // that a Latin-1 reading makes of it ("\u00C3\u00A9").
    static constexpr hs::table cafe{{
        {status{461}, "Caf\xC3\xA9 Closed", "Le caf\xC3\xA9 est ferm\xC3\xA9."},
    }};
    const QString name = hs::reason_phrase_qstring(cafe[0]);
    CHECK(name.size() == 11);
    CHECK(name == QLatin1String("Caf") + QChar(0x00E9) + QLatin1String(" Closed"));
    const QString description = hs::description_qstring(cafe[0]);
    CHECK(description ==
          QLatin1String("Le caf") + QChar(0x00E9) + QLatin1String(" est ferm") + QChar(0x00E9) + QLatin1Char('.'));
}

TEST_CASE("to_network_error is statusCodeFromHttp() from 400 on, and no error below") {
    STATIC_REQUIRE(hs::to_network_error(404) == QNetworkReply::ContentNotFoundError);
    STATIC_REQUIRE(hs::to_network_error(status::forbidden) == QNetworkReply::ContentAccessDenied);
    STATIC_REQUIRE(noexcept(hs::to_network_error(404)));
    STATIC_REQUIRE(noexcept(hs::to_network_error(status::not_found)));
    // The codes statusCodeFromHttp() names (qtbase, src/network/access/qhttpthreaddelegate.cpp).
    CHECK(hs::to_network_error(400) == QNetworkReply::ProtocolInvalidOperationError);
    CHECK(hs::to_network_error(401) == QNetworkReply::AuthenticationRequiredError);
    CHECK(hs::to_network_error(405) == QNetworkReply::ContentOperationNotPermittedError);
    CHECK(hs::to_network_error(407) == QNetworkReply::ProxyAuthenticationRequiredError);
    CHECK(hs::to_network_error(409) == QNetworkReply::ContentConflictError);
    CHECK(hs::to_network_error(410) == QNetworkReply::ContentGoneError);
    CHECK(hs::to_network_error(418) == QNetworkReply::ProtocolInvalidOperationError);
    CHECK(hs::to_network_error(500) == QNetworkReply::InternalServerError);
    CHECK(hs::to_network_error(501) == QNetworkReply::OperationNotImplementedError);
    CHECK(hs::to_network_error(503) == QNetworkReply::ServiceUnavailableError);
    // Its default: any other 4xx, any other code above 500, whatever the number.
    CHECK(hs::to_network_error(429) == QNetworkReply::UnknownContentError);
    CHECK(hs::to_network_error(499) == QNetworkReply::UnknownContentError);
    CHECK(hs::to_network_error(502) == QNetworkReply::UnknownServerError);
    CHECK(hs::to_network_error(600) == QNetworkReply::UnknownServerError);
    CHECK(hs::to_network_error(99999) == QNetworkReply::UnknownServerError);
    // Below 400 Qt asks no error of the code.
    for (int code : {-1, 0, 100, 101, 103, 200, 204, 299, 301, 304, 308, 399})
        CHECK(hs::to_network_error(code) == QNetworkReply::NoError);
    for (const auto& e : hs::all()) CHECK(hs::to_network_error(e.code) == hs::to_network_error(e.value()));
}

TEST_CASE("from_network_error gives the one code an error stands for, and nothing for the others") {
    STATIC_REQUIRE(hs::from_network_error(QNetworkReply::ContentGoneError) == status::gone);
    STATIC_REQUIRE(!hs::from_network_error(QNetworkReply::NoError));
    STATIC_REQUIRE(noexcept(hs::from_network_error(QNetworkReply::NoError)));
    CHECK(!hs::from_network_error(QNetworkReply::ProtocolInvalidOperationError));  // 400 and 418
    CHECK(!hs::from_network_error(QNetworkReply::UnknownContentError));
    CHECK(!hs::from_network_error(QNetworkReply::UnknownServerError));
    CHECK(!hs::from_network_error(QNetworkReply::ConnectionRefusedError));
    CHECK(!hs::from_network_error(QNetworkReply::TimeoutError));

    // Each error that gives a code is given by that code and by no other: every code 0-999 is tried.
    int errors_with_a_code = 0;
    for (Error error : every_network_error()) {
        CAPTURE(QMetaEnum::fromType<Error>().valueToKey(error));
        const std::optional<status> code = hs::from_network_error(error);
        if (!code) continue;
        ++errors_with_a_code;
        CHECK(hs::is_registered(*code));
        CHECK(hs::to_network_error(*code) == error);
        for (int other = 0; other < 1000; ++other)
            if (other != hs::to_int(*code)) CHECK_FALSE(hs::to_network_error(other) == error);
    }
    CHECK(errors_with_a_code == 10);
    // And the reverse: an error to_network_error gives stands for its code, or for none.
    for (int code = 0; code < 1000; ++code) {
        const std::optional<status> back = hs::from_network_error(hs::to_network_error(code));
        if (back) CHECK(hs::to_int(*back) == code);
    }
}
