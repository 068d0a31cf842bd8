#pragma once

#include "draftstore.h"
#include "fetchxml/filterdescriber.h"
#include "filterdraft.h"
#include "filterlistmodel.h"
#include "live/liveconnection.h"
#include "live/livefiltercheck.h"
#include "live/livefilteroutcome.h"
#include "model/filterversion.h"
#include "model/user.h"
#include "previewrequest.h"

#include <QHash>
#include <QMainWindow>
#include <QTimer>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace SyncLens {

class ConditionTreeEditor;
class BulkApplyDialog;
class FetchXmlEditor;
class LiveCheckPanel;
class LiveConflictDialog;
class LiveFilterSession;
class FilterHistoryPanel;
class FilterListPanel;
class OrgStore;
class PreviewPanel;
class PreviewRunner;
class SyncEngine;

// The filter designer (DESIGN.md, surface 4): one user's sync filters, each
// edited as conditions or as FetchXML kept in step, read as a sentence, and
// previewed live — which records enter, leave or stay in the user's scope and
// what that does on each side — before anything is saved.
//
// Entry point for the main window ("Sync filters…" on a mailbox):
//
//     auto *designer = new FilterDesignerWindow(orgPath, engine, userId, this);
//     designer->setAttribute(Qt::WA_DeleteOnClose);
//     designer->show();
//
// The engine must have the org at `orgPath` open (it owns the read-write
// store on its thread; saving goes through its filter slots and comes back
// through filtersChanged()). The window reads the org with a read-only store
// of its own and computes previews on a worker thread; it never blocks on the
// engine. With no engine the designer previews but cannot save.
//
// On a live org (setLiveConnection()) each change is written to the org
// instead, through LiveFilterSession (If-Match on the ETag the filter was
// read with), after the same confirmation; a conflict (412) opens
// LiveConflictDialog; a read-only connection turns every write off, saying
// why; "Check against Dataverse" compares the filter's records with the
// org's own answer (filterdesignerlive*.cpp).
class FilterDesignerWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterDesignerWindow)

public:
    FilterDesignerWindow(const QString &orgPath, SyncEngine *engine, const QString &userId,
                         QWidget *parent = nullptr);
    ~FilterDesignerWindow() override;

    // Selects the filter `filterId` (for the main window: "open this filter").
    void openFilter(const QString &filterId);
    // Selects the user's first filter of `type`.
    void openFirstFilterOfType(const QString &type);
    QString currentFilterId() const;
    // Milliseconds between the last change and the preview (debounce).
    void setPreviewDelay(int ms);
    // True when the preview shown is the one of the filter as edited now.
    bool isPreviewCurrent() const;
    // Who saves: the operating system's user name.
    static QString osUserName();

    // A live org: changes are written to the org through `connection`
    // (none at all when it is read-only).
    void setLiveConnection(const SyncLens::LiveConnection &connection);
    // A live org with no connection to write through: writes off, saying `why`.
    void setLiveWritesOff(const QString &why);
    LiveFilterSession *liveSession() const { return m_session; }
    // The org at `path` was opened again (a live org's Refresh replaced the
    // file): the designer reads it again, keeping unsaved edits.
    void reopenOrg(const QString &path);
    LiveCheckPanel *checkPanel() const { return m_check; }
    QProgressBar *liveProgress() const { return m_liveProgress; }

    FilterDraft *draft() const { return m_draft; }
    FilterListModel *filterListModel() const { return m_listModel; }
    ConditionTreeEditor *conditionEditor() const { return m_tree; }
    FetchXmlEditor *fetchXmlEditor() const { return m_xml; }
    PreviewPanel *previewPanel() const { return m_preview; }
    FilterHistoryPanel *historyPanel() const { return m_history; }
    PreviewRunner *previewRunner() const { return m_runner; }
    DraftStore &draftStore() { return m_drafts; }
    QLabel *sentenceLabel() const { return m_sentence; }

Q_SIGNALS:
    // A preview was shown for revision `revision` of the draft.
    void previewShown(quint64 revision);
    // The engine recorded a change of this user's filters.
    void changeRecorded(const SyncLens::FilterVersion &version);
    // A write to a live org ended (after the window showed what it needs to).
    void liveWriteFinished(const SyncLens::LiveFilterOutcome &outcome);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Building and wiring (filterdesignerlayout.cpp)
    void buildActions();
    QWidget *buildEditorArea();
    QWidget *buildDraftBanner();
    void connectParts();
    bool openStore();
    // Filters and the draft
    void refreshStored();
    void refreshList();
    void onCurrentFilterChanged(const QString &filterId);
    void stashDraft();
    void onDraftChanged(FilterDraft::Origin origin);
    void showSentence();
    void showFetchXmlError();
    void updateActions();
    std::optional<QString> saveBlocker() const;
    QPair<QString, QString> keyFields(const QString &id);
    QString userName(const QString &userId) const;
    // Previews (filterdesignerpreview.cpp)
    PreviewRequest requestFor(const QString &filterId, const std::optional<SyncFilter> &proposed,
                              const QString &type) const;
    void requestLivePreview();
    void onPreviewFinished(const PreviewOutcomePtr &outcome);
    // Changes through the engine (filterdesignerchanges.cpp)
    enum class Change
    {
        Save,
        Delete,
        Undo,
        Restore
    };
    struct Confirmation
    {
        Change change = Change::Save;
        quint64 previewId = 0;
        SyncFilter filter; // what the change makes of the filter
        qint64 versionId = 0;
    };
    void save();
    void deleteFilter(const QString &filterId);
    void undoLastChange();
    void restoreVersion(const FilterVersion &version);
    void discardChanges();
    void createFilter(const QString &type, const QString &name, const QString &fetchXml);
    void duplicateFilter(const QString &filterId);
    void applyToOtherUsers();
    void askToConfirm(const Confirmation &confirmation, const PreviewRequest &request);
    void showConfirmation(const Confirmation &confirmation, const ScopePreview &preview);
    void perform(const Confirmation &confirmation);
    void onFiltersChanged(const QString &userId, const QList<FilterVersion> &versions);
    void onChangeFailed(const QString &filterId, const QString &message);
    void findLastChange();
    // Live orgs (filterdesignerlive.cpp, filterdesignerlivecheck.cpp)
    void buildLiveParts();
    bool isLiveOrg() const { return m_liveOrg; }
    bool isLiveWriteRunning() const;
    std::optional<QString> liveWriteBlocker() const;
    // A live org's well-formed FetchXML that SyncLens cannot read (an
    // operator it does not know): why; it is saved only without a preview.
    std::optional<QString> unevaluable() const;
    void updateLiveActions();
    void performLive(const Confirmation &confirmation);
    void onLiveOutcome(const LiveFilterOutcome &outcome);
    void recordLiveDone(const LiveFilterOutcome &outcome);
    void showLiveFailure(const LiveFilterOutcome &outcome);
    void showConflict(const LiveFilterConflict &conflict);
    void keepTheirs(const LiveFilterConflict &conflict);
    void confirmWithoutPreview(const SyncFilter &filter, const QString &why);
    void applyToOtherUsersLive(BulkApplyDialog *dialog);
    void setLiveBusy(bool busy, const QString &text = {});
    void buildLiveCheck();
    void updateCheckAvailability();
    void checkAgainstDataverse();
    QString recordName(const QString &recordId);
    // Drafts that survive a crash (filterdesignerdrafts.cpp)
    void autosave();
    void offerKeptDrafts();
    void restoreKeptDrafts();
    void discardKeptDrafts();

    struct Edit
    {
        SyncFilter filter;
        bool isNew = false;
    };

    QString m_orgPath;
    SyncEngine *m_engine;
    QString m_userId;
    std::unique_ptr<OrgStore> m_store;
    QList<User> m_users;
    FilterDescriber m_describer;
    DraftStore m_drafts;
    QList<SyncFilter> m_stored;
    QHash<QString, Edit> m_edits;
    QList<DraftStore::Draft> m_offered;
    QHash<QString, QPair<QString, QString>> m_keyCache;

    FilterDraft *m_draft;
    FilterListModel *m_listModel;
    FilterListPanel *m_listPanel = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_typeLabel = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QLabel *m_sentence = nullptr;
    ConditionTreeEditor *m_tree = nullptr;
    FetchXmlEditor *m_xml = nullptr;
    QLabel *m_xmlError = nullptr;
    QTabWidget *m_bottomTabs = nullptr;
    PreviewPanel *m_preview = nullptr;
    FilterHistoryPanel *m_history = nullptr;
    PreviewRunner *m_runner;

    QAction *m_saveAction = nullptr;
    QAction *m_discardAction = nullptr;
    QAction *m_undoChangeAction = nullptr;
    QAction *m_undoEditAction = nullptr;
    QAction *m_redoEditAction = nullptr;
    QAction *m_bulkAction = nullptr;

    QTimer m_previewTimer;
    QTimer m_autosaveTimer;
    quint64 m_previewId = 0;
    quint64 m_requestedRevision = 0;
    quint64 m_shownRevision = 0;
    bool m_previewShown = false;
    bool m_saveWhenPreviewed = false;
    std::optional<Confirmation> m_confirming;
    bool m_loading = false; // the editors are being filled from the draft
    bool m_waitingForEngine = false;
    QString m_lastChangeFilterId; // what Undo takes back
    QString m_lastChangeName;
    // Live orgs
    bool m_liveOrg = false;  // the org was read from Dynamics 365
    QString m_liveWritesOff; // why nothing can be written (no connection)
    LiveFilterSession *m_session = nullptr;
    QHash<QString, QString> m_readETags; // filter → the ETag it was read with
    quint64 m_conflictPreviewId = 0;
    LiveConflictDialog *m_conflictDialog = nullptr;
    LiveCheckPanel *m_check = nullptr;
    QProgressBar *m_liveProgress = nullptr;
    QPushButton *m_liveCancel = nullptr;
};

} // namespace SyncLens
