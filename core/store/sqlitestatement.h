#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace SyncLens {

// Before the process's first connection: SQLite keeps no count of the memory
// it uses. The count takes a process-wide mutex at each of SQLite's
// allocations (3 % of a first cycle's instructions on 6 December), and only
// sqlite3_memory_used() and a soft heap limit read it; SyncLens uses neither.
// Does nothing once SQLite has started (a connection opened earlier). Not
// thread-safe: the programs call it first thing; OrgStore::open() calls it too.
void configureSqlite();
// Bytes SQLite has allocated and not freed, as it counts them: 0 once
// configureSqlite() took effect.
qint64 sqliteMemoryCounted();

// One prepared statement on SQLite's own interface, for the rows a cycle
// writes and reads by the hundred thousand. Text goes in and out as UTF-8, so
// a JSON column stays bytes from QJsonDocument to the file and back, and no
// QVariant or result cache stands between (QSqlQuery's cost per row was
// larger than SQLite's).
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    Q_DISABLE_COPY_MOVE(SqliteStatement)

    bool isValid() const { return m_statement != nullptr; }

    // Parameters count from 1, as in SQLite. A null QString binds NULL.
    void bind(int index, const QString &text);
    void bind(int index, const QByteArray &utf8); // kept alive by the caller until reset()
    // The same; a view without data binds NULL.
    void bind(int index, QByteArrayView utf8);
    void bind(int index, qint64 value);
    void bind(int index, bool value) { bind(index, qint64(value ? 1 : 0)); }
    // Milliseconds since the epoch; NULL for an invalid time.
    void bind(int index, const QDateTime &time);
    void bind(int index, std::optional<qint64> msecsSinceEpoch); // a time; nullopt binds NULL

    // true: a row is there; false: done or failed (see failed()).
    bool next();
    bool failed() const { return m_failed; }
    // Ready for the next binding and step; releases the statement's locks.
    void reset();

    // Columns count from 0. NULL reads as a null QString / invalid time.
    QString text(int column) const;
    QByteArrayView bytes(int column) const; // valid until the next step or reset
    qint64 integer(int column) const;
    QDateTime time(int column) const;
    bool isNull(int column) const;

    // SQLite's message and result code of the last failure.
    QString errorMessage() const;
    int errorCode() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
    std::vector<QByteArray> m_texts; // bind(QString)'s text, by parameter
};

// The prepared statements of one connection, by their SQL text (string
// literals: the pointer is the key).
class SqliteStatements
{
public:
    explicit SqliteStatements(const QSqlDatabase &db);
    ~SqliteStatements();
    Q_DISABLE_COPY_MOVE(SqliteStatements)

    // null when the connection is not SQLite's (never in SyncLens).
    sqlite3 *handle() const { return m_db; }
    SqliteStatement &get(const char *sql);
    // A statement of its own, for a read that may call back into the store.
    std::unique_ptr<SqliteStatement> fresh(const char *sql) const;
    void resetAll();
    qint64 lastInsertId() const;
    // Rows the last finished INSERT, UPDATE or DELETE wrote.
    qint64 changes() const;

private:
    sqlite3 *m_db = nullptr;
    std::unordered_map<const char *, std::unique_ptr<SqliteStatement>> m_statements;
};

} // namespace SyncLens
