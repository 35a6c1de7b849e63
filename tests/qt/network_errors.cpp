// SPDX-License-Identifier: MIT
// The error Qt's own HTTP client reports for each code is the one to_network_error gives.
//
// A QNetworkAccessManager requests /CODE for every registered code and a few others from servers
// that this program runs on 127.0.0.1 (QTcpServer, in this process: no second program to start and
// stop, and Qt's event loop drives both sides). Each code has a server of its own, on its own
// port, so that no connection Qt keeps open carries two codes' responses. Each answers with the
// status line "HTTP/1.1 CODE Phrase" and what a server sends with it (a Location for a 3xx, the
// challenge for 401 and 407), then closes the connection. Redirects are not followed
// (ManualRedirectPolicy; Qt 6 follows them by default), so that Qt reports a 3xx as it is.
//
// A 1xx is interim: the server sends it, then a final 404. Qt 5.15 and 6.4 skip a 100 and report
// the 404 (QHttpProtocolHandler::_q_receiveReply() in qtbase's qhttpprotocolhandler.cpp); they end
// the reply at 101, 102 and 103, with no error. Either way the error is the one of the code Qt
// reports, and the test says which code that was.
//
// Prints a line per mismatch and "qt_network_errors: N passed, M failed"; exits 1 on any failure.
#include <QtCore/QObject>

#include <httpstatus/qt.hpp>

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QMetaEnum>
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <cstdio>
#include <memory>
#include <vector>

namespace hs = httpstatus;

namespace {

// The final response after an interim 1xx.
constexpr int final_after_interim = 404;

QByteArray status_line(int code) {
    const std::string_view phrase = hs::reason_phrase(code);
    return "HTTP/1.1 " + QByteArray::number(code) + ' ' +
           (phrase.empty() ? QByteArray("Unregistered") : QByteArray(phrase.data(), int(phrase.size()))) + "\r\n";
}

// What the server sends for a request of /CODE.
QByteArray response(int code) {
    if (hs::is_informational(code)) return status_line(code) + "\r\n" + response(final_after_interim);
    QByteArray head = status_line(code);
    if (hs::is_redirection(code)) head += "Location: /200\r\n";
    if (code == 401) head += "WWW-Authenticate: Basic realm=\"test\"\r\n";
    if (code == 407) head += "Proxy-Authenticate: Basic realm=\"test\"\r\n";
    return head + "Content-Length: 0\r\nConnection: close\r\n\r\n";
}

// Answers every request on its port with response(code), then closes the connection.
void serve(QTcpServer& server, int code) {
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, code] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            auto request = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, request, code] {
                *request += socket->readAll();
                if (!request->contains("\r\n\r\n")) return;  // the whole head first
                socket->write(response(code));
                socket->disconnectFromHost();
            });
        }
    });
}

// The code whose error Qt should report for a request of /CODE: the code itself, but for an interim
// code that Qt skips.
int reported_code(int code) { return code == 100 ? final_after_interim : code; }

const char* name_of(QNetworkReply::NetworkError error) {
    const char* name = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error);
    return name != nullptr ? name : "(not a NetworkError)";
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);

    std::vector<int> codes;
    for (const auto& e : hs::all()) codes.push_back(e.value());
    // Unregistered codes in each class, and numbers past 599, which Qt reads as any other.
    for (int code : {299, 399, 499, 599, 600, 999}) codes.push_back(code);

    QNetworkAccessManager manager;
    manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    std::vector<std::unique_ptr<QTcpServer>> servers;
    int finished = 0;
    int passed = 0;
    int failed = 0;
    for (int code : codes) {
        servers.push_back(std::make_unique<QTcpServer>());
        QTcpServer& server = *servers.back();
        if (!server.listen(QHostAddress::LocalHost)) {
            std::printf("%d: cannot listen on 127.0.0.1: %s\n", code, qPrintable(server.errorString()));
            return 1;
        }
        serve(server, code);
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(server.serverPort());
        url.setPath(QLatin1Char('/') + QString::number(code));
        QNetworkReply* reply = manager.get(QNetworkRequest(url));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, code] {
            const int got = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QNetworkReply::NetworkError error = reply->error();
            const int expected_code = reported_code(code);
            const QNetworkReply::NetworkError expected = hs::to_network_error(expected_code);
            if (got == expected_code && error == expected) {
                ++passed;
            } else {
                ++failed;
                std::printf("GET /%d: Qt reported %d and %s; to_network_error(%d) is %s\n", code, got, name_of(error),
                            expected_code, name_of(expected));
            }
            if (hs::is_informational(code))
                std::printf("GET /%d: Qt reported %d %s\n", code, got,
                            got == code ? "(the interim code)" : "(the final code)");
            reply->deleteLater();
            if (++finished == int(codes.size())) QCoreApplication::quit();
        });
    }
    // Bounded: a request that never finishes is a failure, not a hang.
    QTimer::singleShot(30000, &app, [&] {
        std::printf("timed out: %d of %d requests finished\n", finished, int(codes.size()));
        QCoreApplication::exit(1);
    });
    const int status = QCoreApplication::exec();
    failed += int(codes.size()) - finished;
    std::printf("qt_network_errors: %d passed, %d failed\n", passed, failed);
    return status == 0 && failed == 0 ? 0 : 1;
}
