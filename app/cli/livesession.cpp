#include "livesession.h"

#include "command.h"
#include "live/credentialstore.h"
#include "live/dataverseclient.h"
#include "store/orgstore.h"

namespace SyncLens::Cli {

namespace {

// The secret of an application user: the environment, else the keychain.
std::optional<QString> clientSecret(const QUrl &orgUrl, const QString &clientId)
{
    const QString fromEnvironment = qEnvironmentVariable("SYNCLENS_CLIENT_SECRET");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    CredentialStore store;
    CredentialStore::Outcome outcome;
    QObject context;
    store.read(CredentialStore::keyFor(orgUrl.toString(), clientId), &context,
               [&outcome](const CredentialStore::Outcome &o) {
                   outcome = o;
                   QCoreApplication::exit(0);
               });
    QCoreApplication::exec();
    if (outcome.ok && !outcome.secret.isEmpty())
        return outcome.secret;
    printError(Command::tr("No client secret for %1 and client id %2: set "
                           "SYNCLENS_CLIENT_SECRET, or save it with synclens-cli live login "
                           "--client-secret-stdin")
                   .arg(orgUrl.toString(), clientId));
    return std::nullopt;
}

} // namespace

std::optional<LiveSession> LiveSession::open(OrgStore &store, int *exitCode)
{
    *exitCode = BadInput;
    const auto source = store.source();
    if (!source || *source != u"live") {
        printError(Command::tr("%1 is not a live org (it is a %2 org); use live import first")
                       .arg(store.path(), source ? *source : QStringLiteral("?")));
        return std::nullopt;
    }
    auto meta = [&store](const char *key) {
        const auto value = store.metaValue(QString::fromLatin1(key));
        return value ? *value : QString();
    };
    const auto orgUrl = DataverseClient::checkOrgUrl(meta("live.url"));
    const auto authority = DataverseClient::checkOrgUrl(meta("live.authority"));
    if (!orgUrl || !authority) {
        printError(!orgUrl ? orgUrl.error().message : authority.error().message);
        return std::nullopt;
    }
    if (meta("live.auth") != u"client-secret") {
        printError(Command::tr("%1 was imported with --auth %2; this command signs in with "
                               "client-secret only in this build")
                       .arg(store.path(), meta("live.auth")));
        return std::nullopt;
    }
    ClientCredentialsProvider::Settings settings;
    settings.authority = *authority;
    settings.tenant = meta("live.tenant");
    settings.clientId = meta("live.clientId");
    settings.orgUrl = *orgUrl;
    const auto secret = clientSecret(*orgUrl, settings.clientId);
    if (!secret)
        return std::nullopt;
    LiveSession session;
    session.orgUrl = *orgUrl;
    session.tokens = std::make_unique<ClientCredentialsProvider>(settings, *secret);
    *exitCode = Ok;
    return session;
}

} // namespace SyncLens::Cli
