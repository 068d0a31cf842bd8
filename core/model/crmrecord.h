#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace SyncLens {

// A record in CRM. Field values are JSON: strings, numbers, booleans, lists;
// dates are ISO 8601 strings; user references (ownerid) hold a user id.
struct CrmRecord
{
    QString id;
    QString type;
    QJsonObject fields;
    QDateTime createdOn;
    QDateTime modifiedOn;
    bool deleted = false;

    QString field(const QString &name) const { return fields.value(name).toString(); }

    friend bool operator==(const CrmRecord &, const CrmRecord &) = default;
};

} // namespace SyncLens
