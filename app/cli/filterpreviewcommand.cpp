// filter preview: what a proposed filter would do to one user's scope.
#include "filtercommands.h"

#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/filterdescriber.h"
#include "fetchxml/scopepreview.h"
#include "model/recordtypes.h"
#include "model/textfile.h"
#include "store/orgstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SyncLens::Cli {

namespace {

struct Inputs
{
    std::unique_ptr<OrgStore> store;
    User user;
    QString type;
    std::vector<FetchQuery> current;
    std::vector<FetchQuery> proposed;
    QStringList currentNames;
};

std::optional<FetchQuery> parseProposed(const QString &path, const QString &type)
{
    const auto data = TextFile::read(path);
    if (!data) {
        printError(data.error().message);
        return std::nullopt;
    }
    const auto query = FetchXmlParser().parse(QString::fromUtf8(*data));
    if (!query) {
        printError(located(path, query.error()));
        return std::nullopt;
    }
    if (query->entity.name != type) {
        printError(Command::tr("%1: a filter of %2 records, not of %3 records")
                       .arg(path, query->entity.name, type));
        return std::nullopt;
    }
    return *query;
}

std::optional<Inputs> readInputs(const QCommandLineParser &parser)
{
    for (const char *name : {"org", "user", "type", "proposed"}) {
        if (!parser.isSet(QLatin1String(name))) {
            printError(Command::tr("filter preview needs --%1").arg(QLatin1String(name)));
            return std::nullopt;
        }
    }
    Inputs in;
    in.type = parser.value(QStringLiteral("type"));
    if (!RecordTypes::isFilterable(in.type)) {
        printError(
            Command::tr("--type must be contact, appointment or task, not \"%1\"").arg(in.type));
        return std::nullopt;
    }
    const QString org = parser.value(QStringLiteral("org"));
    auto store = OrgStore::open(org, OrgStore::Access::ReadOnly);
    if (!store) {
        printError(store.error().message);
        return std::nullopt;
    }
    in.store = std::move(store).value();
    const auto user = in.store->user(parser.value(QStringLiteral("user")));
    if (!user) {
        printError(user.error().message);
        return std::nullopt;
    }
    if (!user->has_value()) {
        printError(
            Command::tr("%1 has no user \"%2\"").arg(org, parser.value(QStringLiteral("user"))));
        return std::nullopt;
    }
    in.user = **user;
    const auto proposed = parseProposed(parser.value(QStringLiteral("proposed")), in.type);
    if (!proposed)
        return std::nullopt;
    in.proposed.push_back(*proposed);
    const auto filters = in.store->filters(in.user.id);
    if (!filters) {
        printError(filters.error().message);
        return std::nullopt;
    }
    for (const SyncFilter &filter : *filters) {
        if (filter.type != in.type || !filter.enabled)
            continue;
        const auto query = FetchXmlParser().parse(filter.fetchXml);
        if (!query) {
            printError(Command::tr("%1: the stored filter %2 (%3) is broken: %4")
                           .arg(org, filter.id, filter.name, query.error().message));
            return std::nullopt;
        }
        in.current.push_back(*query);
        in.currentNames.append(filter.name);
    }
    return in;
}

// A record's name and date for a listing: subject or full name, and when.
QPair<QString, QString> keyFields(OrgStore &store, const QString &id)
{
    const auto record = store.crmRecord(id);
    if (!record || !record->has_value())
        return {};
    const CrmRecord &r = **record;
    QString title = r.field(QStringLiteral("subject"));
    if (title.isEmpty())
        title = r.field(QStringLiteral("fullname"));
    QString when = r.field(QStringLiteral("scheduledstart"));
    if (when.isEmpty())
        when = r.field(QStringLiteral("scheduledend"));
    if (when.isEmpty())
        when = r.field(QStringLiteral("emailaddress1"));
    return {title, when};
}

QJsonArray recordsJson(Inputs &in, const std::vector<ScopePreview::Record> &records, int limit,
                       const FilterDescriber &describer)
{
    QJsonArray array;
    for (const auto &record : records) {
        if (limit > 0 && array.size() >= limit)
            break;
        const auto [title, when] = keyFields(*in.store, record.id);
        QJsonObject o{{QStringLiteral("id"), record.id},
                      {QStringLiteral("title"), title},
                      {QStringLiteral("when"), when}};
        if (record.failingCondition) {
            o.insert(
                QStringLiteral("failingCondition"),
                QJsonObject{{QStringLiteral("attribute"), record.failingCondition->attribute},
                            {QStringLiteral("operator"), operatorName(record.failingCondition->op)},
                            {QStringLiteral("values"),
                             QJsonArray::fromStringList(record.failingCondition->values)},
                            {QStringLiteral("sentence"),
                             describer.describeCondition(*record.failingCondition, in.type)}});
        }
        array.append(o);
    }
    return array;
}

QString groupText(Inputs &in, const QString &heading, const QString &sentence,
                  const QJsonArray &records, qint64 total)
{
    QString text = QStringLiteral("\n%1 (%2): %3\n").arg(heading).arg(total).arg(sentence);
    for (const QJsonValue &v : records) {
        const QJsonObject o = v.toObject();
        text += QStringLiteral("  %1  %2  %3")
                    .arg(o.value(QStringLiteral("id")).toString(),
                         o.value(QStringLiteral("title")).toString(),
                         o.value(QStringLiteral("when")).toString());
        if (o.contains(QStringLiteral("failingCondition")))
            text += Command::tr("  — now fails: %1")
                        .arg(o.value(QStringLiteral("failingCondition"))
                                 .toObject()
                                 .value(QStringLiteral("sentence"))
                                 .toString());
        text += u'\n';
    }
    if (total > records.size())
        text += Command::tr("  … and %1 more\n").arg(total - records.size());
    Q_UNUSED(in)
    return text;
}

} // namespace

QStringList FilterPreviewCommand::words() const
{
    return {QStringLiteral("filter"), QStringLiteral("preview")};
}

QString FilterPreviewCommand::summary() const
{
    return Command::tr(
        "Preview which records a proposed filter brings into or out of a user's scope.");
}

void FilterPreviewCommand::describe(QCommandLineParser &parser) const
{
    parser.addOptions({
        {QStringLiteral("org"), Command::tr("The org file."), Command::tr("DB")},
        {QStringLiteral("user"), Command::tr("The user's id."), Command::tr("U")},
        {QStringLiteral("type"), Command::tr("contact, appointment or task."), Command::tr("T")},
        {QStringLiteral("proposed"),
         Command::tr("The proposed filter: replaces the user's filters of that type."),
         Command::tr("FILE")},
        {QStringLiteral("limit"), Command::tr("Records listed per group (0: all)."),
         Command::tr("N"), QStringLiteral("20")},
        {QStringLiteral("json"), Command::tr("Print one JSON document.")},
    });
}

int FilterPreviewCommand::run(const QCommandLineParser &parser)
{
    const auto limit = integerOption(parser, QStringLiteral("limit"), 20);
    if (!limit)
        return BadInput;
    auto in = readInputs(parser);
    if (!in)
        return BadInput;
    SnapshotSet::Columns columns;
    for (const auto &q : in->current)
        SnapshotSet::collectColumns(q, columns);
    SnapshotSet::collectColumns(in->proposed.front(), columns);
    const auto snapshots = SnapshotSet::load(*in->store, columns);
    const auto settings = in->store->orgSettings();
    const auto teams = in->store->teams();
    if (!snapshots || !settings || !teams) {
        printError(!snapshots  ? snapshots.error().message
                   : !settings ? settings.error().message
                               : teams.error().message);
        return BadInput;
    }
    const auto clock = in->store->metaValue(QStringLiteral("clock"));
    if (!clock) {
        printError(clock.error().message);
        return BadInput;
    }
    QDateTime now = QDateTime::fromString(*clock, Qt::ISODate);
    if (!now.isValid())
        now = QDateTime::currentDateTimeUtc();
    const EvaluationContext context = EvaluationContext::forUser(in->user, *teams, now);
    const auto preview = ScopePreviewer::preview(in->type, in->current, in->proposed, *snapshots,
                                                 context, settings->sync.outOfScope);
    if (!preview) {
        printError(preview.error().message);
        return BadInput;
    }
    FilterDescriber describer;
    describer.setUserNames({{in->user.id, in->user.name}});
    describer.setTimeZone(in->user.name, in->user.timeZone);
    const auto consequences = preview->consequences();
    const QJsonArray entering = recordsJson(*in, preview->entering, int(*limit), describer);
    const QJsonArray leaving = recordsJson(*in, preview->leaving, int(*limit), describer);
    const QJsonArray staying = recordsJson(*in, preview->staying, int(*limit), describer);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray groups;
        for (const auto &c : consequences) {
            groups.append(
                QJsonObject{{QStringLiteral("count"), c.count},
                            {QStringLiteral("sentence"), c.sentence},
                            {QStringLiteral("createdInOutlook"), c.createdInOutlook},
                            {QStringLiteral("removedFromOutlook"), c.removedFromOutlook},
                            {QStringLiteral("staysInOutlook"), c.staysInOutlook},
                            {QStringLiteral("receivesCrmChanges"), c.receivesCrmChanges},
                            {QStringLiteral("outlookEditsChangeCrm"), c.outlookEditsChangeCrm}});
        }
        const QJsonObject doc{
            {QStringLiteral("user"), in->user.id},
            {QStringLiteral("type"), in->type},
            {QStringLiteral("proposed"), describer.describe(in->proposed.front())},
            {QStringLiteral("counts"),
             QJsonObject{{QStringLiteral("entering"), qint64(preview->entering.size())},
                         {QStringLiteral("leaving"), qint64(preview->leaving.size())},
                         {QStringLiteral("staying"), qint64(preview->staying.size())},
                         {QStringLiteral("outside"), preview->outside}}},
            {QStringLiteral("consequences"), groups},
            {QStringLiteral("entering"), entering},
            {QStringLiteral("leaving"), leaving},
            {QStringLiteral("staying"), staying}};
        printOut(QString::fromUtf8(QJsonDocument(doc).toJson()));
        return Ok;
    }
    QString text =
        Command::tr("Preview for %1 (%2), %3 records\n").arg(in->user.name, in->user.id, in->type);
    for (size_t i = 0; i < in->current.size(); ++i)
        text += Command::tr("Current:  %1 — %2\n")
                    .arg(in->currentNames.at(qsizetype(i)), describer.describe(in->current[i]));
    text += Command::tr("Proposed: %1\n").arg(describer.describe(in->proposed.front()));
    text += Command::tr("Entering %1, leaving %2, staying %3, outside %4\n")
                .arg(preview->entering.size())
                .arg(preview->leaving.size())
                .arg(preview->staying.size())
                .arg(preview->outside);
    text += groupText(*in, Command::tr("Entering"), consequences.at(0).sentence, entering,
                      qint64(preview->entering.size()));
    text += groupText(*in, Command::tr("Leaving"), consequences.at(1).sentence, leaving,
                      qint64(preview->leaving.size()));
    text += groupText(*in, Command::tr("Staying"), consequences.at(2).sentence, staying,
                      qint64(preview->staying.size()));
    printOut(text);
    return Ok;
}

} // namespace SyncLens::Cli
