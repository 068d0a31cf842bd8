#pragma once

#include "crmrecord.h"
#include "mailbox.h"
#include "recordfields.h"
#include "result.h"
#include "user.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace SyncLens {

// What the rule libraries (fetchxml/, tracking/) read of an org, as two small
// interfaces. OrgStore implements them; a test or live data can as well, so
// the rules build and test without a database (issue 13, point 8).
class OrgReader
{
public:
    using RecordVisitor = std::function<bool(const CrmRecord &)>;

    // Each record of `type` (all types when empty) in id order; `visit`
    // returns false to stop early.
    virtual Result<void> forEachCrmRecord(const QString &type, const RecordVisitor &visit) = 0;
    // The same when `visit` reads only `fields` (ascending) of each record:
    // a reader may leave the others out (the store parses only those).
    virtual Result<void> forEachCrmRecordReading(const QString &type, const QStringList &fields,
                                                 const RecordVisitor &visit)
    {
        Q_UNUSED(fields);
        return forEachCrmRecord(type, visit);
    }
    // The same, each record's fields read by name (a store reads them from
    // their text, building no object of them).
    using RecordFieldsVisitor = std::function<bool(const RecordFields &)>;
    virtual Result<void> forEachCrmRecordFields(const QString &type, const QStringList &fields,
                                                const RecordFieldsVisitor &visit)
    {
        return forEachCrmRecordReading(type, fields, [&visit](const CrmRecord &record) {
            return visit(RecordFields(record));
        });
    }
    virtual Result<QList<User>> users() = 0;
    virtual Result<std::optional<User>> user(const QString &id) = 0;
    virtual Result<std::optional<Mailbox>> mailbox(const QString &id) = 0;
    // An org-wide value by key (empty when unset), e.g. the tracked folders.
    virtual Result<QString> metaValue(const QString &key) = 0;

protected:
    OrgReader() = default;
    ~OrgReader() = default;
    Q_DISABLE_COPY_MOVE(OrgReader)
};

// Named counters that survive restarts: tracking tokens number from one.
class SequenceSource
{
public:
    // The next number of the sequence `name` (1, 2, …).
    virtual Result<qint64> nextSequenceValue(const QString &name) = 0;

protected:
    SequenceSource() = default;
    ~SequenceSource() = default;
    Q_DISABLE_COPY_MOVE(SequenceSource)
};

} // namespace SyncLens
