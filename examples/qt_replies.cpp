// SPDX-License-Identifier: MIT
// httpstatus with Qt: a status printed by qDebug(), and a finished reply's error told apart: the
// server's answer, or no answer at all.
#include <httpstatus/qt.hpp>

#include <QtCore/QDebug>
#include <QtCore/QString>
#include <QtNetwork/QNetworkReply>

// snippet-begin
using httpstatus::status;

// The error Qt gives a reply for each code, known before any request is sent (docs/qt.md).
static_assert(httpstatus::to_network_error(status::not_found) == QNetworkReply::ContentNotFoundError);
static_assert(httpstatus::to_network_error(429) == QNetworkReply::UnknownContentError);
static_assert(httpstatus::to_network_error(301) == QNetworkReply::NoError);  // the reply is the redirect
static_assert(httpstatus::from_network_error(QNetworkReply::ContentGoneError) == status::gone);

// Why a finished reply failed, from its error and its HttpStatusCodeAttribute (0 when it has none).
QString failure(QNetworkReply::NetworkError error, int code) {
    if (error == QNetworkReply::NoError) return QStringLiteral("none");
    // An error the code gives came from the server's answer; any other, from the way there.
    if (error != httpstatus::to_network_error(code)) return QStringLiteral("no answer from the server");
    QString text;
    QDebug(&text).nospace() << "the server answered " << static_cast<status>(code);
    return text;
}

int main() {
    qDebug() << status::not_found;         // 404 Not Found
    qDebug() << static_cast<status>(299);  // 299: no name, so none is printed
    qDebug() << httpstatus::reason_phrase_latin1(status::gone) << httpstatus::description_qstring(404).left(32);
    qDebug().noquote() << failure(QNetworkReply::ServiceUnavailableError, 503);
    qDebug().noquote() << failure(QNetworkReply::UnknownContentError, 429);
    qDebug().noquote() << failure(QNetworkReply::ConnectionRefusedError, 0);
    qDebug().noquote() << failure(QNetworkReply::NoError, 200);
}
// snippet-end
