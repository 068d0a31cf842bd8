#include "trackingemail.h"

#include "model/compactjson.h"
#include "model/crmrecord.h"
#include "model/exchangeitem.h"
#include "model/recordfields.h"
#include "trackingtoken.h"

#include <QJsonArray>

#include <algorithm>

namespace SyncLens {

namespace {

// Appends an address, trimmed (and lower case if asked), unless it is empty.
void appendAddress(QStringList &list, const QString &address, bool lowerCase)
{
    QString a = lowerCase ? normalizedAddress(address) : address.trimmed();
    if (!a.isEmpty())
        list.append(std::move(a));
}

// An address list: a JSON array, or a single address as a string.
QStringList addressList(const QJsonValue &value, bool lowerCase)
{
    QStringList list;
    if (value.isArray()) {
        for (const QJsonValue v : value.toArray())
            appendAddress(list, v.toString(), lowerCase);
    } else {
        appendAddress(list, value.toString(), lowerCase);
    }
    return list;
}

QStringList addressList(const QStringList &addresses, bool lowerCase)
{
    QStringList list;
    for (const QString &address : addresses)
        appendAddress(list, address, lowerCase);
    return list;
}

QStringList normalizedAddresses(const QStringList &addresses)
{
    return addressList(addresses, true);
}

// An address list read from its strings when it is an array of strings (no
// parser), else from the value it stands for.
template<typename Value>
QStringList addressList(const std::optional<QStringList> &strings, const Value &value,
                        bool lowerCase)
{
    return strings ? addressList(*strings, lowerCase) : addressList(value(), lowerCase);
}

// A CRM email's message id field, trimmed; the record's id when it has none.
QString messageIdOr(const QString &field, const QString &recordId)
{
    const QString id = field.trimmed();
    return id.isEmpty() ? recordId : id;
}

} // namespace

namespace {

// fromExchangeItem() with each field's value from `field(name)`, and the
// address lists from `addresses(name)`.
template<typename Field, typename Addresses>
IncomingEmail incomingEmail(const ExchangeItem &item, Field field, Addresses addresses)
{
    IncomingEmail e;
    e.mailboxId = item.mailboxId;
    e.messageId = item.id;
    e.from = field(QLatin1StringView("from")).toString().trimmed();
    e.to = addresses(QLatin1StringView("to"));
    e.cc = addresses(QLatin1StringView("cc"));
    e.subject = field(QLatin1StringView("subject")).toString();
    e.inReplyTo = field(QLatin1StringView("inReplyTo")).toString().trimmed();
    e.conversationIndex = field(QLatin1StringView("conversationIndex")).toString().trimmed();
    e.folder = item.folder;
    e.trackRequested = item.trackRequested;
    e.regardingId = item.regardingId;
    return e;
}

} // namespace

IncomingEmail fromExchangeItem(const ExchangeItem &item)
{
    const QJsonObject &f = item.fields;
    const auto field = [&f](QLatin1StringView name) { return f.value(name); };
    return incomingEmail(
        item, field, [&field](QLatin1StringView name) { return addressList(field(name), false); });
}

std::optional<IncomingEmail> fromExchangeItem(const ExchangeItem &item, QByteArrayView fieldsText)
{
    const auto members = compactJsonMembers(fieldsText);
    if (!members)
        return std::nullopt;
    const auto text = [&members](QLatin1StringView name) {
        return compactJsonMember(*members, name);
    };
    const auto field = [&text](QLatin1StringView name) { return compactJsonValue(text(name)); };
    return incomingEmail(item, field, [&](QLatin1StringView name) {
        return addressList(
            compactJsonStrings(text(name)), [&] { return field(name); }, false);
    });
}

TrackedEmail fromCrmRecord(const CrmRecord &record, const TrackingToken &tokens)
{
    return fromCrmRecord(RecordFields(record), tokens);
}

TrackedEmail fromCrmRecord(const RecordFields &record, const TrackingToken &tokens)
{
    const auto addresses = [&record](QLatin1StringView name) {
        return addressList(
            record.strings(name), [&] { return record.value(name); }, true);
    };
    TrackedEmail e;
    e.messageId = messageIdOr(record.text(QLatin1StringView("messageid")), record.id());
    e.subject = record.text(QLatin1StringView("subject"));
    e.from = normalizedAddress(record.text(QLatin1StringView("from")));
    e.to = addresses(QLatin1StringView("to"));
    e.cc = addresses(QLatin1StringView("cc"));
    e.regardingId = record.text(QLatin1StringView("regardingobjectid"));
    e.token = tokens.findFirst(record.text(QLatin1StringView("token"))).number;
    if (e.token == 0)
        e.token = tokens.findFirst(e.subject).number;
    e.conversation =
        ConversationIndex::fromHex(record.text(QLatin1StringView("conversationindex")));
    return e;
}

TrackedEmail trackedFromIncoming(const QString &messageId, const IncomingEmail &incoming,
                                 const QString &regardingId, const TrackingToken &tokens)
{
    TrackedEmail e;
    e.messageId = messageIdOr(messageId, messageId);
    e.subject = incoming.subject;
    e.from = normalizedAddress(incoming.from);
    e.to = normalizedAddresses(incoming.to);
    e.cc = normalizedAddresses(incoming.cc);
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
    return isInCrm(RecordFields(record));
}

bool isInCrm(const RecordFields &record)
{
    return !record.isDeleted() && record.text(QLatin1StringView("state")) != u"pendingSend";
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
    appendAddress(all, from, true);
    for (const QString &a : to)
        appendAddress(all, a, true);
    for (const QString &a : cc)
        appendAddress(all, a, true);
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

} // namespace SyncLens
