#include "livemode.h"

#include "connectdialog.h"
#include "liveimportcontroller.h"
#include "liveimportpanel.h"
#include "mailboxdetailspane.h"
#include "mailboxespanel.h"
#include "mainwindow.h"
#include "orgsourcelabel.h"
#include "scenarioplayerpanel.h"
#include "scenariosession.h"
#include "store/orgstore.h"
#include "storedsignintokens.h"
#include "synccontrols.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace SyncLens {

namespace {

const QList<int> kAutoRefreshMinutes{0, 5, 15, 30, 60};
const char *const kOwnToolTip = "synclensOwnToolTip";

} // namespace

LiveMode::LiveMode(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_controller(new LiveImportController(this))
    , m_panel(new LiveImportPanel(m_controller, window->statusBar()))
    , m_label(new OrgSourceLabel(window->statusBar()))
{
    window->statusBar()->addPermanentWidget(m_panel);
    window->statusBar()->addPermanentWidget(m_label);
    connect(window, &MainWindow::liveConnected, this, &LiveMode::importOrg);
    connect(window, &MainWindow::orgOpened, this, &LiveMode::onOrgOpened);
    connect(m_controller, &LiveImportController::readyToReplace, this, &LiveMode::onReadyToReplace);
    connect(m_controller, &LiveImportController::finished, this, &LiveMode::onFinished);
    connect(m_controller, &LiveImportController::started, this, &LiveMode::updateRefreshAction);
    connect(&m_autoTimer, &QTimer::timeout, this, [this] { refreshNow(true); });
}

void LiveMode::populate(QMenu *file)
{
    m_refresh = file->addAction(QString(), this, &LiveMode::refresh);
    m_refresh->setObjectName(QStringLiteral("refreshLiveAction"));
    // F5 also runs a cycle: the two are never enabled at once (no cycles on a live org).
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_autoMenu = file->addMenu(QString());
    m_autoMenu->setObjectName(QStringLiteral("autoRefreshMenu"));
    m_autoChoices = new QActionGroup(m_autoMenu);
    for (const int minutes : kAutoRefreshMinutes) {
        QAction *choice = m_autoMenu->addAction(QString());
        choice->setObjectName(QStringLiteral("autoRefresh%1Action").arg(minutes));
        choice->setCheckable(true);
        choice->setData(minutes);
        m_autoChoices->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, minutes] { setAutoRefresh(minutes); });
    }
    setAutoRefresh(m_settings.liveRefreshMinutes());
    retranslate();
}

void LiveMode::retranslate()
{
    m_refresh->setText(tr("&Refresh"));
    m_autoMenu->setTitle(tr("Refresh A&utomatically"));
    for (QAction *choice : m_autoChoices->actions()) {
        const int minutes = choice->data().toInt();
        choice->setText(minutes == 0 ? tr("&Never") : tr("Every %n minute(s)", nullptr, minutes));
    }
    updateRefreshAction();
    m_label->updateText();
}

bool LiveMode::hasConnection() const
{
    return m_connection && m_info &&
           m_connection->settings.orgUrl.matches(m_info->url, QUrl::StripTrailingSlash);
}

void LiveMode::importOrg(const SyncLens::LiveConnection &connection)
{
    if (m_controller->isRunning())
        m_controller->cancel(); // the newer connection wins
    m_connection = connection;
    m_signIn = LiveOrgInfo::rememberedOf(connection.settings, connection.method);
    m_automatic = false;
    m_released = false;
    m_controller->start(connection, LiveImportController::fileFor(connection.settings.orgUrl));
}

Result<LiveConnection> LiveMode::storedConnection() const
{
    const RememberedConnection &c = m_info->connection;
    auto settings = SignInSettings::fromInput(c.url, c.tenant, c.clientId, c.authority);
    if (!settings)
        return settings.error();
    return LiveConnection{*settings, c.method,
                          std::make_shared<StoredSignInTokens>(*settings, c.method, m_credentials),
                          RememberedConnections().isReadOnly(c)};
}

Result<LiveConnection> LiveMode::filterConnection()
{
    if (!isLive())
        return makeError(Error::Code::InvalidArgument,
                         tr("This is a sandbox org: its filters are saved in its file."));
    if (!hasConnection()) {
        auto stored = storedConnection();
        if (!stored)
            return stored.error();
        m_connection = *stored;
    }
    return *m_connection;
}

void LiveMode::refresh()
{
    refreshNow(false);
}

void LiveMode::refreshNow(bool automatic)
{
    if (!isLive() || m_controller->isRunning())
        return;
    if (!hasConnection()) { // signed in in an earlier session: the keychain's sign-in
        auto stored = storedConnection();
        if (!stored) {
            if (!automatic)
                askToSignIn(stored.error().message);
            return;
        }
        m_connection = *stored;
    }
    m_signIn = m_info->connection;
    m_automatic = automatic;
    m_released = false;
    m_controller->start(*m_connection, m_info->path);
}

// The views and the engine let go of the file, then the new one takes its place.
void LiveMode::onReadyToReplace(const QString &target)
{
    m_released = target == m_window->orgPath();
    m_window->releaseOrg(target, [this] { m_controller->replace(); });
}

void LiveMode::onFinished(bool ok, const QString &message)
{
    updateRefreshAction();
    if (ok || m_released) { // the new file, or the old one again after a failed swap
        m_released = false;
        if (auto opened = m_window->openOrg(m_controller->target()); !opened)
            return showProblem(opened.error().message);
    }
    if (ok) {
        m_window->statusBar()->showMessage(message, 10000);
        return;
    }
    if (m_controller->wasCancelled()) {
        m_window->statusBar()->showMessage(message, 10000);
        return;
    }
    if (m_controller->signInFailed()) {
        m_connection.reset(); // its tokens are no longer accepted: the keychain's next
        if (!m_automatic) {
            askToSignIn(message);
            return;
        }
    }
    showProblem(message);
}

void LiveMode::showProblem(const QString &message)
{
    m_window->statusBar()->showMessage(message, 15000);
    if (m_automatic)
        return; // the timer's refresh does not interrupt with a box
    // Non-modal: the window stays usable on the data it shows.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Read the Org"), message,
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("liveImportErrorBox"));
    box->setWindowModality(Qt::NonModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->show();
}

// The Connect dialog, filled in for the org being read (or shown).
void LiveMode::askToSignIn(const QString &message)
{
    if (!m_signIn && !isLive())
        return;
    m_window->chooseLiveConnection();
    auto *dialog = m_window->findChild<ConnectDialog *>();
    if (dialog)
        dialog->prefill(m_signIn ? *m_signIn : m_info->connection, message);
}

void LiveMode::onOrgOpened()
{
    OrgStore *store = m_window->store();
    m_info = store ? std::optional(LiveOrgInfo::read(*store)) : std::nullopt;
    m_label->setOrg(m_info);
    applyRules();
    setAutoRefresh(m_settings.liveRefreshMinutes());
}

// A live org is only read: the simulation's commands are off, each saying why.
void LiveMode::applyRules()
{
    const bool live = isLive();
    const QString why =
        live ? tr("Off for a live org: SyncLens only reads %1 and never changes it. Simulations "
                  "run on sandbox orgs (File ▸ New Sandbox Org).")
                   .arg(m_info->url.host())
             : QString();
    SyncControls *controls = m_window->syncControls();
    if (live)
        controls->setOrgOpen(false);
    for (QAction *a :
         {controls->runCycleAction(), controls->runUntilAction(), controls->playAction()})
        blockAction(a, live, why);
    MailboxDetailsPane *details = m_window->mailboxesPanel()->details();
    details->setActionsAllowed(!live);
    const QString inCrm = tr("Off for a live org: change mailboxes in Dynamics 365 (Settings ▸ "
                             "Email Configuration ▸ Mailboxes), then File ▸ Refresh.");
    for (QAction *a :
         {details->testAndEnableAction(), details->approveAction(), details->disableAction()})
        blockAction(a, live, inCrm);
    ScenarioPlayerPanel *player = m_window->scenarioPanel();
    if (live)
        player->session()->close();
    QAction *openScenario = player->menuActions().constFirst();
    blockAction(openScenario, live, why);
    openScenario->setEnabled(!live);
    m_window->scenarioDock()->widget()->setEnabled(!live);
    if (auto *clock = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("clockLabel")))
        clock->setVisible(!live); // a live org has no simulated clock
    updateRefreshAction();
}

// Disables `action` with `why` as its tooltip, or gives it back its own.
void LiveMode::blockAction(QAction *action, bool blocked, const QString &why)
{
    if (blocked) {
        if (!action->property(kOwnToolTip).isValid())
            action->setProperty(kOwnToolTip, action->toolTip());
        action->setToolTip(why);
        action->setEnabled(false);
    } else if (const QVariant own = action->property(kOwnToolTip); own.isValid()) {
        action->setToolTip(own.toString());
        action->setProperty(kOwnToolTip, QVariant());
    }
}

void LiveMode::setAutoRefresh(int minutes)
{
    if (!kAutoRefreshMinutes.contains(minutes))
        minutes = 0;
    m_settings.setLiveRefreshMinutes(minutes);
    for (QAction *choice : m_autoChoices->actions())
        choice->setChecked(choice->data().toInt() == minutes);
    if (isLive() && minutes > 0)
        m_autoTimer.start(minutes * 60 * 1000);
    else
        m_autoTimer.stop();
}

void LiveMode::updateRefreshAction()
{
    if (!m_refresh)
        return;
    m_refresh->setEnabled(isLive() && !m_controller->isRunning());
    m_refresh->setToolTip(
        isLive() ? tr("Read %1 again; the window shows the data read now until the new data is "
                      "complete (F5)")
                       .arg(m_info->url.host())
                 : tr("Refresh reads a live org again (File ▸ Connect to Dynamics 365…); this "
                      "is a sandbox org."));
}

} // namespace SyncLens
