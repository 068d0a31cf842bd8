#include "usertokenprovider.h"

#include "signinerror.h"
#include "signinflow.h"

#include <QNetworkAccessManager>

namespace SyncLens {

namespace {
constexpr int kEarlySeconds = 120; // refresh a little before the token expires
} // namespace

UserTokenProvider::UserTokenProvider(SignInSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_network(new QNetworkAccessManager(this))
{}

UserTokenProvider::~UserTokenProvider() = default;

std::shared_ptr<UserTokenProvider>
UserTokenProvider::browser(const SignInSettings &settings, AuthorizationCodeFlow::OpenBrowser open)
{
    auto provider = std::make_shared<UserTokenProvider>(settings);
    provider->setInteractiveSignIn([open](const SignInSettings &s, QObject *parent) {
        return new AuthorizationCodeFlow(s, open, parent);
    });
    return provider;
}

std::shared_ptr<UserTokenProvider> UserTokenProvider::deviceCode(const SignInSettings &settings,
                                                                 DeviceCodeFlow::ShowCode show)
{
    auto provider = std::make_shared<UserTokenProvider>(settings);
    provider->setInteractiveSignIn([show](const SignInSettings &s, QObject *parent) {
        return new DeviceCodeFlow(s, show, parent);
    });
    return provider;
}

void UserTokenProvider::setTokens(const TokenSet &tokens)
{
    m_tokens = tokens;
    m_tokens.refreshToken.clear(); // the keychain holds it
}

void UserTokenProvider::requestToken(bool forceRefresh, QObject *context, Done done)
{
    Waiter waiter{context, std::move(done)};
    const auto soon = QDateTime::currentDateTimeUtc().addSecs(kEarlySeconds);
    if (!forceRefresh && !m_busy && !m_tokens.accessToken.isEmpty() && m_tokens.expiresAt > soon) {
        deliver(waiter, m_tokens.accessToken);
        return;
    }
    m_waiters.append(std::move(waiter));
    if (m_busy)
        return;
    m_busy = true;
    m_tokens = {};
    readStored();
}

void UserTokenProvider::readStored()
{
    m_store.read(m_settings.refreshTokenKey(), this, [this](const CredentialStore::Outcome &o) {
        if (!o.ok) {
            signInInteractively(o.notFound ? SignInError::notSignedIn(m_settings)
                                           : makeError(Error::Code::Io, o.errorMessage));
            return;
        }
        const QString refreshToken = o.secret;
        TokenRequest::post(*m_network, m_settings.endpoint(QStringLiteral("token")),
                           {{QStringLiteral("client_id"), m_settings.clientId},
                            {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                            {QStringLiteral("refresh_token"), refreshToken},
                            {QStringLiteral("scope"), m_settings.scope()}},
                           this, [this, refreshToken](const TokenReply &reply) {
                               onRefreshed(reply, refreshToken);
                           });
    });
}

void UserTokenProvider::onRefreshed(const TokenReply &reply, const QString &usedRefreshToken)
{
    if (reply.hasAccessToken()) {
        const TokenSet tokens = reply.tokens();
        // Each answer may carry a new refresh token: it replaces the saved one.
        if (!tokens.refreshToken.isEmpty() && tokens.refreshToken != usedRefreshToken) {
            m_store.write(m_settings.refreshTokenKey(), tokens.refreshToken, this,
                          [](const CredentialStore::Outcome &) {});
        }
        setTokens(tokens);
        resolve(m_tokens.accessToken);
        return;
    }
    const Error error = SignInError::fromReply(reply, m_settings, SignInError::Stage::Refresh);
    if (!SignInError::needsSignIn(reply)) {
        resolve(error);
        return;
    }
    if (reply.error() == u"invalid_grant") // expired or revoked: no use keeping it
        m_store.remove(m_settings.refreshTokenKey(), this, [](const CredentialStore::Outcome &) {});
    signInInteractively(error);
}

void UserTokenProvider::signInInteractively(const Error &why)
{
    if (!m_makeFlow) {
        resolve(why);
        return;
    }
    m_flow = m_makeFlow(m_settings, this);
    m_flow->setCredentialStore(m_store);
    connect(m_flow, &SignInFlow::finished, this, [this] {
        SignInFlow *flow = std::exchange(m_flow, nullptr);
        flow->deleteLater();
        if (!flow->result()) {
            resolve(flow->result().error());
            return;
        }
        setTokens(*flow->result());
        resolve(m_tokens.accessToken);
    });
    m_flow->start();
}

void UserTokenProvider::resolve(const Result<QString> &token)
{
    m_busy = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters)
        deliver(waiter, token);
}

void UserTokenProvider::deliver(const Waiter &waiter, const Result<QString> &token)
{
    if (!waiter.context)
        return;
    // Later, on the context's thread; dropped if the context goes first.
    QMetaObject::invokeMethod(
        waiter.context, [done = waiter.done, token] { done(token); }, Qt::QueuedConnection);
}

} // namespace SyncLens
