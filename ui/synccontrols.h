#pragma once

#include <QDateTime>
#include <QObject>
#include <QStyle>

class QAction;
class QActionGroup;
class QComboBox;
class QMenu;
class QToolBar;
class QWidget;

namespace SyncLens {

class AppSettings;
class SyncEngine;

// The simulated clock's controls: Run one cycle (F5), Run until… (Shift+F5),
// Play/Pause (Space or F6) at a chosen speed, Cancel (Esc). Their enabled
// state follows the engine's busyChanged and playingChanged; every call to
// the engine is queued. The speed (step and interval) is remembered.
class SyncControls final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncControls)

public:
    struct Choice
    {
        int value;
        QString text;
    };

    SyncControls(SyncEngine *engine, AppSettings &settings, QWidget *window);

    // Fills the Sync menu and the toolbar with the actions and speed choices.
    void populate(QMenu *menu, QToolBar *toolBar);
    void setOrgOpen(bool open);
    void setClock(const QDateTime &clock) { m_clock = clock; }

    bool isBusy() const { return m_busy; }
    bool isPlaying() const { return m_playing; }
    int stepMinutes() const;
    int intervalMs() const;
    void setStepMinutes(int minutes);
    void setIntervalMs(int ms);

    QAction *runCycleAction() const { return m_runCycle; }
    QAction *runUntilAction() const { return m_runUntil; }
    QAction *playAction() const { return m_play; }
    QAction *cancelAction() const { return m_cancel; }

    static QList<Choice> stepChoices();
    static QList<Choice> intervalChoices();

private:
    QAction *makeAction(const QString &text, const QString &objectName, QStyle::StandardPixmap icon,
                        const QList<QKeySequence> &shortcuts);
    QComboBox *makeCombo(const QList<Choice> &choices, int current, const QString &objectName,
                         const QString &accessibleName);
    QMenu *makeChoiceMenu(const QString &title, QComboBox *combo, QWidget *parent);
    void runCycle();
    void chooseUntil();
    void togglePlay();
    void cancel();
    void onEngineBusy(bool busy);
    void setBusy(bool busy);
    void setPlaying(bool playing);
    void onStepChosen();
    void onIntervalChosen();
    void updateActions();

    SyncEngine *m_engine;
    AppSettings &m_settings;
    QWidget *m_window;
    QDateTime m_clock;
    bool m_orgOpen = false;
    bool m_busy = false;
    bool m_playing = false;
    bool m_cancelPending = false;
    QAction *m_runCycle;
    QAction *m_runUntil;
    QAction *m_play;
    QAction *m_cancel;
    QComboBox *m_step;
    QComboBox *m_interval;
};

} // namespace SyncLens
