#include "loopbackredirectlistener.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace SyncLens {

namespace {
constexpr qint64 kMaxRequest = 16 * 1024; // a redirect's request line and headers
} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onNewConnection);
}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

Result<void> LoopbackRedirectListener::listen(quint16 port)
{
    m_answered = false;
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return makeError(Error::Code::Io,
                         tr("Could not wait for the browser's answer on 127.0.0.1: %1")
                             .arg(m_server->errorString()));
    return {};
}

bool LoopbackRedirectListener::isListening() const
{
    return m_server->isListening();
}

QHostAddress LoopbackRedirectListener::address() const
{
    return m_server->serverAddress();
}

quint16 LoopbackRedirectListener::port() const
{
    return m_server->serverPort();
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    // Entra matches http://localhost whatever the port; the browser reaches
    // 127.0.0.1 under that name.
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("localhost"));
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    return url;
}

void LoopbackRedirectListener::close()
{
    m_server->close();
}

void LoopbackRedirectListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (m_answered) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket *socket)
{
    if (m_answered) {
        socket->abort();
        return;
    }
    // Wait for the whole head (the browser sends no body with a GET).
    const QByteArray head = socket->peek(kMaxRequest + 1);
    if (!head.contains("\r\n\r\n")) {
        if (head.size() > kMaxRequest)
            socket->abort();
        return;
    }
    socket->readAll();
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0) != "GET") {
        reply(socket, QByteArrayLiteral("405 Method Not Allowed"), QString());
        return;
    }
    const QUrl target = QUrl::fromEncoded(requestLine.at(1));
    const QUrlQuery query(target);
    const bool isAnswer = target.path() == u"/" && (query.hasQueryItem(QStringLiteral("code")) ||
                                                    query.hasQueryItem(QStringLiteral("error")));
    if (!isAnswer) {
        reply(socket, QByteArrayLiteral("404 Not Found"), QString());
        return;
    }
    m_answered = true;
    m_server->close();
    reply(socket, QByteArrayLiteral("200 OK"),
          tr("SyncLens received the sign-in answer. You can close this tab and go back to "
             "SyncLens."));
    Q_EMIT answered(query);
}

void LoopbackRedirectListener::reply(QTcpSocket *socket, const QByteArray &status,
                                     const QString &text)
{
    const QByteArray body = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>SyncLens"
                            "</title></head><body><p>" +
                            text.toHtmlEscaped().toUtf8() + "</p></body></html>";
    socket->write("HTTP/1.1 " + status +
                  "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
                  "Connection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace SyncLens
