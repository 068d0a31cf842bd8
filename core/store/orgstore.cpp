#include "orgstore.h"

#include "databasefile.h"
#include "schema.h"
#include "sqlitestatement.h"
#include "storelog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>

#include <atomic>

Q_LOGGING_CATEGORY(lcStore, "synclens.store", QtInfoMsg)

namespace SyncLens {

namespace {

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("synclens-store-%1").arg(++counter);
}

const QString kMetaName = QStringLiteral("org.name");
const QString kMetaCreated = QStringLiteral("org.created");

} // namespace

OrgStore::OrgStore(QString path, Access access)
    : m_path(std::move(path))
    , m_access(access)
    , m_connectionName(newConnectionName())
{}

OrgStore::~OrgStore()
{
    unwatchLog();
    m_statements.clear();
    m_raw.reset(); // finalized before the connection closes
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<OrgStore>> OrgStore::create(const QString &path, const QString &orgName)
{
    if (QFileInfo::exists(path))
        return makeError(Error::Code::Io, tr("%1: the file already exists").arg(path));
    std::unique_ptr<OrgStore> store(new OrgStore(path, Access::ReadWrite));
    store->m_lock = std::make_unique<QLockFile>(path + QLatin1String(".lock"));
    store->m_lock->setStaleLockTime(0);
    if (!store->m_lock->tryLock(0)) {
        return makeError(Error::Code::Io,
                         tr("%1: cannot be created here (the folder is not writable or the org "
                            "is being created by another process)")
                             .arg(path));
    }
    auto fail = [&](const Error &error) -> Result<std::unique_ptr<OrgStore>> {
        store.reset();
        QFile::remove(path);
        QFile::remove(path + QLatin1String("-wal"));
        QFile::remove(path + QLatin1String("-shm"));
        return error;
    };
    if (auto r = store->connect(true); !r)
        return fail(r.error());
    if (auto r = store->configure(); !r)
        return fail(r.error());
    if (auto r = store->initialiseNewOrg(orgName); !r)
        return fail(r.error());
    return store;
}

Result<std::unique_ptr<OrgStore>> OrgStore::createInMemory(const QString &orgName)
{
    std::unique_ptr<OrgStore> store(new OrgStore(QStringLiteral(":memory:"), Access::ReadWrite));
    if (auto r = store->connect(true); !r)
        return r.error();
    if (auto r = store->configure(); !r)
        return r.error();
    if (auto r = store->initialiseNewOrg(orgName); !r)
        return r.error();
    return store;
}

Result<std::unique_ptr<OrgStore>> OrgStore::open(const QString &path, Access access)
{
    if (auto r = DatabaseFile::checkHeader(path); !r)
        return r.error();

    std::unique_ptr<OrgStore> store(new OrgStore(path, access));
    if (access == Access::ReadWrite) {
        store->m_lock = std::make_unique<QLockFile>(path + QLatin1String(".lock"));
        store->m_lock->setStaleLockTime(0); // only a dead owner makes a lock stale
        if (!store->m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            store->m_lock->getLockInfo(&pid, &host, &app);
            if (store->m_lock->error() == QLockFile::LockFailedError) {
                return makeError(Error::Code::Locked,
                                 tr("%1 is already open in another SyncLens process (pid %2 on "
                                    "%3); close it there first")
                                     .arg(path)
                                     .arg(pid)
                                     .arg(host));
            }
            return makeError(Error::Code::Io,
                             tr("%1: cannot create the lock file %2 (is the folder writable?)")
                                 .arg(path, store->m_lock->fileName()));
        }
    }

    // Validate through a read-only connection first: a refused file is never
    // written to, not even by a journal-mode change. Reading a WAL database
    // creates its -wal and -shm files; those we created go again on refusal.
    const QStringList walFiles{path + QLatin1String("-wal"), path + QLatin1String("-shm")};
    QStringList createdByUs;
    for (const QString &file : walFiles) {
        if (!QFileInfo::exists(file))
            createdByUs.append(file);
    }
    auto refuse = [&](const Error &error) -> Result<std::unique_ptr<OrgStore>> {
        store.reset();
        for (const QString &file : std::as_const(createdByUs))
            QFile::remove(file);
        return error;
    };
    store->m_access = Access::ReadOnly;
    if (auto r = store->connect(false); !r)
        return refuse(r.error());
    if (auto r = store->validateIdentity(); !r)
        return refuse(r.error());
    if (access == Access::ReadOnly)
        return store;

    const int version = store->schemaVersion();
    store->m_statements.clear();
    store->m_raw.reset();
    store->m_db.close();
    store->m_access = Access::ReadWrite;
    if (auto r = store->connect(false); !r)
        return r.error();
    if (auto r = store->configure(); !r)
        return r.error();
    if (version < Schema::CurrentVersion) {
        if (auto r = store->migrate(version); !r)
            return r.error();
    }
    if (auto r = store->loadChangeSeq(); !r)
        return r.error();
    return store;
}

Result<void> OrgStore::connect(bool create)
{
    configureSqlite();
    if (!m_db.isValid())
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    // Plain read-only, never `immutable`: a writer may open the file later
    // and checkpoint into it, and a reader must see its commits whole. In WAL
    // mode SQLite shares the log's index (-shm) and may leave an empty -wal.
    if (m_access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!create && m_path != u":memory:" && !QFileInfo::exists(m_path))
        return makeError(Error::Code::NotFound, tr("%1: no such file").arg(m_path));
    if (!m_db.open()) {
        return makeError(Error::Code::Io,
                         tr("%1: cannot be opened: %2").arg(m_path, m_db.lastError().text()));
    }
    m_raw = std::make_unique<SqliteStatements>(m_db);
    return {};
}

Result<void> OrgStore::configure()
{
    // WAL lets readers (the UI, `org info`) work while the engine writes;
    // NORMAL sync is durable against a killed process, which is what we need.
    // The log is folded into the file when the engine is idle (checkpoint()),
    // not by whichever commit crosses 4 MB, so a cycle does not wait for it;
    // 64 MB is the backstop. The page cache is 64 MB: on 5 December a 256 MB
    // one ran the 200,000- and 1M-item first cycles no faster (the system
    // keeps the file's pages too) and took 200 MB more.
    // A checkpoint starts the log again from its beginning without shrinking
    // the file below 64 MB: the next cycle writes over blocks the file system
    // already holds instead of allocating them anew (a fifth of a change
    // cycle's checkpoint on 5 December).
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                               "PRAGMA foreign_keys = ON", "PRAGMA cache_size = -65536"}) {
        if (auto r = exec(QLatin1String(pragma)); !r)
            return r.error();
        else
            (*r)->finish();
    }
    if (auto r = pragmaInt(QStringLiteral("journal_size_limit = %1").arg(kLogFileBytes)); !r)
        return r.error();
    return watchLog();
}

Result<int> OrgStore::pragmaInt(const QString &pragma)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next())
        return sqlError(pragma, query);
    return query.value(0).toInt();
}

Result<void> OrgStore::validateIdentity()
{
    auto corrupt = [this](const Error &e) {
        return makeError(Error::Code::Corrupt,
                         tr("%1: the database is damaged (%2)").arg(m_path, e.message));
    };
    const auto applicationId = pragmaInt(QStringLiteral("application_id"));
    if (!applicationId)
        return corrupt(applicationId.error());
    if (*applicationId != Schema::ApplicationId) {
        return makeError(Error::Code::NotSyncLens,
                         tr("%1: an SQLite database, but not a SyncLens org").arg(m_path));
    }
    const auto version = pragmaInt(QStringLiteral("user_version"));
    if (!version)
        return corrupt(version.error());
    if (*version > Schema::CurrentVersion) {
        return makeError(Error::Code::TooNew,
                         tr("%1 was written by a newer SyncLens (schema version %2; this program "
                            "reads up to %3); update SyncLens to open it")
                             .arg(m_path)
                             .arg(*version)
                             .arg(Schema::CurrentVersion));
    }
    if (*version < 1) {
        return makeError(
            Error::Code::Corrupt,
            tr("%1: a SyncLens org without a schema (version %2)").arg(m_path).arg(*version));
    }
    // Reading the org's name proves the tables can be read at all.
    if (auto name = metaValue(kMetaName); !name)
        return corrupt(name.error());
    return {};
}

int OrgStore::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return 0;
}

Result<void> OrgStore::migrate(int fromVersion)
{
    // All steps in one transaction: a failed or interrupted migration leaves
    // the file as it was.
    return transaction([&]() -> Result<void> {
        for (int version = fromVersion + 1; version <= Schema::CurrentVersion; ++version) {
            if (fromVersion > 0) // a new org is not news
                qCInfo(lcStore) << "migrating" << m_path << "to schema version" << version;
            for (const QString &statement : Schema::migrationTo(version)) {
                if (auto r = write(statement, {}); !r)
                    return r;
            }
            if (auto r = write(QStringLiteral("PRAGMA user_version = %1").arg(version), {}); !r)
                return r;
        }
        return {};
    });
}

Result<void> OrgStore::initialiseNewOrg(const QString &orgName)
{
    if (auto r = write(QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId), {});
        !r)
        return r;
    if (auto r = migrate(0); !r)
        return r;
    return transaction([&]() -> Result<void> {
        if (auto r = setMetaValue(kMetaName, orgName); !r)
            return r;
        if (auto r =
                setMetaValue(kMetaCreated, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            !r)
            return r;
        return setOrgSettings(OrgSettings{});
    });
}

Result<void> OrgStore::transaction(const std::function<Result<void>()> &work)
{
    if (m_transactionDepth > 0) {
        settleWrites(); // the writes behind read the depth
        ++m_transactionDepth;
        Result<void> result = work();
        settleWrites();
        --m_transactionDepth;
        if (!result)
            m_transactionFailed = true;
        return result;
    }
    if (isReadOnly())
        return makeError(Error::Code::Io, tr("%1 is open read-only").arg(m_path));

    QSqlQuery control(m_db);
    if (!control.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(tr("starting a transaction"), control);
    m_transactionDepth = 1;
    m_transactionFailed = false;
    Result<void> result = work();
    if (m_behind && (!result || m_transactionFailed)) {
        m_pendingJournal.clear();
        m_behind->discard(); // all of it rolls back
    }
    if (auto behind = stopWritingBehind(); result && !behind)
        result = behind;
    if (result && !m_transactionFailed)
        result = writeJournalCounts();
    m_journalCounts.clear();
    m_changeMarks.reset();
    m_nextJournalId = 0;
    m_transactionDepth = 0;

    if (result && !m_transactionFailed && control.exec(QStringLiteral("COMMIT")))
        return {};
    const Error commitError = sqlError(tr("committing a transaction"), control);
    for (auto &statement : m_statements)
        statement.finish();
    m_raw->resetAll();
    control.exec(QStringLiteral("ROLLBACK"));
    if (!result)
        return result;
    if (m_transactionFailed) {
        return makeError(
            Error::Code::Database,
            tr("%1: a step of the transaction failed; nothing was written").arg(m_path));
    }
    return commitError;
}

void OrgStore::writeBehindUntilCommit()
{
    if (m_transactionDepth > 0 && !m_behind) {
        m_behind = std::make_unique<WriteBehind>();
        ++m_writeBehindRuns;
    }
}

void OrgStore::settleWrites()
{
    if (m_behind && !WriteBehind::inWrite()) {
        handJournalBehind();
        (void)m_behind->settle(); // a failure stays for stopWritingBehind()
    }
}

Result<void> OrgStore::stopWritingBehind()
{
    if (!m_behind)
        return {};
    handJournalBehind();
    auto settled = m_behind->settle();
    m_behind.reset();
    return settled;
}

QSqlQuery &OrgStore::prepared(const QString &sql)
{
    settleWrites();
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            qCWarning(lcStore) << "cannot prepare" << sql << query.lastError().text();
        it = m_statements.insert(sql, query);
    }
    return it.value();
}

Result<QSqlQuery *> OrgStore::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery &query = prepared(sql);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return sqlError(sql, query);
    return &query;
}

Result<void> OrgStore::write(const QString &sql, const QVariantList &values)
{
    if (m_behind && !WriteBehind::inWrite()) {
        // A mailbox's row, a change mark: nothing needs them before the next
        // read, and the read waits for them. Written now, each waited for the
        // rows behind and wrote them on this thread (a quarter of a
        // first cycle's deciding thread at 20,000 items).
        m_behind->add([this, sql, values] { return write(sql, values); });
        return {};
    }
    auto id = insert(sql, values);
    if (!id)
        return id.error();
    return {};
}

Result<qint64> OrgStore::insert(const QString &sql, const QVariantList &values)
{
    if (isReadOnly())
        return makeError(Error::Code::Io, tr("%1 is open read-only").arg(m_path));
    if (m_transactionDepth == 0) {
        qint64 id = 0;
        auto r = transaction([&]() -> Result<void> {
            auto inserted = insert(sql, values);
            if (!inserted)
                return inserted.error();
            id = *inserted;
            return {};
        });
        if (!r)
            return r.error();
        return id;
    }
    if (m_failWriteCountdown > 0 && --m_failWriteCountdown == 0) {
        return makeError(Error::Code::Database,
                         tr("%1: simulated write failure (test hook)").arg(m_path));
    }
    auto query = exec(sql, values);
    if (!query)
        return query.error();
    const qint64 id = (*query)->lastInsertId().toLongLong();
    (*query)->finish();
    return id;
}

SqliteStatement &OrgStore::raw(const char *sql)
{
    settleWrites();
    SqliteStatement &statement = m_raw->get(sql);
    if (!statement.isValid())
        qCWarning(lcStore) << "cannot prepare" << sql << statement.errorMessage();
    return statement;
}

Result<qint64> OrgStore::step(SqliteStatement &statement, const char *sql)
{
    if (isReadOnly()) {
        statement.reset();
        return makeError(Error::Code::Io, tr("%1 is open read-only").arg(m_path));
    }
    if (m_transactionDepth == 0) {
        qint64 id = 0;
        auto r = transaction([&]() -> Result<void> {
            auto stepped = step(statement, sql);
            if (!stepped)
                return stepped.error();
            id = *stepped;
            return {};
        });
        statement.reset();
        if (!r)
            return r.error();
        return id;
    }
    if (m_failWriteCountdown > 0 && --m_failWriteCountdown == 0) {
        statement.reset();
        return makeError(Error::Code::Database,
                         tr("%1: simulated write failure (test hook)").arg(m_path));
    }
    statement.next();
    if (statement.failed()) {
        const Error error = sqlError(sql, statement);
        statement.reset();
        return error;
    }
    statement.reset();
    return m_raw->lastInsertId();
}

Result<void> OrgStore::forEachRow(const QByteArray &sql,
                                  const std::function<void(SqliteStatement &)> &bind,
                                  const std::function<Result<bool>(const SqliteStatement &)> &visit)
{
    settleWrites();
    const auto statement = m_raw->fresh(sql.constData());
    if (!statement->isValid())
        return sqlError(sql.constData(), *statement);
    bind(*statement);
    while (statement->next()) {
        const Result<bool> more = visit(*statement);
        if (!more)
            return more.error();
        if (!*more)
            return {};
    }
    if (statement->failed())
        return sqlError(sql.constData(), *statement);
    return {};
}

Error OrgStore::sqlError(const char *sql, const SqliteStatement &statement) const
{
    const int code = statement.errorCode();
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26) mean the file is damaged.
    const bool damaged = code == 11 || code == 26;
    return makeError(
        damaged ? Error::Code::Corrupt : Error::Code::Database,
        tr("%1: %2 failed: %3").arg(m_path, QString::fromUtf8(sql), statement.errorMessage()));
}

Error OrgStore::sqlError(const QString &what, const QSqlQuery &query) const
{
    return sqlError(what, query.lastError());
}

Error OrgStore::sqlError(const QString &what, const QSqlError &error) const
{
    const QString native = error.nativeErrorCode();
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26) mean the file is damaged.
    const bool damaged = native == u"11" || native == u"26";
    return makeError(damaged ? Error::Code::Corrupt : Error::Code::Database,
                     tr("%1: %2 failed: %3").arg(m_path, what, error.text()));
}

Result<QString> OrgStore::orgName()
{
    return metaValue(kMetaName);
}

} // namespace SyncLens
