#pragma once

#include "pkce.h"
#include "signinflow.h"

#include <QUrlQuery>

#include <functional>

namespace SyncLens {

class LoopbackRedirectListener;

// Authorization code with PKCE (S256) and a loopback redirect, Entra v2: the
// caller opens the authorization URL in the system browser (QDesktopServices
// in the window, printed by the CLI); the redirect comes back to a listener
// on 127.0.0.1, its `state` is checked, and the code is redeemed by a form
// POST to AUTHORITY/TENANT/oauth2/v2.0/token with the verifier.
class AuthorizationCodeFlow final : public SignInFlow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorizationCodeFlow)

public:
    using OpenBrowser = std::function<void(const QUrl &authorizationUrl)>;

    AuthorizationCodeFlow(SignInSettings settings, OpenBrowser openBrowser,
                          QObject *parent = nullptr);
    ~AuthorizationCodeFlow() override;

    // Valid while running: where the browser's answer is awaited.
    LoopbackRedirectListener *listener() const { return m_listener; }
    QUrl authorizationUrl() const { return m_authorizationUrl; }

protected:
    void begin() override;
    void stop() override;

private:
    void onAnswer(const QUrlQuery &query);

    OpenBrowser m_openBrowser;
    LoopbackRedirectListener *m_listener = nullptr;
    Pkce m_pkce;
    QString m_state;
    QString m_redirectUri;
    QUrl m_authorizationUrl;
};

} // namespace SyncLens
