#include "livefixture.h"
#include "store/orgstore.h"
#include "totext.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace SyncLens;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

} // namespace

// synclens-cli live import / live refresh / mailboxes / filter list / org
// info against the in-process fake: the event loop keeps serving while the
// program runs (QSignalSpy::wait, never a blocking wait).
class TestLiveCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::LiveFixture> m_fixture;

    Run cli(const QStringList &arguments, const QString &secret = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SYNCLENS_CLIENT_SECRET"));
        if (!secret.isEmpty())
            env.insert(QStringLiteral("SYNCLENS_CLIENT_SECRET"), secret);
        env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(SYNCLENS_CLI_PATH), arguments);
        if (!finished.wait(60000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QStringList importArgs(const QString &out) const
    {
        const QString url = m_fixture->fake().url().toString();
        return {QStringLiteral("live"),        QStringLiteral("import"),
                QStringLiteral("--url"),       url,
                QStringLiteral("--out"),       out,
                QStringLiteral("--tenant"),    m_fixture->fake().tenant,
                QStringLiteral("--client-id"), m_fixture->fake().clientId,
                QStringLiteral("--authority"), url,
                QStringLiteral("--auth"),      QStringLiteral("client-secret"),
                QStringLiteral("--days"),      QStringLiteral("14")};
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<Test::LiveFixture>(4, 400, 5000);
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    }

    void cleanup() { m_fixture.reset(); }

    void importThenReadItBack()
    {
        const QString out = m_fixture->path(QStringLiteral("live.db"));
        const QString secret = m_fixture->fake().clientSecret;
        const Run run = cli(importArgs(out), secret);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("mailboxes")));
        QVERIFY(!run.err.contains(secret) && !run.out.contains(secret));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(secret.toUtf8()));

        const Run info =
            cli({QStringLiteral("org"), QStringLiteral("info"), out, QStringLiteral("--json")});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject infoJson = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QCOMPARE(infoJson.value(QStringLiteral("source")).toString(), QStringLiteral("live"));
        QCOMPARE(infoJson.value(QStringLiteral("url")).toString(),
                 m_fixture->fake().url().toString());

        const Run mailboxes = cli(
            {QStringLiteral("mailboxes"), QStringLiteral("--org"), out, QStringLiteral("--json")});
        QCOMPARE(mailboxes.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(mailboxes.out.toUtf8()).array();
        QCOMPARE(list.size(), 5); // four users' and the queue's
        for (const QJsonValue &m : list) {
            const QJsonObject o = m.toObject();
            QVERIFY(QStringList({QStringLiteral("NotRun"), QStringLiteral("Success"),
                                 QStringLiteral("Failure")})
                        .contains(o.value(QStringLiteral("incoming")).toString()));
            QVERIFY(QStringList({QStringLiteral("Empty"), QStringLiteral("Approved"),
                                 QStringLiteral("PendingApproval"), QStringLiteral("Rejected")})
                        .contains(o.value(QStringLiteral("approval")).toString()));
            QVERIFY(o.value(QStringLiteral("alerts")).isArray());
            QVERIFY(o.contains(QStringLiteral("lastSuccessfulSync")));
        }

        auto sandbox = OrgStore::open(m_fixture->sandboxPath(), OrgStore::Access::ReadOnly);
        SL_VERIFY_OK(sandbox);
        const auto filters = *(*sandbox)->filters();
        const Run listed = cli({QStringLiteral("filter"), QStringLiteral("list"),
                                QStringLiteral("--org"), out, QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray filterJson = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(filterJson.size(), filters.size());
        for (const QJsonValue &f : filterJson) {
            QCOMPARE(f.toObject().value(QStringLiteral("kind")).toString(),
                     QStringLiteral("outlook"));
            QVERIFY(!f.toObject().value(QStringLiteral("sentence")).toString().isEmpty());
        }
        const User first = (*sandbox)->users()->first();
        const Run mine =
            cli({QStringLiteral("filter"), QStringLiteral("list"), QStringLiteral("--org"), out,
                 QStringLiteral("--user"), first.email, QStringLiteral("--json")});
        QCOMPARE(mine.exitCode, 0);
        for (const QJsonValue &f : QJsonDocument::fromJson(mine.out.toUtf8()).array())
            QCOMPARE(f.toObject().value(QStringLiteral("ownerAddress")).toString(), first.email);

        // A contact deleted in the org since: the refresh drops it.
        const QString deleted = m_fixture->fake()
                                    .data()
                                    .entitySet(QStringLiteral("contacts"))
                                    ->rows.at(3)
                                    .value(QStringLiteral("contactid"))
                                    .toString();
        QVERIFY(m_fixture->fake().deleteRow(QStringLiteral("contacts"), deleted));
        const Run refreshed =
            cli({QStringLiteral("live"), QStringLiteral("refresh"), QStringLiteral("--org"), out},
                secret);
        QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.err));
        QVERIFY2(refreshed.err.contains(QStringLiteral("kept from the last read")),
                 qPrintable(refreshed.err)); // it read what changed, not everything
        QVERIFY2(refreshed.err.contains(QStringLiteral("1 records deleted in the org")),
                 qPrintable(refreshed.err));
        auto after = OrgStore::open(out, OrgStore::Access::ReadOnly);
        QVERIFY(after);
        QVERIFY(!(*after)->crmRecord(deleted)->has_value());
    }

    void aChannelFailingAloneShowsPerChannel()
    {
        // The sandbox's first mailbox: appointments fail (disabled alone), email works.
        QString id;
        m_fixture = std::make_unique<Test::LiveFixture>(
            2, 60, 5000, [&id](OrgStore &sandbox) -> Result<void> {
                Mailbox m = sandbox.mailboxes()->first();
                id = m.id;
                m.enabled = true;
                m.consecutiveFailures = 0;
                m.incomingStatus = m.outgoingStatus = ChannelStatus::Success;
                m.actStatus = ChannelStatus::Failure;
                m.health(MailboxChannel::Act).disabled = true;
                return sandbox.upsertMailbox(m);
            });
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
        const QString out = m_fixture->path(QStringLiteral("live.db"));
        const Run run = cli(importArgs(out), m_fixture->fake().clientSecret);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Run mailboxes = cli(
            {QStringLiteral("mailboxes"), QStringLiteral("--org"), out, QStringLiteral("--json")});
        QCOMPARE(mailboxes.exitCode, 0);
        QJsonObject mine;
        for (const QJsonValue &m : QJsonDocument::fromJson(mailboxes.out.toUtf8()).array()) {
            if (m.toObject().value(QStringLiteral("id")).toString() == id)
                mine = m.toObject();
        }
        QCOMPARE(mine.value(QStringLiteral("act")).toString(), QStringLiteral("Failure"));
        QCOMPARE(mine.value(QStringLiteral("incoming")).toString(), QStringLiteral("Success"));
        QCOMPARE(mine.value(QStringLiteral("outgoing")).toString(), QStringLiteral("Success"));
        QCOMPARE(mine.value(QStringLiteral("actEnabled")).toBool(true), false);
        QCOMPARE(mine.value(QStringLiteral("incomingEnabled")).toBool(false), true);
    }

    void sandboxFilesWorkToo()
    {
        const QString path = m_fixture->sandboxPath();
        QCOMPARE(cli({QStringLiteral("mailboxes"), QStringLiteral("--org"), path}).exitCode, 0);
        QCOMPARE(
            cli({QStringLiteral("filter"), QStringLiteral("list"), QStringLiteral("--org"), path})
                .exitCode,
            0);
        const Run info =
            cli({QStringLiteral("org"), QStringLiteral("info"), path, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(info.out.toUtf8())
                     .object()
                     .value(QStringLiteral("source"))
                     .toString(),
                 QStringLiteral("sandbox"));
        const Run refresh =
            cli({QStringLiteral("live"), QStringLiteral("refresh"), QStringLiteral("--org"), path});
        QCOMPARE(refresh.exitCode, 2);
        QVERIFY(refresh.err.contains(QStringLiteral("not a live org")));
    }

    void refusalsAndBadInput_data()
    {
        QTest::addColumn<QStringList>("change"); // option, value
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong secret")
            << QStringList{} << QStringLiteral("nope") << 3 << QStringLiteral("secret");
        QTest::newRow("browser with a client id that is no app's")
            << QStringList{QStringLiteral("--auth"), QStringLiteral("browser"),
                           QStringLiteral("--client-id"), QStringLiteral("fake-client")}
            << QStringLiteral("x") << 2 << QStringLiteral("is not a client id");
        QTest::newRow("plain http elsewhere")
            << QStringList{QStringLiteral("--url"),
                           QStringLiteral("http://contoso.crm.dynamics.com")}
            << QStringLiteral("x") << 2 << QStringLiteral("http://");
        QTest::newRow("no tenant") << QStringList{QStringLiteral("--tenant"), QString()}
                                   << QStringLiteral("x") << 2 << QStringLiteral("--tenant");
        QTest::newRow("no secret anywhere")
            << QStringList{QStringLiteral("--client-id"), QStringLiteral("unknown-app")}
            << QString() << 2 << QStringLiteral("SYNCLENS_CLIENT_SECRET");
    }

    void refusalsAndBadInput()
    {
        QFETCH(QStringList, change);
        QFETCH(QString, secret);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString out = m_fixture->path(QStringLiteral("live.db"));
        QVERIFY2(cli(importArgs(out), m_fixture->fake().clientSecret).exitCode == 0,
                 "first import");
        const QByteArray before = hashOf(out);
        QStringList args = importArgs(out);
        for (int i = 0; i + 1 < change.size(); i += 2) // option, new value
            args[args.indexOf(change.at(i)) + 1] = change.at(i + 1);
        const Run run = cli(args, secret);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(hashOf(out), before);
    }
};

QTEST_GUILESS_MAIN(TestLiveCli)
#include "tst_livecli.moc"
