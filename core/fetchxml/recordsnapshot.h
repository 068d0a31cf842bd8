#pragma once

#include "fieldcatalog.h"
#include "model/compactjson.h"
#include "model/crmrecord.h"

#include <QHash>
#include <QStringList>

#include <limits>
#include <vector>

namespace SyncLens {

// The records of one type as columns: only the attributes that filters use,
// each cell already in the forms the operators compare (text lower-cased and
// interned, numbers, instants). Filters evaluate over it in tight loops.
class RecordSnapshot
{
public:
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

    // One record's value of a column, in the forms below.
    struct Cell
    {
        qint32 symbol = -1;
        double number = 0;
        qint64 time = NoTime;
    };

    struct Column
    {
        FieldType type = FieldType::String;
        bool typeKnown = false;     // from the catalog; otherwise from the values
        bool primaryKey = false;    // the record's id, not one of its fields
        std::vector<qint32> text;   // index into `pool`, -1 for null or empty
        std::vector<double> number; // NaN when null or not a number; empty for text fields
        std::vector<qint64> time;   // NoTime when null or not a date; empty unless dates
        QStringList pool;           // distinct values, lower-cased
        QHash<QString, qint32> index;
        bool hasNumbers = false;
        bool hasTimes = false;
        // For lookups and choices: the rows holding each distinct value, in
        // row order, so "owner is you" finds its rows without a scan.
        bool indexed = false;
        std::vector<std::vector<int>> postings;
        // The cell of each value's stored text, for the first few thousand
        // values: a record's members make their cells without a QJsonValue
        // (most rows share an owner, a state, a start time).
        QHash<QByteArray, Cell> cellOfText;

        bool isNull(int row) const { return text[size_t(row)] < 0; }
        double numberAt(int row) const
        {
            return number.empty() ? std::numeric_limits<double>::quiet_NaN() : number[size_t(row)];
        }
        qint64 timeAt(int row) const { return time.empty() ? NoTime : time[size_t(row)]; }
        qint32 symbol(const QString &lowerCaseText) const { return index.value(lowerCaseText, -1); }
    };

    RecordSnapshot(QString entity, const QStringList &attributes,
                   const FieldCatalog &catalog = FieldCatalog::standard());

    void append(const CrmRecord &record);
    // The same for a record whose fields are `members`, as stored
    // (OrgStore::forEachCrmRecordOfTypeWithText()): only the attributes' values
    // are read, without a QJsonObject of them all.
    void append(const QString &id, const CompactJsonMembers &members);
    // Gives `row` the values of `record` (the same id, changed since), keeping
    // the lookups' row lists in order. For the sync engine, which keeps one
    // snapshot up to date between cycles instead of reading it again.
    void update(int row, const CrmRecord &record);

    const QString &entity() const { return m_entity; }
    int size() const { return int(m_ids.size()); }
    const QString &id(int row) const { return m_ids[size_t(row)]; }
    // nullptr when the attribute was not asked for.
    const Column *column(const QString &attribute) const;
    QStringList attributes() const { return m_columns.keys(); }
    // Memory held by the snapshot, roughly (for the benchmark).
    qint64 bytes() const;

private:
    Cell makeCell(Column &column, const QJsonValue &value) const;
    // The cell of a member's stored text (a cellOfText of the column's).
    Cell cellOfMember(Column &column, QByteArrayView text) const;
    void appendCell(Column &column, const Cell &cell);
    void updateCell(Column &column, int row, const Cell &cell);

    QString m_entity;
    std::vector<QString> m_ids;
    QHash<QString, Column> m_columns;
};

} // namespace SyncLens
