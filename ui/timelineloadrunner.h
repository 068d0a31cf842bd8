#pragma once

#include "model/job.h"
#include "timeline/timelinedata.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace SyncLens {

class OrgStore;

// Loads the timeline's data off the UI thread, one load at a time, each on
// its own read-only connection to the org file (TimelineLoader in a Job). A request made while a
// load runs cancels that load and waits for it to stop; only the newest request is ever answered,
// so a burst of cycles costs one load. An org in memory (a scenario's) cannot be opened again by
// another thread: it loads at once, on the calling thread.
class TimelineLoadRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineLoadRunner)

public:
    explicit TimelineLoadRunner(QObject *parent = nullptr);
    ~TimelineLoadRunner() override;

    // The decisions of `mailboxIds` (every mailbox when empty) in the org file.
    void load(const QString &path, const QStringList &mailboxIds);
    // The same from `store`, read here and now.
    void loadNow(OrgStore &store, const QStringList &mailboxIds);
    // Drops the answers of the loads asked for so far.
    void cancel();
    bool isBusy() const { return m_job.isRunning() || m_pending.has_value(); }

Q_SIGNALS:
    void loaded(const std::shared_ptr<const SyncLens::TimelineData> &data);
    void failed(const QString &message);

private:
    struct Request
    {
        QString path;
        QStringList mailboxIds;
        int serial = 0;
    };
    struct Load
    {
        Request request;
        std::shared_ptr<const TimelineData> data; // filled by the job's thread
    };
    static Result<void> run(Load &load, const Job::Control &control);
    void start(const Request &request);
    void onFinished(bool ok);

    std::optional<Request> m_pending;
    std::shared_ptr<Load> m_running;
    int m_serial = 0;
    Job m_job;
};

} // namespace SyncLens
