#pragma once

// The rows of the org database and their C++ values: shared by the parts of
// OrgStore (orgstore*.cpp) and nothing else.
#include "orgstore.h"

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
Result<CrmRecord> readCrmRecord(const QString &path, const QSqlQuery &q);
Result<ExchangeItem> readExchangeItem(const QString &path, const QSqlQuery &q);
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
