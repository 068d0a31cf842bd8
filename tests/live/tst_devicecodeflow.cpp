#include "fakeentra.h"
#include "live/devicecodeflow.h"

#include "totext.h"
#include <QSignalSpy>

#include <QTest>

using namespace SyncLens;
using namespace SyncLens::Test;

// Device code sign-in against a fake Entra on 127.0.0.1. One of the
// service's seconds lasts 20 ms here, so that the polling is fast yet its
// pace can be checked.
class TestDeviceCodeFlow : public QObject
{
    Q_OBJECT

private:
    static constexpr int kSecondMs = 20;

    // The times of the polls, in ms since the fake started.
    static QList<qint64> pollTimes(FakeEntra &entra)
    {
        QList<qint64> times;
        for (const FakeHttpRequest &request : entra.http().requests()) {
            if (request.path.endsWith(QStringLiteral("/token")))
                times.append(request.atMs);
        }
        return times;
    }

private Q_SLOTS:
    void pendingThenSlowDownThenSignedIn()
    {
        FakeEntra entra;
        QVERIFY(entra.start());
        entra.deviceInterval = 2;
        entra.deviceAnswers = {QStringLiteral("pending"), QStringLiteral("slow_down"),
                               QStringLiteral("pending")};
        QList<DeviceCodePrompt> shown;
        DeviceCodeFlow flow(entra.settings(),
                            [&](const DeviceCodePrompt &prompt) { shown.append(prompt); });
        flow.setSecondLength(std::chrono::milliseconds(kSecondMs));
        flow.setCredentialStore(CredentialStore(QStringLiteral("SyncLens tests")));
        QSignalSpy finished(&flow, &SignInFlow::finished);
        flow.start();
        QVERIFY(finished.wait(20000));
        SL_VERIFY_OK(flow.result());
        QCOMPARE(flow.result()->accessToken, entra.lastAccessToken);

        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().userCode, QStringLiteral("FAKE-CODE"));
        QCOMPARE(shown.first().verificationUri,
                 QUrl(QStringLiteral("https://microsoft.com/devicelogin")));
        const FakeHttpRequest &ask = entra.http().requests().first();
        QVERIFY(ask.path.endsWith(QStringLiteral("/oauth2/v2.0/devicecode")));
        QCOMPARE(ask.form.value(QStringLiteral("scope")),
                 QStringLiteral("https://contoso.crm.dynamics.com/user_impersonation "
                                "offline_access"));
        // Four polls: pending, slow_down, pending, success; the pace honours
        // `interval` (2 s), and 5 s more after slow_down.
        const QList<qint64> times = pollTimes(entra);
        QCOMPARE(times.size(), 4);
        QVERIFY(times.at(1) - times.at(0) >= 2 * kSecondMs);
        QVERIFY(times.at(2) - times.at(1) >= 7 * kSecondMs);
        QVERIFY(times.at(3) - times.at(2) >= 7 * kSecondMs);
        QCOMPARE(entra.http().requests().at(1).form.value(QStringLiteral("grant_type")),
                 QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    }

    void endsWithASentence_data()
    {
        QTest::addColumn<QStringList>("answers");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("expired") << QStringList{QStringLiteral("pending"),
                                                QStringLiteral("expired")}
                                 << int(Error::Code::Io) << QStringLiteral("expired");
        QTest::newRow("denied") << QStringList{QStringLiteral("denied")}
                                << int(Error::Code::Cancelled) << QStringLiteral("declined");
    }

    void endsWithASentence()
    {
        QFETCH(QStringList, answers);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        FakeEntra entra;
        QVERIFY(entra.start());
        entra.deviceAnswers = answers;
        DeviceCodeFlow flow(entra.settings(), {});
        flow.setSecondLength(std::chrono::milliseconds(kSecondMs));
        QSignalSpy finished(&flow, &SignInFlow::finished);
        flow.start();
        QVERIFY(finished.wait(20000));
        QVERIFY(!flow.result().ok());
        QCOMPARE(int(flow.result().error().code), code);
        QVERIFY2(flow.result().error().message.contains(mentions),
                 qPrintable(flow.result().error().message));
        QCOMPARE(pollTimes(entra).size(), answers.size()); // no poll after the end
    }

    void expiresLocallyWithoutAnAnswer()
    {
        FakeEntra entra;
        QVERIFY(entra.start());
        entra.deviceExpiresIn = 3;
        entra.deviceAnswers = QStringList(10, QStringLiteral("pending"));
        DeviceCodeFlow flow(entra.settings(), {});
        flow.setSecondLength(std::chrono::milliseconds(kSecondMs));
        QSignalSpy finished(&flow, &SignInFlow::finished);
        flow.start();
        QVERIFY(finished.wait(20000));
        QVERIFY(flow.result().error().message.contains(QStringLiteral("expired")));
        QVERIFY(pollTimes(entra).size() <= 3);
    }

    void cancelStopsPolling()
    {
        FakeEntra entra;
        QVERIFY(entra.start());
        entra.deviceAnswers = QStringList(100, QStringLiteral("pending"));
        DeviceCodeFlow flow(entra.settings(), {});
        flow.setSecondLength(std::chrono::milliseconds(kSecondMs));
        QSignalSpy finished(&flow, &SignInFlow::finished);
        flow.start();
        QTRY_VERIFY(pollTimes(entra).size() >= 2);
        flow.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(flow.result().error().code, Error::Code::Cancelled);
        // No poll comes for three intervals but maybe the one already on its way.
        QSignalSpy more(&entra.http(), &LoopbackHttpFake::requested);
        QVERIFY(!QTest::qWaitFor([&] { return more.count() > 1; }, 3 * 5 * kSecondMs));
    }
};

QTEST_GUILESS_MAIN(TestDeviceCodeFlow)
#include "tst_devicecodeflow.moc"
