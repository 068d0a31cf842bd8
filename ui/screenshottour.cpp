#include "screenshottour.h"

#include "explainpanel.h"
#include "explanationmodel.h"
#include "mailboxespanel.h"
#include "mainwindow.h"
#include "scenarioplayerpanel.h"
#include "scenariosession.h"
#include "store/orgstore.h"
#include "sync/syncengine.h"
#include "timelinepanel.h"
#include "timelinewidget.h"

#include <QDockWidget>

namespace SyncLens {

namespace {

// The codes whose stories make the best picture of the explain view, best first.
const QList<ReasonCode> kTellingCodes{ReasonCode::InOverwriteOutOfScope, ReasonCode::LeftScope,
                                      ReasonCode::OutSkippedOutOfScope,  ReasonCode::NotInScope,
                                      ReasonCode::Conversation,          ReasonCode::OutCreate};

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow &window, QDir dir, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_dir(std::move(dir))
{
    // A stuck tour fails instead of hanging a script.
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(180000);
    connect(&m_watchdog, &QTimer::timeout, this,
            [this] { fail(QStringLiteral("the screenshots took too long")); });
}

void ScreenshotTour::addStandardShots(const QString &mainFile)
{
    addShot({mainFile, [](const Ready &ready) { ready(); }, [this] { return &m_window; }});
    addShot({QStringLiteral("screenshot-mailbox.png"), [](const Ready &ready) { ready(); },
             [this] { return m_window.mailboxesDock(); }});
    addShot({QStringLiteral("screenshot-explain.png"), [](const Ready &ready) { ready(); },
             [this] { return m_window.explainDock(); }});
    addShot({QStringLiteral("screenshot-timeline-out.png"),
             [this](const Ready &ready) { showTimeline(ready); },
             [this] { return m_window.timelineDock(); }});
    addShot({QStringLiteral("screenshot-scenario.png"),
             [this](const Ready &ready) { showScenario(ready); },
             [this] { return static_cast<QWidget *>(&m_window); }});
    addShot({QStringLiteral("screenshot-timeline-in.png"),
             [this](const Ready &ready) { showScenarioTimeline(ready); },
             [this] { return m_window.timelineDock(); }});
}

// The bottom docks get most of the height: a shot of a 150-pixel strip
// shows little.
void ScreenshotTour::enlargeBottom(QDockWidget *dock)
{
    dock->show();
    dock->raise();
    const int h = m_window.height();
    m_window.resizeDocks({m_window.mailboxesDock(), dock}, {h * 30 / 100, h * 60 / 100},
                         Qt::Vertical);
}

// The demo org's decisions, every mailbox stacked and fitted: zoomed out,
// each row draws per-column aggregates.
void ScreenshotTour::showTimeline(const Ready &ready)
{
    TimelinePanel *panel = m_window.timelinePanel();
    enlargeBottom(m_window.timelineDock());
    panel->setScope(TimelinePanel::Scope::AllMailboxes);
    auto frame = [this, panel, ready] {
        panel->timeline()->fitAll();
        // A pass of the event loop paints the new range before the grab.
        QTimer::singleShot(50, this, ready);
    };
    if (!panel->isLoading()) {
        frame();
        return;
    }
    connect(panel, &TimelinePanel::loaded, this, frame, Qt::SingleShotConnection);
}

// Zoomed in on a story: the demo org decides everything at its first cycle
// (one instant), so the scenario's org, played to its end, shows marks over
// minutes, the links between the copies, and the item of the story selected.
void ScreenshotTour::showScenarioTimeline(const Ready &ready)
{
    ScenarioSession *session = m_window.scenarioPanel()->session();
    while (session->step()) {
    }
    enlargeBottom(m_window.timelineDock());
    m_window.timelinePanel()->timeline()->fitAll();
    m_window.timelinePanel()->selectItem(session->focusItemId());
    QTimer::singleShot(50, this, ready);
}

// The first bundled scenario, halfway through: its steps, the checks so
// far, and the Explain dock following the item of the step.
void ScreenshotTour::showScenario(const Ready &ready)
{
    ScenarioPlayerPanel *player = m_window.scenarioPanel();
    if (!player->openScenario(QStringLiteral(":/scenarios/01-outlook-edit-overwrites-crm.json"))) {
        fail(player->errorText());
        return;
    }
    enlargeBottom(m_window.scenarioDock());
    ScenarioSession *session = player->session();
    while (session->position() < session->stepCount() / 2 + 1 && session->step()) {
    }
    QTimer::singleShot(50, this, ready);
}

void ScreenshotTour::start()
{
    m_watchdog.start();
    m_dir.mkpath(QStringLiteral("."));
    connect(m_window.engine(), &SyncEngine::failed, this, &ScreenshotTour::fail);
    if (m_window.isOrgReady()) {
        QTimer::singleShot(0, this, &ScreenshotTour::onOrgReady);
        return;
    }
    connect(&m_window, &MainWindow::orgOpened, this, &ScreenshotTour::onOrgReady,
            Qt::SingleShotConnection);
}

void ScreenshotTour::onOrgReady()
{
    auto counts = m_window.store()->journalCountsByCode();
    const auto source = m_window.store()->source(); // a live org is only read: no cycles
    m_cyclesLeft =
        counts && counts->isEmpty() && source && *source != u"live" ? CyclesBeforeShots : 0;
    if (m_cyclesLeft == 0) {
        prepareViews();
        return;
    }
    // The window refreshes its views on the same signal, connected first.
    connect(m_window.engine(), &SyncEngine::cycleFinished, this, [this] {
        if (--m_cyclesLeft == 0)
            prepareViews();
    });
    for (int i = 0; i < CyclesBeforeShots; ++i)
        QMetaObject::invokeMethod(m_window.engine(), &SyncEngine::runCycle, Qt::QueuedConnection);
}

void ScreenshotTour::prepareViews()
{
    m_window.resetLayout();
    chooseMailbox();
    chooseItem([this] {
        whenTimelineLoaded([this] { QTimer::singleShot(0, this, &ScreenshotTour::takeNext); });
    });
}

// No shot of a timeline still loading: the cycles just run reload it.
void ScreenshotTour::whenTimelineLoaded(const Ready &ready)
{
    TimelinePanel *panel = m_window.timelinePanel();
    if (!panel->timeline()->isLoading()) {
        ready();
        return;
    }
    connect(
        panel, &TimelinePanel::loaded, this, [this, ready] { whenTimelineLoaded(ready); },
        Qt::SingleShotConnection);
}

// A mailbox with alerts, an unapproved one if there is one: the details pane
// then shows what an admin has to act on.
void ScreenshotTour::chooseMailbox()
{
    auto alerts = m_window.store()->journal({}, {}, ReasonCode::MailboxNotApproved, 1);
    if (alerts && !alerts->isEmpty()) {
        m_window.mailboxesPanel()->selectMailbox(alerts->first().mailboxId);
        return;
    }
    if (auto counts = m_window.store()->alertCountsByMailbox(); counts && !counts->isEmpty())
        m_window.mailboxesPanel()->selectMailbox(counts->keys().first());
}

// An item with a story: searched by its title as a user would, then shown.
void ScreenshotTour::chooseItem(const Ready &ready)
{
    const QString itemId = tellingItem();
    if (itemId.isEmpty()) {
        ready();
        return;
    }
    ExplainPanel *explain = m_window.explainPanel();
    explain->showItem(itemId);
    const QString title = explain->explanationModel()->explanation().title;
    connect(
        explain, &ExplainPanel::searchFinished, this,
        [explain, itemId, ready] {
            explain->showItem(itemId);
            ready();
        },
        Qt::SingleShotConnection);
    explain->search(title);
}

// "Why did my meeting disappear?": an item with a telling decision, best
// one with more than one decision (a longer story) and an appointment.
QString ScreenshotTour::tellingItem() const
{
    QString best;
    int bestScore = -1;
    for (ReasonCode code : kTellingCodes) {
        auto entries = m_window.store()->journal({}, {}, code, 300);
        if (!entries)
            continue;
        for (const JournalEntry &e : *entries) {
            if (e.itemId.isEmpty())
                continue;
            auto history = m_window.store()->journalForItem(e.itemId);
            const int score =
                (history && history->size() > 1 ? 2 : 0) +
                (e.facts.value(QStringLiteral("type")).toString() == u"appointment" ? 1 : 0);
            if (score > bestScore) {
                best = e.itemId;
                bestScore = score;
            }
            if (bestScore == 3)
                return best;
        }
    }
    return best;
}

void ScreenshotTour::takeNext()
{
    if (m_done)
        return;
    if (m_next >= m_shots.size()) {
        m_done = true;
        m_watchdog.stop();
        Q_EMIT finished(true, {});
        return;
    }
    const Shot &shot = m_shots.at(m_next);
    shot.prepare([this] {
        const Shot &current = m_shots.at(m_next++);
        const QString path = m_dir.filePath(current.file);
        if (!current.target()->grab().save(path, "PNG")) {
            fail(QStringLiteral("cannot write %1").arg(path));
            return;
        }
        QTimer::singleShot(0, this, &ScreenshotTour::takeNext);
    });
}

void ScreenshotTour::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_watchdog.stop();
    Q_EMIT finished(false, message);
}

} // namespace SyncLens
