#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace SyncLens::Test;

// sync, explain, why, journal and scenario run as a user runs them.
class TestSyncCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_org;

    static QString arg(const char *text) { return QString::fromUtf8(text); }

    QString scenarioDir() const
    {
        return qEnvironmentVariable("SYNCLENS_SOURCE_DIR") + QStringLiteral("/resources/scenarios");
    }

    // The id of the newest journal entry with this code.
    QString itemWith(const QString &code)
    {
        const CliRun run = runCli({arg("journal"), arg("--org"), m_org, arg("--code"), code,
                                   arg("--limit"), arg("1"), arg("--json")});
        const QJsonArray entries =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(arg("entries")).toArray();
        return entries.isEmpty() ? QString()
                                 : entries.first().toObject().value(arg("item")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_org = m_dir.filePath(arg("org.db"));
        const CliRun made =
            runCli({arg("sandbox"), arg("create"), arg("--users"), arg("5"), arg("--items"),
                    arg("3000"), arg("--seed"), arg("3"), arg("--out"), m_org});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    }

    void syncRunsCyclesOnTheOrgsClock()
    {
        CliRun run = runCli({arg("sync"), arg("--org"), m_org});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(arg("1 cycle to 2026-")), qPrintable(run.out));
        run = runCli({arg("sync"), arg("--org"), m_org, arg("--cycles"), arg("3"), arg("--step"),
                      arg("60")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(arg("3 cycles to")), qPrintable(run.out));
        QVERIFY2(run.out.contains(arg(": 0 decisions")), qPrintable(run.out)); // idle
    }

    void syncBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no org") << QStringList{arg("sync")} << arg("--org FILE is needed");
        QTest::newRow("both") << QStringList{arg("sync"),
                                             arg("--org"),
                                             arg("x.db"),
                                             arg("--until"),
                                             arg("2026-03-02T10:00:00Z"),
                                             arg("--cycles"),
                                             arg("2")}
                              << arg("not both");
        QTest::newRow("bad time") << QStringList{arg("sync"), arg("--org"), arg("x.db"),
                                                 arg("--until"), arg("tomorrow")}
                                  << arg("not an ISO 8601 time");
        QTest::newRow("zero cycles")
            << QStringList{arg("sync"), arg("--org"), arg("x.db"), arg("--cycles"), arg("0")}
            << arg("at least 1");
        QTest::newRow("missing org")
            << QStringList{arg("sync"), arg("--org"), arg("/nonexistent.db")}
            << arg("no such file");
    }

    void syncBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void untilCannotGoBack()
    {
        const CliRun run =
            runCli({arg("sync"), arg("--org"), m_org, arg("--until"), arg("2020-01-01T00:00:00Z")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(arg("before the org's clock")), qPrintable(run.err));
    }

    void explainTellsAnItemsStory()
    {
        const QString item = itemWith(arg("NOT_IN_SCOPE"));
        QVERIFY(!item.isEmpty());
        CliRun run = runCli({arg("explain"), arg("--org"), m_org, arg("--item"), item});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(arg("NOT_IN_SCOPE")), qPrintable(run.out));
        QVERIFY2(run.out.contains(arg("Not copied to")), qPrintable(run.out));
        QVERIFY2(run.out.contains(arg("What would change it:")), qPrintable(run.out));
        run = runCli({arg("explain"), arg("--org"), m_org, arg("--item"), item, arg("--json")});
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(o.value(arg("item")).toString(), item);
        QVERIFY(!o.value(arg("decisions")).toArray().isEmpty());
        run = runCli({arg("explain"), arg("--org"), m_org, arg("--item"), arg("no-such-item")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(arg("no-such-item")));
    }

    void whyFindsItemsAndNamesCauses()
    {
        const QString item = itemWith(arg("IN_NOT_TRACKED"));
        QVERIFY(!item.isEmpty());
        CliRun run = runCli({arg("why"), arg("--org"), m_org, item});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(arg("Missing from CRM")), qPrintable(run.out));
        QVERIFY2(run.out.contains(arg("Track it in Outlook")), qPrintable(run.out));
        run = runCli({arg("why"), arg("--org"), m_org, arg("zzz no such thing zzz")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(arg("Nothing found")));
        QCOMPARE(runCli({arg("why"), arg("--org"), m_org}).exitCode, 2);
    }

    void journalFiltersByCodeAndMailbox()
    {
        CliRun run = runCli({arg("journal"), arg("--org"), m_org, arg("--code"), arg("OUT_CREATE"),
                             arg("--limit"), arg("5")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        for (const QString &line : lines)
            QVERIFY(line.endsWith(arg("OUT_CREATE")));
        run = runCli({arg("journal"), arg("--org"), m_org, arg("--code"), arg("NOPE")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(arg("unknown reason code")));
    }

    void scenarioRunPassesTheGallery()
    {
        const QStringList files =
            QDir(scenarioDir()).entryList({arg("*.json")}, QDir::Files, QDir::Name);
        QStringList paths;
        for (const QString &f : files)
            paths.append(scenarioDir() + u'/' + f);
        const CliRun run = runCli(QStringList{arg("scenario"), arg("run")} + paths);
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.last().endsWith(arg(" passed, 0 failed")));
        QVERIFY(lines.first().startsWith(arg("PASS ")));
    }

    void scenarioRunReportsFailuresAndInvalidFiles()
    {
        // A check that cannot hold: exit 1 and a FAIL line with the story.
        QFile source(scenarioDir() + arg("/02-tracking-token.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray text = source.readAll();
        text.replace("\"reason\": \"NOT_TRACKED_NO_SIGNAL\"", "\"reason\": \"TOKEN\"");
        const QString failing = m_dir.filePath(arg("failing.json"));
        QFile out(failing);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();
        CliRun run = runCli({arg("scenario"), arg("run"), failing});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(arg("FAIL ")), qPrintable(run.out));
        QVERIFY2(run.out.contains(arg("expected reason=TOKEN, found reason=NOT_TRACKED_NO_SIGNAL")),
                 qPrintable(run.out));
        QVERIFY(run.out.trimmed().endsWith(arg("1 failed")));

        // An invalid file: FILE:LINE:COLUMN and exit 2; the good file still runs.
        const QString invalid = m_dir.filePath(arg("invalid.json"));
        QFile bad(invalid);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\n  \"format\": \"synclens-scenario/1\",\n  \"colour\": 1\n}\n");
        bad.close();
        run = runCli(
            {arg("scenario"), arg("run"), invalid, scenarioDir() + arg("/03-smart-matching.json")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains(invalid + arg(":3:")), qPrintable(run.out));
        QVERIFY(run.out.contains(arg("PASS ")));
        run = runCli({arg("scenario"), arg("run"), arg("--json"), failing});
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(arg("failed")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
