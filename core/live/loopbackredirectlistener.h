#pragma once

#include "model/result.h"

#include <QHostAddress>
#include <QObject>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace SyncLens {

// Waits for the browser's redirect at the end of an authorization-code
// sign-in: listens on 127.0.0.1 alone (never on every interface), takes
// exactly one answer (a GET of the callback path with `code` or `error`),
// answers the browser with a short page and stops listening. Other requests
// (a favicon) get 404; connections after the answer are closed unanswered.
class LoopbackRedirectListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackRedirectListener)

public:
    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    // Starts listening on 127.0.0.1 at a free port (or `port`).
    Result<void> listen(quint16 port = 0);
    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;
    // http://localhost:PORT/ — what the authorization request names (while listening).
    QUrl redirectUri() const;
    void close();

Q_SIGNALS:
    // The first answer's query; emitted once.
    void answered(const QUrlQuery &query);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void reply(QTcpSocket *socket, const QByteArray &status, const QString &text);

    QTcpServer *m_server;
    bool m_answered = false;
};

} // namespace SyncLens
