#include "trackingfixture.h"

namespace SyncLens::Test::Fixture {

QString header(int thread)
{
    QByteArray bytes(22, char(thread));
    bytes[0] = 0x01;
    return QString::fromLatin1(bytes.toHex().toUpper());
}

QString block(int reply)
{
    return QString::fromLatin1(QByteArray(5, char(reply)).toHex().toUpper());
}

QString address(const char *name)
{
    const QString n = QLatin1String(name);
    return n + (n == u"alice" || n == u"bob" || n == u"support" ? QStringLiteral("@contoso.com")
                                                                : QStringLiteral("@fabrikam.com"));
}

TrackedEmail tracked(const QString &messageId, const QString &subject, const QString &from,
                     const QStringList &to, const QString &regarding, qint64 token,
                     const QString &conversation)
{
    TrackedEmail e;
    e.messageId = messageId;
    e.subject = subject;
    e.from = from;
    e.to = to;
    e.regardingId = regarding;
    e.token = token;
    e.conversation = ConversationIndex::fromHex(conversation);
    return e;
}

TrackingIndex index(const OrgSettings &settings)
{
    TrackingIndex index(settings);
    index.add(tracked(QStringLiteral("<t1@crm>"), QStringLiteral("Quote for 40 seats [CRM:000001]"),
                      address("alice"), {address("dan")}, QStringLiteral("con-dan"), 1, header(1)));
    TrackedEmail t2 = tracked(
        QStringLiteral("<t2@crm>"), QStringLiteral("Renewal terms [CRM:000002]"), address("alice"),
        {address("erin")}, QStringLiteral("acc-fabrikam"), 2, header(2) + block(1));
    t2.cc = QStringList{address("frank")};
    index.add(t2);
    index.add(tracked(QStringLiteral("<t3@crm>"), QStringLiteral("Project kickoff"), address("dan"),
                      {address("alice")}, QStringLiteral("opp-kickoff")));
    return index;
}

IncomingEmail incoming(const QString &subject, const QString &from)
{
    static int next = 0;
    IncomingEmail e;
    e.mailboxId = QStringLiteral("m-alice");
    e.messageId = QStringLiteral("<new.%1@mail>").arg(++next);
    e.from = from;
    e.to = QStringList{address("alice")};
    e.subject = subject;
    e.folder = QStringLiteral("Inbox");
    return e;
}

IncomingEmail addressed(IncomingEmail e, const QStringList &to, const QStringList &cc)
{
    e.to = to;
    e.cc = cc;
    return e;
}

OrgSettings smartMatchingOn()
{
    OrgSettings s;
    s.smartMatching.enabled = true;
    return s;
}

TrackingContext context(EmailFiltering filtering)
{
    TrackingContext c;
    c.emailFiltering = filtering;
    c.trackedFolders.insert(QStringLiteral("Inbox/Clients"), QStringLiteral("acc-clients"));
    c.userAddresses = {address("alice"), address("bob")};
    c.findSender = [](const QString &a) -> std::optional<SenderRecord> {
        if (a == address("dan"))
            return SenderRecord{QStringLiteral("con-dan"), QStringLiteral("contact"),
                                QStringLiteral("Dan Park")};
        if (a == address("lee"))
            return SenderRecord{QStringLiteral("lead-lee"), QStringLiteral("lead"),
                                QStringLiteral("Lee Ray")};
        if (a == address("fabrikam"))
            return SenderRecord{QStringLiteral("acc-fabrikam"), QStringLiteral("account"),
                                QStringLiteral("Fabrikam")};
        if (a == address("bob"))
            return SenderRecord{QStringLiteral("bob"), QStringLiteral("systemuser"),
                                QStringLiteral("Bob Stone")};
        if (a == address("support"))
            return SenderRecord{QStringLiteral("q-support"), QStringLiteral("queue"),
                                QStringLiteral("Support")};
        return std::nullopt;
    };
    return c;
}

} // namespace SyncLens::Test::Fixture
