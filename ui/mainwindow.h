#pragma once

#include "appsettings.h"
#include "model/result.h"
#include "sandbox/sandboxspec.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressDialog;
class QSortFilterProxyModel;
class QTableView;

namespace SyncLens {

class MailboxTableModel;
class OrgStore;
class SandboxJob;

// The main window: the open org's mailboxes in a table, the File and Help
// menus, and the org's name and size in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the org at `path`; on failure the current org stays open and the
    // error is returned (the caller decides how to show it).
    Result<void> openOrg(const QString &path);
    QString orgPath() const;
    bool isBusy() const { return m_job != nullptr; }
    MailboxTableModel *mailboxModel() const { return m_model; }
    QTableView *mailboxTable() const { return m_table; }

    // Creates a sandbox org with a progress dialog, then opens it.
    void createSandboxOrg(const QString &path, const SandboxSpec &spec, bool overwrite);

Q_SIGNALS:
    void orgOpened(const QString &path);
    void sandboxFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void chooseOrgToOpen();
    void chooseNewSandboxOrg();
    void showAbout();
    void onSandboxFinished(bool ok, const QString &message);
    void updateOrgInfo();

    AppSettings m_settings;
    std::unique_ptr<OrgStore> m_store;
    MailboxTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QLabel *m_orgLabel;
    SandboxJob *m_job = nullptr;
    QProgressDialog *m_progress = nullptr;
};

} // namespace SyncLens
