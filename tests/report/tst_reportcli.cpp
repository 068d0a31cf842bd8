// synclens-cli report (issue 18): HTML and PDF, exit 2 and no file on bad input.
#include "clirun.h"
#include "reportfixture.h"

#include <QDir>
#include <QFile>

using namespace SyncLens;
using Test::runCli;

class TestReportCli : public QObject
{
    Q_OBJECT

    Test::TempOrg m_dir;

    QString out(const QString &name) const { return m_dir.dirPath() + u'/' + name; }

private Q_SLOTS:
    void initTestCase()
    {
        SL_VERIFY_OK(SandboxGenerator::createFile(m_dir.path(), Test::reportSandboxSpec(), false));
        QVERIFY(QDir(m_dir.dirPath()).mkdir(QStringLiteral("folder.html")));
    }

    void writesHtml()
    {
        const auto run = runCli({QStringLiteral("report"), QStringLiteral("--org"), m_dir.path(),
                                 QStringLiteral("--out"), out(QStringLiteral("r.html")),
                                 QStringLiteral("--lang"), QStringLiteral("de")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains(QLatin1String("Gathering the report")) ||
                run.err.contains(QLatin1String("%")));
        QFile file(out(QStringLiteral("r.html")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray html = file.readAll();
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains("lang=\"de\""));
        QVERIFY(html.contains("Report sandbox"));
    }

    void writesPdf()
    {
        QString firstUser;
        {
            auto store = OrgStore::open(m_dir.path(), OrgStore::Access::ReadOnly);
            SL_VERIFY_OK(store);
            firstUser = (*store)->users()->first().id;
        }
        const auto run = runCli({QStringLiteral("report"), QStringLiteral("--org"), m_dir.path(),
                                 QStringLiteral("--out"), out(QStringLiteral("r.pdf")),
                                 QStringLiteral("--page-size"), QStringLiteral("a4"),
                                 QStringLiteral("--user"), firstUser});
        QCOMPARE(run.exitCode, 0);
        QFile file(out(QStringLiteral("r.pdf")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }

    void badInputIsExitTwoAndNoFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing folder")
            << QStringList{QStringLiteral("--out"), QStringLiteral("@/no/such/r.html")}
            << QStringLiteral("@/no/such/r.html") << QStringLiteral("does not exist");
        QTest::newRow("a folder") << QStringList{QStringLiteral("--out"),
                                                 QStringLiteral("@/folder.html")}
                                  << QString() << QStringLiteral("folder");
        QTest::newRow("unknown format")
            << QStringList{QStringLiteral("--out"), QStringLiteral("@/r.docx")}
            << QStringLiteral("@/r.docx") << QStringLiteral(".html or .pdf");
        QTest::newRow("unknown user")
            << QStringList{QStringLiteral("--out"), QStringLiteral("@/u.html"),
                           QStringLiteral("--user"), QStringLiteral("nobody")}
            << QStringLiteral("@/u.html") << QStringLiteral("nobody");
        QTest::newRow("unknown language")
            << QStringList{QStringLiteral("--out"), QStringLiteral("@/l.html"),
                           QStringLiteral("--lang"), QStringLiteral("xx")}
            << QStringLiteral("@/l.html") << QStringLiteral("--lang");
        QTest::newRow("no out") << QStringList{} << QString() << QStringLiteral("--out");
    }
    void badInputIsExitTwoAndNoFile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, file);
        QFETCH(QString, message);
        for (QString &a : arguments)
            a.replace(u'@', m_dir.dirPath());
        file.replace(u'@', m_dir.dirPath());
        const auto run =
            runCli(QStringList{QStringLiteral("report"), QStringLiteral("--org"), m_dir.path()} +
                   arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        if (!file.isEmpty())
            QVERIFY(!QFile::exists(file));
        // Nothing half-written beside the org either.
        for (const QString &name : QDir(m_dir.dirPath()).entryList(QDir::Files))
            QVERIFY2(!name.contains(QLatin1String(".html.")) &&
                         !name.contains(QLatin1String(".pdf.")),
                     qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
