#pragma once

// The rows of the org database and their C++ values: shared by the parts of
// OrgStore (orgstore*.cpp) and nothing else.
#include "orgstore.h"
#include "sqlitestatement.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <optional>
#include <type_traits>

namespace SyncLens::StoreRows {

QVariant fromTime(const QDateTime &time);
QDateTime toTime(const QVariant &value);
QString toJsonText(const QJsonObject &object);

// The name of a row in an error message: a text, or a function that makes it.
// Readers of many rows pass a function, so that only a damaged row pays for
// its name (tr() and arg() per row are a large part of reading a row).
template<typename Name> QString rowName(const Name &what)
{
    if constexpr (std::is_invocable_v<const Name &>)
        return what();
    else
        return what;
}

// A JSON column's object; nullopt and `problem` set when it is damaged.
std::optional<QJsonObject> parseJsonObject(const QString &text, QString &problem);
std::optional<QJsonObject> parseJsonObject(QByteArrayView utf8, QString &problem);
// The same holding at least the members `names` (ascending) of the object:
// when the text is compactJson()'s, only those are parsed.
std::optional<QJsonObject> parseJsonObject(QByteArrayView utf8, const QStringList &names,
                                           QString &problem);
Error damagedRow(const QString &path, const QString &what, const QString &problem);

// Parses a JSON column; a damaged value is an error naming the row.
template<typename Name>
Result<QJsonObject> fromJsonText(const QString &path, const Name &what, const QString &text)
{
    QString problem;
    auto object = parseJsonObject(text, problem);
    if (!object)
        return damagedRow(path, rowName(what), problem);
    return std::move(*object);
}

// The same for UTF-8 text; with `onlyMembers`, as parseJsonObject(utf8, names).
template<typename Name>
Result<QJsonObject> fromJsonText(const QString &path, const Name &what, QByteArrayView utf8,
                                 const QStringList *onlyMembers = nullptr)
{
    QString problem;
    auto object =
        onlyMembers ? parseJsonObject(utf8, *onlyMembers, problem) : parseJsonObject(utf8, problem);
    if (!object)
        return damagedRow(path, rowName(what), problem);
    return std::move(*object);
}

// A write's outcome without its row id.
inline Result<void> done(const Result<qint64> &written)
{
    if (!written)
        return written.error();
    return {};
}

// A column read the same way from a QSqlQuery and from a SqliteStatement, so
// that one reader serves both.
// "" for a null string, which would bind as NULL: the store's NOT NULL text columns.
inline QString nonNullText(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

inline QString columnText(const QSqlQuery &q, int i)
{
    return q.value(i).toString();
}
inline QString columnText(const SqliteStatement &s, int i)
{
    return s.text(i);
}
inline QByteArray columnBytes(const QSqlQuery &q, int i)
{
    return q.value(i).toString().toUtf8();
}
inline QByteArray columnBytes(const SqliteStatement &s, int i)
{
    return s.bytes(i).toByteArray();
}
inline bool columnBool(const QSqlQuery &q, int i)
{
    return q.value(i).toBool();
}
inline bool columnBool(const SqliteStatement &s, int i)
{
    return s.integer(i) != 0;
}
inline QDateTime columnTime(const QSqlQuery &q, int i)
{
    return toTime(q.value(i));
}
inline QDateTime columnTime(const SqliteStatement &s, int i)
{
    return s.time(i);
}
template<typename Name>
Result<QJsonObject> columnJson(const QString &path, const Name &what, const QSqlQuery &q, int i,
                               const QStringList * = nullptr) // all members, those included
{
    return fromJsonText(path, what, q.value(i).toString());
}
template<typename Name>
Result<QJsonObject> columnJson(const QString &path, const Name &what, const SqliteStatement &s,
                               int i, const QStringList *onlyMembers = nullptr)
{
    return fromJsonText(path, what, s.bytes(i), onlyMembers);
}

template<typename E, typename F, typename Name>
Result<E> parseEnum(const QString &path, const Name &what, const QString &text, F fromName)
{
    const auto value = fromName(text);
    if (!value) {
        return makeError(
            Error::Code::Corrupt,
            OrgStore::tr("%1: %2 has an unknown value \"%3\"").arg(path, rowName(what), text));
    }
    return *value;
}

// "INSERT INTO table (columns) VALUES (?, …) ON CONFLICT(id) DO UPDATE SET …":
// an upsert that changes a row in place. INSERT OR REPLACE deletes the row
// first, and with foreign keys on, deleting a parent row (a user, a mailbox)
// counts its children: a mailbox's upsert read all its items twice.
QString upsertById(QLatin1StringView table, const QString &columns);

extern const QString kUserColumns;
extern const QString kUserColumnsV5;
extern const QString kMailboxColumns;
extern const QString kMailboxColumnsV2;
extern const QString kMailboxColumnsV4;
extern const QString kFilterColumns;
extern const QString kCrmColumns;
extern const QString kExchangeColumns;
extern const QString kJournalColumns;
extern const QString kAlertColumns;
extern const QString kAlertColumnsV4;

Result<User> readUser(const QString &path, const QSqlQuery &q);
Result<Mailbox> readMailbox(const QString &path, const QSqlQuery &q);
SyncFilter readFilter(const QSqlQuery &q);

// `onlyFields` (ascending): the fields the caller reads; others may be left out.
template<typename Row>
Result<CrmRecord> readCrmRecord(const QString &path, const Row &q,
                                const QStringList *onlyFields = nullptr)
{
    CrmRecord r;
    r.id = columnText(q, 0);
    r.type = columnText(q, 1);
    const auto name = [&r] { return OrgStore::tr("record %1").arg(r.id); };
    auto fields = columnJson(path, name, q, 2, onlyFields);
    if (!fields)
        return fields.error();
    r.fields = std::move(*fields);
    r.createdOn = columnTime(q, 3);
    r.modifiedOn = columnTime(q, 4);
    r.deleted = columnBool(q, 5);
    return r;
}

inline QString exchangeItemRowName(const ExchangeItem &i)
{
    return OrgStore::tr("item %1 in %2").arg(i.id, i.mailboxId);
}

// `withFields` false: the item's fields are left empty, unread and unchecked.
template<typename Row>
Result<ExchangeItem> readExchangeItem(const QString &path, const Row &q, bool withFields = true)
{
    ExchangeItem i;
    i.mailboxId = columnText(q, 0);
    i.id = columnText(q, 1);
    i.type = columnText(q, 2);
    if (withFields) {
        auto fields = columnJson(
            path, [&i] { return exchangeItemRowName(i); }, q, 3);
        if (!fields)
            return fields.error();
        i.fields = std::move(*fields);
    }
    i.folder = columnText(q, 4);
    i.trackRequested = columnBool(q, 5);
    i.regardingId = columnText(q, 6);
    i.createdOn = columnTime(q, 7);
    i.modifiedOn = columnTime(q, 8);
    i.deleted = columnBool(q, 9);
    return i;
}

Result<JournalEntry> readJournalEntry(const QString &path, const QSqlQuery &q);
Result<Alert> readAlert(const QString &path, const QSqlQuery &q);

// Runs a SELECT and collects every row through `read`.
template<typename T, typename Read> Result<QList<T>> collect(Result<QSqlQuery *> query, Read read)
{
    if (!query)
        return query.error();
    QList<T> rows;
    while ((*query)->next()) {
        Result<T> row = read(**query);
        if (!row) {
            (*query)->finish();
            return row.error();
        }
        rows.append(std::move(row).value());
    }
    (*query)->finish();
    return rows;
}

template<typename T> Result<std::optional<T>> single(Result<QList<T>> rows)
{
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<T>();
    return std::optional<T>(rows->first());
}

// Streams rows with a query of its own (not a cached one), so that `visit`
// may call back into the store.
template<typename T, typename Read>
Result<void> stream(QSqlDatabase &db, const QString &sql, const QVariantList &values, Read read,
                    const std::function<bool(const T &)> &visit,
                    const std::function<Error(const QSqlQuery &)> &onError)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return onError(query);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return onError(query);
    while (query.next()) {
        Result<T> row = read(query);
        if (!row)
            return row.error();
        if (!visit(*row))
            break;
    }
    return {};
}

} // namespace SyncLens::StoreRows

namespace SyncLens {

template<typename T, typename Read>
Result<std::optional<T>> OrgStore::readOne(SqliteStatement &statement, const char *sql, Read read)
{
    if (!statement.next()) {
        const bool failed = statement.failed();
        const Error error = failed ? sqlError(sql, statement) : Error{};
        statement.reset();
        if (failed)
            return error;
        return std::optional<T>();
    }
    Result<T> row = read(statement);
    statement.reset();
    if (!row)
        return row.error();
    return std::optional<T>(std::move(row).value());
}

} // namespace SyncLens
