#include "model/correlationmethod.h"
#include "totext.h"

#include <QTest>

using namespace SyncLens;

// A live org's email.correlationmethod (sss-documented-behaviour §2) names
// the rule that correlated an email: 3–6 are E3–E6; the others name none.
class TestCorrelationMethod : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachValue_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("code"); // empty: no rule
        QTest::addColumn<QString>("name");
        QTest::newRow("0 None") << 0 << QString() << "None";
        QTest::newRow("1 Skipped") << 1 << QString() << "Skipped";
        QTest::newRow("2 XHeader") << 2 << QString() << "XHeader";
        QTest::newRow("3 InReplyTo") << 3 << "IN_REPLY_TO"
                                     << "InReplyTo";
        QTest::newRow("4 TrackingToken") << 4 << "TOKEN"
                                         << "TrackingToken";
        QTest::newRow("5 ConversationIndex") << 5 << "CONVERSATION"
                                             << "ConversationIndex";
        QTest::newRow("6 SmartMatching") << 6 << "SMART_MATCH"
                                         << "SmartMatching";
        QTest::newRow("7 CustomCorrelation") << 7 << QString() << "CustomCorrelation";
        QTest::newRow("8 undocumented") << 8 << QString() << "unknown (8)";
        QTest::newRow("-1 undocumented") << -1 << QString() << "unknown (-1)";
    }

    void eachValue()
    {
        QFETCH(int, value);
        QFETCH(QString, code);
        QFETCH(QString, name);
        const std::optional<ReasonCode> found = reasonCodeOfCorrelationMethod(value);
        QCOMPARE(found.has_value(), !code.isEmpty());
        if (found)
            QCOMPARE(reasonCodeName(*found), code);
        QCOMPARE(correlationMethodName(value), name);
    }

    // The four rules keep Dataverse's documented order: 3 < 4 < 5 < 6 is
    // IN_REPLY_TO, TOKEN, CONVERSATION, SMART_MATCH, as in the enum.
    void rulesFollowTheDocumentedOrder()
    {
        int previous = -1;
        for (int value = 3; value <= 6; ++value) {
            const int code = int(*reasonCodeOfCorrelationMethod(value));
            QVERIFY(code > previous);
            previous = code;
        }
    }
};

QTEST_GUILESS_MAIN(TestCorrelationMethod)
#include "tst_correlationmethod.moc"
