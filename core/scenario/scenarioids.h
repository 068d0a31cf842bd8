#pragma once

#include "jsonsourcedocument.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

namespace SyncLens {

class ScenarioNode;

// The ids a scenario has introduced so far, in file order: a reference to an id
// that is not (yet) introduced, or an id introduced twice, is an error at the
// node that holds it. Records, CRM emails and Exchange items share one
// namespace of item ids (sss-model §1: one logical id names a record on both
// sides); users, mailboxes and filters have their own.
class ScenarioIds
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::ScenarioIds)

public:
    enum class Kind
    {
        User,
        Mailbox,
        Filter,
        Item,
        Team
    };

    // Introduces the id `node` holds; `type` is an item's record type.
    Result<void> add(Kind kind, const ScenarioNode &node, const QString &type = {});
    // An email arriving in a mailbox: the same message id may arrive in several
    // mailboxes (and may be a CRM email), once in each.
    Result<void> addReceivedEmail(const QString &mailbox, const ScenarioNode &node);
    // Fails unless the id `node` holds is known.
    Result<void> require(Kind kind, const ScenarioNode &node) const;
    void remove(Kind kind, const QString &id);

    bool contains(Kind kind, const QString &id) const;
    QString typeOf(const QString &item) const; // empty when unknown

private:
    struct Entry
    {
        JsonPosition at;
        QString type;
    };
    QHash<QString, Entry> &ids(Kind kind) { return m_ids[size_t(kind)]; }
    const QHash<QString, Entry> &ids(Kind kind) const { return m_ids[size_t(kind)]; }

    std::array<QHash<QString, Entry>, 5> m_ids;
    QHash<QString, JsonPosition> m_received; // "mailbox\nmessage id"
};

} // namespace SyncLens
