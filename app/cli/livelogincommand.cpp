#include "livelogincommand.h"

#include "live/authorizationcodeflow.h"
#include "live/clientsecretsignin.h"
#include "live/devicecodeflow.h"
#include "live/loopbackredirectlistener.h"

#include <QEventLoop>
#include <QFile>

#include <cstdio>
#include <memory>

namespace SyncLens::Cli {

namespace {

constexpr int kRefused = 3; // the org or the network refused

void progress(const QString &text)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(text));
    std::fflush(stderr);
}

// The secret as typed or piped, without the line's end; never echoed.
QString readSecretFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray data = in.read(64 * 1024);
    while (data.endsWith('\n') || data.endsWith('\r'))
        data.chop(1);
    return QString::fromUtf8(data);
}

} // namespace

QStringList LiveLoginCommand::words() const
{
    return {QStringLiteral("live"), QStringLiteral("login")};
}

QString LiveLoginCommand::summary() const
{
    return Command::tr("Sign in to a Dynamics 365 org and keep the sign-in in the system "
                       "keychain.");
}

void LiveLoginCommand::describe(QCommandLineParser &parser) const
{
    parser.addOptions({
        {QStringLiteral("url"),
         Command::tr("The environment URL, such as "
                     "https://contoso.crm.dynamics.com."),
         Command::tr("URL")},
        {QStringLiteral("tenant"),
         Command::tr("The tenant: organizations (default), a domain or a tenant id."),
         Command::tr("T")},
        {QStringLiteral("client-id"),
         Command::tr("The application (client) id; Microsoft's sample public client by "
                     "default."),
         Command::tr("ID")},
        {QStringLiteral("authority"),
         Command::tr("The sign-in authority (default https://login.microsoftonline.com)."),
         Command::tr("URL")},
        {QStringLiteral("browser"),
         Command::tr("Sign in in a browser: prints the URL to open and waits for the answer "
                     "on 127.0.0.1.")},
        {QStringLiteral("device-code"),
         Command::tr("Sign in on any device with a code (for SSH sessions).")},
        {QStringLiteral("client-secret-stdin"),
         Command::tr("Read an application user's client secret from standard input, check it "
                     "and keep it in the keychain.")},
    });
}

int LiveLoginCommand::run(const QCommandLineParser &parser)
{
    const bool browser = parser.isSet(QStringLiteral("browser"));
    const bool deviceCode = parser.isSet(QStringLiteral("device-code"));
    const bool secret = parser.isSet(QStringLiteral("client-secret-stdin"));
    if (int(browser) + int(deviceCode) + int(secret) != 1) {
        printError(Command::tr("live login needs one of --browser, --device-code or "
                               "--client-secret-stdin"));
        return BadInput;
    }
    if (!parser.isSet(QStringLiteral("url"))) {
        printError(Command::tr("live login needs --url URL"));
        return BadInput;
    }
    auto settings = SignInSettings::fromInput(
        parser.value(QStringLiteral("url")), parser.value(QStringLiteral("tenant")),
        parser.value(QStringLiteral("client-id")), parser.value(QStringLiteral("authority")));
    if (!settings) {
        printError(settings.error().message);
        return BadInput;
    }

    std::unique_ptr<SignInFlow> flow;
    if (browser) {
        auto code = std::make_unique<AuthorizationCodeFlow>(*settings, [](const QUrl &url) {
            printOut(Command::tr("Open this address in a browser to sign in:\n%1\n")
                         .arg(QString::fromUtf8(url.toEncoded())));
        });
        flow = std::move(code);
    } else if (deviceCode) {
        flow = std::make_unique<DeviceCodeFlow>(*settings, [](const DeviceCodePrompt &prompt) {
            printOut(Command::tr("To sign in, open %1 on any device and enter the code %2 "
                                 "(before %3 UTC).\n")
                         .arg(prompt.verificationUri.toDisplayString(), prompt.userCode,
                              prompt.expiresAt.toString(QStringLiteral("HH:mm"))));
        });
    } else {
        const QString clientSecret = readSecretFromStdin();
        if (clientSecret.isEmpty()) {
            printError(Command::tr("--client-secret-stdin: nothing came on standard input"));
            return BadInput;
        }
        flow = std::make_unique<ClientSecretSignIn>(*settings, clientSecret);
    }

    QEventLoop loop;
    QObject::connect(flow.get(), &SignInFlow::finished, &loop, &QEventLoop::quit);
    flow->start();
    if (auto *code = qobject_cast<AuthorizationCodeFlow *>(flow.get()); code && code->isRunning()) {
        progress(Command::tr("Waiting for the browser's answer on 127.0.0.1:%1 (Ctrl+C stops)…")
                     .arg(code->listener()->port()));
    } else if (deviceCode && flow->isRunning()) {
        progress(Command::tr("Waiting for the sign-in at %1 (Ctrl+C stops)…")
                     .arg(settings->authority.toDisplayString()));
    }
    if (!flow->isFinished())
        loop.exec();

    const Result<TokenSet> &result = flow->result();
    if (!result) {
        printError(result.error().message);
        return kRefused; // the input was checked above: the service or the network said no
    }
    if (!flow->keychainWarning().isEmpty()) {
        printError(Command::tr("signed in, but the sign-in could not be kept: %1")
                       .arg(flow->keychainWarning()));
        return kRefused;
    }
    printOut(secret ? Command::tr("The client secret for %1 works; it is kept in the system "
                                  "keychain.\n")
                          .arg(settings->org())
                    : Command::tr("Signed in to %1; the sign-in is kept in the system keychain.\n")
                          .arg(settings->org()));
    return Ok;
}

} // namespace SyncLens::Cli
