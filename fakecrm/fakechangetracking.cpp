#include "fakechangetracking.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace SyncLens::Fake {

namespace {

const QString kDeltaToken = QStringLiteral("$deltatoken");

FakeReply refuse(const QString &message)
{
    return FakeRoutes::error(400, QStringLiteral("0x80072491"), message);
}

// The link's base: ORG/api/data/v9.2/ without the entity set.
QString apiBase(const QUrl &url)
{
    QUrl base = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFilename);
    return base.toString();
}

} // namespace

bool FakeChangeTracking::asks(const QUrl &url, const QByteArray &prefer)
{
    return prefer.contains("odata.track-changes") || QUrlQuery(url).hasQueryItem(kDeltaToken);
}

FakeReply FakeChangeTracking::answer(const FakeOrgData::EntitySet &set, const QString &setName,
                                     const QUrl &url, const QByteArray &prefer,
                                     int maxPageSize) const
{
    if (untracked.contains(setName))
        return refuse(QStringLiteral("The entity %1 is not enabled for change tracking.")
                          .arg(setName.chopped(1)));
    const QUrlQuery query(url);
    for (const char *option : {"$filter", "$orderby", "$top", "$expand"}) {
        if (query.hasQueryItem(QLatin1String(option)))
            return refuse(QStringLiteral("The query option %1 is not supported with change "
                                         "tracking.")
                              .arg(QLatin1String(option)));
    }
    if (query.hasQueryItem(kDeltaToken)) {
        bool ok = false;
        const QString token = query.queryItemValue(kDeltaToken, QUrl::FullyDecoded);
        const qint64 since = token.section(u'!', 0, 0).toLongLong(&ok);
        if (!ok || since < m_oldestValid || since > m_version)
            return refuse(
                QStringLiteral("The delta token %1 has expired or is not valid.").arg(token));
        return delta(set, setName, url, since);
    }
    FakeReply reply = FakeRoutes::collection(set, url, prefer, maxPageSize, {});
    if (!reply.body.contains(QStringLiteral("@odata.nextLink")))
        reply.body.insert(QStringLiteral("@odata.deltaLink"),
                          deltaLink(url).toString(QUrl::FullyEncoded));
    return reply;
}

FakeReply FakeChangeTracking::delta(const FakeOrgData::EntitySet &set, const QString &setName,
                                    const QUrl &url, qint64 since) const
{
    const QUrlQuery query(url);
    const QStringList select = query.queryItemValue(QStringLiteral("$select"), QUrl::FullyDecoded)
                                   .split(u',', Qt::SkipEmptyParts);
    QJsonArray rows;
    const auto changed = m_changed.value(setName);
    for (const QJsonObject &row : set.rows) {
        const QString id = row.value(set.primaryKey).toString();
        if (changed.value(id) <= since)
            continue;
        QJsonObject out{{set.primaryKey, id}};
        for (const QString &column : select)
            out.insert(column, row.value(column));
        rows.append(out);
    }
    const QString context =
        apiBase(url) + QStringLiteral("$metadata#%1/$deletedEntity").arg(setName);
    const auto deleted = m_deleted.value(setName);
    for (auto it = deleted.begin(); it != deleted.end(); ++it) {
        if (it.value() <= since)
            continue;
        rows.append(QJsonObject{{QStringLiteral("@odata.context"), context},
                                {QStringLiteral("id"), it.key()},
                                {QStringLiteral("reason"), QStringLiteral("deleted")}});
    }
    FakeReply reply;
    reply.body.insert(QStringLiteral("@odata.context"),
                      apiBase(url) + QStringLiteral("$metadata#%1/$delta").arg(setName));
    reply.body.insert(QStringLiteral("value"), rows);
    reply.body.insert(QStringLiteral("@odata.deltaLink"),
                      deltaLink(url).toString(QUrl::FullyEncoded));
    return reply;
}

QUrl FakeChangeTracking::deltaLink(const QUrl &url) const
{
    // Like Dataverse's: the version, '!', and the time it was issued.
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("$skiptoken"));
    query.removeAllQueryItems(kDeltaToken);
    const QString token = QStringLiteral("%1!%2").arg(m_version).arg(
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("MM/dd/yyyy HH:mm:ss")));
    QUrl link = url;
    link.setQuery(query.toString(QUrl::FullyEncoded) + u'&' + kDeltaToken + u'=' +
                      QString::fromLatin1(QUrl::toPercentEncoding(token)),
                  QUrl::StrictMode);
    return link;
}

bool FakeChangeTracking::deleteRow(FakeOrgData &data, const QString &setName, const QString &id)
{
    if (!data.remove(setName, id))
        return false;
    m_deleted[setName][id] = ++m_version;
    m_changed[setName].remove(id);
    return true;
}

} // namespace SyncLens::Fake
