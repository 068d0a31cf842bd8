#include "storedsignintokens.h"

#include "live/clientcredentialsprovider.h"
#include "live/usertokenprovider.h"

namespace SyncLens {

StoredSignInTokens::StoredSignInTokens(SignInSettings settings, SignInMethod method,
                                       CredentialStore store)
    : m_settings(std::move(settings))
    , m_method(method)
    , m_store(std::move(store))
{}

StoredSignInTokens::~StoredSignInTokens() = default;

void StoredSignInTokens::requestToken(bool forceRefresh, QObject *context, Done done)
{
    if (m_method == SignInMethod::ClientSecret)
        return requestWithSecret(forceRefresh, context, std::move(done));
    if (!m_user) {
        // Without an interactive sign-in: a missing refresh token is an error.
        m_user = std::make_shared<UserTokenProvider>(m_settings);
        m_user->setCredentialStore(m_store);
    }
    m_user->requestToken(forceRefresh, context, std::move(done));
}

void StoredSignInTokens::requestWithSecret(bool forceRefresh, QObject *context, Done done)
{
    if (m_application)
        return m_application->requestToken(forceRefresh, context, std::move(done));
    m_store.read(m_settings.clientSecretKey(), context,
                 [self = weak_from_this(), forceRefresh, context,
                  done](const CredentialStore::Outcome &outcome) {
                     const auto tokens = self.lock();
                     if (!tokens) {
                         done(makeError(Error::Code::Cancelled, tr("The sign-in was dropped.")));
                         return;
                     }
                     tokens->onSecret(outcome, forceRefresh, context, done);
                 });
}

void StoredSignInTokens::onSecret(const CredentialStore::Outcome &outcome, bool forceRefresh,
                                  QObject *context, const Done &done)
{
    if (!outcome.ok || outcome.secret.isEmpty()) {
        //: %1 the org's URL
        done(makeError(Error::Code::Remote,
                       tr("No client secret for %1 is kept in the system keychain: sign in "
                          "again.")
                           .arg(m_settings.org())));
        return;
    }
    if (!m_application) {
        ClientCredentialsProvider::Settings s{m_settings.authority, m_settings.tenant,
                                              m_settings.clientId, m_settings.orgUrl};
        m_application = std::make_shared<ClientCredentialsProvider>(s, outcome.secret);
    }
    m_application->requestToken(forceRefresh, context, done);
}

} // namespace SyncLens
