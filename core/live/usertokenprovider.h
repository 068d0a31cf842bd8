#pragma once

#include "accesstokenprovider.h"
#include "authorizationcodeflow.h"
#include "credentialstore.h"
#include "devicecodeflow.h"
#include "signinsettings.h"
#include "tokenrequest.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace SyncLens {

class SignInFlow;

// Access tokens for a person signed in to an org. A token comes from memory
// while it lasts, else silently from the refresh token saved in the OS
// keychain (the new refresh token of each answer replaces it there). When
// that is missing, expired or revoked (invalid_grant), the provider runs the
// interactive sign-in it was given (browser or device code), or, with none,
// fails with "sign in again". Requests made meanwhile wait for the same
// answer.
class UserTokenProvider final : public QObject, public AccessTokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTokenProvider)

public:
    using FlowFactory = std::function<SignInFlow *(const SignInSettings &, QObject *parent)>;

    explicit UserTokenProvider(SignInSettings settings, QObject *parent = nullptr);
    ~UserTokenProvider() override;

    // Silent refresh, then the browser sign-in (authorization code + PKCE).
    static std::shared_ptr<UserTokenProvider> browser(const SignInSettings &settings,
                                                      AuthorizationCodeFlow::OpenBrowser open);
    // Silent refresh, then the device code sign-in.
    static std::shared_ptr<UserTokenProvider> deviceCode(const SignInSettings &settings,
                                                         DeviceCodeFlow::ShowCode show);

    // Without one, a missing or refused refresh token is an error.
    void setInteractiveSignIn(FlowFactory factory) { m_makeFlow = std::move(factory); }
    void setCredentialStore(const CredentialStore &store) { m_store = store; }
    // The tokens of a sign-in that just finished (kept in memory).
    void setTokens(const TokenSet &tokens);
    const SignInSettings &settings() const { return m_settings; }

    void requestToken(bool forceRefresh, QObject *context, Done done) override;

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Done done;
    };

    void readStored();
    void onRefreshed(const TokenReply &reply, const QString &usedRefreshToken);
    void signInInteractively(const Error &why);
    void resolve(const Result<QString> &token);
    static void deliver(const Waiter &waiter, const Result<QString> &token);

    SignInSettings m_settings;
    CredentialStore m_store;
    QNetworkAccessManager *m_network;
    FlowFactory m_makeFlow;
    TokenSet m_tokens; // in memory only
    QList<Waiter> m_waiters;
    SignInFlow *m_flow = nullptr;
    bool m_busy = false;
};

} // namespace SyncLens
