// MainWindow: how the Timeline, Explain and the Scenario player follow each
// other and the org they show (StoreSource); its words in another language.
#include "mainwindow.h"

#include "explainpanel.h"
#include "mailboxespanel.h"
#include "scenarioplayerpanel.h"
#include "scenariosession.h"
#include "storesource.h"
#include "timelinepanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>

namespace SyncLens {

// The timeline follows the mailbox chosen in Mailboxes; a click on a mark
// explains its item, and an item Explain shows is selected on the timeline.
// Explain reads whichever org the views show (the engine's or a scenario's).
void MainWindow::connectTimeline()
{
    connect(m_mailboxes, &MailboxesPanel::currentMailboxChanged, m_timeline,
            &TimelinePanel::setSelectedMailbox);
    connect(m_timeline, &TimelinePanel::itemActivated, this,
            [this](const QString &itemId) { showItem(itemId); });
    connect(m_explain, &ExplainPanel::itemShown, m_timeline, &TimelinePanel::selectItem);
    connect(m_source, &StoreSource::switched, this,
            [this] { m_explain->setOrg(m_source->store(), m_source->path()); });
    connectDayView();
}

// While a scenario is open, the Timeline and Explain show its small org and
// follow its steps; the engine goes on with the real org meanwhile.
void MainWindow::connectPlayer()
{
    ScenarioSession *session = m_player->session();
    connect(session, &ScenarioSession::reset, this, &MainWindow::onScenarioReset);
    connect(session, &ScenarioSession::stepped, this, &MainWindow::onScenarioStepped);
}

void MainWindow::createScenarioMenu()
{
    QMenu *menu = menuBar()->addMenu(QString());
    menu->setObjectName(QStringLiteral("scenarioMenu"));
    onLanguage([menu] { menu->setTitle(tr("S&cenario")); });
    const QList<QAction *> actions = m_player->menuActions();
    menu->addActions(actions.mid(0, 2));
    menu->addSeparator();
    menu->addActions(actions.mid(2));
}

void MainWindow::onScenarioReset()
{
    ScenarioSession *session = m_player->session();
    m_source->setScenario(session->store(), session->scenario().title);
    if (session->isOpen())
        m_timeline->reload(); // a rewind rebuilt the org at the same address
}

// The timeline reads the step's news first, then Explain shows the item
// the step is about, which the timeline selects in turn.
void MainWindow::onScenarioStepped()
{
    m_source->scenarioUpdated();
    const QString item = m_player->session()->focusItemId();
    if (item.isEmpty())
        m_explain->refresh();
    else
        m_explain->showItem(item);
}

void MainWindow::onLanguage(std::function<void()> apply)
{
    apply();
    m_retranslators.append(std::move(apply));
}

// View ▸ Language installed another translation: the window's own words
// again, live. (The panels' items that their models phrase, and texts of
// dialogs already open, follow at their next refresh.)
void MainWindow::retranslateUi()
{
    for (const auto &apply : std::as_const(m_retranslators))
        apply();
    if (m_store || m_orgPath.isEmpty())
        updateOrgInfo(m_store.get());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

} // namespace SyncLens
