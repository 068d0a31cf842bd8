#include "temporg.h"
#include "totext.h"
#include "tracking/trackingtoken.h"

#include <QTest>

using namespace SyncLens;

namespace {

OrgSettings::Tracking tracking(const QString &prefix = QStringLiteral("CRM"), int digits = 6)
{
    OrgSettings::Tracking t;
    t.prefix = prefix;
    t.digits = digits;
    return t;
}

} // namespace

// Tracking tokens: how they are written, found, ignored and numbered.
class TestTrackingToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("digits");
        QTest::addColumn<qint64>("number");
        QTest::addColumn<QString>("token");
        QTest::newRow("default") << "CRM" << 6 << qint64(1) << "[CRM:000001]";
        QTest::newRow("all digits used") << "CRM" << 6 << qint64(999999) << "[CRM:999999]";
        QTest::newRow("other prefix") << "ACME" << 4 << qint64(42) << "[ACME:0042]";
        QTest::newRow("one digit") << "X" << 1 << qint64(7) << "[X:7]";
    }

    void format()
    {
        QFETCH(QString, prefix);
        QFETCH(int, digits);
        QFETCH(qint64, number);
        QFETCH(QString, token);
        const TrackingToken tokens(tracking(prefix, digits));
        QCOMPARE(tokens.format(number), token);
        // What is written is found again.
        const auto found = tokens.findAll(QStringLiteral("Subject ") + token);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().number, number);
        QCOMPARE(found.first().text, token);
        QCOMPARE(found.first().position, 8);
    }

    void findAll_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QStringList>("tokens");
        QTest::addColumn<QList<qint64>>("numbers");
        using L = QList<qint64>;
        QTest::newRow("at the end") << "Quote for 40 seats [CRM:000123]"
                                    << QStringList{QStringLiteral("[CRM:000123]")} << L{123};
        QTest::newRow("at the start")
            << "[CRM:000001] Quote" << QStringList{QStringLiteral("[CRM:000001]")} << L{1};
        QTest::newRow("in the middle") << "RE: Quote [CRM:000002] again"
                                       << QStringList{QStringLiteral("[CRM:000002]")} << L{2};
        QTest::newRow("alone") << "[CRM:000003]" << QStringList{QStringLiteral("[CRM:000003]")}
                               << L{3};
        QTest::newRow("glued to words")
            << "Quote[CRM:000004]x" << QStringList{QStringLiteral("[CRM:000004]")} << L{4};
        QTest::newRow("none") << "Quote for 40 seats" << QStringList{} << L{};
        QTest::newRow("too few digits") << "Quote [CRM:12]" << QStringList{} << L{};
        QTest::newRow("too many digits") << "Quote [CRM:0000012]" << QStringList{} << L{};
        QTest::newRow("other prefix") << "Quote [ABC:000012]" << QStringList{} << L{};
        QTest::newRow("prefix inside a longer one")
            << "Quote [XCRM:000012]" << QStringList{} << L{};
        QTest::newRow("lower-case prefix") << "Quote [crm:000012]" << QStringList{} << L{};
        QTest::newRow("letters among digits") << "Quote [CRM:00a012]" << QStringList{} << L{};
        QTest::newRow("other scripts' digits")
            << QStringLiteral("Quote [CRM:00١٢٣٤]") << QStringList{} << L{};
        QTest::newRow("no closing bracket") << "Quote [CRM:000012" << QStringList{} << L{};
        QTest::newRow("space inside") << "Quote [CRM: 000012]" << QStringList{} << L{};
        QTest::newRow("two, in order")
            << "RE: [CRM:000009] Quote [CRM:000002]"
            << QStringList{QStringLiteral("[CRM:000009]"), QStringLiteral("[CRM:000002]")}
            << L{9, 2};
        QTest::newRow("look-alike before a real one")
            << "[CRM:12] [CRM:[CRM:000005]" << QStringList{QStringLiteral("[CRM:000005]")} << L{5};
        QTest::newRow("back to back")
            << "[CRM:000001][CRM:000002]"
            << QStringList{QStringLiteral("[CRM:000001]"), QStringLiteral("[CRM:000002]")}
            << L{1, 2};
    }

    void findAll()
    {
        QFETCH(QString, subject);
        QFETCH(QStringList, tokens);
        QFETCH(QList<qint64>, numbers);
        const TrackingToken t(tracking());
        QStringList texts;
        QList<qint64> found;
        for (const auto &token : t.findAll(subject)) {
            texts.append(token.text);
            found.append(token.number);
            QCOMPARE(subject.mid(token.position, token.text.size()), token.text);
        }
        QCOMPARE(texts, tokens);
        QCOMPARE(found, numbers);
    }

    void strip_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("stripped");
        QTest::newRow("end") << "Quote [CRM:000001]"
                             << "Quote ";
        QTest::newRow("two") << "[CRM:000001]Quote[CRM:000002]"
                             << "Quote";
        QTest::newRow("look-alike stays") << "Quote [CRM:01]"
                                          << "Quote [CRM:01]";
    }

    void strip()
    {
        QFETCH(QString, subject);
        QFETCH(QString, stripped);
        QCOMPARE(TrackingToken(tracking()).strip(subject), stripped);
    }

    void appendTo_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("sent");
        QTest::newRow("plain") << "Quote for 40 seats"
                               << "Quote for 40 seats [CRM:000007]";
        QTest::newRow("trailing space") << "Quote  "
                                        << "Quote [CRM:000007]";
        QTest::newRow("replaces an old token") << "RE: Quote [CRM:000001]"
                                               << "RE: Quote [CRM:000007]";
        QTest::newRow("empty") << ""
                               << "[CRM:000007]";
    }

    void appendTo()
    {
        QFETCH(QString, subject);
        QFETCH(QString, sent);
        QCOMPARE(TrackingToken(tracking()).appendTo(subject, 7), sent);
    }

    // The sequence lives in the store: a reopened org goes on where it was.
    void nextSurvivesReopening()
    {
        Test::TempOrg org;
        const TrackingToken tokens(tracking());
        {
            auto store = org.create();
            QVERIFY(store);
            QCOMPARE(*tokens.next(*store), QStringLiteral("[CRM:000001]"));
            QCOMPARE(*tokens.next(*store), QStringLiteral("[CRM:000002]"));
        }
        auto reopened = OrgStore::open(org.path());
        SL_VERIFY_OK(reopened);
        QCOMPARE(*tokens.next(**reopened), QStringLiteral("[CRM:000003]"));
        QCOMPARE(*TrackingToken(tracking(QStringLiteral("ACME"), 4)).next(**reopened),
                 QStringLiteral("[ACME:0004]"));
        SL_VERIFY_OK((*reopened)->setSequenceValue(QStringLiteral("token"), 41));
        QCOMPARE(*tokens.nextNumber(**reopened), qint64(42));
    }

    void nextFailsOnAReadOnlyStore()
    {
        Test::TempOrg org;
        QVERIFY(org.create());
        auto store = OrgStore::open(org.path(), OrgStore::Access::ReadOnly);
        SL_VERIFY_OK(store);
        QVERIFY(!TrackingToken(tracking()).next(**store).ok());
    }
};

QTEST_GUILESS_MAIN(TestTrackingToken)
#include "tst_trackingtoken.moc"
