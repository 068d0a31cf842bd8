#include "emailexplaincommand.h"

#include "model/recordtypes.h"
#include "store/orgstore.h"
#include "tracking/emailtracker.h"
#include "tracking/senderdirectory.h"
#include "tracking/trackingcontextloader.h"
#include "tracking/trackingexplainer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SyncLens::Cli {

namespace {

// The name a person knows a regarding record by; its id when it has none.
QString recordName(OrgStore &store, const QString &id)
{
    if (id.isEmpty())
        return {};
    if (const auto record = store.crmRecord(id); record && record->has_value()) {
        for (const char *field : {"fullname", "name", "subject"}) {
            const QString name = (*record)->field(QLatin1String(field));
            if (!name.isEmpty())
                return name;
        }
    }
    if (const auto user = store.user(id); user && user->has_value())
        return (*user)->name;
    return id;
}

// Everything that one explanation reads, loaded once for all mailboxes
// holding the message.
struct OrgView
{
    OrgSettings settings;
    TrackingIndex index;
    SenderDirectory senders;
};

Result<OrgView> loadOrg(OrgStore &store, const QString &messageId)
{
    const auto settings = store.orgSettings();
    if (!settings)
        return settings.error();
    // Without the email itself: the explanation is the rule that tracks it.
    auto index = TrackingIndex::load(store, *settings, messageId);
    if (!index)
        return index.error();
    auto senders = SenderDirectory::load(store);
    if (!senders)
        return senders.error();
    return OrgView{*settings, std::move(index).value(), std::move(senders).value()};
}

Result<QJsonObject> explainItem(OrgStore &store, const OrgView &org, const ExchangeItem &item)
{
    const auto loaded = TrackingContextLoader::load(store, item.mailboxId, org.senders);
    if (!loaded)
        return loaded.error();
    TrackingDecision d =
        EmailTracker(org.settings).decide(fromExchangeItem(item), loaded->context, org.index);
    d.facts.regardingName = recordName(store, d.regardingId);
    return QJsonObject{
        {QStringLiteral("messageId"), item.id},
        {QStringLiteral("mailbox"), item.mailboxId},
        {QStringLiteral("user"), loaded->user.name},
        {QStringLiteral("code"), reasonCodeName(d.code)},
        {QStringLiteral("tracked"), d.isTracked()},
        {QStringLiteral("explanation"), TrackingExplainer::explain(d, loaded->user.name)},
        {QStringLiteral("advice"),
         QJsonArray::fromStringList(TrackingExplainer::advice(d, loaded->user.name))},
        {QStringLiteral("facts"), d.factsJson()}};
}

} // namespace

QStringList EmailExplainCommand::words() const
{
    return {QStringLiteral("email"), QStringLiteral("explain")};
}

QString EmailExplainCommand::summary() const
{
    return Command::tr("Explain why an email is, or is not, tracked in CRM.");
}

void EmailExplainCommand::describe(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("org"), Command::tr("The org file."), Command::tr("DB")});
    parser.addOption({QStringLiteral("message-id"),
                      Command::tr("The email's message id, as in the mailbox."),
                      Command::tr("ID")});
    parser.addOption({QStringLiteral("json"), Command::tr("Print one JSON document.")});
}

int EmailExplainCommand::run(const QCommandLineParser &parser)
{
    for (const char *option : {"org", "message-id"}) {
        if (!parser.isSet(QLatin1String(option))) {
            printError(Command::tr("email explain needs --%1").arg(QLatin1String(option)));
            return BadInput;
        }
    }
    const QString messageId = parser.value(QStringLiteral("message-id"));
    // Read-only: never migrates, never locks, changes nothing.
    auto store = OrgStore::open(parser.value(QStringLiteral("org")), OrgStore::Access::ReadOnly);
    if (!store) {
        printError(store.error().message);
        return BadInput;
    }
    auto items = (*store)->exchangeItemsById(messageId);
    if (!items) {
        printError(items.error().message);
        return BadInput;
    }
    items->removeIf(
        [](const ExchangeItem &i) { return i.deleted || i.type != RecordTypes::Email; });
    if (items->isEmpty()) {
        printError(Command::tr("no email with the message id \"%1\" in any mailbox of %2")
                       .arg(messageId, (*store)->path()));
        return BadInput;
    }
    const auto org = loadOrg(**store, messageId);
    if (!org) {
        printError(org.error().message);
        return BadInput;
    }
    QJsonArray decisions;
    for (const ExchangeItem &item : *items) {
        const auto explained = explainItem(**store, *org, item);
        if (!explained) {
            printError(explained.error().message);
            return BadInput;
        }
        decisions.append(*explained);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject doc{{QStringLiteral("messageId"), messageId},
                              {QStringLiteral("decisions"), decisions}};
        printOut(QString::fromUtf8(QJsonDocument(doc).toJson()));
        return Ok;
    }
    for (const QJsonValue &d : decisions) {
        const QJsonObject o = d.toObject();
        if (decisions.size() > 1) // the same message in several mailboxes
            printOut(Command::tr("In %1's mailbox (%2):\n")
                         .arg(o.value(QStringLiteral("user")).toString(),
                              o.value(QStringLiteral("mailbox")).toString()));
        QString text = o.value(QStringLiteral("explanation")).toString() + u'\n';
        const QJsonArray advice = o.value(QStringLiteral("advice")).toArray();
        if (!advice.isEmpty()) {
            text += Command::tr("What would change it:\n");
            for (const QJsonValue &a : advice)
                text += QStringLiteral("  - %1\n").arg(a.toString());
        }
        printOut(text);
    }
    return Ok;
}

} // namespace SyncLens::Cli
