#include "livefilterbulkapply.h"

#include "store/orgstore.h"

#include <QTimer>
#include <QUuid>

namespace SyncLens {

LiveFilterBulkApply::LiveFilterBulkApply(OrgStore &store, DataverseClient *client,
                                         LiveFilterWriter::Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_writer(store, client, std::move(options))
{
    connect(&m_writer, &LiveFilterWriter::finished, this, &LiveFilterBulkApply::done);
}

void LiveFilterBulkApply::start(const SyncFilter &definition, const QStringList &userIds,
                                const QString &kind)
{
    m_definition = definition;
    m_kind = kind;
    m_users = userIds;
    m_at = 0;
    m_cancelled = false;
    m_outcomes.clear();
    QTimer::singleShot(0, this, &LiveFilterBulkApply::next);
}

void LiveFilterBulkApply::cancel()
{
    m_cancelled = true;
    m_writer.cancel();
}

void LiveFilterBulkApply::next()
{
    if (m_at >= m_users.size())
        return Q_EMIT finished(m_outcomes);
    const QString userId = m_users.at(m_at);
    if (m_cancelled) {
        LiveFilterOutcome skipped{LiveFilterOutcome::Status::Cancelled, {}, userId};
        skipped.message = tr("Cancelled before this user; nothing was written for them.");
        return done(skipped);
    }
    const auto theirs = m_store.filters(userId);
    if (!theirs) {
        LiveFilterOutcome failed{LiveFilterOutcome::Status::Failed, {}, userId};
        failed.message = theirs.error().message;
        return done(failed);
    }
    SyncFilter copy = m_definition;
    copy.userId = userId;
    for (const SyncFilter &f : *theirs) {
        if (f.type == m_definition.type && f.name == m_definition.name) {
            copy.id = f.id;
            return m_writer.save(copy);
        }
    }
    copy.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_writer.create(copy, m_kind);
}

void LiveFilterBulkApply::done(const LiveFilterOutcome &outcome)
{
    LiveFilterOutcome o = outcome;
    if (o.userId.isEmpty() && m_at < m_users.size())
        o.userId = m_users.at(m_at);
    m_outcomes.append(o);
    Q_EMIT userDone(o);
    ++m_at;
    QTimer::singleShot(0, this, &LiveFilterBulkApply::next);
}

} // namespace SyncLens
