#include "liveorigin.h"

#include "store/orgstore.h"

namespace SyncLens {

Result<LiveOrigin> LiveOrigin::read(OrgStore &store)
{
    const auto source = store.source();
    if (!source)
        return source.error();
    if (*source != u"live") {
        return makeError(Error::Code::InvalidArgument,
                         tr("%1 is not a live org (it is a %2 org)").arg(store.path(), *source));
    }
    QString failure;
    const auto meta = [&store, &failure](const char *key) {
        const auto value = store.metaValue(QString::fromLatin1(key));
        if (!value && failure.isEmpty())
            failure = value.error().message;
        return value ? *value : QString();
    };
    LiveOrigin origin;
    origin.url = QUrl(meta("live.url"));
    origin.tenant = meta("live.tenant");
    origin.clientId = meta("live.clientId");
    origin.authority = meta("live.authority");
    origin.auth = meta("live.auth");
    const int days = meta("live.days").toInt();
    origin.days = days > 0 ? days : 14;
    origin.readAt = QDateTime::fromString(meta("live.readAt"), Qt::ISODate).toUTC();
    if (!failure.isEmpty())
        return makeError(Error::Code::Database, failure);
    return origin;
}

namespace {

// An org's URL as written by a person or by an import: case and a last
// slash do not make another org.
QString orgKey(const QUrl &url)
{
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return QStringLiteral("%1://%2:%3%4")
        .arg(url.scheme().toLower(), url.host().toLower())
        .arg(url.port(url.scheme() == u"http" ? 80 : 443))
        .arg(path);
}

} // namespace

QDateTime LiveOrigin::refreshSince(const QUrl &orgUrl) const
{
    if (!readAt.isValid() || orgKey(url) != orgKey(orgUrl))
        return {};
    return readAt;
}

} // namespace SyncLens
