#pragma once

#include <QDateTime>
#include <QString>

namespace SyncLens {

// A personal sync filter: a FetchXML query over one record type (contact,
// appointment or task). It restricts only CRM → Exchange (sss-model §1, §3).
struct SyncFilter
{
    QString id;
    QString userId;
    QString type; // RecordTypes::Contact, Appointment or Task
    QString name;
    QString fetchXml;
    bool enabled = true;
    QDateTime modifiedOn;

    friend bool operator==(const SyncFilter &, const SyncFilter &) = default;
};

} // namespace SyncLens
