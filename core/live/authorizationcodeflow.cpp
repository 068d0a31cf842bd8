#include "authorizationcodeflow.h"

#include "loopbackredirectlistener.h"
#include "signinerror.h"

namespace SyncLens {

AuthorizationCodeFlow::AuthorizationCodeFlow(SignInSettings settings, OpenBrowser openBrowser,
                                             QObject *parent)
    : SignInFlow(std::move(settings), parent)
    , m_openBrowser(std::move(openBrowser))
{}

AuthorizationCodeFlow::~AuthorizationCodeFlow() = default;

void AuthorizationCodeFlow::begin()
{
    m_listener = new LoopbackRedirectListener(this);
    if (auto listening = m_listener->listen(); !listening) {
        fail(listening.error());
        return;
    }
    connect(m_listener, &LoopbackRedirectListener::answered, this,
            &AuthorizationCodeFlow::onAnswer);
    m_pkce = Pkce::generate();
    m_state = QString::fromLatin1(Pkce::randomToken(16));

    QUrlQuery query;
    const auto add = [&query](const QString &key, const QString &value) {
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("client_id"), settings().clientId);
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    m_redirectUri = m_listener->redirectUri().toString(); // the port is gone once it closes
    add(QStringLiteral("redirect_uri"), m_redirectUri);
    add(QStringLiteral("response_mode"), QStringLiteral("query"));
    add(QStringLiteral("scope"), settings().scope());
    add(QStringLiteral("state"), m_state);
    add(QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    m_authorizationUrl = settings().endpoint(QStringLiteral("authorize"));
    m_authorizationUrl.setQuery(query);
    qCInfo(lcSignIn) << "waiting for the browser's answer on" << m_listener->address() << "port"
                     << m_listener->port();
    if (m_openBrowser)
        m_openBrowser(m_authorizationUrl);
}

void AuthorizationCodeFlow::stop()
{
    if (m_listener)
        m_listener->close();
}

void AuthorizationCodeFlow::onAnswer(const QUrlQuery &query)
{
    if (!isRunning())
        return;
    if (query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_state) {
        fail(SignInError::stateMismatch());
        return;
    }
    if (query.hasQueryItem(QStringLiteral("error"))) {
        fail(SignInError::fromRedirect(query, settings()));
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    post(settings().endpoint(QStringLiteral("token")),
         {{QStringLiteral("client_id"), settings().clientId},
          {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
          {QStringLiteral("code"), code},
          {QStringLiteral("redirect_uri"), m_redirectUri},
          {QStringLiteral("code_verifier"), QString::fromLatin1(m_pkce.verifier)},
          {QStringLiteral("scope"), settings().scope()}},
         [this](const TokenReply &reply) {
             if (reply.hasAccessToken())
                 succeed(reply.tokens());
             else
                 fail(SignInError::fromReply(reply, settings(), SignInError::Stage::Redeem));
         });
}

} // namespace SyncLens
