#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace SyncLens {

// A ready-made sync filter to start from: the defaults Dynamics 365 gives
// every user ("My contacts", …) and a few common narrower ones.
struct FilterTemplate
{
    QString type;     // contact, appointment or task
    QString name;     // translated
    QString fetchXml; // canonical (FetchXmlWriter)
};

class FilterTemplates
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::FilterTemplates)

public:
    static QList<FilterTemplate> all();
    static QList<FilterTemplate> forType(const QString &type);
    // An empty filter of `type` ("All appointments"), for a blank start.
    static QString blank(const QString &type);
};

} // namespace SyncLens
