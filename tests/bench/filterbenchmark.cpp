#include "filterbenchmark.h"

#include "benchmark.h"
#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/scopepreview.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace SyncLens::Bench {

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);

struct Appointment
{
    QString id, owner, subject;
    QDateTime start;
};

std::vector<Appointment> makeAppointments(int count)
{
    static const char *const topics[] = {"Quarterly review",
                                         "Kickoff",
                                         "Renewal terms",
                                         "Demo",
                                         "Lunch",
                                         "Pipeline review",
                                         "Support call",
                                         "Workshop",
                                         "Contract signing",
                                         "Status update",
                                         "Budget planning",
                                         "Design review",
                                         "Onboarding",
                                         "Check-in",
                                         "Training"};
    static const char *const companies[] = {"Contoso",          "Fabrikam",        "Northwind",
                                            "Litware",          "Adventure Works", "Tailspin",
                                            "Wingtip",          "Proseware",       "Woodgrove",
                                            "Alpine Ski House", "Coho Winery",     "Trey Research"};
    QRandomGenerator random(300000);
    std::vector<Appointment> list;
    list.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const QString subject = QStringLiteral("%1 with %2")
                                    .arg(QLatin1String(topics[random.bounded(15)]),
                                         QLatin1String(companies[random.bounded(12)]));
        list.push_back({QStringLiteral("a%1").arg(i, 7, 10, QLatin1Char('0')),
                        QStringLiteral("user%1").arg(random.bounded(50)), subject,
                        kNow.addSecs(qint64(random.bounded(-365 * 24, 90 * 24)) * 3600)});
    }
    return list;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

FetchQuery parse(const QString &text)
{
    auto query = FetchXmlParser().parse(text);
    if (!query)
        qFatal("%s", qPrintable(query.error().message));
    return *query;
}

// The same two questions in SQL, timed on the same data.
Result<std::vector<double>> sqliteRuns(const std::vector<Appointment> &appointments, int runs)
{
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-filter"));
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open())
        return makeError(Error::Code::Database, db.lastError().text());
    QSqlQuery q(db);
    q.exec(QStringLiteral("CREATE TABLE appointment (id TEXT PRIMARY KEY, ownerid TEXT, "
                          "scheduledstart INTEGER, subject TEXT)"));
    q.exec(QStringLiteral("CREATE INDEX appointment_owner ON appointment (ownerid)"));
    db.transaction();
    q.prepare(QStringLiteral("INSERT INTO appointment VALUES (?, ?, ?, ?)"));
    for (const Appointment &a : appointments) {
        q.addBindValue(a.id);
        q.addBindValue(a.owner);
        q.addBindValue(a.start.toMSecsSinceEpoch());
        q.addBindValue(a.subject);
        q.exec();
    }
    db.commit();
    q.exec(QStringLiteral("ANALYZE"));

    const qint64 from =
        QDateTime(kNow.date().addDays(-30), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    std::vector<double> times;
    QSqlQuery current(db), proposed(db);
    current.prepare(QStringLiteral("SELECT id FROM appointment WHERE ownerid = ?"));
    proposed.prepare(QStringLiteral(
        "SELECT id FROM appointment WHERE ownerid = ? AND"
        " ((scheduledstart >= ? AND scheduledstart <= ?) OR subject LIKE '%review%')"));
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        qint64 rows = 0;
        current.addBindValue(QStringLiteral("user7"));
        current.exec();
        while (current.next())
            rows += current.value(0).toString().size();
        proposed.addBindValue(QStringLiteral("user7"));
        proposed.addBindValue(from);
        proposed.addBindValue(kNow.toMSecsSinceEpoch());
        proposed.exec();
        while (proposed.next())
            rows += proposed.value(0).toString().size();
        times.push_back(timer.nsecsElapsed() / 1e6);
        Q_UNUSED(rows)
    }
    return times;
}

QJsonObject runFilter(const QStringList &arguments)
{
    const int count =
        arguments.contains(QStringLiteral("--records"))
            ? arguments.value(arguments.indexOf(QStringLiteral("--records")) + 1).toInt()
            : 300000;
    const int runs =
        std::max(20, arguments.contains(QStringLiteral("--runs"))
                         ? arguments.value(arguments.indexOf(QStringLiteral("--runs")) + 1).toInt()
                         : 20);
    const auto appointments = makeAppointments(count);
    const std::vector<FetchQuery> current{
        parse(QStringLiteral("<fetch><entity name=\"appointment\"><filter><condition "
                             "attribute=\"ownerid\" operator=\"eq-userid\"/>"
                             "</filter></entity></fetch>"))};
    const std::vector<FetchQuery> proposed{
        parse(QStringLiteral("<fetch><entity name=\"appointment\"><filter><condition "
                             "attribute=\"ownerid\" operator=\"eq-userid\"/>"
                             "<filter type=\"or\"><condition attribute=\"scheduledstart\" "
                             "operator=\"last-x-days\" value=\"30\"/>"
                             "<condition attribute=\"subject\" operator=\"like\" "
                             "value=\"%review%\"/></filter></filter></entity></fetch>"))};

    SnapshotSet::Columns columns;
    SnapshotSet::collectColumns(current.front(), columns);
    SnapshotSet::collectColumns(proposed.front(), columns);
    auto snapshot = std::make_shared<RecordSnapshot>(
        QStringLiteral("appointment"), columns.value(QStringLiteral("appointment")).values());
    for (const Appointment &a : appointments) {
        snapshot->append(CrmRecord{
            a.id, QStringLiteral("appointment"),
            QJsonObject{{QStringLiteral("ownerid"), a.owner},
                        {QStringLiteral("subject"), a.subject},
                        {QStringLiteral("scheduledstart"), a.start.toString(Qt::ISODate)}}});
    }
    SnapshotSet snapshots;
    snapshots.add(snapshot);
    const EvaluationContext context{QStringLiteral("user7"), {}, {}, kNow};

    std::vector<double> times;
    ScopePreview last;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto preview = ScopePreviewer::preview(QStringLiteral("appointment"), current, proposed,
                                               snapshots, context, OutOfScopeAction::Keep);
        times.push_back(timer.nsecsElapsed() / 1e6);
        if (!preview)
            return QJsonObject{{QStringLiteral("error"), preview.error().message}};
        last = std::move(preview).value();
    }
    const auto sqlite = sqliteRuns(appointments, runs);
    QSqlDatabase::removeDatabase(QStringLiteral("bench-filter"));
    if (!sqlite)
        return QJsonObject{{QStringLiteral("error"), sqlite.error().message}};
    const double ours = median(times);
    const double theirs = median(*sqlite);
    return QJsonObject{
        {QStringLiteral("benchmark"), QStringLiteral("filter")},
        {QStringLiteral("records"), count},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("median_ms"), std::round(ours * 1000) / 1000},
        {QStringLiteral("min_ms"),
         std::round(*std::min_element(times.begin(), times.end()) * 1000) / 1000},
        {QStringLiteral("sqlite_median_ms"), std::round(theirs * 1000) / 1000},
        {QStringLiteral("ratio"), std::round(theirs / ours * 100) / 100},
        {QStringLiteral("bytes_per_record"), qRound64(double(snapshot->bytes()) / count)},
        {QStringLiteral("entering"), qint64(last.entering.size())},
        {QStringLiteral("leaving"), qint64(last.leaving.size())},
        {QStringLiteral("staying"), qint64(last.staying.size())},
    };
}

} // namespace

void registerFilterBenchmark()
{
    benchmarks().emplace(QStringLiteral("filter"), runFilter);
}

} // namespace SyncLens::Bench
