// live check-filters: SyncLens's evaluation of the sync filters against Dataverse's.
#include "livecheckcommand.h"

#include "live/livefiltercheck.h"
#include "livesession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SyncLens::Cli {

namespace {

QJsonObject checkJson(const LiveFilterCheck &c)
{
    QJsonArray differences;
    for (const LiveFilterDifference &d : c.differences)
        differences.append(QJsonObject{{QStringLiteral("id"), d.recordId},
                                       {QStringLiteral("inSyncLens"), d.inSyncLens},
                                       {QStringLiteral("inDataverse"), d.inDataverse},
                                       {QStringLiteral("reason"), d.reason}});
    QJsonObject o{{QStringLiteral("id"), c.filter.id},
                  {QStringLiteral("name"), c.filter.name},
                  {QStringLiteral("user"), c.filter.userId},
                  {QStringLiteral("type"), c.filter.type},
                  {QStringLiteral("syncLens"), c.syncLens},
                  {QStringLiteral("dataverse"), c.dataverse},
                  {QStringLiteral("agreed"), c.agreed},
                  {QStringLiteral("total"), c.total},
                  {QStringLiteral("impersonated"), c.impersonated},
                  {QStringLiteral("differences"), differences}};
    if (!c.error.isEmpty())
        o.insert(QStringLiteral("error"), c.error);
    return o;
}

QString checkText(const LiveFilterCheck &c)
{
    QString text = Command::tr("%1 — %2 (%3): ").arg(c.filter.userId, c.filter.name, c.filter.type);
    if (!c.error.isEmpty())
        return text + Command::tr("not checked: %1\n").arg(c.error);
    if (c.differences.isEmpty())
        return text + Command::tr("Dataverse agrees: %1 of %2\n").arg(c.agreed).arg(c.total);
    text += Command::tr("differs on %1 of %2 records\n").arg(c.differences.size()).arg(c.total);
    for (const LiveFilterDifference &d : c.differences)
        text +=
            Command::tr("  %1  only in %2: %3\n")
                .arg(d.recordId, d.inSyncLens ? Command::tr("SyncLens") : Command::tr("Dataverse"),
                     d.reason);
    return text;
}

int exitCodeOf(const LiveFilterCheckSummary &s)
{
    for (const LiveFilterCheck &c : s.checks) {
        if (c.orgRefused)
            return Refused;
    }
    return s.differing > 0 ? CheckFailed : Ok;
}

void print(const LiveFilterCheckSummary &s, bool json)
{
    if (json) {
        QJsonArray filters;
        for (const LiveFilterCheck &c : s.checks)
            filters.append(checkJson(c));
        const QJsonObject doc{{QStringLiteral("filters"), filters},
                              {QStringLiteral("filtersChecked"), qint64(s.checks.size())},
                              {QStringLiteral("filtersDiffering"), s.differing},
                              {QStringLiteral("agreed"), s.agreed},
                              {QStringLiteral("total"), s.total},
                              {QStringLiteral("requests"), s.requests},
                              {QStringLiteral("elapsedMs"), s.elapsedMs}};
        return printOut(QString::fromUtf8(QJsonDocument(doc).toJson()));
    }
    QString text;
    for (const LiveFilterCheck &c : s.checks)
        text += checkText(c);
    text += Command::tr("Dataverse agrees on %1 of %2 records of %3 filters (%4 differ); %5 "
                        "requests, %6 s\n")
                .arg(s.agreed)
                .arg(s.total)
                .arg(s.checks.size())
                .arg(s.differing)
                .arg(s.requests)
                .arg(double(s.elapsedMs) / 1000.0, 0, 'f', 1);
    printOut(text);
}

// The user's id from --user (an id or an email address); empty for every user.
std::optional<QString> userOption(OrgStore &store, const QString &given)
{
    if (given.isEmpty())
        return QString();
    const auto users = store.users();
    if (!users) {
        printError(users.error().message);
        return std::nullopt;
    }
    for (const User &u : *users) {
        if (u.id == given || u.email.compare(given, Qt::CaseInsensitive) == 0)
            return u.id;
    }
    printError(Command::tr("%1 has no user \"%2\"").arg(store.path(), given));
    return std::nullopt;
}

} // namespace

QStringList LiveCheckFiltersCommand::words() const
{
    return {QStringLiteral("live"), QStringLiteral("check-filters")};
}

QString LiveCheckFiltersCommand::summary() const
{
    return Command::tr("Check SyncLens's evaluation of the sync filters against the org's own.");
}

void LiveCheckFiltersCommand::describe(QCommandLineParser &parser) const
{
    parser.addOptions({
        {QStringLiteral("org"), Command::tr("The live org file."), Command::tr("FILE")},
        {QStringLiteral("user"), Command::tr("Only this user's filters (id or email address)."),
         Command::tr("U")},
        {QStringLiteral("json"), Command::tr("Print one JSON document.")},
    });
}

int LiveCheckFiltersCommand::run(const QCommandLineParser &parser)
{
    auto store = openOrgOption(parser, OrgStore::Access::ReadOnly);
    if (!store)
        return BadInput;
    const auto user = userOption(*store, parser.value(QStringLiteral("user")));
    if (!user)
        return BadInput;
    const auto filters = store->filters(*user);
    if (!filters) {
        printError(filters.error().message);
        return BadInput;
    }
    int code = Ok;
    auto session = LiveSession::open(*store, &code);
    if (!session)
        return code;
    DataverseClient client(session->orgUrl, session->tokens.get());
    LiveFilterCheckJob job(*store, &client);
    QObject::connect(&job, &LiveFilterCheckJob::finished, &job,
                     [&code, &parser](const Result<LiveFilterCheckSummary> &result) {
                         if (!result) {
                             printError(result.error().message);
                             code = result.error().code == Error::Code::Remote ||
                                            result.error().code == Error::Code::Cancelled
                                        ? Refused
                                        : BadInput;
                         } else {
                             print(*result, parser.isSet(QStringLiteral("json")));
                             code = exitCodeOf(*result);
                         }
                         QCoreApplication::exit(code);
                     });
    job.start(*filters);
    QCoreApplication::exec();
    return code;
}

} // namespace SyncLens::Cli
