#include "livefixture.h"
#include "store/orgstore.h"
#include "totext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace SyncLens;

// synclens-cli live check-filters against the in-process fake (the event
// loop keeps serving while the program runs): agreement, one user, the
// check-differ fault per record, and the exit statuses of bad input and of a
// refused sign-in.
class TestLiveCheckCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::LiveFixture> m_live;
    QString m_file;
    QString m_user;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &arguments, const QString &secret)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SYNCLENS_CLIENT_SECRET"), secret);
        env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(SYNCLENS_CLI_PATH), arguments);
        if (!finished.wait(120000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_live = std::make_unique<Test::LiveFixture>(20, 3000, 1000);
        QVERIFY2(m_live->ok(), qPrintable(m_live->error()));
        m_file = m_live->path(QStringLiteral("live.db"));
        SL_VERIFY_OK(m_live->import(m_file));
        // The import read the sandbox's teams, so eq-useroruserteams has the
        // same teams on both sides.
        auto live = OrgStore::open(m_file, OrgStore::Access::ReadOnly);
        SL_VERIFY_OK(live);
        QVERIFY(!(*live)->teams()->isEmpty());
        m_user = (*live)->users()->at(4).id;
    }

    void init() { m_live->fake().faults().checkDiffer = false; }

    void checkFilters_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("differ");
        QTest::addColumn<bool>("rightSecret");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("every filter agrees") << QStringList{} << false << true << 0;
        QTest::newRow("one user") << QStringList{QStringLiteral("--user"), QStringLiteral("USER")}
                                  << false << true << 0;
        QTest::newRow("a different server") << QStringList{} << true << true << 1;
        QTest::newRow("an unknown user")
            << QStringList{QStringLiteral("--user"), QStringLiteral("nobody")} << false << true
            << 2;
        QTest::newRow("a refused sign-in") << QStringList{} << false << false << 3;
    }

    void checkFilters()
    {
        QFETCH(QStringList, options);
        QFETCH(bool, differ);
        QFETCH(bool, rightSecret);
        QFETCH(int, exitCode);
        options.replaceInStrings(QStringLiteral("USER"), m_user);
        m_live->fake().faults().checkDiffer = differ;
        const QStringList args =
            QStringList{QStringLiteral("live"), QStringLiteral("check-filters"),
                        QStringLiteral("--org"), m_file, QStringLiteral("--json")} +
            options;
        const Run run =
            cli(args, rightSecret ? m_live->fake().clientSecret : QStringLiteral("wrong"));
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.err + run.out.left(2000)));
        if (exitCode > 1) {
            QVERIFY(!run.err.isEmpty());
            return;
        }
        const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray filters = doc.value(QStringLiteral("filters")).toArray();
        QVERIFY(!filters.isEmpty());
        QCOMPARE(doc.value(QStringLiteral("filtersChecked")).toInt(), filters.size());
        int differing = 0;
        for (const QJsonValue &v : filters) {
            const QJsonObject f = v.toObject();
            if (options.contains(QStringLiteral("--user")))
                QCOMPARE(f.value(QStringLiteral("user")).toString(), m_user);
            const QJsonArray differences = f.value(QStringLiteral("differences")).toArray();
            if (!differ) {
                QVERIFY(differences.isEmpty());
                continue;
            }
            if (f.value(QStringLiteral("syncLens")).toInt() == 0)
                continue;
            ++differing;
            QCOMPARE(differences.size(), 1);
            const QJsonObject d = differences.first().toObject();
            QVERIFY(d.value(QStringLiteral("inSyncLens")).toBool());
            QVERIFY(!d.value(QStringLiteral("inDataverse")).toBool());
        }
        QCOMPARE(doc.value(QStringLiteral("filtersDiffering")).toInt(), differing);
        if (!differ)
            QCOMPARE(doc.value(QStringLiteral("agreed")).toInt(),
                     doc.value(QStringLiteral("total")).toInt());
        qInfo("%d filters, %d of %d records agree, %d requests, %d ms", int(filters.size()),
              doc.value(QStringLiteral("agreed")).toInt(),
              doc.value(QStringLiteral("total")).toInt(),
              doc.value(QStringLiteral("requests")).toInt(),
              doc.value(QStringLiteral("elapsedMs")).toInt());
    }

    void textOutputSaysTheAgreement()
    {
        const Run run = cli({QStringLiteral("live"), QStringLiteral("check-filters"),
                             QStringLiteral("--org"), m_file},
                            m_live->fake().clientSecret);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("Dataverse agrees: ")));
        QVERIFY(run.out.contains(QLatin1String("Dataverse agrees on ")));
    }

    void aSandboxIsNotALiveOrg()
    {
        const Run run = cli({QStringLiteral("live"), QStringLiteral("check-filters"),
                             QStringLiteral("--org"), m_live->sandboxPath()},
                            m_live->fake().clientSecret);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("not a live org")));
    }
};

QTEST_GUILESS_MAIN(TestLiveCheckCli)
#include "tst_livecheckcli.moc"
