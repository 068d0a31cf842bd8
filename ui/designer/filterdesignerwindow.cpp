// FilterDesignerWindow: building the window, the filter list and the draft
// kept in step with both editors. Previews, changes through the engine and
// kept drafts are in filterdesigner*.cpp.
#include "filterdesignerwindow.h"

#include "conditiontreeeditor.h"
#include "fetchxml/fetchxmlparser.h"
#include "fetchxmleditor.h"
#include "filterhistorypanel.h"
#include "filterlistpanel.h"
#include "model/recordtypes.h"
#include "model/timetext.h"
#include "previewpanel.h"
#include "previewrunner.h"
#include "store/orgstore.h"
#include "sync/syncengine.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace SyncLens {

FilterDesignerWindow::FilterDesignerWindow(const QString &orgPath, SyncEngine *engine,
                                           const QString &userId, QWidget *parent)
    : QMainWindow(parent)
    , m_orgPath(orgPath)
    , m_engine(engine)
    , m_userId(userId)
    , m_drafts(orgPath)
    , m_draft(new FilterDraft(this))
    , m_listModel(new FilterListModel(this))
    , m_runner(new PreviewRunner(orgPath, this))
{
    setObjectName(QStringLiteral("filterDesigner"));
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(100);
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(400);
    const bool opened = openStore();
    m_listPanel = new FilterListPanel(m_listModel, this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("designerSplitter"));
    split->addWidget(m_listPanel);
    split->addWidget(buildEditorArea());
    split->setStretchFactor(1, 1);
    split->setSizes({240, 1300});
    setCentralWidget(split);
    buildActions();
    connectParts();
    if (opened)
        buildLiveParts();
    resize(1500, 950);
    if (!opened)
        return;
    refreshStored();
    refreshList();
    findLastChange();
    offerKeptDrafts();
    if (!m_stored.isEmpty())
        openFilter(m_stored.first().id);
    updateActions();
}

FilterDesignerWindow::~FilterDesignerWindow() = default;

QString FilterDesignerWindow::osUserName()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return tr("unknown");
}

bool FilterDesignerWindow::openStore()
{
    auto store = OrgStore::open(m_orgPath, OrgStore::Access::ReadOnly);
    if (!store) {
        statusBar()->showMessage(store.error().message);
        return false;
    }
    m_store = std::move(store).value();
    if (auto users = m_store->users())
        m_users = *users;
    QHash<QString, QString> names;
    for (const User &u : std::as_const(m_users)) {
        names.insert(u.id, u.name);
        if (u.id == m_userId) // calendar days are this user's
            m_describer.setTimeZone(u.name, u.timeZone);
    }
    if (auto teams = m_store->teams()) {
        for (const Team &t : std::as_const(*teams))
            names.insert(t.id, t.name);
    }
    m_describer.setUserNames(names);
    //: window title: %1 a user's name
    setWindowTitle(tr("Sync filters of %1 — SyncLens").arg(userName(m_userId)));
    return true;
}

QString FilterDesignerWindow::userName(const QString &userId) const
{
    for (const User &u : m_users) {
        if (u.id == userId)
            return u.name;
    }
    return userId;
}

void FilterDesignerWindow::refreshStored()
{
    if (auto filters = m_store->filters(m_userId))
        m_stored = *filters;
    if (!m_liveOrg)
        return;
    // A live filter is written with If-Match on the ETag it was read with
    // here, not on a newer one another window wrote meanwhile.
    for (const SyncFilter &f : std::as_const(m_stored)) {
        if (m_readETags.contains(f.id))
            continue;
        if (auto etag = m_store->filterETag(f.id))
            m_readETags.insert(f.id, *etag);
    }
}

// The list from the stored filters, the unsaved edits and the removed filters.
void FilterDesignerWindow::refreshList()
{
    QList<FilterListModel::Entry> entries;
    QSet<QString> listed;
    auto edited = [&](const SyncFilter &f, bool isNew) {
        if (f.id == m_draft->filter().id && m_draft->isLoaded())
            return FilterListModel::Entry{m_draft->filter(), m_draft->isDirty(), m_draft->isNew()};
        if (m_edits.contains(f.id))
            return FilterListModel::Entry{m_edits[f.id].filter, true, m_edits[f.id].isNew};
        return FilterListModel::Entry{f, false, isNew};
    };
    for (const SyncFilter &f : std::as_const(m_stored)) {
        entries.append(edited(f, false));
        listed.insert(f.id);
    }
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        if (!listed.contains(it.key()) && it->isNew)
            entries.append(edited(it->filter, true));
        listed.insert(it.key());
    }
    if (m_draft->isLoaded() && !listed.contains(m_draft->filter().id) && m_draft->isDirty())
        entries.append(edited(m_draft->filter(), true));
    listed.insert(m_draft->filter().id);
    // Filters whose latest version removed them can be brought back.
    QHash<QString, FilterVersion> latest;
    if (auto versions = m_store->filterVersionsOfUser(m_userId)) {
        for (const FilterVersion &v : *versions)
            latest.insert(v.filter.id, v);
    }
    for (const FilterVersion &v : std::as_const(latest)) {
        if (!v.present && !listed.contains(v.filter.id))
            entries.append(FilterListModel::Entry{v.filter, false, true, true});
    }
    const QString current = m_draft->filter().id;
    m_loading = true;
    m_listModel->setEntries(entries);
    m_listPanel->selectFilter(current);
    m_loading = false;
}

void FilterDesignerWindow::openFilter(const QString &filterId)
{
    m_listPanel->selectFilter(filterId);
    onCurrentFilterChanged(filterId);
}

void FilterDesignerWindow::openFirstFilterOfType(const QString &type)
{
    for (const FilterListModel::Entry &e : m_listModel->entries()) {
        if (e.filter.type == type && !e.removed) {
            openFilter(e.filter.id);
            return;
        }
    }
}

QString FilterDesignerWindow::currentFilterId() const
{
    return m_draft->filter().id;
}

// Unsaved changes of the filter being left stay in memory (and on disk).
void FilterDesignerWindow::stashDraft()
{
    if (!m_draft->isLoaded())
        return;
    autosave();
    const SyncFilter &f = m_draft->filter();
    if (m_draft->isDirty())
        m_edits.insert(f.id, Edit{f, m_draft->isNew()});
    else
        m_edits.remove(f.id);
}

void FilterDesignerWindow::onCurrentFilterChanged(const QString &filterId)
{
    if (m_loading || filterId.isEmpty() || filterId == m_draft->filter().id)
        return;
    const auto entry = m_listModel->entry(filterId);
    if (!entry)
        return;
    stashDraft();
    SyncFilter stored = entry->filter;
    for (const SyncFilter &f : std::as_const(m_stored)) {
        if (f.id == filterId)
            stored = f;
    }
    m_tree->setContext({stored.type, m_userId, [this] {
                            QList<QPair<QString, QString>> users;
                            for (const User &u : std::as_const(m_users))
                                users.append({u.id, u.name});
                            return users;
                        }()});
    std::optional<SyncFilter> edited;
    if (m_edits.contains(filterId))
        edited = m_edits.value(filterId).filter;
    m_draft->load(stored, entry->isNew || entry->removed, edited);
    if (auto versions = m_store->filterVersions(filterId))
        m_history->setVersions(*versions);
    m_listPanel->selectFilter(filterId);
}

void FilterDesignerWindow::onDraftChanged(FilterDraft::Origin origin)
{
    const SyncFilter &f = m_draft->filter();
    if (!m_draft->isLoaded()) { // nothing chosen (the last new filter was dropped)
        m_previewTimer.stop();
        updateActions();
        return;
    }
    if (origin == FilterDraft::Origin::Load) {
        m_loading = true;
        m_xml->setPlainText(f.fetchXml); // a new filter: a new undo history
        m_name->setText(f.name);
        m_enabled->setChecked(f.enabled);
        m_typeLabel->setText(FieldCatalog::standard().pluralEntityName(f.type));
        m_loading = false;
        m_previewShown = false;
    } else if (origin == FilterDraft::Origin::Properties) {
        if (m_name->text() != f.name)
            m_name->setText(f.name);
        const QSignalBlocker block(m_enabled);
        m_enabled->setChecked(f.enabled);
    }
    if (const auto &query = m_draft->query(); query) {
        if (origin != FilterDraft::Origin::Conditions)
            m_tree->setQuery(*query);
    } else if (origin != FilterDraft::Origin::Conditions) {
        // Conditions the editor made stay editable there; broken text blocks them.
        m_tree->setBlocked(tr("The FetchXML has an error; correct it there and the conditions "
                              "come back."));
    }
    showSentence();
    showFetchXmlError();
    m_listModel->setEntry({f, m_draft->isDirty(), m_draft->isNew()});
    if (m_draft->query() && !saveBlocker().has_value()) {
        m_preview->showStatus(tr("Updating the preview…"));
        m_previewTimer.start();
    } else {
        m_previewTimer.stop();
        m_preview->showStatus(tr("The preview waits for a filter that can be read."));
    }
    if (origin != FilterDraft::Origin::Load)
        m_autosaveTimer.start();
    updateActions();
}

void FilterDesignerWindow::showSentence()
{
    if (const auto &query = m_draft->query()) {
        m_sentence->setText(m_describer.describe(*query));
        m_sentence->setToolTip({});
        return;
    }
    //: shown instead of the sentence while the FetchXML cannot be read
    m_sentence->setText(tr("(The FetchXML cannot be read; the last sentence was: %1)")
                            .arg(m_draft->lastGoodQuery()
                                     ? m_describer.describe(*m_draft->lastGoodQuery())
                                     : tr("none")));
}

void FilterDesignerWindow::showFetchXmlError()
{
    m_xml->setError(m_draft->error());
    auto problem = saveBlocker();
    if (const auto why = unevaluable(); why && !problem)
        problem = tr("SyncLens cannot evaluate this FetchXML (%1): no preview. It can still be "
                     "written to the org with Save without preview.")
                      .arg(*why);
    m_xmlError->setVisible(problem.has_value());
    m_xmlError->setText(problem.value_or(QString()));
}

// Why the draft cannot be saved as it is, or nothing.
std::optional<QString> FilterDesignerWindow::saveBlocker() const
{
    if (const auto &error = m_draft->error(); error && !unevaluable())
        return error->message;
    const SyncFilter &f = m_draft->filter();
    if (m_draft->query() && m_draft->query()->entity.name != f.type) {
        //: %1 e.g. "appointment", %2 what the FetchXML says
        return tr("This is a filter of %1 records: its entity must be \"%1\", not \"%2\".")
            .arg(f.type, m_draft->query()->entity.name);
    }
    if (f.name.trimmed().isEmpty())
        return tr("The filter needs a name.");
    return std::nullopt;
}

void FilterDesignerWindow::updateActions()
{
    const bool loaded = m_draft->isLoaded();
    const auto blocker = saveBlocker();
    m_saveAction->setEnabled(m_engine && loaded && m_draft->isDirty() && !blocker &&
                             !m_waitingForEngine);
    m_saveAction->setToolTip(blocker ? tr("Cannot save: %1").arg(*blocker) : tr("Save the filter"));
    m_discardAction->setEnabled(loaded && m_draft->isDirty() && !m_draft->isNew());
    m_undoChangeAction->setEnabled(m_engine && !m_lastChangeFilterId.isEmpty() &&
                                   !m_waitingForEngine);
    m_undoChangeAction->setText(m_lastChangeFilterId.isEmpty()
                                    ? tr("&Undo Last Change…")
                                    //: %1 a filter's name
                                    : tr("&Undo Last Change to “%1”…").arg(m_lastChangeName));
    m_bulkAction->setEnabled(m_engine && loaded && m_draft->query() && !blocker);
    m_history->setRestoreEnabled(m_engine && !m_waitingForEngine);
    m_listPanel->updateActions();
    if (m_liveOrg)
        updateLiveActions();
}

QPair<QString, QString> FilterDesignerWindow::keyFields(const QString &id)
{
    if (const auto it = m_keyCache.constFind(id); it != m_keyCache.cend())
        return *it;
    QPair<QString, QString> keys;
    if (!m_store)
        return keys;
    const auto record = m_store->crmRecord(id);
    if (record && *record) {
        const CrmRecord &r = **record;
        keys.first = r.field(QStringLiteral("subject"));
        if (keys.first.isEmpty())
            keys.first = r.field(QStringLiteral("fullname"));
        // A task's date is when it is due; an appointment's when it starts.
        const bool task = r.type == RecordTypes::Task;
        for (const char *name : {task ? "scheduledend" : "scheduledstart",
                                 task ? "scheduledstart" : "scheduledend", "emailaddress1"}) {
            if (keys.second.isEmpty())
                keys.second = r.field(QLatin1String(name));
        }
        // Dates in the user's language, on the org's clock (UTC, as the
        // preview's status line says): "02.03.26 09:00".
        if (const QDateTime time = QDateTime::fromString(keys.second, Qt::ISODate);
            keys.second.size() >= 16 && time.isValid())
            keys.second = TimeText::format(time);
    }
    m_keyCache.insert(id, keys);
    return keys;
}

void FilterDesignerWindow::closeEvent(QCloseEvent *event)
{
    if (isLiveWriteRunning()) { // its outcome must be recorded and shown
        statusBar()->showMessage(tr("A write to the org is running: wait for it, or Cancel it "
                                    "first."));
        event->ignore();
        return;
    }
    autosave(); // what is not saved is kept, and offered next time
    QMainWindow::closeEvent(event);
}

} // namespace SyncLens
