#include "signinerror.h"

#include "signinsettings.h"
#include "tokenrequest.h"

#include <QUrlQuery>

namespace SyncLens {

namespace {

Error refused(const QString &message)
{
    return makeError(Error::Code::Io, message);
}

bool anyOf(const QList<int> &codes, std::initializer_list<int> wanted)
{
    for (int code : wanted) {
        if (codes.contains(code))
            return true;
    }
    return false;
}

} // namespace

Error SignInError::cancelled()
{
    return makeError(Error::Code::Cancelled,
                     tr("Sign-in was cancelled. Sign in again to connect to the org."));
}

Error SignInError::notSignedIn(const SignInSettings &settings)
{
    return makeError(Error::Code::NotFound,
                     tr("You are not signed in to %1 (tenant %2, client %3) on this computer. "
                        "Sign in with File ▸ Connect to Dynamics 365… or "
                        "\"synclens-cli live login\".")
                         .arg(settings.org(), settings.tenant, settings.clientId));
}

Error SignInError::stateMismatch()
{
    return refused(tr("The browser's sign-in answer does not belong to this sign-in (its state "
                      "differs), so SyncLens ignored it. Sign in again; if this repeats, another "
                      "program on this computer may be interfering."));
}

Error SignInError::deviceCodeExpired()
{
    return refused(tr("The sign-in code expired before it was entered. Start the device code "
                      "sign-in again and enter the new code within its time."));
}

bool SignInError::needsSignIn(const TokenReply &reply)
{
    const QString error = reply.error();
    return error == u"invalid_grant" || error == u"interaction_required" ||
           error == u"consent_required" || error == u"login_required";
}

Error SignInError::fromRedirect(const QUrlQuery &query, const SignInSettings &settings)
{
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    const QString description =
        query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)
            .replace(u'+', u' ');
    // AADSTS codes appear in the description of a redirect ("AADSTS65001: …").
    QList<int> codes;
    if (description.startsWith(QStringLiteral("AADSTS")))
        codes.append(description.mid(6).section(u':', 0, 0).toInt());
    return byCode(error, description.section(u'\n', 0, 0), codes, settings, Stage::Redeem);
}

Error SignInError::fromReply(const TokenReply &reply, const SignInSettings &settings, Stage stage)
{
    if (reply.cancelled)
        return cancelled();
    if (!reply.answered())
        return refused(tr("Could not reach the sign-in service at %1: %2. Check the network "
                          "connection and the authority URL.")
                           .arg(settings.authority.toDisplayString(), reply.networkError));
    if (reply.error().isEmpty())
        return refused(tr("The sign-in service at %1 answered HTTP %2 without a token or an "
                          "error. Check the authority URL.")
                           .arg(settings.authority.toDisplayString())
                           .arg(reply.httpStatus));
    return byCode(reply.error(), reply.description(), reply.errorCodes(), settings, stage);
}

Error SignInError::byCode(const QString &error, const QString &description, const QList<int> &codes,
                          const SignInSettings &settings, Stage stage)
{
    // Tenant not found (90002), not a valid tenant identifier (900023).
    if (anyOf(codes, {90002, 900023}))
        return makeError(Error::Code::InvalidArgument,
                         tr("The tenant \"%1\" does not exist. Check the tenant: organizations, "
                            "your directory's domain (such as contoso.onmicrosoft.com) or its "
                            "tenant id.")
                             .arg(settings.tenant));
    // The account belongs to another tenant (50020, 90072).
    if (anyOf(codes, {50020, 90072}))
        return makeError(Error::Code::InvalidArgument,
                         tr("Your account is not in the tenant \"%1\". Sign in with an account "
                            "of the org's directory, or set the org's tenant.")
                             .arg(settings.tenant));
    // The application is not known in the tenant (700016) or not allowed.
    if (anyOf(codes, {700016}) || error == u"unauthorized_client")
        return makeError(Error::Code::InvalidArgument,
                         tr("The client id %1 is not an application that may sign in to the "
                            "tenant \"%2\". Check the client id and the tenant, or ask an "
                            "administrator to register the application.")
                             .arg(settings.clientId, settings.tenant));
    if (anyOf(codes, {65001, 90094, 90008}) || error == u"consent_required")
        return refused(tr("An administrator of the tenant must first consent to this "
                          "application (delegated permission \"Access Dynamics 365 as "
                          "organization users\", client id %1). Ask them, then sign in again.")
                           .arg(settings.clientId));
    if (error == u"access_denied" || error == u"authorization_declined" || anyOf(codes, {65004}))
        return makeError(Error::Code::Cancelled,
                         tr("The sign-in was cancelled or declined in the browser. Sign in again "
                            "and accept to connect to %1.")
                             .arg(settings.org()));
    if (error == u"expired_token" || error == u"code_expired")
        return deviceCodeExpired();
    if (error == u"invalid_client" || anyOf(codes, {7000215, 7000222}))
        return makeError(Error::Code::InvalidArgument,
                         stage == Stage::ClientSecret
                             ? tr("The client secret for client %1 was refused: it is wrong or "
                                  "has expired. Create a new secret in the app registration and "
                                  "save it again.")
                                   .arg(settings.clientId)
                             : tr("The client %1 was refused: a public client must be allowed "
                                  "for this sign-in (\"Allow public client flows\" in its app "
                                  "registration).")
                                   .arg(settings.clientId));
    if (error == u"invalid_scope")
        return makeError(Error::Code::InvalidArgument,
                         tr("The sign-in service does not know the environment %1. Check the "
                            "environment URL.")
                             .arg(settings.org()));
    if (error == u"invalid_grant" || error == u"interaction_required" ||
        error == u"login_required") {
        if (stage == Stage::Refresh)
            return refused(tr("The saved sign-in to %1 has expired or was revoked. Sign in "
                              "again.")
                               .arg(settings.org()));
        return refused(tr("The sign-in service refused the sign-in (it expired or was already "
                          "used). Sign in again."));
    }
    if (error == u"bad_verification_code")
        return refused(tr("The sign-in service did not recognise the device code. Start the "
                          "device code sign-in again."));
    return refused(tr("The sign-in service refused: %1 (%2).")
                       .arg(description.isEmpty() ? error : description, error));
}

} // namespace SyncLens
