#pragma once

#include "fakeorgdata.h"
#include "model/crmrecord.h"
#include "model/team.h"

namespace SyncLens::Fake {

// Tables of a sandbox org that Dataverse keeps apart from the records:
// teams with their memberships (the intersect table teammembership), and
// activity parties, where an appointment's organizer lives (a party list,
// participationtypemask 7), never a column of the appointment.
class FakeOrgTables
{
public:
    static void addTeams(const QList<Team> &teams, FakeOrgData &data);
    // The organizer's party of an appointment that names one.
    static void addOrganizer(const CrmRecord &appointment, FakeOrgData &data);
    // Columns of a sandbox record that are party lists in Dataverse.
    static bool isPartyList(const QString &type, const QString &field);

    // Entity sets served even when empty, and their primary keys.
    static QStringList alwaysServed();
    static QString primaryKeyOf(const QString &set);

    static constexpr int OrganizerMask = 7;
};

} // namespace SyncLens::Fake
