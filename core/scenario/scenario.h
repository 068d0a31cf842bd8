#pragma once

#include "scenariostep.h"

#include "model/crmrecord.h"
#include "model/mailbox.h"
#include "model/syncfilter.h"
#include "model/team.h"
#include "model/user.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <vector>

namespace SyncLens {

// A scenario file (scenario-format.md) as ScenarioLoader reads it: a small org
// at `start` and a story of steps, every one validated, with its time resolved.
struct Scenario
{
    QString file;   // the name errors and reports use, as given to the loader
    QString format; // "synclens-scenario/1"
    QString title;
    QString story;   // empty when the file has none
    QDateTime start; // UTC
    // The file's `org`, nested as OrgSettings::withOverrides takes them; known
    // to apply cleanly to the default settings.
    QJsonObject orgOverrides;
    QList<User> users;
    QList<Team> teams;
    QList<Mailbox> mailboxes;
    QList<SyncFilter> filters; // modified at `start`
    QList<CrmRecord> records;  // created at `start`, not yet synchronised
    std::vector<ScenarioStep> steps;
};

} // namespace SyncLens
