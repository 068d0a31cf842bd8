#include "sqlfile.h"

#include "store/schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>

namespace SyncLens::Test {

namespace {

// Runs the statements, appending the values of their rows to `values`;
// returns what went wrong, empty when nothing did.
QString run(const QString &path, const QStringList &statements, QStringList &values)
{
    static std::atomic<int> connections = 0;
    const QString name = QStringLiteral("test-sql-%1").arg(++connections);
    QString error;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            error = QStringLiteral("opening %1: %2").arg(path, db.lastError().text());
        for (const QString &sql : statements) {
            if (!error.isEmpty())
                break;
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                error = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
                break;
            }
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    values.append(q.value(i).toString());
            }
        }
    } // the connection is closed before it is removed, even after a failure
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

QString execOnFile(const QString &path, const QStringList &statements)
{
    QStringList ignored;
    return run(path, statements, ignored);
}

QStringList sqlOnFile(const QString &path, const QStringList &statements)
{
    QStringList values;
    if (const QString error = run(path, statements, values); !error.isEmpty())
        values.append(QStringLiteral("(failed: %1)").arg(error));
    return values;
}

qint64 sqlNumber(const QString &path, const QString &statement)
{
    bool ok = false;
    const qint64 number = sqlOnFile(path, {statement}).value(0).toLongLong(&ok);
    return ok ? number : -1;
}

QStringList orgSchemaUpTo(int version)
{
    QStringList statements;
    for (int step = 1; step <= version; ++step)
        statements << Schema::migrationTo(step);
    statements << QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId)
               << QStringLiteral("PRAGMA user_version = %1").arg(version);
    return statements;
}

} // namespace SyncLens::Test
