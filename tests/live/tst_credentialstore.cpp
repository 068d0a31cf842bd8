#include "live/credentialstore.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>
#include <QUuid>

using namespace SyncLens;

// Writes, reads and deletes a secret through the real OS keychain.
class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    CredentialStore::Outcome wait(const std::function<void(CredentialStore::Done)> &call)
    {
        std::optional<CredentialStore::Outcome> outcome;
        call([&](const CredentialStore::Outcome &o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
            return {false, false, {}, QStringLiteral("timed out waiting for the keychain")};
        return *outcome;
    }

private Q_SLOTS:
    void keysAreNamespacedPerOrgAndUser()
    {
        QCOMPARE(CredentialStore::keyFor(QStringLiteral("https://contoso.crm.dynamics.com"),
                                         QStringLiteral("alice@contoso.com")),
                 QStringLiteral("https%3A%2F%2Fcontoso.crm.dynamics.com/alice%40contoso.com"));
        QVERIFY(CredentialStore::keyFor(QStringLiteral("a"), QStringLiteral("b")) !=
                CredentialStore::keyFor(QStringLiteral("a"), QStringLiteral("c")));
    }

    // Pairs that shared a key when the key was org + '/' + user (issue 13), and
    // one that escaping '/' alone, without escaping '%', would make share one.
    void differentPairsNeverShareAKey_data()
    {
        QTest::addColumn<QString>("org1");
        QTest::addColumn<QString>("user1");
        QTest::addColumn<QString>("org2");
        QTest::addColumn<QString>("user2");
        QTest::newRow("slash in the URL's path")
            << QStringLiteral("https://contoso.crm.dynamics.com/x") << QStringLiteral("alice")
            << QStringLiteral("https://contoso.crm.dynamics.com") << QStringLiteral("x/alice");
        QTest::newRow("slash in the user") << QStringLiteral("a") << QStringLiteral("b/c")
                                           << QStringLiteral("a/b") << QStringLiteral("c");
        QTest::newRow("empty user")
            << QStringLiteral("a/") << QString() << QStringLiteral("a") << QStringLiteral("/");
        QTest::newRow("percent sign") << QStringLiteral("a%2F") << QStringLiteral("b")
                                      << QStringLiteral("a") << QStringLiteral("%2Fb");
    }

    void differentPairsNeverShareAKey()
    {
        QFETCH(QString, org1);
        QFETCH(QString, user1);
        QFETCH(QString, org2);
        QFETCH(QString, user2);
        QVERIFY(CredentialStore::keyFor(org1, user1) != CredentialStore::keyFor(org2, user2));
    }

    void writeReadDelete()
    {
        const CredentialStore store(QStringLiteral("SyncLens tests"));
        const QString key =
            CredentialStore::keyFor(QStringLiteral("test-org"), QUuid::createUuid().toString());
        const QString secret =
            QStringLiteral("refresh-token-%1").arg(QUuid::createUuid().toString());

        auto written = wait([&](auto done) { store.write(key, secret, this, done); });
        QVERIFY2(written.ok, qPrintable(written.errorMessage));

        auto read = wait([&](auto done) { store.read(key, this, done); });
        QVERIFY2(read.ok, qPrintable(read.errorMessage));
        QCOMPARE(read.secret, secret);

        auto removed = wait([&](auto done) { store.remove(key, this, done); });
        QVERIFY2(removed.ok, qPrintable(removed.errorMessage));

        auto gone = wait([&](auto done) { store.read(key, this, done); });
        QVERIFY(!gone.ok);
        QVERIFY(gone.notFound);
        QVERIFY(!gone.errorMessage.contains(secret));
    }

    void readingAMissingKeyIsNotFound()
    {
        const CredentialStore store(QStringLiteral("SyncLens tests"));
        auto outcome = wait(
            [&](auto done) { store.read(QStringLiteral("no-such-org/no-such-user"), this, done); });
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.notFound);
    }

    void destroyedContextGetsNoCallback()
    {
        const CredentialStore store(QStringLiteral("SyncLens tests"));
        bool called = false;
        auto *context = new QObject;
        store.read(QStringLiteral("no-such-org/x"), context, [&](const auto &) { called = true; });
        delete context;
        // QtKeychain runs its jobs one after the other: once a later job has
        // answered, the first one is over too, and it did not call back.
        auto later =
            wait([&](auto done) { store.read(QStringLiteral("no-such-org/y"), this, done); });
        QVERIFY(later.notFound);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
