#include "liveimportrunner.h"

#include "command.h"
#include "live/clientcredentialsprovider.h"
#include "live/credentialstore.h"
#include "live/usertokenprovider.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <memory>

namespace SyncLens::Cli {

namespace {

int exitCodeFor(const Error &error)
{
    switch (error.code) {
    case Error::Code::Remote:
    case Error::Code::Cancelled:
        return Refused;
    default:
        return BadInput;
    }
}

void progressLine(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

// Runs the job to its end on the application's event loop.
int importWith(const LiveImportRequest &request, const QUrl &orgUrl, AccessTokenProvider *tokens)
{
    LiveImportSettings job;
    job.orgUrl = orgUrl;
    job.target = request.target;
    job.days = request.days;
    job.tenant = request.tenant;
    job.clientId = request.clientId;
    job.authority = request.authority;
    job.auth = request.auth;
    job.changedSince = request.changedSince;
    LiveImportJob importJob(job, tokens);
    QElapsedTimer sincePrint;
    sincePrint.start();
    QString lastWhat;
    QObject::connect(
        &importJob, &LiveImportJob::progress, &importJob, [&](const QString &what, qint64 rows) {
            if (what == lastWhat && sincePrint.elapsed() < 1000)
                return;
            lastWhat = what;
            sincePrint.restart();
            progressLine(rows > 0 ? Command::tr("%1: %2 read").arg(what).arg(rows) : what);
        });
    QObject::connect(&importJob, &LiveImportJob::waiting, &importJob,
                     [](int seconds, const QString &what) {
                         progressLine(Command::tr("The org is busy (HTTP 429) while reading %1: "
                                                  "waiting %2 s as it asks…")
                                          .arg(what)
                                          .arg(seconds));
                     });
    int code = Ok;
    QObject::connect(
        &importJob, &LiveImportJob::finished, &importJob,
        [&code, refresh = job.changedSince.isValid()](const Result<LiveImportSummary> &result) {
            if (!result) {
                printError(result.error().message);
                code = exitCodeFor(result.error());
            } else {
                const auto &s = *result;
                for (const QString &note : s.notes)
                    progressLine(note);
                progressLine(Command::tr("%1 users, %2 mailboxes, %3 alerts, %4 sync "
                                         "filters, %5 records, %6 emails "
                                         "(%7 requests)")
                                 .arg(s.users)
                                 .arg(s.mailboxes)
                                 .arg(s.alerts)
                                 .arg(s.filters)
                                 .arg(s.records)
                                 .arg(s.emails)
                                 .arg(s.requests));
                if (s.kept > 0)
                    progressLine(Command::tr("%1 rows that did not change were kept "
                                             "from the last read")
                                     .arg(s.kept));
                if (refresh)
                    progressLine(Command::tr("%1 records deleted in the org since "
                                             "the last read were removed")
                                     .arg(s.deleted));
            }
            QCoreApplication::exit(code);
        });
    importJob.start();
    QCoreApplication::exec();
    return code;
}

int importWithSecret(const LiveImportRequest &request, const QUrl &orgUrl, const QString &secret)
{
    ClientCredentialsProvider::Settings settings;
    settings.authority = QUrl(request.authority);
    settings.tenant = request.tenant;
    settings.clientId = request.clientId;
    settings.orgUrl = orgUrl;
    ClientCredentialsProvider tokens(settings, secret);
    return importWith(request, orgUrl, &tokens);
}

// A person's sign-in: the refresh token `live login` kept in the keychain,
// else the browser or a device code; what to do goes to stderr.
int importAsPerson(LiveImportRequest request)
{
    const auto settings =
        SignInSettings::fromInput(request.url, request.tenant, request.clientId, request.authority);
    if (!settings) {
        printError(settings.error().message);
        return BadInput;
    }
    std::shared_ptr<UserTokenProvider> tokens;
    if (request.auth == u"browser") {
        tokens = UserTokenProvider::browser(*settings, [](const QUrl &url) {
            progressLine(Command::tr("Open this address in a browser to sign in:\n%1")
                             .arg(QString::fromUtf8(url.toEncoded())));
        });
    } else {
        tokens = UserTokenProvider::deviceCode(*settings, [](const DeviceCodePrompt &prompt) {
            progressLine(prompt.message.isEmpty()
                             ? Command::tr("To sign in, open %1 on any device and enter the "
                                           "code %2.")
                                   .arg(prompt.verificationUri.toDisplayString(), prompt.userCode)
                             : prompt.message);
        });
    }
    // Remembered as used, so that `live refresh` finds the same keychain entry.
    request.tenant = settings->tenant;
    request.clientId = settings->clientId;
    request.authority = settings->authority.toString();
    return importWith(request, settings->orgUrl, tokens.get());
}

} // namespace

int runLiveImport(const LiveImportRequest &request)
{
    const auto orgUrl = DataverseClient::checkOrgUrl(request.url);
    if (!orgUrl) {
        printError(orgUrl.error().message);
        return BadInput;
    }
    const auto authority = DataverseClient::checkOrgUrl(request.authority);
    if (!authority) {
        printError(Command::tr("--authority: %1").arg(authority.error().message));
        return BadInput;
    }
    if (request.auth == u"browser" || request.auth == u"device-code")
        return importAsPerson(request);
    if (request.auth != u"client-secret") {
        printError(Command::tr("--auth must be browser, device-code or client-secret, not \"%1\"")
                       .arg(request.auth));
        return BadInput;
    }
    if (request.tenant.isEmpty() || request.clientId.isEmpty()) {
        printError(Command::tr("--auth client-secret needs --tenant and --client-id (the "
                               "application user's app registration)"));
        return BadInput;
    }
    const QString fromEnvironment = qEnvironmentVariable("SYNCLENS_CLIENT_SECRET");
    if (!fromEnvironment.isEmpty())
        return importWithSecret(request, *orgUrl, fromEnvironment);

    // The secret `live login --client-secret-stdin` saved in the keychain.
    CredentialStore store;
    const QString key = CredentialStore::keyFor(orgUrl->toString(), request.clientId);
    CredentialStore::Outcome outcome;
    QObject context;
    store.read(key, &context, [&outcome](const CredentialStore::Outcome &o) {
        outcome = o;
        QCoreApplication::exit(0);
    });
    QCoreApplication::exec();
    if (!outcome.ok || outcome.secret.isEmpty()) {
        QString message = Command::tr("No client secret for %1 and client id %2: set "
                                      "SYNCLENS_CLIENT_SECRET, or save it with synclens-cli live "
                                      "login --client-secret-stdin")
                              .arg(orgUrl->toString(), request.clientId);
        if (!outcome.ok && !outcome.notFound)
            message += QStringLiteral(" (") + outcome.errorMessage + u')';
        printError(message);
        return BadInput;
    }
    return importWithSecret(request, *orgUrl, outcome.secret);
}

} // namespace SyncLens::Cli
