#include "clirun.h"
#include "sqlfile.h"
#include "store/orgstore.h"
#include "totext.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace SyncLens;

namespace {

using Run = Test::CliRun;

constexpr qint64 kOverLimit = (qint64(16) << 20) + 1; // one byte over 16 MiB

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

} // namespace

// Inputs that once crashed synclens-cli or were read without bound: each is
// now a clear error (exit status 2) naming the file and the problem.
class TestCliInputs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_filter; // a valid appointment filter
    QString m_huge;   // a file one byte over the limit

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_filter = m_dir.filePath(QStringLiteral("filter.xml"));
        QVERIFY(writeFile(m_filter, "<fetch><entity name=\"appointment\"><filter><condition "
                                    "attribute=\"ownerid\" operator=\"eq-userid\"/></filter>"
                                    "</entity></fetch>"));
        m_huge = m_dir.filePath(QStringLiteral("huge.txt"));
        QVERIFY(writeFile(m_huge, QByteArray(kOverLimit, ' ')));
    }

    void filesOverTheLimitAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("filter describe")
            << QStringList{QStringLiteral("filter"), QStringLiteral("describe"), m_huge};
        QTest::newRow("filter check")
            << QStringList{QStringLiteral("filter"), QStringLiteral("check"), m_huge};
        QTest::newRow("scenario run")
            << QStringList{QStringLiteral("scenario"), QStringLiteral("run"), m_huge};
    }

    void filesOverTheLimitAreRefused()
    {
        QFETCH(QStringList, arguments);
        const Run run = Test::runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        // `scenario run` reports an invalid file among its results, on stdout.
        const QString said = run.err + run.out;
        QVERIFY2(said.contains(m_huge), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("16 MiB")), qPrintable(said));
    }

    void standardInputOverTheLimitIsRefused()
    {
        QProcess process;
        process.start(QStringLiteral(SYNCLENS_CLI_PATH),
                      {QStringLiteral("filter"), QStringLiteral("check"), QStringLiteral("-")});
        QVERIFY(process.waitForStarted());
        process.write(QByteArray(kOverLimit, ' '));
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("standard input")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("16 MiB")), qPrintable(err));
    }

    // An org whose filters cannot be read: the preview says why instead of
    // dereferencing the failed read.
    void previewOfAnOrgWithUnreadableFilters()
    {
        const QString org = m_dir.filePath(QStringLiteral("damaged.db"));
        const Run made =
            Test::runCli({QStringLiteral("sandbox"), QStringLiteral("create"),
                          QStringLiteral("--users"), QStringLiteral("2"), QStringLiteral("--items"),
                          QStringLiteral("200"), QStringLiteral("--out"), org});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QString user;
        {
            auto store = OrgStore::open(org, OrgStore::Access::ReadOnly);
            SL_VERIFY_OK(store);
            user = (*store)->users()->first().id;
        }
        QCOMPARE(Test::execOnFile(org, {QStringLiteral("DROP TABLE filters")}), QString());

        const Run run = Test::runCli({QStringLiteral("filter"), QStringLiteral("preview"),
                                      QStringLiteral("--org"), org, QStringLiteral("--user"), user,
                                      QStringLiteral("--type"), QStringLiteral("appointment"),
                                      QStringLiteral("--proposed"), m_filter});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("synclens-cli: ") + org), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("filters")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliInputs)
#include "tst_cliinputs.moc"
