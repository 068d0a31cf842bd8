#pragma once

#include "fetchxml/fetchoperator.h"
#include "fetchxml/fieldcatalog.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace SyncLens {

// Which condition operators the condition editor offers for a field, under
// which words, and the values a condition starts with when its field or
// operator changes (always values the parser accepts).
class OperatorChoices
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::OperatorChoices)

public:
    // The operators that make sense for a field of `type`, most common first.
    static QList<FetchOperator> forType(FieldType type);
    // "equals", "is in the last … days", "is you (the filter's user)", …
    static QString label(FetchOperator op);
    // Values for `op` on a field of `type`, keeping `previous` when they fit.
    static QStringList defaultValues(FetchOperator op, const FieldInfo &field,
                                     const QStringList &previous, const QString &userId);
    // A field the catalog does not know: judged as text.
    static FieldInfo unknownField(const QString &attribute);
};

} // namespace SyncLens
