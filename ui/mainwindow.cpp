// MainWindow: its docks, menus and settings. Opening orgs and the engine's
// answers are in mainwindoworg.cpp.
#include "mainwindow.h"

#include "explainpanel.h"
#include "languagemenu.h"
#include "mailboxdetailspane.h"
#include "mailboxespanel.h"
#include "mailboxtablemodel.h"
#include "presentationmode.h"
#include "sandbox/sandboxjob.h"
#include "scenarioplayerpanel.h"
#include "spacekeyguard.h"
#include "store/orgstore.h"
#include "storesource.h"
#include "sync/syncengine.h"
#include "synccontrols.h"
#include "syncstatusbar.h"
#include "timelinepanel.h"
#include "timelinewidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

namespace SyncLens {

MainWindow::MainWindow(SyncEngine *engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_mailboxes(new MailboxesPanel(this))
    , m_explain(new ExplainPanel(this))
    , m_controls(new SyncControls(engine, m_settings, this))
    , m_status(new SyncStatusBar(engine, statusBar()))
{
    setObjectName(QStringLiteral("mainWindow"));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    qApp->installEventFilter(new SpaceKeyGuard(this));
    m_source = new StoreSource(this);
    m_timeline = new TimelinePanel(m_source, this);
    m_player = new ScenarioPlayerPanel(this);
    createDocks();
    m_presentation = new PresentationMode(this, {m_scenarioDock, m_timelineDock, m_explainDock});
    createMenus();
    connectEngine();
    connectPanels();
    connectTimeline();
    connectPlayer();
    updateOrgInfo(nullptr);
    resize(1280, 800);
    m_defaultLayout = saveState();
    restoreSettings();
}

// The panels are children, deleted after the store: they let go of it first.
MainWindow::~MainWindow()
{
    m_source->disconnect();
    m_mailboxes->setStore(nullptr);
    m_explain->setOrg(nullptr, {});
}

MailboxTableModel *MainWindow::mailboxModel() const
{
    return m_mailboxes->model();
}

QTableView *MainWindow::mailboxTable() const
{
    return m_mailboxes->table();
}

QDockWidget *MainWindow::addDock(QWidget *widget, std::function<QString()> title,
                                 const QString &objectName, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(this);
    dock->setObjectName(objectName); // saveState() knows docks by name
    onLanguage([dock, title] {
        dock->setWindowTitle(title());
        dock->setAccessibleName(title().remove(u'&'));
    });
    dock->setWidget(widget);
    addDockWidget(area, dock);
    return dock;
}

// No central widget: every surface is a dock the user can move, tab, float
// or close, and the layout comes back on the next start. Mailboxes and
// Explain share the top area side by side, Timeline and Scenario player the
// bottom (left and right areas would be held at their minimum height, as
// nothing in the centre could take the rest).
void MainWindow::createDocks()
{
    setCentralWidget(nullptr);
    m_mailboxDock = addDock(
        m_mailboxes, [] { return tr("Mailboxes"); }, QStringLiteral("mailboxesDock"),
        Qt::TopDockWidgetArea);
    m_explainDock = addDock(
        m_explain, [] { return tr("Explain"); }, QStringLiteral("explainDock"),
        Qt::TopDockWidgetArea);
    splitDockWidget(m_mailboxDock, m_explainDock, Qt::Horizontal);
    m_timelineDock = addDock(
        m_timeline, [] { return tr("Timeline"); }, QStringLiteral("timelineDock"),
        Qt::BottomDockWidgetArea);
    // Scrolled when the dock is short: the bottom area shares its height
    // with the timeline and must not squeeze the Mailboxes for the player.
    auto *playerScroll = new QScrollArea(this);
    playerScroll->setObjectName(QStringLiteral("scenarioScroll"));
    onLanguage([playerScroll] { playerScroll->setAccessibleName(tr("Scenario player")); });
    playerScroll->setWidgetResizable(true);
    playerScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // its lines wrap
    playerScroll->setFrameShape(QFrame::NoFrame);
    playerScroll->setWidget(m_player);
    m_scenarioDock = addDock(
        playerScroll, [] { return tr("Scenario Player"); }, QStringLiteral("scenarioDock"),
        Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_timelineDock, m_scenarioDock);
    m_timelineDock->raise();
}

// Dock sizes take only once the window has its size: after the first show.
void MainWindow::sizeDocks()
{
    // The mailbox table has the most columns: it gets more room.
    resizeDocks({m_mailboxDock, m_explainDock}, {width() * 62 / 100, width() * 38 / 100},
                Qt::Horizontal);
    resizeDocks({m_mailboxDock, m_timelineDock}, {height() * 3 / 4, height() / 6}, Qt::Vertical);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultLayout);
    for (QDockWidget *dock : {m_mailboxDock, m_timelineDock, m_explainDock, m_scenarioDock}) {
        dock->setFloating(false);
        dock->show();
    }
    m_timelineDock->raise();
    sizeDocks();
    QTimer::singleShot(0, this, &MainWindow::sizeDocks);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(QString());
    QAction *open = file->addAction(QString(), this, &MainWindow::chooseOrgToOpen);
    open->setObjectName(QStringLiteral("openOrgAction"));
    open->setShortcut(QKeySequence::Open);
    QAction *sandbox = file->addAction(QString(), this, &MainWindow::chooseNewSandboxOrg);
    sandbox->setObjectName(QStringLiteral("newSandboxAction"));
    sandbox->setShortcut(QKeySequence::New);
    QAction *live = file->addAction(QString(), this, &MainWindow::chooseLiveConnection);
    live->setObjectName(QStringLiteral("connectLiveAction"));
    live->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    createLiveMode(file);
    QAction *report = createReportAction(file);
    file->addSeparator();
    QAction *quit = file->addAction(QString(), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *sync = menuBar()->addMenu(QString());
    auto *toolBar = addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("syncToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_controls->populate(sync, toolBar);

    QMenu *mailbox = menuBar()->addMenu(QString());
    MailboxDetailsPane *details = m_mailboxes->details();
    mailbox->addActions(
        {details->testAndEnableAction(), details->approveAction(), details->disableAction()});
    addActions(mailbox->actions());
    createScenarioMenu();
    createFiltersMenu();
    createViewMenu();

    QMenu *help = menuBar()->addMenu(QString());
    QAction *about = help->addAction(QString(), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    onLanguage([=] {
        file->setTitle(tr("&File"));
        open->setText(tr("&Open Org…"));
        sandbox->setText(tr("&New Sandbox Org…"));
        live->setText(tr("&Connect to Dynamics 365…"));
        report->setText(tr("&Export Report…"));
        quit->setText(tr("&Quit"));
        sync->setTitle(tr("&Sync"));
        toolBar->setWindowTitle(tr("Sync"));
        mailbox->setTitle(tr("&Mailbox"));
        help->setTitle(tr("&Help"));
        about->setText(tr("&About SyncLens"));
    });
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(QString());
    auto go = [&](QDockWidget *dock, QWidget *focus, int key, const QString &name) {
        QAction *a =
            view->addAction(QString(), this, [this, dock, focus] { showDock(dock, focus); });
        a->setObjectName(name);
        a->setShortcut(QKeySequence(Qt::CTRL | key));
        return a;
    };
    QAction *mailboxes =
        go(m_mailboxDock, m_mailboxes->table(), Qt::Key_1, QStringLiteral("showMailboxesAction"));
    QAction *timeline =
        go(m_timelineDock, m_timeline->timeline(), Qt::Key_2, QStringLiteral("showTimelineAction"));
    QAction *explain = go(m_explainDock, m_explain->explanationView(), Qt::Key_3,
                          QStringLiteral("showExplainAction"));
    QAction *player =
        go(m_scenarioDock, m_player->stepView(), Qt::Key_4, QStringLiteral("showScenarioAction"));
    view->addSeparator();
    QAction *find =
        go(m_explainDock, m_explain->searchField(), Qt::Key_F, QStringLiteral("findItemAction"));
    QAction *filter = go(m_mailboxDock, m_mailboxes->filterEdit(), Qt::Key_L,
                         QStringLiteral("filterMailboxesAction"));
    view->addSeparator();
    view->addAction(m_presentation->toggleAction());
    QAction *reset = view->addAction(QString(), this, &MainWindow::resetLayout);
    reset->setObjectName(QStringLiteral("resetLayoutAction"));
    QMenu *panels = view->addMenu(QString());
    for (QDockWidget *dock : {m_mailboxDock, m_timelineDock, m_explainDock, m_scenarioDock})
        panels->addAction(dock->toggleViewAction());
    panels->addAction(findChild<QToolBar *>(QStringLiteral("syncToolBar"))->toggleViewAction());
    m_language = new LanguageMenu(view->addMenu(QString()));
    // Said in the new language, since not every panel follows live.
    connect(m_language, &LanguageMenu::languageChanged, this, [this] {
        statusBar()->showMessage(
            tr("Menus and panel titles now use the chosen language; the rest follows at the next "
               "start."),
            15000);
    });
    onLanguage([=, this] {
        view->setTitle(tr("&View"));
        mailboxes->setText(tr("&Mailboxes"));
        timeline->setText(tr("&Timeline"));
        explain->setText(tr("&Explain"));
        player->setText(tr("Scenario &Player"));
        find->setText(tr("&Find an Item…"));
        filter->setText(tr("F&ilter Mailboxes"));
        reset->setText(tr("&Reset Layout"));
        panels->setTitle(tr("&Panels"));
        m_language->retranslate();
    });
}

void MainWindow::showDock(QDockWidget *dock, QWidget *focus)
{
    dock->show();
    dock->raise();
    QWidget *target = focus ? focus : dock->widget();
    target->setFocus(Qt::ShortcutFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(target))
        edit->selectAll();
}

void MainWindow::connectPanels()
{
    MailboxDetailsPane *details = m_mailboxes->details();
    SyncEngine *engine = m_engine;
    // Auto connections to an object on another thread are queued.
    connect(details, &MailboxDetailsPane::testAndEnableRequested, engine,
            &SyncEngine::testAndEnable);
    connect(details, &MailboxDetailsPane::approveRequested, engine,
            [engine](const QString &id) { engine->setApproved(id, true); });
    connect(details, &MailboxDetailsPane::disableRequested, engine, &SyncEngine::disableMailbox);
    connect(m_mailboxes, &MailboxesPanel::currentMailboxChanged, this, [this](const QString &id) {
        if (!id.isEmpty())
            m_settings.setSelectedMailbox(id);
    });
    connect(m_explain, &ExplainPanel::filterRequested, this, &MainWindow::showFilter);
    connect(m_explain, &ExplainPanel::mailboxRequested, this, &MainWindow::showMailbox);
}

void MainWindow::showMailbox(const QString &mailboxId)
{
    if (m_mailboxes->selectMailbox(mailboxId))
        showDock(m_mailboxDock, m_mailboxes->table());
}

void MainWindow::showItem(const QString &itemId)
{
    m_explain->showItem(itemId);
    m_explainDock->show();
    m_explainDock->raise();
}

void MainWindow::restoreSettings()
{
    restoreGeometry(m_settings.windowGeometry());
    m_layoutRestored = restoreState(m_settings.windowState());
    m_mailboxes->splitter()->restoreState(m_settings.splitterState(QStringLiteral("mailboxes")));
    m_mailboxes->details()->splitter()->restoreState(
        m_settings.splitterState(QStringLiteral("mailboxDetails")));
    m_explain->splitter()->restoreState(m_settings.splitterState(QStringLiteral("explain")));
    if (const QByteArray header = m_settings.mailboxTableState(); !header.isEmpty())
        m_mailboxes->table()->horizontalHeader()->restoreState(header);
}

void MainWindow::saveSettings()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(QStringLiteral("mailboxes"), m_mailboxes->splitter()->saveState());
    m_settings.setSplitterState(QStringLiteral("mailboxDetails"),
                                m_mailboxes->details()->splitter()->saveState());
    m_settings.setSplitterState(QStringLiteral("explain"), m_explain->splitter()->saveState());
    m_settings.setMailboxTableState(m_mailboxes->table()->horizontalHeader()->saveState());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About SyncLens"),
        tr("<h3>SyncLens %1</h3><p>SyncLens makes Dynamics 365 Server-Side Synchronization "
           "with Exchange visible and predictable: what synced, why, and what a sync "
           "filter change will do before you save it.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_shownOnce && !m_layoutRestored)
        QTimer::singleShot(0, this, &MainWindow::sizeDocks);
    m_shownOnce = true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_job) {
        m_job->cancel();
        event->ignore(); // closes once the job has stopped
        connect(this, &MainWindow::sandboxFinished, this, &QWidget::close,
                Qt::SingleShotConnection);
        return;
    }
    m_presentation->setActive(false); // the user's own layout is the one kept
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace SyncLens
