#include "timelinepanel.h"

#include "causedialog.h"
#include "store/orgstore.h"
#include "storesource.h"
#include "timelineloadrunner.h"
#include "timelinewidget.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QToolBar>
#include <QVBoxLayout>

namespace SyncLens {

TimelinePanel::TimelinePanel(StoreSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_runner(new TimelineLoadRunner(this))
    , m_timeline(new TimelineWidget(this))
    , m_toolBar(new QToolBar(this))
    , m_scope(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("timelinePanel"));
    m_timeline->setObjectName(QStringLiteral("timelineWidget"));
    // The simulated clock speaks UTC in every view (TimeText).
    m_timeline->setTimeZone(QTimeZone::utc());
    createToolBar();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_timeline, 1);
    setFocusProxy(m_timeline);

    connect(m_runner, &TimelineLoadRunner::loaded, this, &TimelinePanel::onLoaded);
    connect(m_runner, &TimelineLoadRunner::failed, this, &TimelinePanel::onFailed);
    connect(m_timeline, &TimelineWidget::itemActivated, this, &TimelinePanel::itemActivated);
    connect(m_timeline, &TimelineWidget::causeActivated, this, &TimelinePanel::openCause);
    connect(m_source, &StoreSource::switched, this, &TimelinePanel::onSwitched);
    connect(m_source, &StoreSource::updated, this, &TimelinePanel::reload);
    updateStatus();
}

// The runner waits for its load in its destructor; nothing may call back here then.
TimelinePanel::~TimelinePanel()
{
    m_runner->disconnect(this);
}

QAction *TimelinePanel::makeAction(const QString &text, const QString &objectName,
                                   const QKeySequence &key, const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(key);
    // Only while the focus is in this dock: elsewhere Ctrl+0 and Ctrl± are free.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(
        QStringLiteral("%1 (%2)").arg(toolTip, key.toString(QKeySequence::NativeText)));
    addAction(action);
    m_toolBar->addAction(action);
    return action;
}

void TimelinePanel::createToolBar()
{
    m_toolBar->setObjectName(QStringLiteral("timelineToolBar"));
    m_toolBar->setAccessibleName(tr("Timeline tools"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    m_fit = makeAction(tr("&Fit"), QStringLiteral("timelineFitAction"),
                       QKeySequence(Qt::CTRL | Qt::Key_0), tr("Show every decision"));
    m_zoomIn = makeAction(tr("Zoom &In"), QStringLiteral("timelineZoomInAction"),
                          QKeySequence::ZoomIn, tr("Zoom in around the middle"));
    m_zoomOut = makeAction(tr("Zoom &Out"), QStringLiteral("timelineZoomOutAction"),
                           QKeySequence::ZoomOut, tr("Zoom out around the middle"));
    connect(m_fit, &QAction::triggered, m_timeline, &TimelineWidget::fitAll);
    connect(m_zoomIn, &QAction::triggered, m_timeline, [this] { m_timeline->zoomBy(2.0); });
    connect(m_zoomOut, &QAction::triggered, m_timeline, [this] { m_timeline->zoomBy(0.5); });

    m_toolBar->addSeparator();
    auto *label = new QLabel(tr("Sho&w:"), m_toolBar);
    label->setBuddy(m_scope);
    label->setContentsMargins(6, 0, 4, 0);
    m_toolBar->addWidget(label);
    m_scope->setObjectName(QStringLiteral("timelineScope"));
    m_scope->setAccessibleName(tr("Mailboxes on the timeline"));
    m_scope->addItem(tr("The mailbox chosen in Mailboxes"), int(Scope::SelectedMailbox));
    m_scope->addItem(tr("All mailboxes, stacked"), int(Scope::AllMailboxes));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &TimelinePanel::reload);
    m_toolBar->addWidget(m_scope);

    m_toolBar->addSeparator();
    m_status->setObjectName(QStringLiteral("timelineStatus"));
    m_status->setContentsMargins(6, 0, 0, 0);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_toolBar->addWidget(m_status);
}

TimelinePanel::Scope TimelinePanel::scope() const
{
    return static_cast<Scope>(m_scope->currentData().toInt());
}

void TimelinePanel::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

void TimelinePanel::setSelectedMailbox(const QString &mailboxId)
{
    if (mailboxId == m_selectedMailbox)
        return;
    m_selectedMailbox = mailboxId;
    if (scope() == Scope::SelectedMailbox && !m_source->isScenario())
        reload();
}

QStringList TimelinePanel::wantedMailboxes() const
{
    // A scenario has a mailbox or three, none of them in the Mailboxes dock.
    if (m_source->isScenario() || scope() == Scope::AllMailboxes || m_selectedMailbox.isEmpty())
        return {};
    return {m_selectedMailbox};
}

// As small as it can be usefully: the dock shares the bottom with the
// player, and a restored layout must not grow it at the Mailboxes' expense.
QSize TimelinePanel::sizeHint() const
{
    return {QWidget::sizeHint().width(), minimumSizeHint().height()};
}

bool TimelinePanel::isLoading() const
{
    return m_runner->isBusy();
}

void TimelinePanel::reload()
{
    m_scope->setEnabled(!m_source->isScenario());
    OrgStore *store = m_source->store();
    if (!store) {
        m_runner->cancel();
        onLoaded(nullptr);
        return;
    }
    m_error.clear();
    const auto source = store->source();
    m_timeline->setEmptyText(
        source && *source == u"live"
            ? tr("Nothing read from Dynamics 365 for these mailboxes yet: the timeline shows the "
                 "emails Server-Side Synchronization tracked (by their correlation method) and "
                 "the mailbox alerts of the days read. Refresh (F5) to read the latest.")
            : QString());
    if (m_source->path().isEmpty()) {
        m_runner->loadNow(*store, wantedMailboxes());
        return;
    }
    m_timeline->setLoading(true);
    m_runner->load(m_source->path(), wantedMailboxes());
    updateStatus();
}

// Another org: what was selected and how far it was zoomed mean nothing there.
void TimelinePanel::onSwitched()
{
    m_runner->cancel();
    m_pendingSelection.clear();
    m_timeline->clearSelection();
    m_timeline->setData(nullptr);
    reload();
}

void TimelinePanel::onLoaded(const std::shared_ptr<const TimelineData> &data)
{
    const auto &before = m_timeline->data();
    const bool sameRows = data && before->mailboxCount() == data->mailboxCount() &&
                          (data->mailboxCount() == 0 || before->mailboxId(0) == data->mailboxId(0));
    // The user's zoom stays while the same mailboxes grow; a fitted view
    // stays fitted, so that it shows the new decisions too.
    const bool keepView = sameRows && !before->isEmpty() && !m_timeline->scale().isFitted();
    const QDateTime from = m_timeline->visibleFrom();
    const QDateTime to = m_timeline->visibleTo();
    m_timeline->setLoading(false);
    m_timeline->setData(data);
    if (keepView)
        m_timeline->setVisibleRange(from, to);
    if (!m_pendingSelection.isEmpty() && m_timeline->selectedItemId().isEmpty())
        m_timeline->selectItem(m_pendingSelection);
    if (m_pendingCause > 0 && m_timeline->showCause(m_timeline->data()->findCause(m_pendingCause)))
        m_pendingCause = 0;
    updateStatus();
    Q_EMIT loaded();
}

void TimelinePanel::onFailed(const QString &message)
{
    m_error = message;
    m_timeline->setLoading(false);
    updateStatus();
    Q_EMIT loaded();
}

void TimelinePanel::selectItem(const QString &itemId)
{
    m_pendingSelection = itemId;
    if (itemId.isEmpty() || m_timeline->selectedItemId() == itemId)
        return; // a click chose this very mark: leave it
    m_timeline->selectItem(itemId);
}

void TimelinePanel::updateStatus()
{
    QString text;
    const auto &data = m_timeline->data();
    if (!m_error.isEmpty())
        text = tr("The timeline could not be read: %1").arg(m_error);
    else if (!m_source->store())
        text = tr("No org is open.");
    else if (m_runner->isBusy())
        text = tr("Loading…");
    else if (m_source->isScenario())
        //: %1 a scenario's title
        text = tr("Scenario: %1").arg(m_source->scenarioTitle());
    else if (data->mailboxCount() == 1)
        //: %1 a user's name, %2 a number
        text =
            tr("%1: %n decision(s)", nullptr, int(data->eventCount())).arg(data->mailboxLabel(0));
    else
        text = tr("%n mailbox(es)", nullptr, data->mailboxCount());
    m_status->setText(text);
}

void TimelinePanel::showCause(qint64 eventId, const QString &mailboxId)
{
    if (m_timeline->showCause(m_timeline->data()->findCause(eventId))) {
        m_pendingCause = 0;
        return;
    }
    m_pendingCause = eventId; // shown when the data that has it comes
    if (scope() == Scope::SelectedMailbox && !mailboxId.isEmpty())
        setSelectedMailbox(mailboxId);
}

void TimelinePanel::openCause(qsizetype cause)
{
    m_causeDialog = CauseDialog::open(m_causeDialog, this, *m_timeline, cause);
}

} // namespace SyncLens
