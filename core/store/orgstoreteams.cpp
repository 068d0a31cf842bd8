// OrgStore: teams and their members (schema 6).
#include "orgstore.h"
#include "storerows.h"

namespace SyncLens {

using namespace StoreRows;

Result<void> OrgStore::upsertTeam(const Team &team)
{
    return transaction([&]() -> Result<void> {
        static const QString sql =
            upsertById(QLatin1StringView("teams"), QStringLiteral("id, name"));
        if (auto r = write(sql, {team.id, team.name}); !r)
            return r;
        if (auto r = write(QStringLiteral("DELETE FROM team_members WHERE team_id = ?"), {team.id});
            !r)
            return r;
        for (const QString &member : team.members) {
            if (auto r =
                    write(QStringLiteral("INSERT OR IGNORE INTO team_members (team_id, user_id)"
                                         " VALUES (?, ?)"),
                          {team.id, member});
                !r)
                return r;
        }
        return {};
    });
}

Result<QList<Team>> OrgStore::teams()
{
    if (schemaVersion() < 6)
        return QList<Team>();
    auto query = exec(QStringLiteral("SELECT t.id, t.name, m.user_id FROM teams t"
                                     " LEFT JOIN team_members m ON m.team_id = t.id"
                                     " ORDER BY t.name, t.id, m.user_id"));
    if (!query)
        return query.error();
    QList<Team> teams;
    while ((*query)->next()) {
        const QString id = (*query)->value(0).toString();
        if (teams.isEmpty() || teams.last().id != id)
            teams.append(Team{id, (*query)->value(1).toString(), {}});
        if (const QVariant member = (*query)->value(2); !member.isNull())
            teams.last().members.append(member.toString());
    }
    (*query)->finish();
    return teams;
}

} // namespace SyncLens
