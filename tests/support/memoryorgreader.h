#pragma once

#include "model/orgreader.h"

#include <QHash>
#include <QList>

namespace SyncLens::Test {

// An org in memory, read as the rule libraries read one: no database, so a
// test shows that fetchxml/ and tracking/ need nothing more than OrgReader.
class MemoryOrgReader final : public OrgReader
{
public:
    QList<CrmRecord> records; // any order: read back in id order, as the store does
    QList<User> people;
    QList<Mailbox> mailboxes;
    QHash<QString, QString> meta;

    Result<void> forEachCrmRecord(const QString &type, const RecordVisitor &visit) override
    {
        QList<CrmRecord> sorted = records;
        std::sort(sorted.begin(), sorted.end(),
                  [](const CrmRecord &a, const CrmRecord &b) { return a.id < b.id; });
        for (const CrmRecord &r : sorted) {
            if ((type.isEmpty() || r.type == type) && !visit(r))
                break;
        }
        return {};
    }
    Result<QList<User>> users() override { return people; }
    Result<std::optional<User>> user(const QString &id) override
    {
        for (const User &u : people) {
            if (u.id == id)
                return std::optional(u);
        }
        return std::optional<User>();
    }
    Result<std::optional<Mailbox>> mailbox(const QString &id) override
    {
        for (const Mailbox &m : mailboxes) {
            if (m.id == id)
                return std::optional(m);
        }
        return std::optional<Mailbox>();
    }
    Result<QString> metaValue(const QString &key) override { return meta.value(key); }
};

} // namespace SyncLens::Test
