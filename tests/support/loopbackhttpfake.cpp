#include "loopbackhttpfake.h"

#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>

namespace SyncLens::Test {

FakeHttpResponse FakeHttpResponse::json(int status, const QJsonObject &object)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

LoopbackHttpFake::LoopbackHttpFake(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_clock.start();
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        }
    });
}

LoopbackHttpFake::~LoopbackHttpFake() = default;

bool LoopbackHttpFake::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 LoopbackHttpFake::port() const
{
    return m_server->serverPort();
}

QHostAddress LoopbackHttpFake::address() const
{
    return m_server->serverAddress();
}

QUrl LoopbackHttpFake::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

QMap<QString, QString> LoopbackHttpFake::parseForm(const QByteArray &body)
{
    QMap<QString, QString> form;
    for (QByteArray pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        pair.replace('+', ' ');
        const qsizetype eq = pair.indexOf('=');
        form.insert(QUrl::fromPercentEncoding(pair.left(eq)),
                    eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1)));
    }
    return form;
}

void LoopbackHttpFake::onReadyRead(QTcpSocket *socket)
{
    const QByteArray data = socket->peek(socket->bytesAvailable());
    const qsizetype headEnd = data.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    const QByteArray head = data.left(headEnd);
    qsizetype length = 0;
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (data.size() < headEnd + 4 + length)
        return;
    socket->read(headEnd + 4 + length);
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    FakeHttpRequest request;
    request.method = requestLine.value(0);
    const QUrl target = QUrl::fromEncoded(requestLine.value(1));
    request.path = target.path();
    request.query = QUrlQuery(target);
    request.body = data.mid(headEnd + 4, length);
    request.form = parseForm(request.body);
    request.peer = socket->peerAddress();
    request.atMs = m_clock.elapsed();
    m_requests.append(request);
    const FakeHttpResponse response =
        m_handler ? m_handler(request) : FakeHttpResponse{404, QByteArray(), "text/plain"};
    socket->write("HTTP/1.1 " + QByteArray::number(response.status) + " Fake\r\nContent-Type: " +
                  response.contentType + "\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(response.body.size()) + "\r\n\r\n" + response.body);
    socket->disconnectFromHost();
    Q_EMIT requested();
}

} // namespace SyncLens::Test
