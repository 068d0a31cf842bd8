#pragma once

#include <QDir>
#include <QObject>
#include <QTimer>

#include <functional>

class QDockWidget;
class QWidget;

namespace SyncLens {

class MainWindow;

// Saves PNGs of the window's views for the README (synclens --screenshot,
// --screenshot-all). Waits until the engine has the org; an org that never
// synced first runs some cycles through the engine (waiting on its signals,
// never sleeping); then each shot puts its view in place and is grabbed.
//
// To add a view, add a Shot: a file name, a `prepare` that calls `ready` once the view shows what
// it should, and the widget to grab.
class ScreenshotTour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTour)

public:
    using Ready = std::function<void()>;
    struct Shot
    {
        QString file;
        std::function<void(const Ready &ready)> prepare;
        std::function<QWidget *()> target;
    };

    static constexpr int CyclesBeforeShots = 8;

    ScreenshotTour(MainWindow &window, QDir dir, QObject *parent = nullptr);

    void addShot(Shot shot) { m_shots.append(std::move(shot)); }
    // The main window, the mailbox details, the explain view, the timeline
    // zoomed out, the scenario player mid-scenario, and the scenario's
    // timeline zoomed in.
    void addStandardShots(const QString &mainFile = QStringLiteral("screenshot-main.png"));
    // The story of the demo org (screenshottourstory.cpp): its month, the
    // first filter change on or after `day` zoomed in, `userId`'s day view.
    void addStoryShots(const QString &userId, const QDate &day);
    // Starts once the window's org is ready; finished() follows.
    void start();

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void onOrgReady();
    void runCycles();
    void prepareViews();
    void takeNext();
    void fail(const QString &message);
    void chooseMailbox();
    void chooseItem(const Ready &ready);
    void whenTimelineLoaded(const Ready &ready);
    QString tellingItem() const;
    void enlargeBottom(QDockWidget *dock);
    void showTimeline(const Ready &ready);
    void showScenarioTimeline(const Ready &ready);
    void showScenario(const Ready &ready);
    void showFilterChange(const QDate &day, const Ready &ready);

    MainWindow &m_window;
    QDir m_dir;
    QList<Shot> m_shots;
    int m_next = 0;
    int m_cyclesLeft = 0;
    QTimer m_watchdog;
    bool m_done = false;
};

} // namespace SyncLens
