#include "recordsnapshot.h"

#include "fetchvalue.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace SyncLens {

namespace {

bool looksLikeDate(const QString &text)
{
    // yyyy-mm-dd…: cheap test before a full ISO parse
    return text.size() >= 10 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(0).isDigit();
}

QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue item : value.toArray())
            parts.append(cellText(item));
        return parts.join(QLatin1String(", "));
    }
    default:
        return {};
    }
}

} // namespace

RecordSnapshot::RecordSnapshot(QString entity, const QStringList &attributes,
                               const FieldCatalog &catalog)
    : m_entity(std::move(entity))
{
    for (const QString &attribute : attributes) {
        Column column;
        column.primaryKey = FieldCatalog::isPrimaryKey(m_entity, attribute);
        if (const auto info = catalog.field(m_entity, attribute)) {
            column.type = info->type;
            column.typeKnown = true;
            column.indexed = info->type == FieldType::UserLookup ||
                             info->type == FieldType::Lookup ||
                             info->type == FieldType::OptionSet || info->type == FieldType::Boolean;
        }
        m_columns.insert(attribute, std::move(column));
    }
}

const RecordSnapshot::Column *RecordSnapshot::column(const QString &attribute) const
{
    const auto it = m_columns.constFind(attribute);
    return it == m_columns.cend() ? nullptr : &it.value();
}

// The value of `attribute` for `record`, as a filter reads it.
static QJsonValue valueOf(const QString &attribute, const RecordSnapshot::Column &column,
                          const CrmRecord &record)
{
    return column.primaryKey ? QJsonValue(record.id) : record.fields.value(attribute);
}

// The text of `attribute` among a record's members (their keys ascend); a
// null view when it has none.
static QByteArrayView memberText(const QString &attribute, const CompactJsonMembers &members)
{
    const auto member = std::lower_bound(
        members.cbegin(), members.cend(), attribute,
        [](const CompactJsonMember &m, const QString &name) { return name.compare(m.key) > 0; });
    if (member == members.cend() || attribute != member->key)
        return {};
    return member->value;
}

void RecordSnapshot::append(const CrmRecord &record)
{
    m_ids.push_back(record.id);
    for (auto it = m_columns.begin(); it != m_columns.end(); ++it)
        appendCell(it.value(), makeCell(it.value(), valueOf(it.key(), it.value(), record)));
}

void RecordSnapshot::append(const QString &id, const CompactJsonMembers &members)
{
    m_ids.push_back(id);
    for (auto it = m_columns.begin(); it != m_columns.end(); ++it) {
        Column &column = it.value();
        const Cell cell = column.primaryKey ? makeCell(column, QJsonValue(id))
                                            : cellOfMember(column, memberText(it.key(), members));
        appendCell(column, cell);
    }
}

RecordSnapshot::Cell RecordSnapshot::cellOfMember(Column &column, QByteArrayView text) const
{
    if (text.isNull())
        return makeCell(column, QJsonValue(QJsonValue::Undefined));
    // Bounded: a lookup may hold a value per record (a parent account), a
    // text or a date as well; most repeat (an owner, a state, a start time
    // on the quarter hour: 7,259 of 50,000 appointments' starts differ).
    constexpr qsizetype MostTexts = 4096;
    const QByteArray key = QByteArray::fromRawData(text.data(), text.size());
    if (const auto known = column.cellOfText.constFind(key); known != column.cellOfText.cend())
        return *known;
    const Cell cell = makeCell(column, compactJsonValue(text));
    if (column.cellOfText.size() < MostTexts)
        column.cellOfText.insert(text.toByteArray(), cell);
    return cell;
}

void RecordSnapshot::update(int row, const CrmRecord &record)
{
    for (auto it = m_columns.begin(); it != m_columns.end(); ++it)
        updateCell(it.value(), row, makeCell(it.value(), valueOf(it.key(), it.value(), record)));
}

// The cell of `value`, its text interned in the column's pool.
RecordSnapshot::Cell RecordSnapshot::makeCell(Column &column, const QJsonValue &value) const
{
    const QString text = cellText(value).toLower();

    Cell cell;
    if (!text.isEmpty()) {
        auto found = column.index.constFind(text);
        if (found == column.index.cend()) {
            found = column.index.insert(text, qint32(column.pool.size()));
            column.pool.append(text);
        }
        cell.symbol = *found;
    }

    const bool wantNumber = !column.typeKnown || column.type == FieldType::Integer ||
                            column.type == FieldType::Decimal ||
                            column.type == FieldType::OptionSet ||
                            column.type == FieldType::Boolean;
    cell.number = std::nan("");
    if (wantNumber && !text.isEmpty()) {
        if (value.isDouble())
            cell.number = value.toDouble();
        else if (value.isBool())
            cell.number = value.toBool() ? 1 : 0;
        else if (const auto parsed = FetchValue::parseNumber(text))
            cell.number = *parsed;
        else if (const auto flag = FetchValue::parseBoolean(text))
            cell.number = *flag ? 1 : 0;
    }
    column.hasNumbers |= !std::isnan(cell.number);

    const bool wantTime = !column.typeKnown || column.type == FieldType::DateTime;
    if (wantTime && value.isString() && looksLikeDate(text)) {
        if (const auto parsed = FetchValue::parseDateTime(value.toString()))
            cell.time = parsed->toMSecsSinceEpoch();
    }
    column.hasTimes |= cell.time != NoTime;
    return cell;
}

static bool wantsNumbers(const RecordSnapshot::Column &column)
{
    return !column.typeKnown || column.type == FieldType::Integer ||
           column.type == FieldType::Decimal || column.type == FieldType::OptionSet ||
           column.type == FieldType::Boolean;
}

static bool wantsTimes(const RecordSnapshot::Column &column)
{
    return !column.typeKnown || column.type == FieldType::DateTime;
}

void RecordSnapshot::appendCell(Column &column, const Cell &cell)
{
    if (column.indexed && cell.symbol >= 0) {
        if (size_t(cell.symbol) >= column.postings.size())
            column.postings.resize(size_t(cell.symbol) + 1);
        column.postings[size_t(cell.symbol)].push_back(int(column.text.size()));
    }
    column.text.push_back(cell.symbol);
    if (wantsNumbers(column))
        column.number.push_back(cell.number);
    if (wantsTimes(column))
        column.time.push_back(cell.time);
}

void RecordSnapshot::updateCell(Column &column, int row, const Cell &cell)
{
    const qint32 old = column.text[size_t(row)];
    if (column.indexed && old != cell.symbol) {
        if (old >= 0) {
            auto &rows = column.postings[size_t(old)];
            const auto at = std::lower_bound(rows.begin(), rows.end(), row);
            if (at != rows.end() && *at == row)
                rows.erase(at);
        }
        if (cell.symbol >= 0) {
            if (size_t(cell.symbol) >= column.postings.size())
                column.postings.resize(size_t(cell.symbol) + 1);
            auto &rows = column.postings[size_t(cell.symbol)];
            rows.insert(std::lower_bound(rows.begin(), rows.end(), row), row);
        }
    }
    column.text[size_t(row)] = cell.symbol;
    if (wantsNumbers(column))
        column.number[size_t(row)] = cell.number;
    if (wantsTimes(column))
        column.time[size_t(row)] = cell.time;
}

qint64 RecordSnapshot::bytes() const
{
    qint64 total = qint64(m_ids.size()) * qint64(sizeof(QString));
    for (const QString &id : m_ids)
        total += id.size() * 2;
    for (const Column &c : m_columns) {
        total +=
            qint64(c.text.size()) * 4 + qint64(c.number.size()) * 8 + qint64(c.time.size()) * 8;
        using Rows = std::decay_t<decltype(c.postings.front())>;
        for (const auto &rows : c.postings) // the vector's header, then its rows
            total += qint64(sizeof(Rows)) + qint64(rows.size()) * 4;
        for (const QString &s : c.pool)
            total += qint64(sizeof(QString)) + s.size() * 2 + 16; // + the hash entry
    }
    return total;
}

} // namespace SyncLens
