#include "live/loopbackredirectlistener.h"

#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace SyncLens;

// The loopback redirect listener: 127.0.0.1 alone, one answer, then closed.
class TestLoopbackRedirectListener : public QObject
{
    Q_OBJECT

private:
    // Connects (unless connected), sends `raw` and returns the whole answer,
    // spinning the event loop meanwhile (the listener runs on this thread).
    static QByteArray exchange(QTcpSocket &socket, quint16 port, const QByteArray &raw)
    {
        if (socket.state() != QAbstractSocket::ConnectedState) {
            socket.connectToHost(QHostAddress::LocalHost, port);
            if (!QTest::qWaitFor(
                    [&] {
                        return socket.state() == QAbstractSocket::ConnectedState ||
                               socket.state() == QAbstractSocket::UnconnectedState;
                    },
                    5000) ||
                socket.state() != QAbstractSocket::ConnectedState)
                return {};
        }
        QByteArray answer;
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                         [&] { answer += socket.readAll(); });
        socket.write(raw);
        (void)QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; },
                              5000);
        return answer + socket.readAll();
    }

    static QByteArray get(quint16 port, const QByteArray &target, QTcpSocket *socket = nullptr)
    {
        QTcpSocket own;
        return exchange(socket ? *socket : own, port,
                        "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
    }

private Q_SLOTS:
    void listensOnLoopbackAlone()
    {
        LoopbackRedirectListener listener;
        QVERIFY(listener.listen().ok());
        QCOMPARE(listener.address(), QHostAddress(QHostAddress::LocalHost));
        QVERIFY(listener.port() != 0);
        QCOMPARE(listener.redirectUri(),
                 QUrl(QStringLiteral("http://localhost:%1/").arg(listener.port())));
        // From another address of this machine, nobody answers.
        QHostAddress other;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
                other = address;
        }
        if (other.isNull())
            QSKIP("this machine has no non-loopback IPv4 address");
        QTcpSocket socket;
        socket.connectToHost(other, listener.port());
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
    }

    void takesOneAnswerAndCloses()
    {
        LoopbackRedirectListener listener;
        QVERIFY(listener.listen().ok());
        QSignalSpy answered(&listener, &LoopbackRedirectListener::answered);
        QTcpSocket early; // connected before the answer, sends after it
        early.connectToHost(QHostAddress::LocalHost, listener.port());
        QTRY_COMPARE(early.state(), QAbstractSocket::ConnectedState);

        const QByteArray page = get(listener.port(), "/?code=abc%2Bd&state=xyz");
        QVERIFY2(page.startsWith("HTTP/1.1 200"), page.constData());
        QVERIFY(page.contains("close this tab"));
        QCOMPARE(answered.count(), 1);
        const auto query = answered.first().first().value<QUrlQuery>();
        QCOMPARE(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
                 QStringLiteral("abc+d"));
        QVERIFY(!listener.isListening());

        // A second answer is ignored: on the early connection, and on a new one.
        QVERIFY(!get(listener.port(), "/?code=evil&state=xyz", &early).contains("200"));
        QTcpSocket late;
        QVERIFY(get(listener.port(), "/?code=evil&state=xyz", &late).isEmpty());
        QCOMPARE(late.error(), QAbstractSocket::ConnectionRefusedError);
        QCOMPARE(answered.count(), 1);
    }

    void otherRequestsAreNotTheAnswer_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("favicon") << QByteArray("GET /favicon.ico HTTP/1.1\r\n\r\n")
                                 << QByteArray("404");
        QTest::newRow("no code") << QByteArray("GET /?x=1 HTTP/1.1\r\n\r\n") << QByteArray("404");
        QTest::newRow("other path")
            << QByteArray("GET /a?code=1 HTTP/1.1\r\n\r\n") << QByteArray("404");
        QTest::newRow("POST") << QByteArray("POST /?code=1 HTTP/1.1\r\n\r\n") << QByteArray("405");
    }

    void otherRequestsAreNotTheAnswer()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        LoopbackRedirectListener listener;
        QVERIFY(listener.listen().ok());
        QSignalSpy answered(&listener, &LoopbackRedirectListener::answered);
        QTcpSocket socket;
        const QByteArray answer = exchange(socket, listener.port(), request);
        QVERIFY2(answer.startsWith("HTTP/1.1 " + status), answer.constData());
        QCOMPARE(answered.count(), 0);
        QVERIFY(listener.isListening());
        QVERIFY(get(listener.port(), "/?error=access_denied&state=s").startsWith("HTTP/1.1 200"));
        QCOMPARE(answered.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLoopbackRedirectListener)
#include "tst_loopbackredirectlistener.moc"
