#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 alone for the sign-in tests (STYLE.md,
// habit 11): each request is recorded and answered by a handler the test
// gives. One request per connection, bodies by Content-Length.
#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace SyncLens::Test {

struct FakeHttpRequest
{
    QByteArray method;
    QString path; // decoded
    QUrlQuery query;
    QByteArray body;
    QMap<QString, QString> form; // the body as a decoded form
    QHostAddress peer;
    qint64 atMs = 0; // since the fake started
};

struct FakeHttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");

    static FakeHttpResponse json(int status, const QJsonObject &object);
};

class LoopbackHttpFake final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<FakeHttpResponse(const FakeHttpRequest &)>;

    explicit LoopbackHttpFake(QObject *parent = nullptr);
    ~LoopbackHttpFake() override;

    bool listen(); // 127.0.0.1, a free port
    quint16 port() const;
    QHostAddress address() const;
    QUrl url() const; // http://127.0.0.1:PORT
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<FakeHttpRequest> &requests() const { return m_requests; }

    static QMap<QString, QString> parseForm(const QByteArray &body);

Q_SIGNALS:
    void requested();

private:
    void onReadyRead(QTcpSocket *socket);

    QTcpServer *m_server;
    Handler m_handler;
    QList<FakeHttpRequest> m_requests;
    QElapsedTimer m_clock;
};

} // namespace SyncLens::Test
