#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace SyncLens::Fake {

// The small part of OData's $filter that the fake Dataverse understands:
// comparisons (eq ne gt ge lt le) of a column with a number, a quoted
// string, true/false/null, a GUID or a date-time, joined by and/or, in
// parentheses. A row matches or not; a filter it cannot read is nullopt.
class ODataFilter
{
public:
    using Predicate = std::function<bool(const QJsonObject &row)>;
    static std::optional<Predicate> parse(const QString &text);
};

} // namespace SyncLens::Fake
