#include "livecommands.h"

#include "live/liveorigin.h"
#include "liveimportrunner.h"
#include "store/orgstore.h"

namespace SyncLens::Cli {

QStringList LiveImportCommand::words() const
{
    return {QStringLiteral("live"), QStringLiteral("import")};
}

QString LiveImportCommand::summary() const
{
    return Command::tr("Read a Dynamics 365 org (read-only) into an org file.");
}

void LiveImportCommand::describe(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("url"),
                      Command::tr("The environment URL, e.g. https://contoso.crm.dynamics.com."),
                      Command::tr("URL")});
    parser.addOption({QStringLiteral("out"),
                      Command::tr("The org file to write (replaced only when complete)."),
                      Command::tr("FILE")});
    parser.addOption(
        {QStringLiteral("tenant"), Command::tr("The Microsoft Entra tenant."), Command::tr("T")});
    parser.addOption({QStringLiteral("client-id"), Command::tr("The app registration's id."),
                      Command::tr("ID")});
    parser.addOption({QStringLiteral("authority"),
                      Command::tr("The sign-in authority (default "
                                  "https://login.microsoftonline.com)."),
                      Command::tr("URL"), QStringLiteral("https://login.microsoftonline.com")});
    parser.addOption({QStringLiteral("auth"),
                      Command::tr("browser, device-code or client-secret (the secret from "
                                  "SYNCLENS_CLIENT_SECRET or the keychain)."),
                      Command::tr("METHOD")});
    parser.addOption({QStringLiteral("days"),
                      Command::tr("Alerts and tracked emails of the last N days (default 14)."),
                      Command::tr("N"), QStringLiteral("14")});
}

int LiveImportCommand::run(const QCommandLineParser &parser)
{
    LiveImportRequest request;
    request.url = parser.value(QStringLiteral("url"));
    request.target = parser.value(QStringLiteral("out"));
    if (request.url.isEmpty() || request.target.isEmpty()) {
        printError(Command::tr("live import needs --url URL and --out FILE"));
        return BadInput;
    }
    request.tenant = parser.value(QStringLiteral("tenant"));
    request.clientId = parser.value(QStringLiteral("client-id"));
    request.authority = parser.value(QStringLiteral("authority"));
    request.auth = parser.value(QStringLiteral("auth"));
    if (request.auth.isEmpty())
        request.auth = qEnvironmentVariableIsSet("SYNCLENS_CLIENT_SECRET")
                           ? QStringLiteral("client-secret")
                           : QStringLiteral("browser");
    const auto days = integerOption(parser, QStringLiteral("days"), 14);
    if (!days)
        return BadInput;
    if (*days < 1 || *days > 3650) {
        printError(Command::tr("--days must be between 1 and 3650"));
        return BadInput;
    }
    request.days = int(*days);
    return runLiveImport(request);
}

QStringList LiveRefreshCommand::words() const
{
    return {QStringLiteral("live"), QStringLiteral("refresh")};
}

QString LiveRefreshCommand::summary() const
{
    return Command::tr("Read a live org file's org again, signed in the same way.");
}

void LiveRefreshCommand::describe(QCommandLineParser &parser) const
{
    parser.addOption(
        {QStringLiteral("org"), Command::tr("The live org file."), Command::tr("FILE")});
    parser.addOption({QStringLiteral("full"),
                      Command::tr("Read everything again, not only what changed since the last "
                                  "read (records deleted in the org go only then).")});
}

int LiveRefreshCommand::run(const QCommandLineParser &parser)
{
    LiveImportRequest request;
    {
        auto store = openOrgOption(parser, OrgStore::Access::ReadOnly);
        if (!store)
            return BadInput;
        const auto origin = LiveOrigin::read(*store);
        if (!origin) {
            printError(Command::tr("%1; use live import").arg(origin.error().message));
            return BadInput;
        }
        request.url = origin->url.toString();
        request.target = store->path();
        request.tenant = origin->tenant;
        request.clientId = origin->clientId;
        request.authority = origin->authority;
        request.auth = origin->auth;
        request.days = origin->days;
        if (!parser.isSet(QStringLiteral("full")))
            request.changedSince = origin->refreshSince(origin->url);
    } // closed before it is replaced
    return runLiveImport(request);
}

} // namespace SyncLens::Cli
