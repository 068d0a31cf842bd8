#include "livefixture.h"
#include "store/orgstore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace SyncLens;

// synclens-cli live import signed in as a person (--auth device-code and
// --auth browser) against the in-process fake Dataverse, whose token
// endpoint also serves device codes. The sign-in is kept in the real
// keychain (a Secret Service must run), as `live login` keeps it.
class TestLiveImportAuthCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::LiveFixture> m_fixture;
    QTemporaryDir m_home;

    QProcess *start(const QString &auth, const QString &out)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SYNCLENS_CLIENT_SECRET"));
        for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            env.insert(QString::fromLatin1(name), m_home.path());
        env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        process->setProcessEnvironment(env);
        const QString url = m_fixture->fake().url().toString();
        process->start(QStringLiteral(SYNCLENS_CLI_PATH),
                       {QStringLiteral("live"), QStringLiteral("import"), QStringLiteral("--url"),
                        url, QStringLiteral("--out"), out, QStringLiteral("--tenant"),
                        m_fixture->fake().tenant, QStringLiteral("--client-id"),
                        m_fixture->fake().clientId, QStringLiteral("--authority"), url,
                        QStringLiteral("--auth"), auth});
        return process;
    }

    // The exit code; -1 when it crashed or hung. The event loop serves the
    // fake meanwhile.
    static int finish(QProcess *process)
    {
        if (process->state() != QProcess::NotRunning &&
            !QSignalSpy(process, &QProcess::finished).wait(60000)) {
            process->kill();
            return -1;
        }
        return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    }

    static int usersIn(const QString &path)
    {
        auto store = OrgStore::open(path, OrgStore::Access::ReadOnly);
        if (!store)
            return -1;
        const auto users = (*store)->users();
        return users ? int(users->size()) : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<Test::LiveFixture>(3, 120, 5000);
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
        // A person signs in through an app registration, named by a GUID.
        m_fixture->fake().clientId = QStringLiteral("0c5b8b9d-5d1f-4a5e-9e3a-7f2a4b6c8d01");
    }

    void deviceCodeThenTheKeptSignIn()
    {
        const QString first = m_fixture->path(QStringLiteral("first.db"));
        QProcess *deviceCode = start(QStringLiteral("device-code"), first);
        const int code = finish(deviceCode);
        const QString err = QString::fromUtf8(deviceCode->readAllStandardError());
        const QString out = QString::fromUtf8(deviceCode->readAllStandardOutput());
        QVERIFY2(code == 0, qPrintable(err));
        // The service's sentence, on stderr alone.
        QVERIFY2(err.contains(QStringLiteral("enter the code FAKE-CODE")), qPrintable(err));
        QVERIFY(!out.contains(QStringLiteral("FAKE-CODE")));
        QCOMPARE(usersIn(first), m_fixture->spec().users);
        {
            auto store = OrgStore::open(first, OrgStore::Access::ReadOnly);
            QVERIFY(store);
            QCOMPARE(*(*store)->metaValue(QStringLiteral("live.auth")),
                     QStringLiteral("device-code"));
        }

        // Next time the refresh token kept in the keychain signs in: no
        // browser is needed, no address is printed.
        const int tokenRequests = m_fixture->fake().tokenRequests();
        const QString second = m_fixture->path(QStringLiteral("second.db"));
        QProcess *browser = start(QStringLiteral("browser"), second);
        const int again = finish(browser);
        const QString err2 = QString::fromUtf8(browser->readAllStandardError());
        QVERIFY2(again == 0, qPrintable(err2));
        QVERIFY(!err2.contains(QStringLiteral("Open this address")));
        QCOMPARE(m_fixture->fake().tokenRequests(), tokenRequests + 1); // one refresh
        QCOMPARE(usersIn(second), m_fixture->spec().users);
    }

    void browserSignInPrintsTheAddressAndTakesTheAnswer()
    {
        // No kept sign-in for this org (its port is new): the browser flow
        // starts, prints where to sign in on stderr, and listens on 127.0.0.1.
        const QString target = m_fixture->path(QStringLiteral("browser.db"));
        QProcess *process = start(QStringLiteral("browser"), target);
        QString err;
        static const QRegularExpression address(QStringLiteral(R"((http\S+/authorize\S*))"));
        QRegularExpressionMatch match;
        QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(process->readAllStandardError()),
                                  (match = address.match(err)).hasMatch()),
                                 30000);
        const QUrl authorize(match.captured(1));
        QVERIFY(authorize.path().endsWith(QStringLiteral("/oauth2/v2.0/authorize")));
        const QUrlQuery query(authorize);
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));
        QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QVERIFY(redirect.port() > 0);
        redirect.setHost(QStringLiteral("127.0.0.1")); // localhost, as the browser reaches it
        // The person declines in the browser: the import ends, refused.
        QUrlQuery answer;
        answer.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
        answer.addQueryItem(QStringLiteral("error_description"),
                            QStringLiteral("AADSTS65004: User declined to consent."));
        answer.addQueryItem(QStringLiteral("state"),
                            query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
        redirect.setQuery(answer);
        QNetworkAccessManager browser;
        QNetworkReply *reply = browser.get(QNetworkRequest(redirect));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        reply->deleteLater();
        const int code = finish(process);
        err += QString::fromUtf8(process->readAllStandardError());
        QVERIFY2(code == 3, qPrintable(err));
        QVERIFY(!QFile::exists(target));
    }
};

QTEST_GUILESS_MAIN(TestLiveImportAuthCli)
#include "tst_liveimportauthcli.moc"
