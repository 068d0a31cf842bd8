#include "fakefetchevaluator.h"

#include "fetchxml/compiledfilter.h"
#include "fetchxml/fetchxmlparser.h"
#include "model/recordtypes.h"

#include <algorithm>
#include <memory>

namespace SyncLens::Fake {

FakeFetchEvaluator::FakeFetchEvaluator(const FakeOrgData &data)
    : m_data(data)
{}

// A live import's refresh asks for the rows changed since its last read
// (`modifiedon gt …`): the fake answers that from its rows as they are now,
// which tests change in place, with FakeFetchFilter. Every other filter is a
// sync filter's (the check against Dataverse) and is evaluated here.
bool FakeFetchEvaluator::needsEvaluation(const QString &fetchXml)
{
    if (fetchXml.contains(QLatin1String("attribute=\"modifiedon\"")))
        return false;
    return fetchXml.contains(QLatin1String("<filter")) ||
           fetchXml.contains(QLatin1String("<link-entity"));
}

Result<QSet<QString>> FakeFetchEvaluator::matching(const QString &fetchXml,
                                                   const QString &callerUserId,
                                                   const QDateTime &now) const
{
    const auto query = FetchXmlParser().parse(fetchXml);
    if (!query)
        return query.error();
    if (!RecordTypes::isFilterable(query->entity.name))
        return makeError(Error::Code::InvalidArgument,
                         tr("The fake evaluates FetchXML on contacts, appointments and tasks, "
                            "not on %1.")
                             .arg(query->entity.name));
    SnapshotSet::Columns columns;
    columns[query->entity.name]; // the root entity, even without conditions
    SnapshotSet::collectColumns(*query, columns);
    SnapshotSet snapshots;
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        auto snapshot = std::make_shared<RecordSnapshot>(it.key(), it.value().values());
        for (const CrmRecord &record : m_data.records(it.key()))
            snapshot->append(record);
        snapshots.add(snapshot);
    }
    User caller;
    caller.id = callerUserId;
    for (const User &u : m_data.users()) {
        if (u.id == callerUserId)
            caller = u;
    }
    const auto context = EvaluationContext::forUser(caller, m_data.teams(), now);
    const auto compiled = CompiledFilter::compile(*query, snapshots, context);
    if (!compiled)
        return compiled.error();
    QSet<QString> ids;
    for (const int row : compiled->selectRows())
        ids.insert(compiled->snapshot().id(row));
    if (dropOne && !ids.isEmpty())
        ids.remove(QString(*std::min_element(ids.begin(), ids.end())));
    return ids;
}

} // namespace SyncLens::Fake
