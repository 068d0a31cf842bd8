#pragma once

#include "model/mailbox.h"
#include "model/result.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSplitter;
class QTableView;

namespace SyncLens {

class MailboxDetailsPane;
class MailboxFilterProxy;
class MailboxTableModel;
class OrgStore;

// The Mailboxes surface: the table of the org's mailboxes (sortable,
// filtered by text and by state) above the selected mailbox's details.
// Keeps the selection when the engine reports new statuses.
class MailboxesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxesPanel)

public:
    explicit MailboxesPanel(QWidget *parent = nullptr);
    ~MailboxesPanel() override;

    // Reads every mailbox from `store` and shows them (selection kept by id).
    Result<void> reload(OrgStore &store);
    // The store the details read from; null while no org is open.
    void setStore(OrgStore *store);
    // The engine's latest mailboxes (after a cycle or an admin action).
    void updateMailboxes(const QList<Mailbox> &mailboxes);
    // Re-reads alert counts and the details (after a cycle).
    void refresh();

    QString currentMailboxId() const;
    // Selects the mailbox (clearing a filter that hides it); false if unknown.
    bool selectMailbox(const QString &mailboxId);

    MailboxTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    MailboxDetailsPane *details() const { return m_details; }
    QSplitter *splitter() const { return m_splitter; }
    QLineEdit *filterEdit() const { return m_filter; }

Q_SIGNALS:
    void currentMailboxChanged(const QString &mailboxId);

private:
    void createFilterRow(QWidget *parent);
    void setUpTable();
    void onCurrentChanged();

    OrgStore *m_store = nullptr;
    MailboxTableModel *m_model;
    MailboxFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_state;
    QTableView *m_table;
    MailboxDetailsPane *m_details;
    QSplitter *m_splitter;
    QString m_current;
};

} // namespace SyncLens
