#pragma once

#include "signinflow.h"

namespace SyncLens {

// Signs an application user in with its client secret (client credentials,
// scope ORG/.default) to check the secret, then saves the secret in the OS
// keychain under settings().clientSecretKey() — and nowhere else — for the
// unattended imports that read it from there.
class ClientSecretSignIn final : public SignInFlow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientSecretSignIn)

public:
    ClientSecretSignIn(SignInSettings settings, QString secret, QObject *parent = nullptr);
    ~ClientSecretSignIn() override;

protected:
    void begin() override;

private:
    QString m_secret;
};

} // namespace SyncLens
