#include "fakeorgtables.h"

#include "model/recordtypes.h"

#include <QHash>
#include <QUuid>

namespace SyncLens::Fake {

namespace {

const QString kLookupType = QStringLiteral("@Microsoft.Dynamics.CRM.lookuplogicalname");

// A stable id for a row Dataverse makes itself (a membership, a party).
QString derivedId(const QString &kind, const QString &a, const QString &b)
{
    return QUuid::createUuidV5(QUuid(), kind + u'/' + a + u'/' + b).toString(QUuid::WithoutBraces);
}

} // namespace

void FakeOrgTables::addTeams(const QList<Team> &teams, FakeOrgData &data)
{
    for (const Team &team : teams) {
        data.add(QStringLiteral("teams"), QStringLiteral("teamid"),
                 {{QStringLiteral("teamid"), team.id},
                  {QStringLiteral("name"), team.name},
                  {QStringLiteral("teamtype"), 0}, // owner team
                  {QStringLiteral("isdefault"), false}});
        for (const QString &member : team.members) {
            // An intersect table: plain id columns, not lookups.
            data.add(QStringLiteral("teammemberships"), QStringLiteral("teammembershipid"),
                     {{QStringLiteral("teammembershipid"),
                       derivedId(QStringLiteral("membership"), team.id, member)},
                      {QStringLiteral("teamid"), team.id},
                      {QStringLiteral("systemuserid"), member}});
        }
    }
}

void FakeOrgTables::addOrganizer(const CrmRecord &appointment, FakeOrgData &data)
{
    const QString organizer = appointment.field(QStringLiteral("organizer"));
    if (organizer.isEmpty())
        return; // "the Organizer field is not present"
    data.add(QStringLiteral("activityparties"), QStringLiteral("activitypartyid"),
             {{QStringLiteral("activitypartyid"),
               derivedId(QStringLiteral("organizer"), appointment.id, organizer)},
              {QStringLiteral("_activityid_value"), appointment.id},
              {QStringLiteral("_activityid_value") + kLookupType, QStringLiteral("appointment")},
              {QStringLiteral("_partyid_value"), organizer},
              {QStringLiteral("_partyid_value") + kLookupType, QStringLiteral("systemuser")},
              {QStringLiteral("participationtypemask"), OrganizerMask}});
}

bool FakeOrgTables::isPartyList(const QString &type, const QString &field)
{
    return type == RecordTypes::Appointment && field == u"organizer";
}

QStringList FakeOrgTables::alwaysServed()
{
    return {QStringLiteral("contacts"),  QStringLiteral("appointments"),
            QStringLiteral("tasks"),     QStringLiteral("emails"),
            QStringLiteral("tracelogs"), QStringLiteral("activityparties"),
            QStringLiteral("teams"),     QStringLiteral("teammemberships")};
}

QString FakeOrgTables::primaryKeyOf(const QString &set)
{
    static const QHash<QString, QString> keys{
        {QStringLiteral("contacts"), QStringLiteral("contactid")},
        {QStringLiteral("tracelogs"), QStringLiteral("tracelogid")},
        {QStringLiteral("activityparties"), QStringLiteral("activitypartyid")},
        {QStringLiteral("teams"), QStringLiteral("teamid")},
        {QStringLiteral("teammemberships"), QStringLiteral("teammembershipid")}};
    return keys.value(set, QStringLiteral("activityid"));
}

} // namespace SyncLens::Fake
