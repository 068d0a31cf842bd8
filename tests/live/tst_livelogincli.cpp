#include "fakeentra.h"
#include "live/credentialstore.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace SyncLens;
using namespace SyncLens::Test;

// synclens-cli live login against a fake Entra on 127.0.0.1, with its home,
// settings and cache in a temporary folder: afterwards the sign-in is in the
// real keychain (a Secret Service must run) and in no file, output or log.
class TestLiveLoginCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_out;
    QString m_err;

    QProcess *start(const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            env.insert(QString::fromLatin1(name), m_home.path());
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(SYNCLENS_CLI_PATH),
                       QStringList{QStringLiteral("live"), QStringLiteral("login")} + arguments);
        return process;
    }

    int finish(QProcess *process)
    {
        if (process->state() != QProcess::NotRunning &&
            !QSignalSpy(process, &QProcess::finished).wait(60000))
            return -1;
        m_out += QString::fromUtf8(process->readAllStandardOutput());
        m_err += QString::fromUtf8(process->readAllStandardError());
        return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    }

    QStringList fakeArgs(const FakeEntra &entra, const QString &org) const
    {
        return {QStringLiteral("--url"),       org,
                QStringLiteral("--tenant"),    entra.tenant,
                QStringLiteral("--authority"), entra.authority().toString()};
    }

    // Every file under the temporary home, and the outputs (logs included).
    void verifyAbsent(const QStringList &secrets)
    {
        QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            for (const QString &secret : secrets)
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
        for (const QString &secret : secrets) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!m_out.contains(secret), qPrintable(m_out));
            QVERIFY2(!m_err.contains(secret), qPrintable(m_err));
        }
    }

    CredentialStore::Outcome keychain(const std::function<void(CredentialStore::Done)> &call)
    {
        std::optional<CredentialStore::Outcome> outcome;
        call([&](const CredentialStore::Outcome &o) { outcome = o; });
        (void)QTest::qWaitFor([&] { return outcome.has_value(); }, 20000);
        return outcome.value_or(CredentialStore::Outcome{});
    }

    static QString freshOrg()
    {
        return QStringLiteral("https://cli-%1.crm.dynamics.com")
            .arg(QUuid::createUuid().toString(QUuid::Id128));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_home.isValid());
        m_out.clear();
        m_err.clear();
    }

    void deviceCode()
    {
        FakeEntra entra;
        QVERIFY(entra.start());
        entra.deviceAnswers = {QStringLiteral("pending")};
        const QString org = freshOrg();
        QCOMPARE(finish(start(fakeArgs(entra, org) << QStringLiteral("--device-code"))), 0);
        QVERIFY2(m_out.contains(QStringLiteral("FAKE-CODE")), qPrintable(m_out));
        QVERIFY(m_out.contains(QStringLiteral("https://microsoft.com/devicelogin")));
        verifyAbsent(entra.issued);
        const SignInSettings settings = entra.settings(org);
        const CredentialStore store; // the CLI's own keychain service
        const auto saved =
            keychain([&](auto done) { store.read(settings.refreshTokenKey(), this, done); });
        QVERIFY2(saved.ok, qPrintable(saved.errorMessage));
        QCOMPARE(saved.secret, entra.lastRefreshToken);
        keychain([&](auto done) { store.remove(settings.refreshTokenKey(), this, done); });
    }

    void browser()
    {
        FakeEntra entra;
        QVERIFY(entra.start());
        const QString org = freshOrg();
        QProcess *cli = start(fakeArgs(entra, org) << QStringLiteral("--browser"));
        // The person opens the printed address in their browser.
        QString printed;
        QTRY_VERIFY_WITH_TIMEOUT(
            (printed += QString::fromUtf8(cli->readAllStandardOutput())).contains(u'\n') &&
                printed.contains(QStringLiteral("/authorize?")),
            20000);
        m_out = printed;
        const QString url = printed.section(u'\n', 1, 1).trimmed();
        QVERIFY2(url.startsWith(entra.authority().toString()), qPrintable(printed));
        entra.answerInBrowser(QUrl(url));
        QCOMPARE(finish(cli), 0);
        QVERIFY(m_err.contains(QStringLiteral("127.0.0.1")));
        verifyAbsent(entra.issued);
        const CredentialStore store;
        keychain(
            [&](auto done) { store.remove(entra.settings(org).refreshTokenKey(), this, done); });
    }

    void clientSecret()
    {
        FakeEntra entra;
        QVERIFY(entra.start());
        const QString org = freshOrg();
        QProcess *cli = start(fakeArgs(entra, org) << QStringLiteral("--client-secret-stdin"));
        cli->write(entra.clientSecret.toUtf8() + '\n');
        cli->closeWriteChannel();
        QCOMPARE(finish(cli), 0);
        verifyAbsent(entra.issued + QStringList{entra.clientSecret});
        const SignInSettings settings = entra.settings(org);
        const CredentialStore store;
        const auto saved =
            keychain([&](auto done) { store.read(settings.clientSecretKey(), this, done); });
        QVERIFY2(saved.ok, qPrintable(saved.errorMessage));
        QCOMPARE(saved.secret, entra.clientSecret);
        QCOMPARE(settings.clientSecretKey(), CredentialStore::keyFor(org, settings.clientId));
        keychain([&](auto done) { store.remove(settings.clientSecretKey(), this, done); });
    }

    void wrongSecretIsRefused()
    {
        FakeEntra entra;
        QVERIFY(entra.start());
        QProcess *cli =
            start(fakeArgs(entra, freshOrg()) << QStringLiteral("--client-secret-stdin"));
        cli->write("not-the-secret");
        cli->closeWriteChannel();
        QCOMPARE(finish(cli), 3);
        QVERIFY2(m_err.contains(QStringLiteral("client secret")), qPrintable(m_err));
        QVERIFY(!m_err.contains(QStringLiteral("not-the-secret")));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString org = QStringLiteral("https://contoso.crm.dynamics.com");
        QTest::newRow("no method")
            << QStringList{QStringLiteral("--url"), org} << QStringLiteral("--browser");
        QTest::newRow("two methods")
            << QStringList{QStringLiteral("--url"), org, QStringLiteral("--browser"),
                           QStringLiteral("--device-code")}
            << QStringLiteral("one of");
        QTest::newRow("no URL") << QStringList{QStringLiteral("--browser")}
                                << QStringLiteral("--url");
        QTest::newRow("plain http")
            << QStringList{QStringLiteral("--url"), QStringLiteral("http://contoso.example.com"),
                           QStringLiteral("--device-code")}
            << QStringLiteral("https://");
        QTest::newRow("bad tenant")
            << QStringList{QStringLiteral("--url"), org, QStringLiteral("--tenant"),
                           QStringLiteral("a b"), QStringLiteral("--device-code")}
            << QStringLiteral("tenant");
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        QCOMPARE(finish(start(arguments)), 2);
        QVERIFY2(m_err.contains(mentions), qPrintable(m_err));
    }

    void wrongTenantIsRefused()
    {
        FakeEntra entra;
        QVERIFY(entra.start());
        QStringList args = fakeArgs(entra, freshOrg()) << QStringLiteral("--device-code");
        args[3] = QStringLiteral("fabrikam.onmicrosoft.com");
        QCOMPARE(finish(start(args)), 3);
        QVERIFY2(m_err.contains(QStringLiteral("does not exist")), qPrintable(m_err));
    }
};

QTEST_GUILESS_MAIN(TestLiveLoginCli)
#include "tst_livelogincli.moc"
