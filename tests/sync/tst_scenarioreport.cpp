#include "scenario/scenarioreport.h"
#include "totext.h"

#include <QJsonArray>
#include <QTest>

using namespace SyncLens;

namespace {

CheckResult pass(const char *file, int step, const char *check)
{
    return CheckResult{QString::fromUtf8(file), step, QString::fromUtf8(check), true};
}

CheckResult fail(const char *file, int step, const char *check, const char *expected,
                 const char *found, const char *explanation)
{
    return CheckResult{QString::fromUtf8(file),       step,
                       QString::fromUtf8(check),      false,
                       QString::fromUtf8(expected),   QString::fromUtf8(found),
                       QString::fromUtf8(explanation)};
}

Error invalid(const char *message, int line, int column)
{
    Error e = makeError(Error::Code::InvalidArgument, QString::fromUtf8(message));
    e.line = line;
    e.column = column;
    return e;
}

ScenarioReport sample()
{
    ScenarioReport report;
    report.addFile({QStringLiteral("a.json"),
                    {pass("a.json", 2, "last a1 reason=OUT_CREATE"),
                     fail("a.json", 7, "last a1 reason=LEFT_SCOPE", "LEFT_SCOPE", "OUT_UPDATE",
                          "Alice's filter still matches a1.\nIts owner is alice.")},
                    std::nullopt});
    report.addFile({QStringLiteral("b.json"),
                    {},
                    invalid("b.json:3:7: unknown key \"feilds\" in step 2; expected one of do, "
                            "at, id, fields",
                            3, 7)});
    report.addFile({QStringLiteral("c.json"),
                    {pass("c.json", 1, "crm x1 exists=false"),
                     fail("c.json", 4, "mailboxStatus m1 enabled=true", "", "", "")},
                    std::nullopt});
    return report;
}

} // namespace

class TestScenarioReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textLines()
    {
        QCOMPARE(sample().text(),
                 QStringLiteral(
                     "PASS a.json step 2: last a1 reason=OUT_CREATE\n"
                     "FAIL a.json step 7: last a1 reason=LEFT_SCOPE: expected LEFT_SCOPE, found "
                     "OUT_UPDATE. Alice's filter still matches a1. Its owner is alice.\n"
                     "b.json:3:7: unknown key \"feilds\" in step 2; expected one of do, at, id, "
                     "fields\n"
                     "PASS c.json step 1: crm x1 exists=false\n"
                     "FAIL c.json step 4: mailboxStatus m1 enabled=true\n"
                     "2 passed, 2 failed\n"));
    }

    void countsOverAllFiles()
    {
        const ScenarioReport report = sample();
        QCOMPARE(report.passed(), 2);
        QCOMPARE(report.failed(), 2);
        QCOMPARE(report.invalidFiles(), 1);
    }

    void aMissingSideReadsNothing()
    {
        QCOMPARE(ScenarioReport::checkLine(fail("a.json", 3, "crm a1", "", "absent", "")),
                 QStringLiteral("FAIL a.json step 3: crm a1: expected nothing, found absent"));
    }

    void exitStatus_data()
    {
        QTest::addColumn<bool>("aCheckFails");
        QTest::addColumn<bool>("aFileIsInvalid");
        QTest::addColumn<int>("status");
        QTest::newRow("all passed") << false << false << 0;
        QTest::newRow("a check failed") << true << false << 1;
        QTest::newRow("a file is invalid") << false << true << 2;
        QTest::newRow("both: invalid wins") << true << true << 2;
    }

    void exitStatus()
    {
        QFETCH(bool, aCheckFails);
        QFETCH(bool, aFileIsInvalid);
        QFETCH(int, status);
        ScenarioReport report;
        report.addFile(
            {QStringLiteral("a.json"),
             {pass("a.json", 1, "crm a1"), aCheckFails ? fail("a.json", 2, "crm a2", "x", "y", "")
                                                       : pass("a.json", 2, "crm a2")},
             std::nullopt});
        if (aFileIsInvalid)
            report.addFile({QStringLiteral("b.json"), {}, invalid("b.json:1:1: bad", 1, 1)});
        QCOMPARE(int(report.exitStatus()), status);
        QCOMPARE(report.toJson().value(u"exitStatus").toInt(), status);
    }

    void nothingRunPassesWithAZeroLine()
    {
        const ScenarioReport report;
        QCOMPARE(report.text(), QStringLiteral("0 passed, 0 failed\n"));
        QCOMPARE(report.exitStatus(), ScenarioReport::AllPassed);
    }

    void jsonDocument()
    {
        const QJsonObject json = sample().toJson();
        QCOMPARE(json.value(u"passed").toInt(), 2);
        QCOMPARE(json.value(u"failed").toInt(), 2);
        QCOMPARE(json.value(u"invalidFiles").toInt(), 1);
        const QJsonArray files = json.value(u"files").toArray();
        QCOMPARE(files.size(), 3);
        const QJsonObject a = files.at(0).toObject();
        QCOMPARE(a.value(u"file").toString(), QStringLiteral("a.json"));
        QVERIFY(a.value(u"error").isNull());
        const QJsonObject failed = a.value(u"checks").toArray().at(1).toObject();
        QCOMPARE(failed.value(u"step").toInt(), 7);
        QCOMPARE(failed.value(u"check").toString(), QStringLiteral("last a1 reason=LEFT_SCOPE"));
        QCOMPARE(failed.value(u"passed").toBool(), false);
        QCOMPARE(failed.value(u"expected").toString(), QStringLiteral("LEFT_SCOPE"));
        QCOMPARE(failed.value(u"found").toString(), QStringLiteral("OUT_UPDATE"));
        QVERIFY(failed.value(u"explanation").toString().contains(u'\n'));
        const QJsonObject b = files.at(1).toObject();
        QVERIFY(b.value(u"checks").toArray().isEmpty());
        const QJsonObject error = b.value(u"error").toObject();
        QVERIFY(error.value(u"message").toString().startsWith(QStringLiteral("b.json:3:7: ")));
        QCOMPARE(error.value(u"line").toInt(), 3);
        QCOMPARE(error.value(u"column").toInt(), 7);
    }
};

QTEST_GUILESS_MAIN(TestScenarioReport)
#include "tst_scenarioreport.moc"
