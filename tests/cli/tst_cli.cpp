#include "temporg.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace SyncLens;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SYNCLENS_CLI_PATH), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

void rawSql(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

// synclens-cli as a user runs it: output, exit codes, and files left alone.
class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_org; // a small, good org made once

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_org = m_dir.filePath(QStringLiteral("good.db"));
        const Run run =
            cli({QStringLiteral("sandbox"), QStringLiteral("create"), QStringLiteral("--users"),
                 QStringLiteral("5"), QStringLiteral("--items"), QStringLiteral("2000"),
                 QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out"), m_org});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("Created")));
    }

    void orgInfoIsTheSameForTheSameSeed()
    {
        const QString again = m_dir.filePath(QStringLiteral("again.db"));
        QCOMPARE(
            cli({QStringLiteral("sandbox"), QStringLiteral("create"), QStringLiteral("--users"),
                 QStringLiteral("5"), QStringLiteral("--items"), QStringLiteral("2000"),
                 QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out"), again})
                .exitCode,
            0);
        const Run first = cli({QStringLiteral("org"), QStringLiteral("info"), m_org});
        const Run second = cli({QStringLiteral("org"), QStringLiteral("info"), again});
        QCOMPARE(first.exitCode, 0);
        QVERIFY(first.out.contains(QStringLiteral("Schema version           2")));
        QVERIFY(first.out.contains(QStringLiteral("Users                    5")));
        QVERIFY(first.out.contains(QStringLiteral("  appointment            500")));
        auto withoutFile = [](QString text) {
            return text.remove(QRegularExpression(QStringLiteral("File .*\\n")));
        };
        QCOMPARE(withoutFile(second.out), withoutFile(first.out));
        const Run json =
            cli({QStringLiteral("org"), QStringLiteral("info"), QStringLiteral("--json"), m_org});
        QVERIFY(json.out.contains(QStringLiteral("\"schemaVersion\": 2")));
    }

    void helpForEveryLevel_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("top") << QStringList{QStringLiteral("--help")} << "sandbox create";
        QTest::newRow("group") << QStringList{QStringLiteral("sandbox"), QStringLiteral("--help")}
                               << "sandbox create";
        QTest::newRow("sandbox create")
            << QStringList{QStringLiteral("sandbox"), QStringLiteral("create"),
                           QStringLiteral("--help")}
            << "--seed";
        QTest::newRow("org info") << QStringList{QStringLiteral("org"), QStringLiteral("info"),
                                                 QStringLiteral("--help")}
                                  << "--json";
    }

    void helpForEveryLevel()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(mentions), qPrintable(run.out));
    }

    // Bad input: exit 2, a message on stderr naming the problem, no crash,
    // and no file changed.
    void badInput_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("problem");
        const QString org = QStringLiteral("ORG");
        QTest::newRow("a random file")
            << "random" << QStringList{QStringLiteral("org"), QStringLiteral("info"), org}
            << "not a SyncLens org";
        QTest::newRow("a text file")
            << "text" << QStringList{QStringLiteral("org"), QStringLiteral("info"), org}
            << "not a SyncLens org";
        QTest::newRow("truncated")
            << "truncated" << QStringList{QStringLiteral("org"), QStringLiteral("info"), org}
            << "truncated";
        QTest::newRow("newer schema")
            << "newer" << QStringList{QStringLiteral("org"), QStringLiteral("info"), org}
            << "newer SyncLens";
        QTest::newRow("missing file") << ""
                                      << QStringList{QStringLiteral("org"), QStringLiteral("info"),
                                                     QStringLiteral("/no/such.db")}
                                      << "no such file";
        QTest::newRow("no file") << "" << QStringList{QStringLiteral("org"), QStringLiteral("info")}
                                 << "exactly one FILE";
        QTest::newRow("unwritable out")
            << ""
            << QStringList{QStringLiteral("sandbox"), QStringLiteral("create"),
                           QStringLiteral("--out"), QStringLiteral("/proc/x.db")}
            << "cannot be written";
        QTest::newRow("missing folder")
            << ""
            << QStringList{QStringLiteral("sandbox"), QStringLiteral("create"),
                           QStringLiteral("--out"), QStringLiteral("/no/such/x.db")}
            << "does not exist";
        QTest::newRow("existing out")
            << "good"
            << QStringList{QStringLiteral("sandbox"), QStringLiteral("create"),
                           QStringLiteral("--out"), org}
            << "already exists";
        QTest::newRow("users 0") << ""
                                 << QStringList{QStringLiteral("sandbox"), QStringLiteral("create"),
                                                QStringLiteral("--users"), QStringLiteral("0"),
                                                QStringLiteral("--out"),   QStringLiteral("OUT")}
                                 << "from 1 to 10000, not 0";
        QTest::newRow("users abc")
            << "" << QStringList{QStringLiteral("sandbox"), QStringLiteral("create"),
                                 QStringLiteral("--users"), QStringLiteral("abc"),
                                 QStringLiteral("--out"),   QStringLiteral("OUT")}
            << "--users: expected a whole number";
        QTest::newRow("items -1") << "" << QStringList{QStringLiteral("sandbox"),
                                                       QStringLiteral("create"),
                                                       QStringLiteral("--items"),
                                                       QStringLiteral("-1"),
                                                       QStringLiteral("--out"),
                                                       QStringLiteral("OUT")}
                                  << "not -1";
        QTest::newRow("seed -5") << ""
                                 << QStringList{QStringLiteral("sandbox"), QStringLiteral("create"),
                                                QStringLiteral("--seed"),  QStringLiteral("-5"),
                                                QStringLiteral("--out"),   QStringLiteral("OUT")}
                                 << "--seed";
        QTest::newRow("no out") << ""
                                << QStringList{QStringLiteral("sandbox"), QStringLiteral("create")}
                                << "needs --out";
        QTest::newRow("unknown option")
            << ""
            << QStringList{QStringLiteral("sandbox"), QStringLiteral("create"),
                           QStringLiteral("--userz"), QStringLiteral("3")}
            << "userz";
        QTest::newRow("unknown command")
            << "" << QStringList{QStringLiteral("frobnicate")} << "unknown command";
        QTest::newRow("unknown verb")
            << "" << QStringList{QStringLiteral("sandbox"), QStringLiteral("frobnicate")}
            << "unknown command";
    }

    void badInput()
    {
        QFETCH(QString, setup);
        QFETCH(QStringList, arguments);
        QFETCH(QString, problem);
        Test::TempOrg dir;
        const QString org = dir.path();
        const QString out = dir.dirPath() + QStringLiteral("/out.db");
        if (setup == u"random") {
            QFile f(org);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 4096; ++i)
                f.putChar(char((i * 131) % 256));
        } else if (setup == u"text") {
            QFile f(org);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name,email\nalice,alice@contoso.com\n");
        } else if (!setup.isEmpty()) {
            QVERIFY(QFile::copy(m_org, org));
            if (setup == u"truncated") {
                QFile f(org);
                QVERIFY(f.resize(f.size() / 3));
            } else if (setup == u"newer") {
                rawSql(org, QStringLiteral("PRAGMA user_version = 99"));
            }
        }
        for (QString &a : arguments) {
            if (a == u"ORG")
                a = org;
            else if (a == u"OUT")
                a = out;
        }
        const QByteArray before = hashOf(org);
        const QStringList filesBefore = QDir(dir.dirPath()).entryList(QDir::Files);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("synclens-cli: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(problem), qPrintable(run.err));
        QCOMPARE(hashOf(org), before);
        QCOMPARE(QDir(dir.dirPath()).entryList(QDir::Files), filesBefore);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
