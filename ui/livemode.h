#pragma once

#include "appsettings.h"
#include "live/credentialstore.h"
#include "live/liveconnection.h"
#include "liveorginfo.h"

#include <QObject>
#include <QTimer>

#include <optional>

class QAction;
class QActionGroup;
class QMenu;

namespace SyncLens {

class LiveImportController;
class LiveImportPanel;
class MainWindow;
class OrgSourceLabel;

// Live mode in the window. After File ▸ Connect to Dynamics 365… it reads
// the org in the background into DATA/live/HOST.db and opens that; File ▸
// Refresh (F5) and the optional refresh every N minutes read it again with
// the same connection (after a restart, silently with what the OS keychain
// keeps; else the Connect dialog, filled in), the window staying usable
// on the old data until the new data is complete. On a live org the
// simulation's commands (cycles, scenarios, the admin's mailbox actions)
// are off, each saying why; the status bar says which org and how old its
// data is.
class LiveMode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveMode)

public:
    explicit LiveMode(MainWindow *window);

    // Refresh and Refresh Automatically, into the File menu.
    void populate(QMenu *file);
    void retranslate();

    LiveImportController *controller() const { return m_controller; }
    LiveImportPanel *importPanel() const { return m_panel; }
    OrgSourceLabel *sourceLabel() const { return m_label; }
    QAction *refreshAction() const { return m_refresh; }
    QMenu *autoRefreshMenu() const { return m_autoMenu; }
    QTimer *autoRefreshTimer() { return &m_autoTimer; }
    // The org shown is a live one.
    bool isLive() const { return m_info && m_info->live; }
    // The connection the filter designer writes the live org's sync filters
    // through: the one signed in, else the keychain's; read-only as it was
    // opened (the Connect dialog's choice, remembered with the connection).
    Result<LiveConnection> filterConnection();
    // Where a sign-in of an earlier session is found ("SyncLens"; tests use their own).
    void setCredentialStore(const CredentialStore &store) { m_credentials = store; }
    const CredentialStore &credentialStore() const { return m_credentials; }

public Q_SLOTS:
    // Reads the connection's org into its file, then opens it.
    void importOrg(const SyncLens::LiveConnection &connection);
    // Reads the live org shown again (signing in again if need be).
    void refresh();

private:
    void refreshNow(bool automatic);
    void onOrgOpened();
    void onReadyToReplace(const QString &target);
    void onFinished(bool ok, const QString &message);
    void showProblem(const QString &message);
    void askToSignIn(const QString &message);
    void applyRules();
    void blockAction(QAction *action, bool blocked, const QString &why);
    void setAutoRefresh(int minutes);
    void updateRefreshAction();
    bool hasConnection() const;
    Result<LiveConnection> storedConnection() const;

    MainWindow *m_window;
    AppSettings m_settings;
    CredentialStore m_credentials;
    LiveImportController *m_controller;
    LiveImportPanel *m_panel;
    OrgSourceLabel *m_label;
    QAction *m_refresh = nullptr;
    QMenu *m_autoMenu = nullptr;
    QActionGroup *m_autoChoices = nullptr;
    QTimer m_autoTimer;
    std::optional<LiveOrgInfo> m_info;            // of the org shown
    std::optional<LiveConnection> m_connection;   // signed in, in memory only
    std::optional<RememberedConnection> m_signIn; // of the org read last
    bool m_automatic = false;                     // the running import is the timer's
    bool m_released = false;                      // the window let go of the target
};

} // namespace SyncLens
