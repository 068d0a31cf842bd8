#pragma once

#include "model/result.h"
#include "scenario/scenario.h"
#include "scenario/scenarioreport.h"

#include <QMap>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace SyncLens {

class OrgStore;
class ScenarioPlayer;

// A scenario open in the player: its ScenarioPlayer (a fresh in-memory org,
// apart from the engine's), the results of its checks so far, and play at a
// pace. Play is one step per tick of a timer on the UI thread: a step of a
// scenario's small org takes milliseconds, so the window stays responsive
// without a thread to share the in-memory org with.
class ScenarioSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioSession)

public:
    static constexpr int DefaultIntervalMs = 1000;

    explicit ScenarioSession(QObject *parent = nullptr);
    ~ScenarioSession() override;

    // Loads and starts the scenario at `path` (a file, or ":/scenarios/…").
    // On failure the scenario open before stays open.
    Result<void> open(const QString &path);
    void close();

    bool isOpen() const { return m_player != nullptr; }
    const Scenario &scenario() const;
    QString path() const { return m_path; }
    // The in-memory org, rebuilt by each rewind; null when none is open.
    OrgStore *store() const;
    // How many steps have been played.
    int position() const;
    int stepCount() const;
    bool atEnd() const;
    bool isPlaying() const { return m_timer.isActive(); }
    // The result of the check at step index `index`, once played.
    std::optional<CheckResult> result(int index) const;
    int passedCount() const;
    int failedCount() const;
    // The item the story is about at this point: the last one a step named.
    QString focusItemId() const { return m_focusItem; }

    int intervalMs() const { return m_timer.interval(); }
    void setIntervalMs(int ms);

public Q_SLOTS:
    // Plays the next step; false at the end or when the step failed.
    bool step();
    void play();
    void pause();
    // Back to the start: the org as the scenario sets it up, no step played.
    void rewind();

Q_SIGNALS:
    // A scenario was opened, rewound or closed: a new org (or none) to show.
    void reset();
    // The step at `index` was played.
    void stepped(int index);
    void playingChanged(bool playing);
    void failed(const QString &message);

private:
    static QString itemOf(const ScenarioStep &step);

    std::unique_ptr<ScenarioPlayer> m_player;
    QString m_path;
    QMap<int, CheckResult> m_results;
    QString m_focusItem;
    QTimer m_timer;
};

} // namespace SyncLens
