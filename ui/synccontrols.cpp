#include "synccontrols.h"

#include "appsettings.h"
#include "enginecall.h"
#include "rununtildialog.h"
#include "sync/syncengine.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QToolBar>

namespace SyncLens {

SyncControls::SyncControls(SyncEngine *engine, AppSettings &settings, QWidget *window)
    : QObject(window)
    , m_engine(engine)
    , m_settings(settings)
    , m_window(window)
{
    m_runCycle = makeAction(tr("&Run One Cycle"), QStringLiteral("runCycleAction"),
                            QStyle::SP_MediaSkipForward, {QKeySequence(Qt::Key_F5)});
    m_runCycle->setToolTip(tr("Run one synchronisation cycle, one step after the clock (F5)"));
    m_runUntil = makeAction(tr("Run &Until…"), QStringLiteral("runUntilAction"),
                            QStyle::SP_MediaSeekForward, {QKeySequence(Qt::SHIFT | Qt::Key_F5)});
    m_runUntil->setToolTip(tr("Run cycles until a chosen time (Shift+F5)"));
    m_play = makeAction(tr("&Play"), QStringLiteral("playAction"), QStyle::SP_MediaPlay,
                        {QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_F6)});
    m_play->setToolTip(tr("Play the simulated clock: a cycle every step (Space or F6)"));
    m_cancel = makeAction(tr("&Cancel"), QStringLiteral("cancelAction"), QStyle::SP_BrowserStop,
                          {QKeySequence(Qt::Key_Escape)});
    m_cancel->setToolTip(tr("Stop the running cycles or the playing clock (Esc)"));
    connect(m_runCycle, &QAction::triggered, this, &SyncControls::runCycle);
    connect(m_runUntil, &QAction::triggered, this, &SyncControls::chooseUntil);
    connect(m_play, &QAction::triggered, this, &SyncControls::togglePlay);
    connect(m_cancel, &QAction::triggered, this, &SyncControls::cancel);

    m_step = makeCombo(stepChoices(), m_settings.stepMinutes(), QStringLiteral("stepCombo"),
                       tr("Simulated minutes per cycle"));
    m_interval =
        makeCombo(intervalChoices(), m_settings.playIntervalMs(), QStringLiteral("intervalCombo"),
                  tr("Time between cycles while playing"));
    connect(m_step, &QComboBox::currentIndexChanged, this, &SyncControls::onStepChosen);
    connect(m_interval, &QComboBox::currentIndexChanged, this, &SyncControls::onIntervalChosen);

    connect(engine, &SyncEngine::busyChanged, this, &SyncControls::onEngineBusy);
    connect(engine, &SyncEngine::playingChanged, this, &SyncControls::setPlaying);
    connect(engine, &SyncEngine::clockChanged, this, &SyncControls::setClock);
    callEngine(m_engine, [minutes = stepMinutes()](SyncEngine &e) { e.setStepMinutes(minutes); });
    updateActions();
}

QList<SyncControls::Choice> SyncControls::stepChoices()
{
    return {{5, tr("5 minutes")}, {15, tr("15 minutes")}, {30, tr("30 minutes")},
            {60, tr("1 hour")},   {240, tr("4 hours")},   {1440, tr("1 day")}};
}

QList<SyncControls::Choice> SyncControls::intervalChoices()
{
    return {{250, tr("every ¼ second")},
            {500, tr("every ½ second")},
            {1000, tr("every second")},
            {2000, tr("every 2 seconds")},
            {5000, tr("every 5 seconds")}};
}

QAction *SyncControls::makeAction(const QString &text, const QString &objectName,
                                  QStyle::StandardPixmap icon, const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(m_window->style()->standardIcon(icon), text, this);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    // Shortcuts work wherever the focus is in the window, also in docks.
    action->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(action);
    return action;
}

QComboBox *SyncControls::makeCombo(const QList<Choice> &choices, int current,
                                   const QString &objectName, const QString &accessibleName)
{
    auto *combo = new QComboBox(m_window);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->setFocusPolicy(Qt::StrongFocus);
    for (const Choice &c : choices)
        combo->addItem(c.text, c.value);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 1);
    return combo;
}

// A radio submenu that mirrors a combo box, so the speed can be chosen
// from the keyboard through the menu bar as well as in the toolbar.
QMenu *SyncControls::makeChoiceMenu(const QString &title, QComboBox *combo, QWidget *parent)
{
    auto *menu = new QMenu(title, parent);
    auto *group = new QActionGroup(menu);
    for (int i = 0; i < combo->count(); ++i) {
        QAction *a = menu->addAction(combo->itemText(i));
        a->setCheckable(true);
        a->setChecked(i == combo->currentIndex());
        group->addAction(a);
        connect(a, &QAction::triggered, combo, [combo, i] { combo->setCurrentIndex(i); });
    }
    connect(combo, &QComboBox::currentIndexChanged, menu,
            [group](int i) { group->actions().at(i)->setChecked(true); });
    return menu;
}

void SyncControls::populate(QMenu *menu, QToolBar *toolBar)
{
    menu->addActions({m_runCycle, m_runUntil, m_play, m_cancel});
    menu->addSeparator();
    menu->addMenu(makeChoiceMenu(tr("&Step"), m_step, menu));
    menu->addMenu(makeChoiceMenu(tr("Play &Speed"), m_interval, menu));
    toolBar->addActions({m_runCycle, m_runUntil, m_play, m_cancel});
    toolBar->addSeparator();
    //: Toolbar: the simulated time one cycle advances
    toolBar->addWidget(new QLabel(tr("Step:"), toolBar));
    toolBar->addWidget(m_step);
    //: Toolbar: how often a cycle runs while playing
    toolBar->addWidget(new QLabel(tr("Play:"), toolBar));
    toolBar->addWidget(m_interval);
}

int SyncControls::stepMinutes() const
{
    return m_step->currentData().toInt();
}

int SyncControls::intervalMs() const
{
    return m_interval->currentData().toInt();
}

void SyncControls::setStepMinutes(int minutes)
{
    m_step->setCurrentIndex(std::max(0, m_step->findData(minutes)));
}

void SyncControls::setIntervalMs(int ms)
{
    m_interval->setCurrentIndex(std::max(0, m_interval->findData(ms)));
}

void SyncControls::setOrgOpen(bool open)
{
    m_orgOpen = open;
    updateActions();
}

void SyncControls::runCycle()
{
    // Busy at once, so a second F5 before the engine answers queues nothing.
    setBusy(true);
    callEngine(m_engine, [](SyncEngine &e) { e.runCycle(); });
}

void SyncControls::chooseUntil()
{
    auto *dialog = new RunUntilDialog(m_clock, stepMinutes(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setBusy(true);
        callEngine(m_engine, [until = dialog->until()](SyncEngine &e) { e.runUntil(until); });
    });
    dialog->open(); // window-modal, no nested event loop
}

void SyncControls::togglePlay()
{
    if (m_playing)
        callEngine(m_engine, [](SyncEngine &e) { e.pause(); });
    else
        callEngine(m_engine, [ms = intervalMs()](SyncEngine &e) { e.play(ms); });
}

void SyncControls::cancel()
{
    m_engine->requestCancel(); // thread-safe: seen between two mailboxes
    // A run that has not started yet clears the request when it starts:
    // ask again once it says it is busy.
    m_cancelPending = m_busy;
    if (m_playing)
        callEngine(m_engine, [](SyncEngine &e) { e.pause(); });
}

void SyncControls::onEngineBusy(bool busy)
{
    if (busy && m_cancelPending)
        m_engine->requestCancel();
    if (!busy)
        m_cancelPending = false;
    setBusy(busy);
}

void SyncControls::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void SyncControls::setPlaying(bool playing)
{
    m_playing = playing;
    m_play->setText(playing ? tr("&Pause") : tr("&Play"));
    m_play->setIcon(
        m_window->style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    updateActions();
}

void SyncControls::onStepChosen()
{
    m_settings.setStepMinutes(stepMinutes());
    callEngine(m_engine, [minutes = stepMinutes()](SyncEngine &e) { e.setStepMinutes(minutes); });
}

void SyncControls::onIntervalChosen()
{
    m_settings.setPlayIntervalMs(intervalMs());
    if (m_playing) // the new pace applies at once
        callEngine(m_engine, [ms = intervalMs()](SyncEngine &e) { e.play(ms); });
}

void SyncControls::updateActions()
{
    m_runCycle->setEnabled(m_orgOpen && !m_busy);
    m_runUntil->setEnabled(m_orgOpen && !m_busy && !m_playing);
    m_play->setEnabled(m_orgOpen && !m_busy);
    m_cancel->setEnabled(m_busy || m_playing);
}

} // namespace SyncLens
