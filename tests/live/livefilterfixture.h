#pragma once

#include "live/livefilterwriter.h"
#include "livefixture.h"
#include "store/orgstore.h"

#include <QJsonObject>

#include <functional>
#include <memory>

namespace SyncLens::Test {

// A live org file imported from the in-process fake, opened read-write, with
// a Dataverse client signed in: what the live filter tests write through.
class LiveFilterFixture
{
public:
    explicit LiveFilterFixture(LiveFixture &live, const QString &fileName);

    bool ok() const { return m_store != nullptr; }
    QString error() const { return m_error; }
    OrgStore &store() { return *m_store; }
    DataverseClient &client() { return *m_client; }
    QString path() const { return m_path; }

    // The fake's row of a user query (empty when it has none).
    QJsonObject row(const QString &id) const;
    // Runs one write to its end; a Failed outcome when none came.
    static LiveFilterOutcome run(LiveFilterWriter &writer, const std::function<void()> &write);

private:
    LiveFixture &m_live;
    QString m_path;
    QString m_error;
    std::unique_ptr<OrgStore> m_store;
    std::unique_ptr<ClientCredentialsProvider> m_tokens;
    std::unique_ptr<DataverseClient> m_client;
};

} // namespace SyncLens::Test
