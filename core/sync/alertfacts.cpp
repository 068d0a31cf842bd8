#include "alertfacts.h"

namespace SyncLens {

QJsonObject alertJournalFacts(const Alert &alert)
{
    QJsonObject facts = alert.facts;
    facts.insert(QStringLiteral("severity"), alertSeverityName(alert.severity));
    return facts;
}

} // namespace SyncLens
