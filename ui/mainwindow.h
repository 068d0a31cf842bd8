#pragma once

#include "appsettings.h"
#include "live/liveconnection.h"
#include "model/mailbox.h"
#include "model/result.h"
#include "sandbox/sandboxspec.h"

#include <QDateTime>
#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QMenu;
class QProgressDialog;
class QTableView;

namespace SyncLens {

class DayView;
class ExplainPanel;
class FilterDesignerWindow;
class MailboxesPanel;
class LanguageMenu;
class LiveMode;
class MailboxTableModel;
class PresentationMode;
class OrgStore;
class SandboxJob;
class ScenarioPlayerPanel;
class StoreSource;
class SyncControls;
class SyncEngine;
class SyncStatusBar;
class TimelinePanel;

// The main window over one org: docks for the Mailboxes, the Timeline, the
// Explain view and the Scenario player; the Sync menu and toolbar that drive
// the engine; the org's name and simulated clock in the status bar.
//
// The engine lives on its own thread (app/ creates it); the window talks to
// it only by queued calls and signals, and reads the org through a read-only
// store of its own, re-read after each cycle.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(SyncEngine *engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Checks the org at `path` and shows its mailboxes at once, then has the
    // engine open it; orgOpened() follows when the engine has it. On failure
    // the current org stays open and the error is returned.
    Result<void> openOrg(const QString &path);
    QString orgPath() const { return m_orgPath; }
    // True once the engine has the org open and the views read it live.
    bool isOrgReady() const { return m_store != nullptr; }
    bool isBusy() const { return m_job != nullptr; }

    SyncEngine *engine() const { return m_engine; }
    OrgStore *store() const { return m_store.get(); }
    SyncControls *syncControls() const { return m_controls; }
    MailboxesPanel *mailboxesPanel() const { return m_mailboxes; }
    ExplainPanel *explainPanel() const { return m_explain; }
    TimelinePanel *timelinePanel() const { return m_timeline; }
    ScenarioPlayerPanel *scenarioPanel() const { return m_player; }
    PresentationMode *presentationMode() const { return m_presentation; }
    LanguageMenu *languageMenu() const { return m_language; }
    // The org the Timeline and Explain show: the engine's, or a scenario's.
    StoreSource *storeSource() const { return m_source; }
    MailboxTableModel *mailboxModel() const;
    QTableView *mailboxTable() const;
    QDockWidget *timelineDock() const { return m_timelineDock; }
    QDockWidget *scenarioDock() const { return m_scenarioDock; }
    QDockWidget *mailboxesDock() const { return m_mailboxDock; }
    QDockWidget *explainDock() const { return m_explainDock; }

    // Creates a sandbox org with a progress dialog, then opens it.
    void createSandboxOrg(const QString &path, const SandboxSpec &spec, bool overwrite);
    // File ▸ Connect to Dynamics 365…: the dialog; liveConnected() on success.
    void chooseLiveConnection();
    // Live mode: imports after liveConnected(), Refresh, the org's age (livemode.h).
    LiveMode *liveMode() const { return m_live; }
    // Lets go of the org file at `path` if it is the one open (the views and
    // the engine), then runs `then`; openOrg() shows it again (mainwindowlive.cpp).
    void releaseOrg(const QString &path, const std::function<void()> &then);

public Q_SLOTS:
    // Selects the mailbox in the Mailboxes dock and brings the dock forward.
    void showMailbox(const QString &mailboxId);
    // Shows the item's history in the Explain dock and brings it forward.
    void showItem(const QString &itemId);
    // Shows a sync filter's sentence and FetchXML (read-only).
    void showFilter(const QString &filterId);
    // Puts every dock back where it is on a first start.
    void resetLayout();
    // Opens (or brings forward) the filter designer for a user; null while
    // no org is open (mainwindowfilters.cpp).
    FilterDesignerWindow *openFilterDesigner(const QString &userId);
    // Opens (or brings forward) the day view of a user's day; null while no
    // org is open or when there is no such user (mainwindowday.cpp).
    DayView *openDayView(const QString &userId, const QDate &day);

Q_SIGNALS:
    void orgOpened(const QString &path);
    void sandboxFinished(bool ok, const QString &message);
    // Signed in to a Dataverse org: its URL and a ready token provider.
    void liveConnected(const SyncLens::LiveConnection &connection);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // Docks and menus say their words in `apply`: run now, and again on
    // each language change (retranslateUi).
    void onLanguage(std::function<void()> apply);
    void retranslateUi();
    QDockWidget *addDock(QWidget *widget, std::function<QString()> title, const QString &objectName,
                         Qt::DockWidgetArea area);
    void createDocks();
    void sizeDocks();
    void createMenus();
    void createLiveMode(QMenu *file);
    void createViewMenu();
    void createFiltersMenu();
    QString currentUserId() const;
    void connectEngine();
    void connectPanels();
    void connectTimeline();
    void connectDayView();
    void connectPlayer();
    void createScenarioMenu();
    void onScenarioReset();
    void onScenarioStepped();
    void restoreSettings();
    void saveSettings();
    void showDock(QDockWidget *dock, QWidget *focus);
    void onEngineOrgOpened(const QString &path, const QDateTime &clock);
    void onCycleFinished();
    void chooseOrgToOpen();
    void chooseNewSandboxOrg();
    // File ▸ Export Report… (mainwindowreport.cpp)
    QAction *createReportAction(QMenu *file);
    void openReportDialog();
    void showAbout();
    void onSandboxFinished(bool ok, const QString &message);
    void updateOrgInfo(OrgStore *store);

    SyncEngine *m_engine;
    AppSettings m_settings;
    std::unique_ptr<OrgStore> m_store;
    QString m_orgPath;
    MailboxesPanel *m_mailboxes;
    ExplainPanel *m_explain;
    StoreSource *m_source = nullptr;
    TimelinePanel *m_timeline = nullptr;
    DayView *m_dayView = nullptr;
    ScenarioPlayerPanel *m_player = nullptr;
    PresentationMode *m_presentation = nullptr;
    LanguageMenu *m_language = nullptr;
    LiveMode *m_live = nullptr;
    QList<std::function<void()>> m_retranslators;
    QDockWidget *m_mailboxDock = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_explainDock = nullptr;
    QDockWidget *m_scenarioDock = nullptr;
    SyncControls *m_controls;
    SyncStatusBar *m_status;
    SandboxJob *m_job = nullptr;
    QProgressDialog *m_progress = nullptr;
    QByteArray m_defaultLayout;
    bool m_layoutRestored = false;
    bool m_shownOnce = false;
};

} // namespace SyncLens
