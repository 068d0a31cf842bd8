// FilterDesignerWindow: changes of the user's filters. Each is confirmed with
// a summary of its preview, then made by the engine on its thread (it owns
// the read-write store), which answers with filtersChanged().
#include "bulkapplydialog.h"
#include "fetchxml/fieldcatalog.h"
#include "filterdesignerwindow.h"
#include "filterhistorymodel.h"
#include "filterhistorypanel.h"
#include "filterlistpanel.h"
#include "live/livefiltersession.h"
#include "live/livewritetext.h"
#include "previewpanel.h"
#include "previewrunner.h"
#include "store/orgstore.h"
#include "sync/filterhistory.h"
#include "sync/syncengine.h"

#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace SyncLens {

namespace {

// Calls `call` on the engine's thread; the answer comes back as a signal.
template<typename Call> void callEngine(SyncEngine *engine, Call call)
{
    QMetaObject::invokeMethod(
        engine, [engine, call = std::move(call)] { call(*engine); }, Qt::QueuedConnection);
}

} // namespace

void FilterDesignerWindow::save()
{
    if (!m_saveAction->isEnabled())
        return;
    if (const auto why = unevaluable())
        return confirmWithoutPreview(m_draft->filter(), *why);
    const PreviewOutcomePtr shown = m_preview->outcome();
    if (isPreviewCurrent() && shown && shown->preview) {
        showConfirmation(Confirmation{Change::Save, 0, m_draft->filter(), 0}, *shown->preview);
        return;
    }
    // The confirmation shows what the filter as it is now does: wait for that preview.
    m_saveWhenPreviewed = true;
    m_previewTimer.stop();
    requestLivePreview();
}

void FilterDesignerWindow::askToConfirm(const Confirmation &confirmation,
                                        const PreviewRequest &request)
{
    m_confirming = confirmation;
    m_confirming->previewId = m_runner->request(request, false);
    statusBar()->showMessage(tr("Previewing the change…"));
}

void FilterDesignerWindow::showConfirmation(const Confirmation &c, const ScopePreview &preview)
{
    statusBar()->clearMessage();
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("confirmChange"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(preview.leaving.empty() ? QMessageBox::Question : QMessageBox::Warning);
    const QString user = userName(m_userId);
    QString title;
    QString action;
    switch (c.change) {
    case Change::Save:
        //: %1 a filter's name, %2 a user's name
        title = tr("Save “%1” for %2?").arg(c.filter.name, user);
        action = tr("Save");
        break;
    case Change::Delete:
        title = tr("Delete “%1” of %2?").arg(c.filter.name, user);
        action = tr("Delete");
        break;
    case Change::Undo:
        title = tr("Undo the last change to “%1”?").arg(m_lastChangeName);
        action = tr("Undo");
        break;
    case Change::Restore:
        title = tr("Restore this version of “%1”?").arg(c.filter.name);
        action = tr("Restore");
        break;
    }
    box->setWindowTitle(tr("Sync filters"));
    box->setText(title);
    box->setInformativeText(
        isLiveOrg() && m_session
            ? LiveWriteText::confirmation(preview, m_session->orgHost())
            : PreviewPanel::summary(preview) + QStringLiteral("\n\n") +
                  tr("Nothing moves until the next synchronisation cycle; the timeline and the "
                     "journal then show each record's decision. The change can be undone."));
    QPushButton *ok = box->addButton(action, QMessageBox::AcceptRole);
    ok->setObjectName(QStringLiteral("confirmButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(ok);
    connect(box, &QMessageBox::buttonClicked, this, [this, c, ok](QAbstractButton *clicked) {
        if (clicked == ok)
            perform(c);
    });
    box->open(); // window-modal, without an event loop of its own
}

void FilterDesignerWindow::perform(const Confirmation &c)
{
    if (isLiveOrg())
        return performLive(c);
    if (!m_engine)
        return;
    m_waitingForEngine = true;
    updateActions();
    const QString author = osUserName();
    switch (c.change) {
    case Change::Save:
        statusBar()->showMessage(tr("Saving…"));
        callEngine(m_engine, [f = c.filter, author](SyncEngine &e) { e.saveFilter(f, author); });
        break;
    case Change::Delete:
        callEngine(m_engine,
                   [id = c.filter.id, author](SyncEngine &e) { e.removeFilter(id, author); });
        break;
    case Change::Undo:
        callEngine(m_engine,
                   [id = c.filter.id, author](SyncEngine &e) { e.undoFilterChange(id, author); });
        break;
    case Change::Restore:
        callEngine(m_engine,
                   [v = c.versionId, author](SyncEngine &e) { e.restoreFilterVersion(v, author); });
        break;
    }
}

void FilterDesignerWindow::deleteFilter(const QString &filterId)
{
    const auto entry = m_listModel->entry(filterId);
    if (!entry || entry->removed)
        return;
    if (entry->isNew) { // never saved: nothing to ask the engine
        m_edits.remove(filterId);
        m_drafts.remove(filterId);
        if (filterId == m_draft->filter().id)
            m_draft->load(SyncFilter{}, false);
        refreshList();
        if (!m_stored.isEmpty())
            openFilter(m_stored.first().id);
        return;
    }
    askToConfirm(Confirmation{Change::Delete, 0, entry->filter, 0},
                 requestFor(filterId, std::nullopt, entry->filter.type));
}

void FilterDesignerWindow::undoLastChange()
{
    if (m_lastChangeFilterId.isEmpty() || !m_engine)
        return;
    auto versions = m_store->filterVersions(m_lastChangeFilterId);
    const auto target = versions ? FilterHistory::undoTarget(*versions) : std::nullopt;
    if (!target) {
        statusBar()->showMessage(tr("There is no change to undo."));
        return;
    }
    const SyncFilter &latest = versions->last().filter;
    std::optional<SyncFilter> proposed;
    if (target->present)
        proposed = target->filter;
    SyncFilter what = target->filter;
    what.id = latest.id;
    askToConfirm(Confirmation{Change::Undo, 0, what, 0},
                 requestFor(latest.id, proposed, latest.type));
}

void FilterDesignerWindow::restoreVersion(const FilterVersion &version)
{
    askToConfirm(Confirmation{Change::Restore, 0, version.filter, version.id},
                 requestFor(version.filter.id, version.filter, version.filter.type));
}

void FilterDesignerWindow::discardChanges()
{
    if (!m_draft->isLoaded() || m_draft->isNew())
        return;
    m_edits.remove(m_draft->filter().id);
    m_drafts.remove(m_draft->filter().id);
    m_draft->load(m_draft->stored(), false);
}

void FilterDesignerWindow::createFilter(const QString &type, const QString &name,
                                        const QString &fetchXml)
{
    QString unique = name;
    auto taken = [&](const QString &n) {
        const auto all = m_listModel->entries();
        return std::any_of(all.begin(), all.end(), [&](const FilterListModel::Entry &e) {
            return !e.removed && e.filter.type == type && e.filter.name == n;
        });
    };
    for (int i = 2; taken(unique); ++i)
        unique = tr("%1 (%2)").arg(name).arg(i);
    const SyncFilter filter{
        FilterHistory::newFilterId(m_userId), m_userId, type, unique, fetchXml, true, {}};
    m_edits.insert(filter.id, Edit{filter, true});
    refreshList();
    openFilter(filter.id);
    m_autosaveTimer.start(); // a new filter is unsaved from the start
}

void FilterDesignerWindow::duplicateFilter(const QString &filterId)
{
    const auto entry = m_listModel->entry(filterId);
    if (!entry)
        return;
    const SyncFilter source = filterId == m_draft->filter().id ? m_draft->filter() : entry->filter;
    //: the name of a copy of a filter
    createFilter(source.type, tr("%1 (copy)").arg(source.name), source.fetchXml);
}

void FilterDesignerWindow::applyToOtherUsers()
{
    if (!m_engine || !m_draft->query())
        return;
    if (isLiveOrg() && liveWriteBlocker())
        return;
    auto *dialog = new BulkApplyDialog(m_draft->filter(), m_store.get(), m_runner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (isLiveOrg()) { // written to the org user by user, each with its result
        applyToOtherUsersLive(dialog);
        dialog->open();
        return;
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QStringList users = dialog->selectedUserIds();
        const bool disableOthers = dialog->disablesOthers();
        const QString author = osUserName();
        callEngine(m_engine, [f = m_draft->filter(), users, disableOthers, author](SyncEngine &e) {
            e.applyFilterToUsers(f, users, disableOthers, author);
        });
        statusBar()->showMessage(tr("Applying “%1” to %n user(s)…", nullptr, int(users.size()))
                                     .arg(m_draft->filter().name));
    });
    dialog->open();
}

void FilterDesignerWindow::onFiltersChanged(const QString &userId,
                                            const QList<FilterVersion> &versions)
{
    if (userId != m_userId) {
        statusBar()->showMessage(tr("Changed the filters of %1.").arg(userName(userId)), 8000);
        return;
    }
    m_waitingForEngine = false;
    refreshStored();
    for (const FilterVersion &v : versions) {
        const QString id = v.filter.id;
        const bool saved = v.present && (v.change == FilterVersion::Change::Saved ||
                                         v.change == FilterVersion::Change::Created);
        if (id == m_draft->filter().id) {
            if (saved)
                m_draft->markSaved(v.filter); // still dirty if edited since
            else
                m_draft->load(v.filter, !v.present);
        }
        if (!saved || (m_edits.contains(id) && m_edits[id].filter.fetchXml == v.filter.fetchXml))
            m_edits.remove(id);
        if (id != m_draft->filter().id || !m_draft->isDirty())
            m_drafts.remove(id);
        const bool undone = v.change == FilterVersion::Change::Undone;
        m_lastChangeFilterId = undone ? QString() : id;
        m_lastChangeName = v.filter.name;
        //: %1 a filter, %2 what happened ("Saved", "Deleted", …)
        statusBar()->showMessage(
            tr("%1: %2. The next synchronisation cycle decides the scope again.")
                .arg(v.filter.name, m_history->model()->changeText(v)));
        Q_EMIT changeRecorded(v);
    }
    refreshList();
    if (auto list = m_store->filterVersions(m_draft->filter().id))
        m_history->setVersions(*list);
    if (m_draft->query())
        m_previewTimer.start(); // the stored filters changed: so does the preview
    updateActions();
}

void FilterDesignerWindow::onChangeFailed(const QString &, const QString &message)
{
    m_waitingForEngine = false;
    updateActions();
    statusBar()->showMessage(message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Sync filters"),
                                tr("The change was not saved."), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("changeFailed"));
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// What Undo takes back when the window opens: the user's latest change.
void FilterDesignerWindow::findLastChange()
{
    auto versions = m_store->filterVersionsOfUser(m_userId);
    if (!versions || versions->isEmpty())
        return;
    const FilterVersion &last = versions->last();
    if (last.change == FilterVersion::Change::Undone ||
        last.change == FilterVersion::Change::Original)
        return;
    m_lastChangeFilterId = last.filter.id;
    m_lastChangeName = last.filter.name;
}

} // namespace SyncLens
