#include "livefilterfixture.h"

#include <QSignalSpy>

namespace SyncLens::Test {

LiveFilterFixture::LiveFilterFixture(LiveFixture &live, const QString &fileName)
    : m_live(live)
    , m_path(live.path(fileName))
{
    qRegisterMetaType<LiveFilterOutcome>();
    if (auto imported = live.import(m_path); !imported) {
        m_error = imported.error().message;
        return;
    }
    auto store = OrgStore::open(m_path);
    if (!store) {
        m_error = store.error().message;
        return;
    }
    m_store = std::move(*store);
    m_tokens = std::make_unique<ClientCredentialsProvider>(live.signIn(), live.fake().clientSecret);
    m_client = std::make_unique<DataverseClient>(live.fake().url(), m_tokens.get());
    m_client->setRetryPolicy(LiveFixture::fastRetries());
}

QJsonObject LiveFilterFixture::row(const QString &id) const
{
    const auto *set = m_live.fake().data().entitySet(QStringLiteral("userqueries"));
    for (const QJsonObject &r : set->rows) {
        if (r.value(QStringLiteral("userqueryid")).toString() == id)
            return r;
    }
    return {};
}

LiveFilterOutcome LiveFilterFixture::run(LiveFilterWriter &writer,
                                         const std::function<void()> &write)
{
    QSignalSpy finished(&writer, &LiveFilterWriter::finished);
    write();
    if (!finished.wait(20000) || finished.isEmpty()) {
        LiveFilterOutcome none;
        none.message = QStringLiteral("no outcome within 20 s");
        return none;
    }
    return finished.first().first().value<LiveFilterOutcome>();
}

} // namespace SyncLens::Test
