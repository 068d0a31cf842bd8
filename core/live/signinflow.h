#pragma once

#include "credentialstore.h"
#include "model/result.h"
#include "signinsettings.h"
#include "tokenrequest.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace SyncLens {

// One interactive sign-in as a job: start(), maybe cancel(), then finished()
// once, with result() holding the tokens or the error. On success the refresh
// token is saved in the OS keychain (under settings().refreshTokenKey())
// before finished(); the access token stays in memory.
class SignInFlow : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInFlow)

public:
    explicit SignInFlow(SignInSettings settings, QObject *parent = nullptr);
    ~SignInFlow() override;

    // Does nothing when already running or finished.
    void start();
    // Stops at once: finished() with a Cancelled error.
    void cancel();
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_result.has_value(); }
    // Valid after finished().
    const Result<TokenSet> &result() const { return *m_result; }
    // Set when the tokens came but the keychain refused the refresh token.
    QString keychainWarning() const { return m_keychainWarning; }

    const SignInSettings &settings() const { return m_settings; }
    // The keychain's service name ("SyncLens"; tests use their own).
    void setCredentialStore(const CredentialStore &store) { m_store = store; }

Q_SIGNALS:
    void finished();

protected:
    virtual void begin() = 0;
    virtual void stop() {}
    // POSTs to an endpoint of the authority; the reply is aborted on cancel.
    void post(const QUrl &url, const TokenRequest::Form &form, TokenRequest::Done done);
    // Saves the refresh token, then finishes with `tokens`.
    void succeed(const TokenSet &tokens);
    void fail(const Error &error);
    const CredentialStore &credentialStore() const { return m_store; }

private:
    void finish(Result<TokenSet> result);

    SignInSettings m_settings;
    CredentialStore m_store;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    std::optional<Result<TokenSet>> m_result;
    QString m_keychainWarning;
    bool m_running = false;
};

} // namespace SyncLens
