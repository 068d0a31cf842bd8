#pragma once

#include "dataverserequest.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkReply>

namespace SyncLens {

// The sentences a person reads when Dataverse or the network refuses: one
// line, naming the request and what to do. Chosen by HTTP status; the
// server's own message is quoted, never interpreted.
class DataverseErrors
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::DataverseErrors)

public:
    // The org's message from an error body ({"error":{"message":…}}), if any.
    static QString serverMessage(const QByteArray &body);
    // The privilege that reading `entitySet` needs ("prvReadMailbox").
    static QString readPrivilege(const QString &entitySet);

    static Error forStatus(const DataverseRequest &request, int status, const QByteArray &body);
    static Error signInAgain(const DataverseRequest &request, const QByteArray &body);
    static Error forNetwork(const DataverseRequest &request, QNetworkReply::NetworkError error,
                            const QString &detail);
    static Error malformed(const DataverseRequest &request, const QString &detail);
    static Error gaveUp(const DataverseRequest &request, int attempts, const QString &reason);
    static Error cancelled(const DataverseRequest &request);
    // Whether a network error (no HTTP status) is worth another try.
    static bool isTransient(QNetworkReply::NetworkError error);
};

} // namespace SyncLens
