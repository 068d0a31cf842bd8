#include "livefilterengineside.h"

#include "fetchxml/compiledfilter.h"
#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/filterdescriber.h"
#include "store/orgstore.h"

namespace SyncLens {

Result<LiveFilterEngineSide> LiveFilterEngineSide::load(OrgStore &store,
                                                        const QList<SyncFilter> &filters)
{
    LiveFilterEngineSide side;
    SnapshotSet::Columns columns;
    for (const SyncFilter &f : filters) {
        columns[f.type];
        if (const auto query = FetchXmlParser().parse(f.fetchXml))
            SnapshotSet::collectColumns(*query, columns);
    }
    auto snapshots = SnapshotSet::load(store, columns);
    if (!snapshots)
        return snapshots.error();
    side.m_snapshots = std::move(*snapshots);
    const auto users = store.users();
    const auto teams = store.teams();
    const auto clock = store.metaValue(QStringLiteral("clock"));
    if (!users || !teams || !clock)
        return !users ? users.error() : !teams ? teams.error() : clock.error();
    for (const User &u : *users)
        side.m_users.insert(u.id, u);
    side.m_teams = *teams;
    side.m_now = QDateTime::fromString(*clock, Qt::ISODate);
    if (!side.m_now.isValid())
        side.m_now = QDateTime::currentDateTimeUtc();
    return side;
}

Result<QSet<QString>> LiveFilterEngineSide::select(const SyncFilter &filter) const
{
    const auto query = FetchXmlParser().parse(filter.fetchXml);
    if (!query)
        return query.error();
    User user = m_users.value(filter.userId);
    user.id = filter.userId;
    const auto context = EvaluationContext::forUser(user, m_teams, m_now);
    const auto compiled = CompiledFilter::compile(*query, m_snapshots, context);
    if (!compiled)
        return compiled.error();
    QSet<QString> ids;
    for (const int row : compiled->selectRows())
        ids.insert(compiled->snapshot().id(row));
    return ids;
}

QString LiveFilterEngineSide::whyNot(const SyncFilter &filter, const QString &recordId) const
{
    const auto query = FetchXmlParser().parse(filter.fetchXml);
    const RecordSnapshot *snapshot = m_snapshots.find(filter.type);
    if (!query || !snapshot)
        return tr("SyncLens cannot evaluate this filter.");
    User user = m_users.value(filter.userId);
    user.id = filter.userId;
    const auto compiled = CompiledFilter::compile(*query, m_snapshots,
                                                  EvaluationContext::forUser(user, m_teams, m_now));
    for (int row = 0; compiled && row < snapshot->size(); ++row) {
        if (snapshot->id(row) != recordId)
            continue;
        const auto failing = compiled->firstFailingCondition(row);
        if (!failing)
            return tr("SyncLens found no condition it fails.");
        FilterDescriber describer;
        describer.setUserNames({{user.id, user.name}});
        return tr("SyncLens thought it fails: %1")
            .arg(describer.describeCondition(*failing, filter.type));
    }
    return tr("The org file does not have this record (not imported, or created since the "
              "import).");
}

} // namespace SyncLens
