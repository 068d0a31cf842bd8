#include "sqlitestatement.h"

#include <QSqlDriver>
#include <QStringEncoder>
#include <QVariant>

#include <sqlite3.h>

namespace SyncLens {

void configureSqlite()
{
    // SQLITE_MISUSE when SQLite has already started: it then goes on counting.
    [[maybe_unused]] static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

qint64 sqliteMemoryCounted()
{
    return sqlite3_memory_used();
}

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (db && sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) !=
                  SQLITE_OK) {
        m_statement = nullptr;
        m_failed = true;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, const QString &text)
{
    if (text.isNull() || index < 1) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    // Encoded into a buffer of the parameter's own, which SQLite reads in
    // place (STATIC) until the parameter is bound again: copied (TRANSIENT),
    // each value cost SQLite an allocation and a copy, 6 % of the writing
    // thread's instructions in a first cycle (callgrind, 7 December).
    if (m_texts.size() < size_t(index))
        m_texts.resize(size_t(index));
    QByteArray &buffer = m_texts[size_t(index) - 1];
    QStringEncoder utf8(QStringEncoder::Utf8);
    if (const qsizetype most = utf8.requiredSpace(text.size()); buffer.size() < most)
        buffer.resize(most);
    const char *end = utf8.appendToBuffer(buffer.data(), text);
    sqlite3_bind_text(m_statement, index, buffer.constData(), int(end - buffer.constData()),
                      SQLITE_STATIC);
}

void SqliteStatement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, QByteArrayView utf8)
{
    if (!utf8.data())
        sqlite3_bind_null(m_statement, index);
    else
        sqlite3_bind_text(m_statement, index, utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, std::optional<qint64> msecsSinceEpoch)
{
    if (msecsSinceEpoch)
        sqlite3_bind_int64(m_statement, index, *msecsSinceEpoch);
    else
        sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QDateTime &time)
{
    if (time.isValid())
        sqlite3_bind_int64(m_statement, index, time.toMSecsSinceEpoch());
    else
        sqlite3_bind_null(m_statement, index);
}

bool SqliteStatement::next()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    m_failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
    return rc == SQLITE_ROW;
}

void SqliteStatement::reset()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArrayView SqliteStatement::bytes(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column))
                : QByteArrayView();
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QDateTime SqliteStatement::time(int column) const
{
    return isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(integer(column), Qt::UTC);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString SqliteStatement::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

int SqliteStatement::errorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) & 0xff : SQLITE_MISUSE;
}

// --- SqliteStatements ------------------------------------------------------

SqliteStatements::SqliteStatements(const QSqlDatabase &db)
{
    // Qt documents handle() as the driver's own connection: sqlite3* for QSQLITE.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatements::~SqliteStatements() = default;

SqliteStatement &SqliteStatements::get(const char *sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, std::make_unique<SqliteStatement>(m_db, sql)).first;
    return *it->second;
}

std::unique_ptr<SqliteStatement> SqliteStatements::fresh(const char *sql) const
{
    return std::make_unique<SqliteStatement>(m_db, sql);
}

void SqliteStatements::resetAll()
{
    for (auto &[sql, statement] : m_statements)
        statement->reset();
}

qint64 SqliteStatements::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

qint64 SqliteStatements::changes() const
{
    return m_db ? sqlite3_changes64(m_db) : 0;
}

} // namespace SyncLens
