#include "clientsecretsignin.h"

#include "signinerror.h"

namespace SyncLens {

ClientSecretSignIn::ClientSecretSignIn(SignInSettings settings, QString secret, QObject *parent)
    : SignInFlow(std::move(settings), parent)
    , m_secret(std::move(secret))
{}

ClientSecretSignIn::~ClientSecretSignIn() = default;

void ClientSecretSignIn::begin()
{
    if (m_secret.isEmpty()) {
        fail(makeError(Error::Code::InvalidArgument, tr("The client secret is empty.")));
        return;
    }
    post(settings().endpoint(QStringLiteral("token")),
         {{QStringLiteral("client_id"), settings().clientId},
          {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
          {QStringLiteral("client_secret"), m_secret},
          {QStringLiteral("scope"), settings().org() + QStringLiteral("/.default")}},
         [this](const TokenReply &reply) {
             if (!reply.hasAccessToken()) {
                 fail(SignInError::fromReply(reply, settings(), SignInError::Stage::ClientSecret));
                 return;
             }
             TokenSet tokens = reply.tokens();
             tokens.refreshToken.clear(); // none in this flow; the secret is what is kept
             credentialStore().write(settings().clientSecretKey(), m_secret, this,
                                     [this, tokens](const CredentialStore::Outcome &saved) {
                                         if (saved.ok)
                                             succeed(tokens);
                                         else
                                             fail(makeError(Error::Code::Io, saved.errorMessage));
                                     });
         });
}

} // namespace SyncLens
