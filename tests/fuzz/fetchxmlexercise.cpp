#include "fetchxmlexercise.h"

#include "fetchxml/compiledfilter.h"
#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/fetchxmlwriter.h"
#include "fetchxml/filterdescriber.h"

#include <QJsonObject>

namespace SyncLens::Fuzz {

namespace {

// A few records of whatever entity the input names, so that evaluation runs.
SnapshotSet snapshotsFor(const FetchQuery &query)
{
    SnapshotSet::Columns columns;
    SnapshotSet::collectColumns(query, columns);
    SnapshotSet set;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        auto snapshot = std::make_shared<RecordSnapshot>(it.key(), it.value().values());
        for (int i = 0; i < 4; ++i) {
            QJsonObject fields;
            for (const QString &attribute : it.value()) {
                if (i == 1)
                    fields.insert(attribute, QStringLiteral("2026-03-0%1").arg(i + 1));
                else if (i == 2)
                    fields.insert(attribute, i * 7);
                else if (i == 3)
                    fields.insert(attribute, QStringLiteral("x%1").arg(i));
            }
            snapshot->append(CrmRecord{QStringLiteral("r%1").arg(i), it.key(), fields});
        }
        set.add(snapshot);
    }
    return set;
}

} // namespace

QString exerciseFetchXml(const QString &text, bool *parsed)
{
    const auto query = FetchXmlParser().parse(text);
    if (parsed)
        *parsed = query.ok();
    if (!query) {
        if (query.error().line <= 0 || query.error().message.isEmpty())
            return QStringLiteral("an error without a position: ") + query.error().message;
        return {};
    }
    const QString written = FetchXmlWriter::write(*query);
    const auto again = FetchXmlParser().parse(written);
    if (!again)
        return QStringLiteral("the written form does not parse: ") + again.error().message;
    if (!(*again == *query))
        return QStringLiteral("the written form reads back differently");
    FilterDescriber describer;
    describer.setTimeZone(QStringLiteral("X"), QStringLiteral("Europe/Paris"));
    if (describer.describe(*query).isEmpty())
        return QStringLiteral("an empty description");
    const SnapshotSet snapshots = snapshotsFor(*query);
    // A user in a team and a zone with daylight saving, at its March change.
    EvaluationContext context{QStringLiteral("x3"),
                              {QStringLiteral("x1")},
                              {},
                              QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC)};
    context.timeZone = EvaluationContext::zoneNamed(QStringLiteral("Europe/Paris"));
    const auto filter = CompiledFilter::compile(*query, snapshots, context);
    if (filter) {
        const auto mask = filter->evaluate();
        for (size_t row = 0; row < mask.size(); ++row) {
            if (bool(mask[row]) != filter->matches(int(row)))
                return QStringLiteral("the scan and the row test disagree");
        }
    }
    return {};
}

} // namespace SyncLens::Fuzz
