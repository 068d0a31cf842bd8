#include "signinflow.h"

#include "signinerror.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace SyncLens {

SignInFlow::SignInFlow(SignInSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_network(new QNetworkAccessManager(this))
{}

SignInFlow::~SignInFlow() = default;

void SignInFlow::start()
{
    if (m_running || isFinished())
        return;
    if (auto valid = m_settings.validate(); !valid) {
        m_running = true;
        fail(valid.error());
        return;
    }
    m_running = true;
    begin();
}

void SignInFlow::cancel()
{
    if (m_running)
        fail(SignInError::cancelled());
}

void SignInFlow::post(const QUrl &url, const TokenRequest::Form &form, TokenRequest::Done done)
{
    if (!SignInSettings::isAllowedUrl(url)) { // settings are validated: a defence only
        fail(makeError(Error::Code::InvalidArgument,
                       tr("SyncLens sends sign-in requests over https:// only, not to %1.")
                           .arg(url.toDisplayString())));
        return;
    }
    m_reply = TokenRequest::post(*m_network, url, form, this, [this, done](const TokenReply &r) {
        if (m_running)
            done(r);
    });
}

void SignInFlow::succeed(const TokenSet &tokens)
{
    if (tokens.refreshToken.isEmpty()) {
        finish(tokens);
        return;
    }
    m_store.write(m_settings.refreshTokenKey(), tokens.refreshToken, this,
                  [this, tokens](const CredentialStore::Outcome &saved) {
                      if (!saved.ok)
                          m_keychainWarning = saved.errorMessage;
                      if (m_running)
                          finish(tokens);
                  });
}

void SignInFlow::fail(const Error &error)
{
    finish(error);
}

void SignInFlow::finish(Result<TokenSet> result)
{
    if (!m_running)
        return;
    m_running = false;
    m_result = std::move(result);
    stop();
    if (m_reply)
        m_reply->abort();
    Q_EMIT finished();
}

} // namespace SyncLens
