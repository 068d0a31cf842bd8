#pragma once

#include "fetchxml/snapshotset.h"
#include "model/orgsettings.h"
#include "model/team.h"
#include "model/user.h"
#include "previewrequest.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace SyncLens {

class OrgStore;

// Computes previews on a thread of its own (see PreviewRunner), with its own
// read-only store. The records are read once into columnar snapshots and
// kept: each preview then only compiles and evaluates the filters, which
// takes milliseconds even over 300,000 appointments.
class PreviewWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewWorker)

public:
    PreviewWorker(QString orgPath, std::shared_ptr<std::atomic<quint64>> latest,
                  std::shared_ptr<std::atomic_bool> cancel);
    ~PreviewWorker() override;

public Q_SLOTS:
    void run(quint64 id, const SyncLens::PreviewRequest &request, bool supersedable);
    // The org's records changed: read them again before the next preview.
    void reload();

Q_SIGNALS:
    void finished(const SyncLens::PreviewOutcomePtr &outcome);
    void loadingChanged(bool loading);

private:
    bool superseded(quint64 id, bool supersedable) const;
    Result<void> prepare(const PreviewRequest &request, PreviewOutcome &outcome);
    Result<void> loadColumns(const SnapshotSet::Columns &columns);
    SnapshotSet::Columns wanted(const PreviewRequest &request) const;

    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::unique_ptr<OrgStore> m_store;
    SnapshotSet m_snapshots;
    SnapshotSet::Columns m_loaded;
    QDateTime m_now;
    std::optional<User> m_user;
    QList<Team> m_teams;
    OutOfScopeAction m_outOfScope = OutOfScopeAction::Keep;
};

} // namespace SyncLens
