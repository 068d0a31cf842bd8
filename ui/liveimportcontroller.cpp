#include "liveimportcontroller.h"

#include "datafolder.h"
#include "live/liveorgwriter.h"
#include "live/liveorigin.h"
#include "store/orgstore.h"
#include "uilog.h"
#include "watchedtokenprovider.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace SyncLens {

LiveImportController::LiveImportController(QObject *parent)
    : QObject(parent)
{}

LiveImportController::~LiveImportController()
{
    if (m_job)
        m_job->disconnect(this); // its destructor removes what it wrote
    if (m_replacing)
        QFile::remove(m_staging); // read, never put in place: the target stays as it was
}

QString LiveImportController::fileFor(const QUrl &orgUrl)
{
    QString name = orgUrl.host().toLower();
    if (orgUrl.port() > 0)
        name += u'-' + QString::number(orgUrl.port());
    // A host name is letters, digits, dots and dashes; anything else (an
    // IPv6 address's colons) becomes a dash.
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != u'.' && c != u'-')
            c = u'-';
    }
    return QDir(DataFolder::path()).filePath(QStringLiteral("live/%1.db").arg(name));
}

QString LiveImportController::authName(SignInMethod method)
{
    switch (method) {
    case SignInMethod::Browser:
        return QStringLiteral("browser");
    case SignInMethod::DeviceCode:
        return QStringLiteral("device-code");
    case SignInMethod::ClientSecret:
        return QStringLiteral("client-secret");
    }
    return {};
}

bool LiveImportController::signInFailed() const
{
    return m_tokens && m_tokens->signInFailed();
}

// A refresh of the same org reads only what changed since the file was read
// and keeps the rest from it (as `live refresh` does); records deleted in the
// org go only with a full read (a new connection to another org, or none yet).
void LiveImportController::readOnlyWhatChanged(LiveImportSettings &settings) const
{
    if (!QFileInfo::exists(m_target))
        return;
    auto store = OrgStore::open(m_target, OrgStore::Access::ReadOnly);
    if (!store)
        return;
    const auto origin = LiveOrigin::read(**store);
    if (!origin)
        return;
    settings.changedSince = origin->refreshSince(settings.orgUrl);
    if (settings.changedSince.isValid())
        settings.previous = m_target;
}

bool LiveImportController::start(const LiveConnection &connection, const QString &target)
{
    if (isRunning() || !connection.tokens)
        return false;
    m_target = QFileInfo(target).absoluteFilePath();
    m_staging = m_target + QStringLiteral(".new");
    m_host = connection.settings.orgUrl.host();
    m_summary = {};
    m_cancelled = false;
    m_tokens = std::make_unique<WatchedTokenProvider>(connection.tokens);
    LiveImportSettings settings;
    settings.orgUrl = connection.settings.orgUrl;
    settings.target = m_staging;
    settings.now = m_now;
    settings.tenant = connection.settings.tenant;
    settings.clientId = connection.settings.clientId;
    settings.authority = connection.settings.authority.toString();
    settings.auth = authName(connection.method);
    readOnlyWhatChanged(settings);
    m_job = new LiveImportJob(settings, m_tokens.get(), this);
    if (m_retry)
        m_job->client()->setRetryPolicy(*m_retry);
    connect(m_job, &LiveImportJob::progress, this, [this](const QString &what, qint64 rows) {
        //: %1 what is read (e.g. "contacts"), %2 how many rows so far
        Q_EMIT progress(rows > 0 ? tr("%1: %2 read").arg(fromJob(what), QLocale().toString(rows))
                                 : fromJob(what));
    });
    connect(m_job, &LiveImportJob::waiting, this, [this](int seconds, const QString &what) {
        //: %1 what was being read when Dataverse answered 429
        Q_EMIT waiting(
            seconds,
            tr("Dataverse asked to wait %n s (reading %1)…", nullptr, seconds).arg(fromJob(what)));
    });
    connect(m_job, &LiveImportJob::finished, this, &LiveImportController::onJobFinished);
    qCInfo(lcUi) << "reading the live org" << m_host;
    if (!QDir().mkpath(QFileInfo(m_target).absolutePath())) {
        // The job's writer says so in its own words when it starts.
        qCWarning(lcUi) << "cannot make the folder of" << m_target;
    }
    m_job->start();
    Q_EMIT started(m_host);
    return true;
}

void LiveImportController::cancel()
{
    if (!m_job)
        return;
    m_cancelled = true;
    m_job->cancel(); // finished() comes at once, with the cancel's sentence
}

void LiveImportController::onJobFinished(const Result<LiveImportSummary> &result)
{
    m_job->deleteLater();
    m_job = nullptr;
    if (!result) {
        fail(fromJob(result.error().message));
        return;
    }
    m_summary = *result;
    m_replacing = true;
    Q_EMIT readyToReplace(m_target);
}

void LiveImportController::replace()
{
    if (!m_replacing)
        return;
    m_replacing = false;
    if (auto replaced = LiveOrgWriter::replaceFile(m_staging, m_target); !replaced) {
        fail(replaced.error().message);
        return;
    }
    qCInfo(lcUi) << "read the live org" << m_host << "into" << m_target;
    Q_EMIT finished(true, summaryText());
}

void LiveImportController::fail(const QString &message)
{
    qCInfo(lcUi) << "the live import stopped:" << message;
    Q_EMIT finished(false, message);
}

// The job speaks of the file it writes (TARGET.new); the person knows TARGET.
QString LiveImportController::fromJob(QString text) const
{
    return text.replace(m_staging, m_target);
}

QString LiveImportController::summaryText() const
{
    const LiveImportSummary &s = m_summary;
    //: %1 the org's host; then what the import read
    return tr("Read %1: %2 users, %3 mailboxes, %4 alerts, %5 sync filters, %6 records, "
              "%7 emails.")
        .arg(m_host)
        .arg(s.users)
        .arg(s.mailboxes)
        .arg(s.alerts)
        .arg(s.filters)
        .arg(QLocale().toString(s.records), QLocale().toString(s.emails));
}

} // namespace SyncLens
