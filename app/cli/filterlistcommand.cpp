#include "livecommands.h"

#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/filterdescriber.h"
#include "store/orgstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SyncLens::Cli {

QStringList FilterListCommand::words() const
{
    return {QStringLiteral("filter"), QStringLiteral("list")};
}

QString FilterListCommand::summary() const
{
    return Command::tr("List sync filters: owner, record type, kind, active, FetchXML, sentence.");
}

void FilterListCommand::describe(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("org"), Command::tr("The org file."), Command::tr("FILE")});
    parser.addOption({QStringLiteral("user"),
                      Command::tr("Only this user's filters (id, address or name)."),
                      Command::tr("USER")});
    parser.addOption({QStringLiteral("json"), Command::tr("Print one JSON document.")});
}

int FilterListCommand::run(const QCommandLineParser &parser)
{
    auto store = openOrgOption(parser, OrgStore::Access::ReadOnly);
    if (!store)
        return BadInput;
    const auto users = store->users();
    const auto filters = store->filters();
    const auto kinds = store->filterKinds();
    for (const Error *e : {users ? nullptr : &users.error(), filters ? nullptr : &filters.error(),
                           kinds ? nullptr : &kinds.error()}) {
        if (e) {
            printError(e->message);
            return BadInput;
        }
    }
    QHash<QString, User> byId;
    QHash<QString, QString> names;
    QString only;
    const QString wanted = parser.value(QStringLiteral("user"));
    for (const User &u : *users) {
        byId.insert(u.id, u);
        names.insert(u.id, u.name);
        if (!wanted.isEmpty() &&
            (u.id == wanted || u.email.compare(wanted, Qt::CaseInsensitive) == 0 ||
             u.name.compare(wanted, Qt::CaseInsensitive) == 0))
            only = u.id;
    }
    if (!wanted.isEmpty() && only.isEmpty()) {
        printError(Command::tr("no user \"%1\" in %2").arg(wanted, store->path()));
        return BadInput;
    }
    FilterDescriber describer;
    describer.setUserNames(names);
    QJsonArray json;
    QString text;
    for (const SyncFilter &f : *filters) {
        if (!only.isEmpty() && f.userId != only)
            continue;
        const User owner = byId.value(f.userId);
        const auto query = FetchXmlParser().parse(f.fetchXml);
        const QString sentence =
            query ? describer.describe(*query)
                  : Command::tr("(cannot be read: %1)").arg(query.error().message);
        const QString kind = kinds->value(f.id, QStringLiteral("outlook"));
        json.append(QJsonObject{{QStringLiteral("id"), f.id},
                                {QStringLiteral("ownerAddress"), owner.email},
                                {QStringLiteral("ownerName"), owner.name},
                                {QStringLiteral("recordType"), f.type},
                                {QStringLiteral("name"), f.name},
                                {QStringLiteral("kind"), kind},
                                {QStringLiteral("active"), f.enabled},
                                {QStringLiteral("fetchXml"), f.fetchXml},
                                {QStringLiteral("sentence"), sentence}});
        text += Command::tr("%1  %2 <%3>  %4  \"%5\"  %6, %7\n  %8\n")
                    .arg(f.id, owner.name, owner.email, f.type, f.name, kind,
                         f.enabled ? Command::tr("active") : Command::tr("inactive"), sentence);
    }
    printOut(parser.isSet(QStringLiteral("json")) ? QString::fromUtf8(QJsonDocument(json).toJson())
                                                  : text);
    return Ok;
}

} // namespace SyncLens::Cli
