#pragma once

#include "fetchquery.h"
#include "fieldcatalog.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace SyncLens {

// Reading the values of conditions, and checking that a condition's values fit
// its operator and its field.
class FetchValue
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::FetchValue)

public:
    // "2026-03-01" (midnight UTC), "2026-03-01T09:00:00Z", with an offset, …
    static std::optional<QDateTime> parseDateTime(const QString &text);
    static std::optional<double> parseNumber(const QString &text);
    static std::optional<int> parseCount(const QString &text);
    static std::optional<bool> parseBoolean(const QString &text);

    // A translated problem, or nothing when the condition is well-formed for
    // a field of `entity` (unknown fields are checked by operator only).
    static std::optional<QString> checkCondition(const FetchCondition &condition,
                                                 const QString &entity,
                                                 const FieldCatalog &catalog);

    static QString typeName(FieldType type);
};

} // namespace SyncLens
