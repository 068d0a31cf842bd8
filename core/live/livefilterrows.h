#pragma once

#include "model/result.h"
#include "model/syncfilter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace SyncLens {

// A sync filter as a row of Dataverse's userqueries (dataverse-web-api.md
// §2.5) and back: the bodies of PATCH and POST, and the filter an answer
// holds. querytype is 256 (outlook) or 16 (offline); nothing else is a sync
// filter, and SyncLens writes nothing else.
class LiveFilterRows
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::LiveFilterRows)

public:
    // 256 for "outlook" (or no kind), 16 for "offline", nullopt otherwise.
    static std::optional<int> queryTypeOf(const QString &kind);
    static bool isSyncFilterType(int queryType) { return queryType == 256 || queryType == 16; }
    // PATCH: name, fetchxml, statecode and statuscode.
    static QByteArray patchBody(const SyncFilter &filter);
    // POST: the id, owner, type, kind, name and fetchxml; created active.
    static QByteArray createBody(const SyncFilter &filter, int queryType);
    // The filter a row holds, with its ETag and querytype.
    struct Row
    {
        SyncFilter filter;
        QString etag;
        int queryType = -1;
    };
    static Row fromRow(const QJsonObject &row);
    // GET userqueries(<id>) with the columns a filter needs.
    static QString rowResource(const QString &filterId);
    static QString rowQuery();
};

} // namespace SyncLens
