// LiveImportJob: what lives beside the records in Dataverse: appointments'
// organizers (activity parties) and teams with their members.
#include "liveimportjob.h"
#include "liveimportmappers.h"
#include "model/recordtypes.h"
#include "pagereader.h"

#include <QSet>
#include <QUrl>

namespace SyncLens {

namespace {

// participationtypemask of an activity party: 7 is the organizer.
constexpr int kOrganizerMask = 7;

QString partyText(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1String(key)).toString();
}

} // namespace

void LiveImportJob::readOrganizers()
{
    // An appointment's organizer is a party list, not a column: its party of
    // type 7 in activityparty. Read before the appointments, which take it.
    startRead();
    PageReader::readAll(
        m_client,
        request(tr("the appointments' organizers"), QStringLiteral("activityparties"),
                QStringLiteral("$select=_activityid_value,_partyid_value&$filter=") +
                    QString::fromLatin1(QUrl::toPercentEncoding(
                        QStringLiteral("participationtypemask eq %1").arg(kOrganizerMask), "="))),
        this,
        [this](const QJsonArray &rows) -> Result<void> {
            for (const QJsonValue row : rows) {
                const QJsonObject o = row.toObject();
                const QString party = partyText(o, "_partyid_value");
                if (!party.isEmpty())
                    m_organizers.insert(partyText(o, "_activityid_value"), party);
            }
            return {};
        },
        [this](const Result<void> &r) {
            m_summary.organizers = m_organizers.size();
            if (r)
                readRecords(RecordTypes::Appointment);
            endRead(r);
        });
}

void LiveImportJob::readTeams()
{
    startRead();
    PageReader::readAll(
        m_client,
        request(tr("the teams"), QStringLiteral("teams"), QStringLiteral("$select=teamid,name")),
        this,
        [this](const QJsonArray &rows) -> Result<void> {
            for (const QJsonValue row : rows) {
                const QJsonObject o = row.toObject();
                m_teams.append({partyText(o, "teamid"), partyText(o, "name"), {}});
            }
            return {};
        },
        [this](const Result<void> &r) { endRead(r); });
    startRead();
    PageReader::readAll(
        m_client,
        request(tr("the team members"), QStringLiteral("teammemberships"),
                QStringLiteral("$select=teamid,systemuserid")),
        this,
        [this](const QJsonArray &rows) -> Result<void> {
            for (const QJsonValue row : rows) {
                const QJsonObject o = row.toObject();
                m_memberships.append({partyText(o, "teamid"), partyText(o, "systemuserid")});
            }
            return {};
        },
        [this](const Result<void> &r) { endRead(r); });
}

Result<void> LiveImportJob::writeTeams(const QSet<QString> &people)
{
    // Members are the org's people: a disabled or application user is none.
    QHash<QString, QStringList> members;
    for (const auto &[team, user] : std::as_const(m_memberships)) {
        if (people.contains(user))
            members[team].append(user);
    }
    for (Team team : std::as_const(m_teams)) {
        team.members = members.value(team.id);
        team.members.sort();
        if (auto r = m_writer->store().upsertTeam(team); !r)
            return r;
    }
    m_summary.teams = int(m_teams.size());
    return {};
}

} // namespace SyncLens
