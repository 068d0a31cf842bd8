#pragma once

#include "model/filterversion.h"
#include "model/journalentry.h"
#include "model/mailbox.h"
#include "synccycle.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace SyncLens {

class OrgStore;

// The background sync core: a worker that lives on its own thread (see
// SyncEngineThread), owns the org's store there, and runs cycles on the
// org's simulated clock — one at a time, until a time, or every few
// simulated minutes while playing. It reports only through signals, so the
// GUI connected to it by queued connections never waits for it.
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    explicit SyncEngine(QObject *parent = nullptr);
    ~SyncEngine() override;

    // Thread-safe: asks the running cycle (or run) to stop between mailboxes.
    // The engine's store is its thread's alone and never handed out: others
    // open their own (read-only) store on the same file.
    void requestCancel() { m_cancel = true; }

public Q_SLOTS:
    void openOrg(const QString &path);
    void closeOrg();
    // Simulated minutes between two cycles of runCycle(), runUntil() and play().
    void setStepMinutes(int minutes);
    // One cycle, one step after the clock.
    void runCycle();
    // Cycles a step apart until the clock reaches `until`.
    void runUntil(const QDateTime &until);
    // A cycle every step of simulated time, one per `intervalMs` of real time.
    void play(int intervalMs);
    void pause();
    // Mailbox actions of the admin (sss-model §4).
    void testAndEnable(const QString &mailboxId);
    void setApproved(const QString &mailboxId, bool approved);
    void disableMailbox(const QString &mailboxId);
    // Sync filters (the filter designer). Each is one transaction recorded in
    // the filter history with `author` (see FilterHistory); filtersChanged()
    // follows for each user whose filters changed, or filterChangeFailed().
    // The next cycle decides those users' scope again.
    void saveFilter(const SyncLens::SyncFilter &filter, const QString &author);
    void removeFilter(const QString &filterId, const QString &author);
    void restoreFilterVersion(qint64 versionId, const QString &author);
    void undoFilterChange(const QString &filterId, const QString &author);
    void applyFilterToUsers(const SyncLens::SyncFilter &filter, const QStringList &userIds,
                            bool disableOthers, const QString &author);

Q_SIGNALS:
    void orgOpened(const QString &path, const QDateTime &clock);
    void orgClosed();
    void failed(const QString &message);
    void busyChanged(bool busy);
    void playingChanged(bool playing);
    void cycleStarted(const QDateTime &time);
    void cycleFinished(const SyncLens::CycleSummary &summary);
    void cancelled();
    void decisions(const QList<SyncLens::JournalEntry> &entries);
    void mailboxesChanged(const QList<SyncLens::Mailbox> &mailboxes);
    void clockChanged(const QDateTime &clock);
    void progress(int done, int total);
    // `versions` are the ones just recorded for `userId`'s filters.
    void filtersChanged(const QString &userId, const QList<SyncLens::FilterVersion> &versions);
    // `filterId` is empty when the change concerned several filters.
    void filterChangeFailed(const QString &filterId, const QString &message);

private:
    bool refusedAsLive();
    bool runOne(const QDateTime &at);
    bool changeMailbox(const QString &mailboxId, const std::function<void(Mailbox &)> &change);
    void emitMailboxes();
    bool changeFilters(const QString &filterId,
                       const std::function<Result<QList<FilterVersion>>()> &change);
    QDateTime nextTime() const;

    std::unique_ptr<OrgStore> m_store;
    std::unique_ptr<SyncCycle> m_cycle;
    QDateTime m_clock;
    int m_stepMinutes = 15;
    std::atomic_bool m_cancel{false};
    bool m_live = false; // the open org was read from Dynamics 365
    QTimer m_playTimer;
};

// Owns a QThread with a SyncEngine living on it, and stops both cleanly.
class SyncEngineThread
{
public:
    SyncEngineThread();
    ~SyncEngineThread();
    SyncEngine *engine() const { return m_engine; }

private:
    QThread *m_thread;
    SyncEngine *m_engine;
};

} // namespace SyncLens

Q_DECLARE_METATYPE(SyncLens::CycleSummary)
Q_DECLARE_METATYPE(SyncLens::SyncFilter)
Q_DECLARE_METATYPE(SyncLens::FilterVersion)
