#include "livedeletionreader.h"

#include "livelog.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QUrl>

namespace SyncLens {

namespace {

const QString kDeltaLink = QStringLiteral("@odata.deltaLink");
const QString kDeltaNextLink = QStringLiteral("@odata.nextLink");
const QString kContext = QStringLiteral("@odata.context");

bool isDeletedEntry(const QJsonObject &row)
{
    return row.value(kContext).toString().endsWith(QLatin1String("/$deletedEntity"));
}

} // namespace

struct LiveDeletionReader::Read
{
    DeletionTable table;
    Step step = Step::Delta;
    TableDeletions found;
};

LiveDeletionReader::LiveDeletionReader(DataverseClient *client, QList<DeletionTable> tables,
                                       int pageSize, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tables(std::move(tables))
    , m_pageSize(pageSize)
{}

void LiveDeletionReader::start(Done done)
{
    m_done = std::move(done);
    m_running = int(m_tables.size());
    if (m_running == 0)
        return m_done({});
    for (const DeletionTable &table : std::as_const(m_tables)) {
        const QUrl link(table.deltaLink, QUrl::StrictMode);
        const bool usable = table.tracked && link.isValid() && m_client->isOwnUrl(link);
        readTable(table,
                  usable ? Step::Delta : (table.tracked ? Step::TrackedIds : Step::PlainIds));
    }
}

bool LiveDeletionReader::isGone(const QString &type, const QString &id) const
{
    const auto it = m_result.find(type);
    if (id.isEmpty() || it == m_result.end())
        return false;
    return it->gone.contains(id) || (it->present && !it->present->contains(id));
}

void LiveDeletionReader::readTable(const DeletionTable &table, Step step)
{
    auto read = std::make_shared<Read>();
    read->table = table;
    read->step = step;
    read->found.entitySet = table.entitySet;
    if (step != Step::Delta)
        read->found.present.emplace();
    read->found.how = step == Step::Delta        ? QStringLiteral("delta")
                      : step == Step::TrackedIds ? QStringLiteral("ids+tracking")
                                                 : QStringLiteral("ids");
    if (step == Step::Delta)
        return readPage(read, QUrl(table.deltaLink, QUrl::StrictMode));
    QString query = QStringLiteral("$select=") + table.primaryKey;
    // Change tracking takes $select alone; only the plain read is narrowed.
    if (step == Step::PlainIds && !table.windowFilter.isEmpty())
        query += QStringLiteral("&$filter=") +
                 QString::fromLatin1(QUrl::toPercentEncoding(table.windowFilter, "(),'=$"));
    readPage(read, m_client->apiUrl(table.entitySet, query));
}

void LiveDeletionReader::readPage(const std::shared_ptr<Read> &read, const QUrl &url)
{
    DataverseRequest request;
    request.what = tr("the deletions in %1").arg(read->table.entitySet);
    request.entitySet = read->table.entitySet;
    request.url = url;
    request.maxPageSize = m_pageSize;
    request.trackChanges = read->step != Step::PlainIds;
    m_client->get(request, this, [this, read](int status, const Result<QJsonObject> &body) {
        onPage(read, status, body);
    });
}

bool LiveDeletionReader::isRefusal(int status)
{
    // A stale or invalid delta token, or a table without change tracking:
    // Dataverse refuses the request itself. Sign-in, privileges and
    // throttling are errors of their own, never a reason to read more.
    return status >= 400 && status < 500 && status != 401 && status != 403 && status != 429;
}

void LiveDeletionReader::onPage(const std::shared_ptr<Read> &read, int status,
                                const Result<QJsonObject> &body)
{
    if (m_failed)
        return;
    if (!body && isRefusal(status) && read->step != Step::PlainIds) {
        qCInfo(lcLive) << "change tracking refused on" << read->table.entitySet << status
                       << body.error().message;
        return readTable(read->table,
                         read->step == Step::Delta ? Step::TrackedIds : Step::PlainIds);
    }
    if (!body)
        return tableDone(body.error());
    const QJsonValue rows = body->value(QStringLiteral("value"));
    if (!rows.isArray()) {
        return tableDone(makeError(
            Error::Code::Remote,
            tr("The answer to %1 holds no list of rows (\"value\").").arg(read->table.entitySet)));
    }
    const QString key = read->table.primaryKey;
    for (const QJsonValue value : rows.toArray()) {
        const QJsonObject row = value.toObject();
        if (isDeletedEntry(row))
            read->found.gone.insert(row.value(QStringLiteral("id")).toString());
        else if (read->found.present)
            read->found.present->insert(row.value(key).toString());
    }
    const QUrl next(body->value(kDeltaNextLink).toString(), QUrl::StrictMode);
    if (!next.isEmpty()) {
        if (!next.isValid() || !m_client->isOwnUrl(next)) {
            return tableDone(makeError(Error::Code::Remote,
                                       tr("The next page of %1 points outside the org (%2).")
                                           .arg(read->table.entitySet, next.host())));
        }
        return readPage(read, next);
    }
    const QString delta = body->value(kDeltaLink).toString();
    if (read->step != Step::PlainIds && m_client->isOwnUrl(QUrl(delta, QUrl::StrictMode)))
        read->found.deltaLink = delta;
    m_result.insert(read->table.type, read->found);
    tableDone({});
}

void LiveDeletionReader::tableDone(const Result<void> &result)
{
    if (m_failed)
        return;
    if (!result) {
        m_failed = true;
        return m_done(result);
    }
    if (--m_running == 0)
        m_done({});
}

} // namespace SyncLens
