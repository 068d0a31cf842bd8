#include "orginfocommand.h"

#include "store/orgstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace SyncLens::Cli {

namespace {

QJsonObject toJson(const OrgCounts &c, const QString &path)
{
    auto byType = [](const QMap<QString, qint64> &counts) {
        QJsonObject o;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    return QJsonObject{{QStringLiteral("file"), path},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("schemaVersion"), c.schemaVersion},
                       {QStringLiteral("users"), c.users},
                       {QStringLiteral("mailboxes"), c.mailboxes},
                       {QStringLiteral("filters"), c.filters},
                       {QStringLiteral("crmRecords"), byType(c.crmRecordsByType)},
                       {QStringLiteral("exchangeItems"), byType(c.exchangeItemsByType)},
                       {QStringLiteral("links"), c.links},
                       {QStringLiteral("journalEntries"), c.journalEntries},
                       {QStringLiteral("alerts"), c.alerts}};
}

QString row(const QString &label, const QString &value, int indent = 0)
{
    const QString left = QString(indent, u' ') + label;
    return left.leftJustified(24, u' ') + u' ' + value + u'\n';
}

QString toText(const OrgCounts &c, const QString &path)
{
    QString text;
    text += row(Command::tr("Org"), c.name);
    text += row(Command::tr("File"), path);
    text += row(Command::tr("Schema version"), QString::number(c.schemaVersion));
    text += row(Command::tr("Users"), QString::number(c.users));
    text += row(Command::tr("Mailboxes"), QString::number(c.mailboxes));
    text += row(Command::tr("Sync filters"), QString::number(c.filters));
    text += row(Command::tr("CRM records"), QString::number(c.crmRecords()));
    for (auto it = c.crmRecordsByType.cbegin(); it != c.crmRecordsByType.cend(); ++it)
        text += row(it.key(), QString::number(it.value()), 2);
    text += row(Command::tr("Exchange items"), QString::number(c.exchangeItems()));
    for (auto it = c.exchangeItemsByType.cbegin(); it != c.exchangeItemsByType.cend(); ++it)
        text += row(it.key(), QString::number(it.value()), 2);
    text += row(Command::tr("Links"), QString::number(c.links));
    text += row(Command::tr("Journal entries"), QString::number(c.journalEntries));
    text += row(Command::tr("Alerts"), QString::number(c.alerts));
    return text;
}

} // namespace

QStringList OrgInfoCommand::words() const
{
    return {QStringLiteral("org"), QStringLiteral("info")};
}

QString OrgInfoCommand::summary() const
{
    return Command::tr(
        "Show what an org file holds: counts per type, users, mailboxes, schema version.");
}

void OrgInfoCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("file"), Command::tr("The org file."),
                                 Command::tr("FILE"));
    parser.addOption({QStringLiteral("json"), Command::tr("Print one JSON document.")});
}

int OrgInfoCommand::run(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printError(Command::tr("org info needs exactly one FILE"));
        return BadInput;
    }
    // Read-only: never migrates, never locks, changes nothing.
    auto store = OrgStore::open(files.first(), OrgStore::Access::ReadOnly);
    if (!store) {
        printError(store.error().message);
        return BadInput;
    }
    const auto counts = (*store)->counts();
    if (!counts) {
        printError(counts.error().message);
        return BadInput;
    }
    // Live mode: where the org came from (sandbox, or live and its URL).
    const auto source = (*store)->source();
    const auto url = (*store)->metaValue(QStringLiteral("live.url"));
    const QString sourceName = source ? *source : QStringLiteral("sandbox");
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = toJson(*counts, files.first());
        json.insert(QStringLiteral("source"), sourceName);
        json.insert(QStringLiteral("url"),
                    url && !url->isEmpty() ? QJsonValue(*url) : QJsonValue());
        printOut(QString::fromUtf8(QJsonDocument(json).toJson()));
    } else {
        QString text = toText(*counts, files.first());
        text += row(Command::tr("Source"), sourceName);
        if (url && !url->isEmpty())
            text += row(Command::tr("URL"), *url);
        printOut(text);
    }
    return Ok;
}

} // namespace SyncLens::Cli
