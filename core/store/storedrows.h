#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace SyncLens {

// The text of every JSON column of the store: compact, UTF-8.
QByteArray toJsonBytes(const QJsonObject &object);

// `utf8`, the UTF-8 of `text`, as a row's value: without data
// when `text` is null, so that it is NULL as a bound QString would be.
inline QByteArrayView utf8View(const QString &text, const QByteArray &utf8)
{
    return text.isNull() ? QByteArrayView() : QByteArrayView(utf8.constData(), utf8.size());
}

inline std::optional<qint64> msecsOrNull(const QDateTime &time)
{
    return time.isValid() ? std::optional<qint64>(time.toMSecsSinceEpoch()) : std::nullopt;
}

// A CRM record's row as the store writes it: texts as UTF-8 (a view without
// data is NULL), times in ms since the epoch (nullopt is NULL), and the fields
// as the JSON text toJsonBytes() makes. A bulk load prepares them
// on another thread; OrgStore::upsertCrmRecord(const CrmRecord &) writes
// through one too.
struct CrmRecordRow
{
    QByteArrayView id;
    QByteArrayView type;
    QByteArrayView fields;
    std::optional<qint64> createdOn;
    std::optional<qint64> modifiedOn;
    bool deleted = false;
};

// The same for an Exchange item.
struct ExchangeItemRow
{
    QByteArrayView mailboxId;
    QByteArrayView id;
    QByteArrayView type;
    QByteArrayView fields;
    QByteArrayView folder;
    bool trackRequested = false;
    QByteArrayView regardingId;
    std::optional<qint64> createdOn;
    std::optional<qint64> modifiedOn;
    bool deleted = false;
};

} // namespace SyncLens
