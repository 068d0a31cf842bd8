#include "filterbenchmark.h"

#include "benchmark.h"
#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/scopepreview.h"
#include "sandbox/sandboxgenerator.h"
#include "store/orgstore.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

namespace SyncLens::Bench {

namespace {

const QString kCurrent = QStringLiteral("<fetch><entity name=\"appointment\"><filter><condition "
                                        "attribute=\"ownerid\" operator=\"eq-userid\"/>"
                                        "</filter></entity></fetch>");
const QString kProposed =
    QStringLiteral("<fetch><entity name=\"appointment\"><filter><condition attribute=\"ownerid\" "
                   "operator=\"eq-userid\"/>"
                   "<filter type=\"or\"><condition attribute=\"scheduledstart\" "
                   "operator=\"last-x-days\" value=\"30\"/>"
                   "<condition attribute=\"subject\" operator=\"like\" "
                   "value=\"%review%\"/></filter></filter></entity></fetch>");

FetchQuery parse(const QString &text)
{
    auto query = FetchXmlParser().parse(text);
    if (!query)
        qFatal("%s", qPrintable(query.error().message));
    return *query;
}

// A sandbox org whose appointments number `count` (a quarter of its items).
Result<std::unique_ptr<OrgStore>> sandbox(const QString &path, int count)
{
    SandboxSpec spec;
    spec.users = 50;
    spec.items = qint64(count) * 4;
    spec.seed = 7;
    if (auto r = SandboxGenerator::createFile(path, spec, true); !r)
        return r.error();
    return OrgStore::open(path, OrgStore::Access::ReadOnly);
}

// The same appointments in a plain SQL table, owner indexed.
Result<void> fillSqlTable(OrgStore &store, QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("CREATE TABLE appointment (id TEXT PRIMARY KEY, ownerid TEXT, "
                          "scheduledstart INTEGER, subject TEXT)"));
    q.exec(QStringLiteral("CREATE INDEX appointment_owner ON appointment (ownerid)"));
    db.transaction();
    q.prepare(QStringLiteral("INSERT INTO appointment VALUES (?, ?, ?, ?)"));
    auto r = store.forEachCrmRecord(QStringLiteral("appointment"), [&](const CrmRecord &a) {
        q.addBindValue(a.id);
        q.addBindValue(a.field(QStringLiteral("ownerid")));
        q.addBindValue(QDateTime::fromString(a.field(QStringLiteral("scheduledstart")), Qt::ISODate)
                           .toMSecsSinceEpoch());
        q.addBindValue(a.field(QStringLiteral("subject")));
        return q.exec();
    });
    db.commit();
    q.exec(QStringLiteral("ANALYZE"));
    return r;
}

struct SqlAnswer
{
    std::vector<double> times;
    QSet<QString> current, proposed; // the ids of the last run
};

QSet<QString> idsOf(QSqlQuery &query)
{
    QSet<QString> ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}

// Times SQLite answering the same two questions, fetching every id.
SqlAnswer sqliteRuns(QSqlDatabase &db, const QString &user, const QDateTime &now, int runs)
{
    const qint64 from =
        QDateTime(now.date().addDays(-30), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QSqlQuery current(db), proposed(db);
    current.prepare(QStringLiteral("SELECT id FROM appointment WHERE ownerid = ?"));
    proposed.prepare(QStringLiteral(
        "SELECT id FROM appointment WHERE ownerid = ? AND"
        " ((scheduledstart >= ? AND scheduledstart <= ?) OR subject LIKE '%review%')"));
    SqlAnswer answer;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        current.addBindValue(user);
        current.exec();
        answer.current = idsOf(current);
        proposed.addBindValue(user);
        proposed.addBindValue(from);
        proposed.addBindValue(now.toMSecsSinceEpoch());
        proposed.exec();
        answer.proposed = idsOf(proposed);
        answer.times.push_back(timer.nsecsElapsed() / 1e6);
    }
    return answer;
}

QSet<QString> idsOf(const std::vector<ScopePreview::Record> &a,
                    const std::vector<ScopePreview::Record> &b)
{
    QSet<QString> ids;
    for (const auto *group : {&a, &b}) {
        for (const ScopePreview::Record &r : *group)
            ids.insert(r.id);
    }
    return ids;
}

// Both sides must answer the same question: a faster wrong answer is no
// baseline. Empty when they agree, else what differs.
QString disagreement(const ScopePreview &preview, const SqlAnswer &sql)
{
    const QSet<QString> current = idsOf(preview.leaving, preview.staying);
    const QSet<QString> proposed = idsOf(preview.entering, preview.staying);
    if (current == sql.current && proposed == sql.proposed)
        return {};
    return QStringLiteral("the preview and SQLite disagree: current %1 vs %2 records, proposed "
                          "%3 vs %4 records")
        .arg(current.size())
        .arg(sql.current.size())
        .arg(proposed.size())
        .arg(sql.proposed.size());
}

QJsonObject runFilter(const QStringList &arguments)
{
    const int at = arguments.indexOf(QStringLiteral("--records"));
    const int count = at >= 0 ? arguments.value(at + 1).toInt() : 300000;
    const int runsAt = arguments.indexOf(QStringLiteral("--runs"));
    const int runs = std::max(20, runsAt >= 0 ? arguments.value(runsAt + 1).toInt() : 20);
    QTemporaryDir dir;
    auto store = sandbox(dir.filePath(QStringLiteral("bench.db")), count);
    if (!store)
        return failure(store.error().message);

    const std::vector<FetchQuery> current{parse(kCurrent)};
    const std::vector<FetchQuery> proposed{parse(kProposed)};
    SnapshotSet::Columns columns;
    SnapshotSet::collectColumns(current.front(), columns);
    SnapshotSet::collectColumns(proposed.front(), columns);
    // Loading the snapshot from the org file is a one-time cost the designer
    // pays when it opens; reported beside the runs, not inside them.
    QElapsedTimer loading;
    loading.start();
    const auto snapshots = SnapshotSet::load(**store, columns);
    const double loadMs = loading.nsecsElapsed() / 1e6;
    if (!snapshots)
        return failure(snapshots.error().message);
    const RecordSnapshot *snapshot = snapshots->find(QStringLiteral("appointment"));
    const QString user = (*store)->users()->first().id;
    const QDateTime now =
        QDateTime::fromString(*(*store)->metaValue(QStringLiteral("clock")), Qt::ISODate);
    const EvaluationContext context{user, {}, {}, now};

    std::vector<double> times;
    ScopePreview last;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto preview = ScopePreviewer::preview(QStringLiteral("appointment"), current, proposed,
                                               *snapshots, context, OutOfScopeAction::Keep);
        times.push_back(timer.nsecsElapsed() / 1e6);
        if (!preview)
            return failure(preview.error().message);
        last = std::move(preview).value();
    }

    SqlAnswer sqlite;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-filter"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open() || !fillSqlTable(**store, db))
            return failure(
                QStringLiteral("cannot build the SQLite table: %1").arg(db.lastError().text()));
        sqlite = sqliteRuns(db, user, now, runs);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-filter"));
    if (sqlite.current.isEmpty())
        return failure(QStringLiteral("SQLite found no rows"));
    if (const QString differs = disagreement(last, sqlite); !differs.isEmpty())
        return failure(differs);

    const double ours = median(times);
    const double theirs = median(sqlite.times);
    return QJsonObject{
        {QStringLiteral("benchmark"), QStringLiteral("filter")},
        {QStringLiteral("records"), snapshot->size()},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("median_ms"), rounded(ours, 3)},
        {QStringLiteral("min_ms"), rounded(*std::min_element(times.begin(), times.end()), 3)},
        {QStringLiteral("sqlite_median_ms"), rounded(theirs, 3)},
        {QStringLiteral("ratio"), std::round(theirs / ours * 100) / 100},
        {QStringLiteral("bytes_per_record"),
         qRound64(double(snapshot->bytes()) / snapshot->size())},
        {QStringLiteral("entering"), qint64(last.entering.size())},
        {QStringLiteral("leaving"), qint64(last.leaving.size())},
        {QStringLiteral("staying"), qint64(last.staying.size())},
        {QStringLiteral("snapshot_load_ms"), rounded(loadMs, 3)},
        {QStringLiteral("same_records"), true},
        {QStringLiteral("both_in_memory"), true},
    };
}

} // namespace

void registerFilterBenchmark()
{
    benchmarks().emplace(QStringLiteral("filter"), runFilter);
}

} // namespace SyncLens::Bench
