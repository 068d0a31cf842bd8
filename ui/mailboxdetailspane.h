#pragma once

#include "model/mailbox.h"

#include <QWidget>

#include <optional>

class QAction;
class QHBoxLayout;
class QFormLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace SyncLens {

class AlertListModel;
class OrgStore;
class ReasonCountModel;

// The selected mailbox in detail: its state and next retry, its alerts, how
// many decisions of each reason code its cycles took, and the admin's
// actions on it (Test & Enable, Approve, Disable). The actions only ask:
// the window passes them on to the engine, whose answer comes back through
// setMailbox().
class MailboxDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxDetailsPane)

public:
    explicit MailboxDetailsPane(QWidget *parent = nullptr);
    // Adds a button for `action` after the pane's own (e.g. the main window's
    // "Edit Sync Filters…").
    void addButton(QAction *action, const QString &objectName);

    // The store to read alerts and counts from (the UI's read-only one).
    void setStore(OrgStore *store);
    // Shows `mailbox` (none: an empty pane) owned by `userName`.
    void setMailbox(const std::optional<Mailbox> &mailbox, const QString &userName);
    // Reads the alerts and counts again (after a cycle).
    void refresh();
    // Off: the admin's actions stay disabled (a live org, which SyncLens
    // only reads).
    void setActionsAllowed(bool allowed);

    QString mailboxId() const { return m_mailbox ? m_mailbox->id : QString(); }
    QAction *testAndEnableAction() const { return m_testAndEnable; }
    QAction *approveAction() const { return m_approve; }
    QAction *disableAction() const { return m_disable; }
    AlertListModel *alertModel() const { return m_alerts; }
    ReasonCountModel *countModel() const { return m_counts; }
    QSplitter *splitter() const { return m_splitter; }

Q_SIGNALS:
    void testAndEnableRequested(const QString &mailboxId);
    void approveRequested(const QString &mailboxId);
    // Emitted once the admin confirmed.
    void disableRequested(const QString &mailboxId);

private:
    void createActions();
    QWidget *createButtons();
    QHBoxLayout *m_buttons = nullptr;
    QTableView *createTable(const QString &objectName, const QString &accessibleName);
    void updateHeader(const QString &userName);
    void updateActions();
    void updateLiveError();
    void confirmDisable();

    OrgStore *m_store = nullptr;
    std::optional<Mailbox> m_mailbox;
    bool m_actionsAllowed = true;
    AlertListModel *m_alerts;
    ReasonCountModel *m_counts;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_lastCycle;
    QLabel *m_nextRetry;
    QLabel *m_lastError; // a live org's: what Dataverse said last
    QFormLayout *m_form = nullptr;
    QLabel *m_problem;
    QTableView *m_alertTable;
    QTableView *m_countTable;
    QSplitter *m_splitter;
    QAction *m_testAndEnable = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_disable = nullptr;
};

} // namespace SyncLens
