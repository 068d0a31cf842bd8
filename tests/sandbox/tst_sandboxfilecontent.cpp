#include "sandbox/sandboxgenerator.h"
#include "sandbox/sandboxnames.h"
#include "store/schema.h"
#include "temporg.h"
#include "totext.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace SyncLens;

namespace {

// Reads an org file through its own connection, closed when done.
class RawFile
{
public:
    explicit RawFile(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_ok = db.open();
    }
    ~RawFile()
    {
        { // the handle goes before the connection is removed
            auto db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawFile)

    bool ok() const { return m_ok; }

    // Every row of a query as one line of text, sorted: independent of the
    // order SQLite happens to return them in.
    QStringList rows(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        QStringList lines;
        if (!query.exec(sql))
            return {QStringLiteral("error: ") + sql};
        while (query.next()) {
            QStringList values;
            for (int c = 0; c < query.record().count(); ++c) {
                const QVariant v = query.value(c);
                values.append(v.isNull() ? QStringLiteral("NULL") : v.toString());
            }
            lines.append(values.join(u'\x1f'));
        }
        lines.sort();
        return lines;
    }

    QString pragma(const char *name) const
    {
        const QStringList r = rows(QStringLiteral("PRAGMA ") + QLatin1String(name));
        return r.isEmpty() ? QString() : r.first();
    }

private:
    QString m_name;
    bool m_ok = false;
};

// Every row of every table (the creation time of the org aside), hashed.
QByteArray contentHash(const RawFile &file)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList tables =
        file.rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    for (const QString &table : tables) {
        if (table == u"journal_counts")
            continue; // the journal's, checked against it (countsAreTheJournals())
        const QString where =
            table == u"meta" ? QStringLiteral(" WHERE key <> 'org.created'") : QString();
        hash.addData(table.toUtf8());
        for (const QString &row : file.rows(QStringLiteral("SELECT * FROM ") + table + where))
            hash.addData((row + u'\n').toUtf8());
    }
    return hash.result().toHex();
}

// Whether journal_counts holds, for each mailbox and code, the number of
// the journal's entries (schema 12).
bool countsAreTheJournals(const RawFile &file)
{
    const QStringList counted = file.rows(
        QStringLiteral("SELECT mailbox_id, code, entries FROM journal_counts ORDER BY 1, 2"));
    const QStringList entries =
        file.rows(QStringLiteral("SELECT coalesce(mailbox_id, ''), code, count(*) FROM journal"
                                 " GROUP BY 1, 2 ORDER BY 1, 2"));
    if (counted != entries)
        qWarning() << "journal_counts" << counted << "journal" << entries;
    return counted == entries;
}

// The schema as SQLite keeps it: every table and index with its statement.
const QString kSchemaQuery =
    QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE "
                   "'sqlite_autoindex%'");

} // namespace

// What `sandbox create` writes: the same rows for a seed, whatever the way
// the file is filled, and a file like any org's (schema, indexes, WAL).
class TestSandboxFileContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameRowsForASeed_data()
    {
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("historyDays");
        QTest::addColumn<QByteArray>("expected");
        // Computed with the generator of 4 December 2026 (before the bulk
        // load): a change of the content must be deliberate.
        QTest::newRow("no history")
            << 4000 << 0
            << QByteArray("4dbf17bfafbca5bb78dc5fffa0134253ca640b5e26cb02e98071d97621c52731");
        // Recomputed on 8 December 2026, when the journal's facts left out a
        // field's empty old value and the settings at their defaults: every
        // other table's rows compared equal with those of the day before.
        QTest::newRow("a week of history")
            << 4000 << 7
            << QByteArray("08494bc25c9b176e4a46e42151c27e187e7806153e1da767011171c50c327717");
        // Computed with the generator of 5 December 2026 before its rows were
        // made on a second thread: several batches, each given back and reused.
        QTest::newRow("several batches, no history: two makers")
            << 40000 << 0
            << QByteArray("2c4d601d051a096d1cbf9286d45a3790d882083e9c1de6dd339930844ccd583b");
        QTest::newRow("several batches")
            << 40000 << 7
            << QByteArray("6133291d7516f3ac4b91faaf53fb2210bd5c38034def7c9929e8de9bbfd03aaa");
    }

    void sameRowsForASeed()
    {
        QFETCH(int, items);
        QFETCH(int, historyDays);
        QFETCH(QByteArray, expected);
        Test::TempOrg dir;
        SandboxSpec spec;
        spec.users = 6;
        spec.items = items;
        spec.seed = 7;
        spec.historyDays = historyDays;
        // The same rows whether the records are made on a second thread or not.
        for (const auto makers :
             {SandboxGenerator::Makers::OwnThreads, SandboxGenerator::Makers::SameThread}) {
            SL_VERIFY_OK(SandboxGenerator::createFile(dir.path(), spec, true, {}, makers));
            const RawFile file(dir.path());
            QVERIFY(file.ok());
            QCOMPARE(contentHash(file), expected);
            QVERIFY(countsAreTheJournals(file));
        }
    }

    // The sandbox's own ISO formatter writes exactly what Qt writes.
    void isoTextIsQtsIsoDate_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::newRow("utc") << QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
        QTest::newRow("utc, last second of a year")
            << QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
        QTest::newRow("utc, year 812") << QDateTime(QDate(812, 1, 9), QTime(0, 0, 1), Qt::UTC);
        QTest::newRow("offset") << QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::OffsetFromUTC,
                                             3600);
        QTest::newRow("local") << QDateTime(QDate(2026, 7, 1), QTime(12, 30), Qt::LocalTime);
        QTest::newRow("invalid") << QDateTime();
    }

    void isoTextIsQtsIsoDate()
    {
        QFETCH(QDateTime, time);
        QCOMPARE(SandboxNames::isoText(time), time.toString(Qt::ISODate));
    }

    void theFileIsLikeAFreshOrg()
    {
        Test::TempOrg dir;
        Test::TempOrg fresh;
        SandboxSpec spec;
        spec.users = 4;
        spec.items = 3000;
        SL_VERIFY_OK(SandboxGenerator::createFile(dir.path(), spec, false));
        fresh.create();
        const RawFile made(dir.path());
        const RawFile plain(fresh.path());
        QVERIFY(made.ok() && plain.ok());
        const QStringList schema = plain.rows(kSchemaQuery);
        QVERIFY(schema.filter(QStringLiteral("CREATE INDEX")).size() >= 8);
        QCOMPARE(made.rows(kSchemaQuery), schema);
        QCOMPARE(made.pragma("journal_mode"), QStringLiteral("wal"));
        QCOMPARE(made.pragma("user_version"), QString::number(Schema::CurrentVersion));
        QCOMPARE(made.pragma("application_id"), QString::number(Schema::ApplicationId));
        QCOMPARE(made.pragma("integrity_check"), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFileContent)
#include "tst_sandboxfilecontent.moc"
