#include "dataverseerrors.h"

#include <QHash>
#include <QJsonDocument>

namespace SyncLens {

namespace {

Error remote(const QString &message)
{
    return makeError(Error::Code::Remote, message);
}

QString quotedServerMessage(const QString &serverMessage)
{
    return serverMessage.isEmpty() ? QString()
                                   : DataverseErrors::tr(" The org said: \"%1\"")
                                         .arg(serverMessage.left(300).simplified());
}

} // namespace

QString DataverseErrors::serverMessage(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue error = object.value(QStringLiteral("error"));
    if (error.isObject())
        return error.toObject().value(QStringLiteral("message")).toString();
    // The token endpoint: {"error":"invalid_client","error_description":"AADSTS…"}
    return object.value(QStringLiteral("error_description")).toString();
}

QString DataverseErrors::readPrivilege(const QString &entitySet)
{
    static const QHash<QString, QString> privileges{
        {QStringLiteral("mailboxes"), QStringLiteral("prvReadMailbox")},
        {QStringLiteral("tracelogs"), QStringLiteral("prvReadTraceLog")},
        {QStringLiteral("userqueries"), QStringLiteral("prvReadUserQuery")},
        {QStringLiteral("savedqueries"), QStringLiteral("prvReadQuery")},
        {QStringLiteral("systemusers"), QStringLiteral("prvReadUser")},
        {QStringLiteral("usersettingscollection"), QStringLiteral("prvReadUserSettings")},
        {QStringLiteral("organizations"), QStringLiteral("prvReadOrganization")},
        {QStringLiteral("contacts"), QStringLiteral("prvReadContact")},
        {QStringLiteral("appointments"), QStringLiteral("prvReadActivity")},
        {QStringLiteral("tasks"), QStringLiteral("prvReadActivity")},
        {QStringLiteral("emails"), QStringLiteral("prvReadActivity")},
        {QStringLiteral("queues"), QStringLiteral("prvReadQueue")},
    };
    return privileges.value(entitySet, QStringLiteral("prvRead") + entitySet);
}

Error DataverseErrors::forStatus(const DataverseRequest &request, int status,
                                 const QByteArray &body)
{
    const QString said = quotedServerMessage(serverMessage(body));
    switch (status) {
    case 403:
        if (!request.callerObjectId.isEmpty()) {
            return remote(tr("Reading %1 on behalf of another user was refused (HTTP 403): the "
                             "signed-in account needs the privilege to manage users' "
                             "synchronization filters (prvAdminFilter) or to act on behalf of "
                             "another user.%2")
                              .arg(request.what, said));
        }
        return remote(tr("The signed-in account may not read %1 (HTTP 403): it lacks the "
                         "privilege %2. Ask an administrator to give it a role that has it.%3")
                          .arg(request.what, readPrivilege(request.entitySet), said));
    case 404:
        return remote(
            tr("%1 answered 404 Not Found for %2: is %3 the URL of a Dataverse "
               "environment (like https://contoso.crm.dynamics.com)?%4")
                .arg(request.url.host(), request.what,
                     request.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString(), said));
    case 400:
        return remote(tr("The org refused the query for %1 as invalid (HTTP 400).%2")
                          .arg(request.what, said));
    default:
        return remote(
            tr("Reading %1 failed with HTTP %2.%3").arg(request.what).arg(status).arg(said));
    }
}

Error DataverseErrors::signInAgain(const DataverseRequest &request, const QByteArray &body)
{
    return remote(tr("The org refused the sign-in while reading %1 (HTTP 401), also with a "
                     "fresh token: sign in again (synclens-cli live login) or check that the "
                     "account is a user of this environment.%2")
                      .arg(request.what, quotedServerMessage(serverMessage(body))));
}

Error DataverseErrors::forNetwork(const DataverseRequest &request,
                                  QNetworkReply::NetworkError error, const QString &detail)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return remote(tr("Cannot find the host %1 while reading %2: check the environment URL "
                         "and the network.")
                          .arg(request.url.host(), request.what));
    case QNetworkReply::SslHandshakeFailedError:
        return remote(tr("The secure connection to %1 failed while reading %2 (%3); SyncLens "
                         "never ignores certificate errors.")
                          .arg(request.url.host(), request.what, detail));
    default:
        return remote(
            tr("Reading %1 from %2 failed: %3").arg(request.what, request.url.host(), detail));
    }
}

Error DataverseErrors::malformed(const DataverseRequest &request, const QString &detail)
{
    return remote(tr("The answer to %1 is not a complete JSON document (%2); nothing of it was "
                     "used. Try again; if it persists, the URL may not be a Dataverse org.")
                      .arg(request.what, detail));
}

Error DataverseErrors::gaveUp(const DataverseRequest &request, int attempts, const QString &reason)
{
    return remote(tr("Reading %1 failed %2 times (%3); the org or the network is not "
                     "available now. Try again later.")
                      .arg(request.what)
                      .arg(attempts)
                      .arg(reason));
}

Error DataverseErrors::cancelled(const DataverseRequest &request)
{
    return makeError(Error::Code::Cancelled, tr("Cancelled while reading %1.").arg(request.what));
}

bool DataverseErrors::isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ConnectionRefusedError:
        return true;
    default:
        return false;
    }
}

} // namespace SyncLens
