// FilterDesignerWindow on a live org: each change is written to the org
// through LiveFilterSession after the same confirmation as in a sandbox (with
// the counts and the one-way warning); conflicts, refusals and read-only
// connections are shown here. The check against Dataverse is in
// filterdesignerlivecheck.cpp.
#include "bulkapplydialog.h"
#include "filterdesignerwindow.h"
#include "filterhistorymodel.h"
#include "filterhistorypanel.h"
#include "filterlistpanel.h"
#include "live/livefiltersession.h"
#include "live/livewritetext.h"
#include "liveconflictdialog.h"
#include "previewpanel.h"
#include "previewrunner.h"
#include "store/orgstore.h"

#include <QAction>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QXmlStreamReader>

namespace SyncLens {

using Status = LiveFilterOutcome::Status;

void FilterDesignerWindow::setLiveConnection(const LiveConnection &connection)
{
    delete m_session;
    m_session = new LiveFilterSession(m_orgPath, connection, this);
    m_session->setAuthor(osUserName());
    connect(m_session, &LiveFilterSession::finished, this, &FilterDesignerWindow::onLiveOutcome);
    m_liveWritesOff.clear();
    updateActions();
}

void FilterDesignerWindow::reopenOrg(const QString &path)
{
    if (QFileInfo(path) != QFileInfo(m_orgPath) || !m_store)
        return;
    auto store = OrgStore::open(m_orgPath, OrgStore::Access::ReadOnly);
    if (!store)
        return statusBar()->showMessage(store.error().message);
    m_store = std::move(store).value();
    m_runner->reload();
    m_keyCache.clear();
    // Filters without unsaved edits are now as the org has them, and are
    // written on the ETag just read; edited ones keep the ETag they were read with.
    for (auto it = m_readETags.begin(); it != m_readETags.end();) {
        const bool edited =
            m_edits.contains(it.key()) || (it.key() == m_draft->filter().id && m_draft->isDirty());
        it = edited ? std::next(it) : m_readETags.erase(it);
    }
    refreshStored();
    for (const SyncFilter &f : std::as_const(m_stored)) {
        if (f.id == m_draft->filter().id && !m_draft->isDirty())
            m_draft->load(f, false);
    }
    refreshList();
    if (auto list = m_store->filterVersions(m_draft->filter().id))
        m_history->setVersions(*list);
    if (m_draft->query())
        m_previewTimer.start();
    updateActions();
}

void FilterDesignerWindow::setLiveWritesOff(const QString &why)
{
    delete m_session;
    m_session = nullptr;
    m_liveWritesOff = why;
    updateActions();
}

// The progress of a write and its Cancel, in the status bar.
void FilterDesignerWindow::buildLiveParts()
{
    const auto source = m_store->source();
    m_liveOrg = source && *source == u"live";
    if (!m_liveOrg)
        return;
    m_liveWritesOff = tr("Sign in to the org first (File ▸ Connect to Dynamics 365…): SyncLens "
                         "writes a live org's filters to the org itself.");
    m_liveProgress = new QProgressBar(this);
    m_liveProgress->setObjectName(QStringLiteral("liveWriteProgress"));
    m_liveProgress->setRange(0, 0); // busy: a write is one or two requests
    m_liveProgress->setMaximumWidth(160);
    m_liveProgress->hide();
    m_liveCancel = new QPushButton(tr("Cancel"), this);
    m_liveCancel->setObjectName(QStringLiteral("cancelLiveWrite"));
    m_liveCancel->hide();
    statusBar()->addPermanentWidget(m_liveProgress);
    statusBar()->addPermanentWidget(m_liveCancel);
    connect(m_liveCancel, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->cancel();
    });
    buildLiveCheck();
}

std::optional<QString> FilterDesignerWindow::liveWriteBlocker() const
{
    if (!m_liveOrg)
        return std::nullopt;
    if (!m_session)
        return m_liveWritesOff;
    if (m_session->isReadOnly())
        //: %1 a host name
        return tr("This connection to %1 is read-only (File ▸ Connect to Dynamics 365…, Open "
                  "read-only): SyncLens writes nothing to the org.")
            .arg(m_session->orgHost());
    return std::nullopt;
}

bool FilterDesignerWindow::isLiveWriteRunning() const
{
    return m_liveOrg && m_session && m_waitingForEngine; // a check may be left running
}

std::optional<QString> FilterDesignerWindow::unevaluable() const
{
    const auto &error = m_draft->error();
    if (!m_liveOrg || !error || !m_draft->isLoaded())
        return std::nullopt;
    QXmlStreamReader xml(m_draft->filter().fetchXml); // Dataverse refuses what is not XML
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError())
        return std::nullopt;
    return error->message;
}

void FilterDesignerWindow::updateLiveActions()
{
    const auto blocker = liveWriteBlocker();
    m_listPanel->setWritesBlocked(blocker.value_or(QString()));
    m_history->setRestoreEnabled(!blocker && m_engine && !m_waitingForEngine);
    if (m_check)
        updateCheckAvailability();
    if (!blocker && m_session->isBusy()) { // a check: one request to the org at a time
        for (QAction *a : {m_saveAction, m_undoChangeAction, m_bulkAction})
            a->setEnabled(false);
    }
    if (!blocker)
        return;
    for (QAction *a : {m_saveAction, m_undoChangeAction, m_bulkAction}) {
        a->setEnabled(false);
        a->setToolTip(*blocker);
    }
}

void FilterDesignerWindow::setLiveBusy(bool busy, const QString &text)
{
    m_waitingForEngine = busy;
    m_liveProgress->setVisible(busy);
    m_liveCancel->setVisible(busy);
    if (!text.isEmpty())
        statusBar()->showMessage(text);
    updateActions();
}

void FilterDesignerWindow::performLive(const Confirmation &c)
{
    if (liveWriteBlocker())
        return;
    const QString host = m_session->orgHost();
    const bool stored = std::any_of(m_stored.begin(), m_stored.end(),
                                    [&](const SyncFilter &f) { return f.id == c.filter.id; });
    //: %1 a filter's name, %2 a host name
    setLiveBusy(true, tr("Writing “%1” to %2…").arg(c.filter.name, host));
    switch (c.change) {
    case Change::Save:
    case Change::Restore:
        if (stored)
            m_session->save(c.filter, m_readETags.value(c.filter.id));
        else
            m_session->create(c.filter);
        break;
    case Change::Delete:
        m_session->remove(c.filter.id);
        break;
    case Change::Undo:
        m_session->undo(c.filter.id);
        break;
    }
}

void FilterDesignerWindow::onLiveOutcome(const LiveFilterOutcome &outcome)
{
    setLiveBusy(false);
    switch (outcome.status) {
    case Status::Done:
        recordLiveDone(outcome);
        break;
    case Status::Conflict:
        statusBar()->showMessage(outcome.message);
        if (outcome.conflict)
            showConflict(*outcome.conflict);
        break;
    case Status::Cancelled:
        statusBar()->showMessage(outcome.message, 8000);
        break;
    case Status::Forbidden:
    case Status::Failed:
    case Status::Refused:
        showLiveFailure(outcome);
        break;
    }
    Q_EMIT liveWriteFinished(outcome);
}

// The writer recorded the change in the file: show it as the engine's would be.
void FilterDesignerWindow::recordLiveDone(const LiveFilterOutcome &outcome)
{
    if (outcome.after)
        m_readETags.insert(outcome.filterId, outcome.etag);
    else
        m_readETags.remove(outcome.filterId);
    auto versions = m_store->filterVersions(outcome.filterId);
    if (!versions || versions->isEmpty()) {
        refreshStored();
        refreshList();
        return;
    }
    onFiltersChanged(outcome.userId, {versions->last()});
    //: %1 what happened, e.g. "Saved", %2 a host name
    statusBar()->showMessage(
        tr("%1 in %2; server-side synchronization uses it from its next "
           "cycle.")
            .arg(m_history->model()->changeText(versions->last()), m_session->orgHost()),
        10000);
}

void FilterDesignerWindow::showLiveFailure(const LiveFilterOutcome &outcome)
{
    statusBar()->showMessage(outcome.message);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Sync filters"),
                        outcome.status == Status::Forbidden ? tr("The org refused the change.")
                                                            : tr("Nothing was written to the org."),
                        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("liveWriteFailed"));
    box->setInformativeText(outcome.message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void FilterDesignerWindow::showConflict(const LiveFilterConflict &conflict)
{
    auto *dialog = new LiveConflictDialog(conflict, m_describer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_conflictDialog = dialog;
    connect(dialog, &QObject::destroyed, this, [this, dialog] {
        if (m_conflictDialog == dialog)
            m_conflictDialog = nullptr;
    });
    connect(dialog, &LiveConflictDialog::keepTheirsChosen, this,
            [this, conflict] { keepTheirs(conflict); });
    connect(dialog, &LiveConflictDialog::writeOursChosen, this, [this, conflict] {
        if (liveWriteBlocker())
            return;
        //: %1 a filter's name
        setLiveBusy(true, tr("Writing “%1” over their version…").arg(conflict.ours.name));
        if (conflict.theirs)
            m_session->save(conflict.ours, conflict.theirsETag); // knowingly, on their ETag
        else
            m_session->create(conflict.ours);
    });
    // Which records each version puts in scope that the other does not.
    const auto [current, proposed] =
        LiveWriteText::conflictQueries(conflict.theirs, conflict.ours, m_stored);
    m_conflictPreviewId =
        m_runner->request({m_userId, conflict.ours.type, current, proposed}, false);
    dialog->open();
}

void FilterDesignerWindow::keepTheirs(const LiveFilterConflict &conflict)
{
    if (auto kept = m_session->acceptTheirs(conflict); !kept) {
        LiveFilterOutcome failed{Status::Failed, conflict.ours.id, conflict.ours.userId};
        failed.message = kept.error().message;
        return showLiveFailure(failed);
    }
    m_readETags.insert(conflict.ours.id, conflict.theirsETag);
    m_edits.remove(conflict.ours.id);
    m_drafts.remove(conflict.ours.id);
    refreshStored();
    if (conflict.ours.id == m_draft->filter().id)
        m_draft->load(conflict.theirs.value_or(conflict.ours), !conflict.theirs.has_value());
    refreshList();
    if (auto list = m_store->filterVersions(conflict.ours.id))
        m_history->setVersions(*list);
    statusBar()->showMessage(
        tr("Kept their version of “%1”; yours was not written.").arg(conflict.ours.name), 10000);
    updateActions();
}

// FetchXML that SyncLens cannot evaluate: no counts to confirm, so the risk
// is named and the write needs its own button.
void FilterDesignerWindow::confirmWithoutPreview(const SyncFilter &filter, const QString &why)
{
    if (liveWriteBlocker())
        return;
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("confirmWithoutPreview"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Sync filters"));
    //: %1 a filter's name
    box->setText(tr("Save “%1” without a preview?").arg(filter.name));
    box->setInformativeText(LiveWriteText::withoutPreview(why, m_session->orgHost()));
    QPushButton *ok = box->addButton(tr("Save &Without Preview"), QMessageBox::DestructiveRole);
    ok->setObjectName(QStringLiteral("saveWithoutPreviewButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, filter, ok](QAbstractButton *clicked) {
        if (clicked == ok)
            performLive(Confirmation{Change::Save, 0, filter, 0});
    });
    box->open();
}

void FilterDesignerWindow::applyToOtherUsersLive(BulkApplyDialog *dialog)
{
    dialog->setLive(m_session->orgHost());
    connect(
        dialog, &BulkApplyDialog::applyRequested, this,
        [this, filter = m_draft->filter()](const QStringList &users) {
            setLiveBusy(
                true,
                tr("Writing “%1” for %n user(s)…", nullptr, int(users.size())).arg(filter.name));
            m_session->applyToUsers(filter, users);
        });
    connect(dialog, &BulkApplyDialog::cancelRequested, m_session, &LiveFilterSession::cancel);
    connect(m_session, &LiveFilterSession::userDone, dialog, &BulkApplyDialog::showOutcome);
    connect(m_session, &LiveFilterSession::bulkFinished, dialog, &BulkApplyDialog::showFinished);
    // Reported here too: the dialog may be closed before the writes end.
    connect(
        m_session, &LiveFilterSession::bulkFinished, this,
        [this](const QList<LiveFilterOutcome> &outcomes) {
            setLiveBusy(false, LiveWriteText::bulkSummary(outcomes));
        },
        Qt::SingleShotConnection);
}

} // namespace SyncLens
