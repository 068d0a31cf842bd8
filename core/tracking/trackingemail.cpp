#include "trackingemail.h"

#include "model/crmrecord.h"
#include "model/exchangeitem.h"
#include "trackingtoken.h"

#include <QJsonArray>

#include <algorithm>

namespace SyncLens {

namespace {

// An address list: a JSON array, or a single address as a string.
QStringList addressList(const QJsonValue &value, bool lowerCase)
{
    QStringList list;
    auto add = [&](const QString &address) {
        const QString a = lowerCase ? normalizedAddress(address) : address.trimmed();
        if (!a.isEmpty())
            list.append(a);
    };
    if (value.isArray()) {
        for (const QJsonValue v : value.toArray())
            add(v.toString());
    } else {
        add(value.toString());
    }
    return list;
}

} // namespace

IncomingEmail fromExchangeItem(const ExchangeItem &item)
{
    const QJsonObject &f = item.fields;
    IncomingEmail e;
    e.mailboxId = item.mailboxId;
    e.messageId = item.id;
    e.from = f.value(QStringLiteral("from")).toString().trimmed();
    e.to = addressList(f.value(QStringLiteral("to")), false);
    e.cc = addressList(f.value(QStringLiteral("cc")), false);
    e.subject = f.value(QStringLiteral("subject")).toString();
    e.inReplyTo = f.value(QStringLiteral("inReplyTo")).toString().trimmed();
    e.conversationIndex = f.value(QStringLiteral("conversationIndex")).toString().trimmed();
    e.folder = item.folder;
    e.trackRequested = item.trackRequested;
    e.regardingId = item.regardingId;
    return e;
}

TrackedEmail fromCrmRecord(const CrmRecord &record, const TrackingToken &tokens)
{
    TrackedEmail e;
    e.messageId = record.field(QStringLiteral("messageid")).trimmed();
    if (e.messageId.isEmpty())
        e.messageId = record.id;
    e.subject = record.field(QStringLiteral("subject"));
    e.from = normalizedAddress(record.field(QStringLiteral("from")));
    e.to = addressList(record.fields.value(QStringLiteral("to")), true);
    e.cc = addressList(record.fields.value(QStringLiteral("cc")), true);
    e.regardingId = record.field(QStringLiteral("regardingobjectid"));
    e.token = tokens.findFirst(record.field(QStringLiteral("token"))).number;
    if (e.token == 0)
        e.token = tokens.findFirst(e.subject).number;
    e.conversation = ConversationIndex::fromHex(record.field(QStringLiteral("conversationindex")));
    return e;
}

TrackedEmail trackedFromIncoming(const QString &messageId, const IncomingEmail &incoming,
                                 const QString &regardingId, const TrackingToken &tokens)
{
    auto normalized = [](const QStringList &addresses) {
        QStringList list;
        for (const QString &address : addresses) {
            if (QString a = normalizedAddress(address); !a.isEmpty())
                list.append(std::move(a));
        }
        return list;
    };
    TrackedEmail e;
    e.messageId = messageId.trimmed();
    if (e.messageId.isEmpty())
        e.messageId = messageId;
    e.subject = incoming.subject;
    e.from = normalizedAddress(incoming.from);
    e.to = normalized(incoming.to);
    e.cc = normalized(incoming.cc);
    e.regardingId = regardingId;
    e.token = tokens.findFirst(e.subject).number;
    e.conversation = ConversationIndex::fromHex(incoming.conversationIndex);
    return e;
}

const QStringList &trackedEmailFields()
{
    static const QStringList fields{QStringLiteral("cc"),
                                    QStringLiteral("conversationindex"),
                                    QStringLiteral("from"),
                                    QStringLiteral("messageid"),
                                    QStringLiteral("regardingobjectid"),
                                    QStringLiteral("state"),
                                    QStringLiteral("subject"),
                                    QStringLiteral("to"),
                                    QStringLiteral("token")};
    return fields;
}

bool isInCrm(const CrmRecord &record)
{
    return !record.deleted && record.field(QStringLiteral("state")) != u"pendingSend";
}

QString normalizedAddress(const QString &address)
{
    for (const QChar c : address) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || (u >= u'A' && u <= u'Z') || u <= u' ')
            return address.trimmed().toLower();
    }
    return address;
}

QStringList sortedParticipants(const QString &from, const QStringList &to, const QStringList &cc)
{
    QStringList all;
    all.reserve(1 + to.size() + cc.size());
    auto add = [&](const QString &address) {
        QString a = normalizedAddress(address);
        if (!a.isEmpty())
            all.append(std::move(a));
    };
    add(from);
    for (const QString &a : to)
        add(a);
    for (const QString &a : cc)
        add(a);
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

} // namespace SyncLens
