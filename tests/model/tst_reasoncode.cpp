#include "model/reasoncode.h"
#include "totext.h"

#include <QSet>
#include <QTest>

using namespace SyncLens;

// The names are a contract with scenario files and stored journals: each one
// written down here must map to one code and back.
class TestReasonCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        const char *names[] = {"DUPLICATE_SUPPRESSED",
                               "MANUAL_TRACK",
                               "TRACKED_FOLDER",
                               "IN_REPLY_TO",
                               "TOKEN",
                               "CONVERSATION",
                               "SMART_MATCH",
                               "ALL_EMAIL",
                               "FROM_RECORD",
                               "FROM_EMAIL_ENABLED",
                               "NOT_TRACKED_NO_SIGNAL",
                               "NOT_TRACKED_NO_RECORD",
                               "NOT_TRACKED_FILTERING_NONE",
                               "NOT_TRACKED_FOLDER",
                               "NOT_TRACKED_NO_RECIPIENT",
                               "SENT",
                               "SEND_FAILED_MAILBOX",
                               "CRM_DELETE",
                               "CRM_DELETE_KEPT",
                               "BACK_IN_SCOPE",
                               "OUT_CREATE",
                               "OUT_UPDATE",
                               "LEFT_SCOPE",
                               "LEFT_SCOPE_DELETED",
                               "OUT_SKIPPED_OUT_OF_SCOPE",
                               "NOT_IN_SCOPE",
                               "IN_CREATE",
                               "IN_NOT_TRACKED",
                               "IN_UPDATE",
                               "IN_OVERWRITE_OUT_OF_SCOPE",
                               "CONFLICT_EXCHANGE_WON",
                               "CONFLICT_CRM_WON",
                               "EXCHANGE_DELETE_UNTRACKED",
                               "EXCHANGE_DELETE_PROPAGATED",
                               "MAILBOX_NOT_APPROVED",
                               "MAILBOX_DISABLED_AUTH",
                               "TRANSIENT_FAILURE",
                               "MAILBOX_DISABLED_TRANSIENT",
                               "RECOVERED"};
        for (const char *name : names)
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void roundTrip()
    {
        QFETCH(QString, name);
        const auto code = reasonCodeFromName(name);
        QVERIFY2(code.has_value(), qPrintable(name));
        QCOMPARE(reasonCodeName(*code), name);
    }

    void everyCodeHasAUniqueName()
    {
        QSet<QString> names;
        for (ReasonCode code : allReasonCodes()) {
            const QString name = reasonCodeName(code);
            QVERIFY(!name.isEmpty());
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QCOMPARE(reasonCodeFromName(name), std::optional<ReasonCode>(code));
        }
        QCOMPARE(names.size(), 39);
    }

    void unknownNamesAreRejected_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("lower case") << QStringLiteral("token");
        QTest::newRow("typo") << QStringLiteral("OUT_CREAT");
        QTest::newRow("padded") << QStringLiteral(" SENT");
    }

    void unknownNamesAreRejected()
    {
        QFETCH(QString, name);
        QVERIFY(!reasonCodeFromName(name).has_value());
    }
};

QTEST_GUILESS_MAIN(TestReasonCode)
#include "tst_reasoncode.moc"
