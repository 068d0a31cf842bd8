#pragma once

#include "accesstokenprovider.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace SyncLens {

// Signs in as an application user (client credentials, Microsoft Entra v2):
// one POST of client_id, client_secret and scope ORG/.default to
// AUTHORITY/TENANT/oauth2/v2.0/token. The access token is kept in memory
// only, until shortly before it expires or a refresh is forced. The secret is
// never written anywhere, nor logged.
class ClientCredentialsProvider final : public AccessTokenProvider
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::ClientCredentialsProvider)

public:
    struct Settings
    {
        QUrl authority = QUrl(QStringLiteral("https://login.microsoftonline.com"));
        QString tenant;
        QString clientId;
        QUrl orgUrl;
    };

    ClientCredentialsProvider(Settings settings, QString secret);
    ~ClientCredentialsProvider() override;

    static QUrl tokenEndpoint(const QUrl &authority, const QString &tenant);

    void requestToken(bool forceRefresh, QObject *context, Done done) override;
    int tokenRequests() const { return m_requests; }

private:
    Settings m_settings;
    QString m_secret;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QString m_token;
    QDateTime m_expires;
    int m_requests = 0;
};

} // namespace SyncLens
