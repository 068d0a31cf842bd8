#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

class QXmlStreamReader;

namespace SyncLens::Fake {

// A FetchXML <filter> of the root entity as the fake honours it: conditions
// with eq, ne, gt, ge, lt, le on the entity's own columns, all of them
// (type="and", the default) or any (type="or"); nested filters are not
// supported. Dates compare as instants, numbers as numbers, text without case.
class FakeFetchFilter
{
public:
    // Reads the <filter> the reader stands on, to its end element.
    static FakeFetchFilter read(QXmlStreamReader &reader);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool matches(const QJsonObject &row) const;

private:
    struct Condition
    {
        QString attribute;
        QString op;
        QString value;
    };
    static bool holds(const Condition &condition, const QJsonObject &row);

    QList<Condition> m_conditions;
    bool m_any = false;
    QString m_error;
};

} // namespace SyncLens::Fake
