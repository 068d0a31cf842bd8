#include "livebenchmark.h"

#include "benchmark.h"
#include "live/clientcredentialsprovider.h"
#include "live/liveimportjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>

namespace SyncLens::Bench {

namespace {

qint64 option(const QStringList &arguments, const QString &name, qint64 fallback)
{
    const int at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toLongLong() : fallback;
}

QJsonObject runLive(const QStringList &arguments)
{
    const qint64 users = option(arguments, QStringLiteral("--users"), 50);
    // 364,000 sandbox items hold 200,200 contacts, appointments and tasks.
    const qint64 items = option(arguments, QStringLiteral("--items"), 364000);
    const QString bin = QCoreApplication::applicationDirPath();
    QTemporaryDir dir;
    const QString sandbox = dir.filePath(QStringLiteral("sandbox.db"));
    // The org is made and served by other processes: the peak memory below
    // is the importer's alone.
    QProcess create;
    create.start(bin + QStringLiteral("/synclens-cli"),
                 {QStringLiteral("sandbox"), QStringLiteral("create"), QStringLiteral("--users"),
                  QString::number(users), QStringLiteral("--items"), QString::number(items),
                  QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out"), sandbox});
    if (!create.waitForFinished(600000) || create.exitCode() != 0)
        return failure(QStringLiteral("sandbox create failed: ") +
                       QString::fromUtf8(create.readAllStandardError()));
    QProcess fake;
    fake.start(bin + QStringLiteral("/synclens-fakecrm"), {QStringLiteral("--org"), sandbox});
    if (!fake.waitForReadyRead(120000))
        return failure(QStringLiteral("synclens-fakecrm did not start: ") +
                       QString::fromUtf8(fake.readAllStandardError()));
    const QUrl url(QString::fromUtf8(fake.readLine().trimmed()));

    ClientCredentialsProvider::Settings signIn;
    signIn.authority = url;
    signIn.tenant = QStringLiteral("fake-tenant");
    signIn.clientId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    signIn.orgUrl = url;
    ClientCredentialsProvider tokens(signIn, QStringLiteral("fake-secret"));
    LiveImportSettings settings;
    settings.orgUrl = url;
    settings.target = dir.filePath(QStringLiteral("live.db"));
    settings.now = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
    settings.tenant = signIn.tenant;
    settings.clientId = signIn.clientId;
    settings.authority = url.toString();
    settings.auth = QStringLiteral("client-secret");
    LiveImportJob job(settings, &tokens);
    std::optional<Result<LiveImportSummary>> result;
    QObject::connect(&job, &LiveImportJob::finished, &job,
                     [&result](const Result<LiveImportSummary> &r) {
                         result = r;
                         QCoreApplication::exit(0);
                     });
    QElapsedTimer timer;
    timer.start();
    job.start();
    QCoreApplication::exec();
    const double seconds = timer.nsecsElapsed() / 1e9;
    fake.kill();
    fake.waitForFinished();
    if (!result || !*result)
        return failure(result ? result->error().message : QStringLiteral("no result"));
    const LiveImportSummary &s = **result;
    const qint64 rows = s.records + s.emails + s.alerts + s.users + s.mailboxes + s.filters +
                        s.organizers + s.teams;
    return QJsonObject{
        {QStringLiteral("benchmark"), QStringLiteral("live")},
        {QStringLiteral("users"), s.users},
        {QStringLiteral("records"), s.records},
        {QStringLiteral("emails"), s.emails},
        {QStringLiteral("seconds"), std::round(seconds * 100) / 100},
        {QStringLiteral("records_per_second"),
         std::round((s.records + s.emails) / std::max(seconds, 0.001))},
        // The importer's own work: parsing the pages' JSON, mapping
        // and writing the rows (the fake's serving and the wire left out).
        {QStringLiteral("parse_store_seconds"), std::round((s.parseNs + s.storeNs) / 1e7) / 100},
        {QStringLiteral("parse_store_records_per_second"),
         std::round((s.records + s.emails) / std::max((s.parseNs + s.storeNs) / 1e9, 0.001))},
        {QStringLiteral("requests"), s.requests},
        {QStringLiteral("rows"), rows},
        // One request per 5,000 rows of each read, plus the fixed ones
        // (WhoAmI, the organization and one last page per read).
        {QStringLiteral("request_budget"), qint64(std::ceil(rows / 5000.0)) + 15},
        {QStringLiteral("peak_mb"), double(peakResidentBytes() / (1024 * 1024))}};
}

} // namespace

void registerLiveBenchmark()
{
    benchmarks().emplace(QStringLiteral("live"), runLive);
}

} // namespace SyncLens::Bench
