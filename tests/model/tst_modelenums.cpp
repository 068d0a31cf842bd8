#include "model/alert.h"
#include "model/link.h"
#include "model/mailbox.h"
#include "model/orgsettings.h"
#include "model/user.h"

#include <QTest>

using namespace SyncLens;

// The other enums of the model are stored and read by name too.
class TestModelEnums : public QObject
{
    Q_OBJECT

private:
    template<typename E, typename ToName, typename FromName>
    void checkRoundTrip(const QStringList &names, ToName toName, FromName fromName)
    {
        for (const QString &name : names) {
            const std::optional<E> value = fromName(name);
            QVERIFY2(value.has_value(), qPrintable(name));
            QCOMPARE(toName(*value), name);
        }
        QVERIFY(!fromName(QStringLiteral("bogus")).has_value());
    }

private Q_SLOTS:
    void emailFiltering()
    {
        checkRoundTrip<EmailFiltering>({QStringLiteral("all"), QStringLiteral("responses"),
                                        QStringLiteral("records"), QStringLiteral("emailEnabled"),
                                        QStringLiteral("none")},
                                       emailFilteringName, emailFilteringFromName);
        QCOMPARE(User{}.emailFiltering, EmailFiltering::Responses);
    }

    void channels()
    {
        checkRoundTrip<ChannelMode>({QStringLiteral("sss"), QStringLiteral("none")},
                                    channelModeName, channelModeFromName);
        checkRoundTrip<ChannelStatus>(
            {QStringLiteral("NotRun"), QStringLiteral("Success"), QStringLiteral("Failure")},
            channelStatusName, channelStatusFromName);
        checkRoundTrip<FaultKind>({QStringLiteral("none"), QStringLiteral("auth"),
                                   QStringLiteral("transient"), QStringLiteral("throttle")},
                                  faultKindName, faultKindFromName);
    }

    void linkStates()
    {
        checkRoundTrip<Link::State>(
            {QStringLiteral("linked"), QStringLiteral("untracked"), QStringLiteral("decided")},
            linkStateName, linkStateFromName);
    }

    void mailboxDefaults()
    {
        const Mailbox m;
        QCOMPARE(m.incoming, ChannelMode::Sss);
        QCOMPARE(m.outgoing, ChannelMode::Sss);
        QCOMPARE(m.act, ChannelMode::Sss);
        QVERIFY(m.approved);
        QVERIFY(m.enabled);
        QCOMPARE(m.incomingStatus, ChannelStatus::NotRun);
    }

    void severities()
    {
        checkRoundTrip<AlertSeverity>(
            {QStringLiteral("Error"), QStringLiteral("Warning"), QStringLiteral("Information")},
            alertSeverityName, alertSeverityFromName);
    }

    void settingsEnums()
    {
        checkRoundTrip<FieldDirection>({QStringLiteral("both"), QStringLiteral("toExchange"),
                                        QStringLiteral("toCrm"), QStringLiteral("none")},
                                       fieldDirectionName, fieldDirectionFromName);
        checkRoundTrip<OutOfScopeAction>({QStringLiteral("keep"), QStringLiteral("delete")},
                                         outOfScopeActionName, outOfScopeActionFromName);
        checkRoundTrip<ExchangeDeleteAction>(
            {QStringLiteral("untrack"), QStringLiteral("delete"), QStringLiteral("organizerFuture"),
             QStringLiteral("open")},
            exchangeDeleteActionName, exchangeDeleteActionFromName);
    }
};

QTEST_GUILESS_MAIN(TestModelEnums)
#include "tst_modelenums.moc"
