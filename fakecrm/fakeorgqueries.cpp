#include "fakeorgqueries.h"

#include "fetchxml/filtertemplates.h"
#include "model/recordtypes.h"

#include <QSet>

namespace SyncLens::Fake {

void FakeOrgQueries::add(const QList<SyncFilter> &filters, const QHash<QString, QString> &kinds,
                         const QList<User> &users, FakeOrgData &data)
{
    for (const SyncFilter &f : filters) {
        QJsonObject row{{QStringLiteral("userqueryid"), f.id},
                        {QStringLiteral("name"), f.name},
                        {QStringLiteral("fetchxml"), f.fetchXml},
                        {QStringLiteral("returnedtypecode"), f.type},
                        {QStringLiteral("querytype"), kinds.value(f.id) == u"offline" ? 16 : 256},
                        {QStringLiteral("statecode"), f.enabled ? 0 : 1},
                        {QStringLiteral("statuscode"), f.enabled ? 1 : 2},
                        {QStringLiteral("modifiedon"), FakeOrgData::isoTime(f.modifiedOn)}};
        FakeOrgData::setLookup(row, QStringLiteral("ownerid"), f.userId,
                               QStringLiteral("systemuser"));
        data.add(QStringLiteral("userqueries"), QStringLiteral("userqueryid"), row);
    }
    if (!users.isEmpty()) { // an ordinary view named like a filter is not one
        QJsonObject view{{QStringLiteral("userqueryid"), QStringLiteral("zz-view-0001")},
                         {QStringLiteral("name"), QStringLiteral("My Outlook Contacts")},
                         {QStringLiteral("fetchxml"), FilterTemplates::blank(RecordTypes::Contact)},
                         {QStringLiteral("returnedtypecode"), QStringLiteral("contact")},
                         {QStringLiteral("querytype"), 0},
                         {QStringLiteral("statecode"), 0}};
        FakeOrgData::setLookup(view, QStringLiteral("ownerid"), users.first().id,
                               QStringLiteral("systemuser"));
        data.add(QStringLiteral("userqueries"), QStringLiteral("userqueryid"), view);
    }
    int n = 0;
    QSet<QString> defaults;
    for (const FilterTemplate &t : FilterTemplates::all()) {
        const bool isDefault = !defaults.contains(t.type);
        defaults.insert(t.type);
        data.add(QStringLiteral("savedqueries"), QStringLiteral("savedqueryid"),
                 {{QStringLiteral("savedqueryid"),
                   QStringLiteral("tpl-%1").arg(++n, 4, 10, QLatin1Char('0'))},
                  {QStringLiteral("name"), t.name},
                  {QStringLiteral("fetchxml"), t.fetchXml},
                  {QStringLiteral("returnedtypecode"), t.type},
                  {QStringLiteral("querytype"), 131072},
                  {QStringLiteral("isdefault"), isDefault}});
    }
    data.add(QStringLiteral("savedqueries"), QStringLiteral("savedqueryid"),
             {{QStringLiteral("savedqueryid"), QStringLiteral("zz-view-active-contacts")},
              {QStringLiteral("name"), QStringLiteral("My Active Contacts")},
              {QStringLiteral("fetchxml"), FilterTemplates::blank(RecordTypes::Contact)},
              {QStringLiteral("returnedtypecode"), QStringLiteral("contact")},
              {QStringLiteral("querytype"), 0},
              {QStringLiteral("isdefault"), true}});
}

} // namespace SyncLens::Fake
