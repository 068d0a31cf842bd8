#pragma once

#include "scenariofieldchecker.h"

#include "model/crmrecord.h"
#include "model/mailbox.h"
#include "model/result.h"
#include "model/syncfilter.h"
#include "model/team.h"
#include "model/user.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

namespace SyncLens {

class ScenarioIds;
class ScenarioNode;

// Reads the things a scenario sets up, both in its lists (users, mailboxes,
// filters, records, org) and in the steps that create or change them
// (user.set, mailbox.set, filter.set, crm.create, org.set). Each read checks
// keys, types, names and references, and introduces the ids it defines.
class ScenarioEntityReader
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::ScenarioEntityReader)

public:
    explicit ScenarioEntityReader(ScenarioIds &ids);

    // The keys of a user and of a mailbox that user.set and mailbox.set may change.
    static QStringList userKeys();
    static QStringList mailboxKeys();

    Result<User> user(const ScenarioNode &node);
    // The userKeys() present in `node` (a user or a user.set step).
    Result<void> userAttributes(const ScenarioNode &node) const;
    Result<Team> team(const ScenarioNode &node);
    Result<Mailbox> mailbox(const ScenarioNode &node);
    Result<void> mailboxAttributes(const ScenarioNode &node) const;
    // `replaces`: filter.set, where an existing id is replaced, not a duplicate.
    Result<SyncFilter> filter(const ScenarioNode &node, const QDateTime &at, bool replaces);
    // A record in two passes, so that records may refer to each other: its id
    // and type first, then (when every id is known) its fields.
    Result<void> recordId(const ScenarioNode &node);
    Result<CrmRecord> record(const ScenarioNode &node, const QDateTime &at) const;
    // Org settings overrides; a bad one is reported at its key.
    Result<QJsonObject> orgOverrides(const ScenarioNode &node) const;

    const ScenarioFieldChecker &fieldChecker() const { return m_fields; }

private:
    Result<void> checkFetchXml(const ScenarioNode &node, const QString &type) const;
    Result<void> probeOverrides(const ScenarioNode &node, const QStringList &path) const;

    ScenarioIds &m_ids;
    ScenarioFieldChecker m_fields;
    QHash<QString, QString> m_mailboxOfUser;
};

} // namespace SyncLens
