#include "scenarioids.h"

#include "scenarionode.h"

#include "model/recordtypes.h"

namespace SyncLens {

namespace {

QString unknown(ScenarioIds::Kind kind, const QString &id)
{
    switch (kind) {
    case ScenarioIds::Kind::User:
        return ScenarioIds::tr("unknown user \"%1\"").arg(id);
    case ScenarioIds::Kind::Mailbox:
        return ScenarioIds::tr("unknown mailbox \"%1\"").arg(id);
    case ScenarioIds::Kind::Filter:
        return ScenarioIds::tr("unknown filter \"%1\"").arg(id);
    case ScenarioIds::Kind::Team:
        return ScenarioIds::tr("unknown team \"%1\"").arg(id);
    case ScenarioIds::Kind::Item:
        break;
    }
    return ScenarioIds::tr("unknown record or item \"%1\": no earlier record, email or item has "
                           "this id")
        .arg(id);
}

} // namespace

Result<void> ScenarioIds::add(Kind kind, const ScenarioNode &node, const QString &type)
{
    const QString id = node.json().toString();
    if (const auto first = ids(kind).constFind(id); first != ids(kind).cend()) {
        return node.error(tr("duplicate id \"%1\" (first at line %2, column %3)")
                              .arg(id)
                              .arg(first->at.line)
                              .arg(first->at.column));
    }
    ids(kind).insert(id, Entry{node.position(), type});
    return {};
}

Result<void> ScenarioIds::addReceivedEmail(const QString &mailbox, const ScenarioNode &node)
{
    const QString id = node.json().toString();
    const QString type = typeOf(id);
    if (type.isEmpty()) {
        if (auto added = add(Kind::Item, node, RecordTypes::Email); !added)
            return added;
    } else if (type != RecordTypes::Email) {
        return node.error(
            tr("\"%1\" is already a record or item of type %2, not an email").arg(id, type));
    }
    const QString key = mailbox + u'\n' + id;
    if (const auto first = m_received.constFind(key); first != m_received.cend()) {
        return node.error(tr("email \"%1\" already arrived in mailbox \"%2\" (line %3, column %4)")
                              .arg(id, mailbox)
                              .arg(first->line)
                              .arg(first->column));
    }
    m_received.insert(key, node.position());
    return {};
}

Result<void> ScenarioIds::require(Kind kind, const ScenarioNode &node) const
{
    if (!contains(kind, node.json().toString()))
        return node.error(unknown(kind, node.json().toString()));
    return {};
}

void ScenarioIds::remove(Kind kind, const QString &id)
{
    ids(kind).remove(id);
}

bool ScenarioIds::contains(Kind kind, const QString &id) const
{
    return ids(kind).contains(id);
}

QString ScenarioIds::typeOf(const QString &item) const
{
    return ids(Kind::Item).value(item).type;
}

} // namespace SyncLens
