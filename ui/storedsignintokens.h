#pragma once

#include "live/accesstokenprovider.h"
#include "live/credentialstore.h"
#include "live/signinsettings.h"

#include <QCoreApplication>

#include <memory>

namespace SyncLens {

class ClientCredentialsProvider;
class UserTokenProvider;

// Tokens for an org signed in to before, silently, from what the OS keychain
// keeps of that sign-in: the refresh token (browser, device code) or the
// application user's client secret. When the keychain has nothing (or the
// org refuses it), a request fails with "sign in again" and the window opens
// the Connect dialog. Made with std::make_shared (it answers through a weak
// pointer to itself).
class StoredSignInTokens final : public AccessTokenProvider,
                                 public std::enable_shared_from_this<StoredSignInTokens>
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::StoredSignInTokens)

public:
    StoredSignInTokens(SignInSettings settings, SignInMethod method,
                       CredentialStore store = CredentialStore());
    ~StoredSignInTokens() override;

    void requestToken(bool forceRefresh, QObject *context, Done done) override;

private:
    void requestWithSecret(bool forceRefresh, QObject *context, Done done);
    void onSecret(const CredentialStore::Outcome &outcome, bool forceRefresh, QObject *context,
                  const Done &done);

    SignInSettings m_settings;
    SignInMethod m_method;
    CredentialStore m_store;
    std::shared_ptr<UserTokenProvider> m_user;
    std::shared_ptr<ClientCredentialsProvider> m_application;
};

} // namespace SyncLens
