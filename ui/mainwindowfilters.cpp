// The main window's way into the filter designer (issue 8): "Filters ▸ Edit
// Sync Filters…", the mailboxes table's context menu and a button in the
// mailbox details all open the designer for the selected mailbox's user.
#include "designer/filterdesignerwindow.h"
#include "livemode.h"
#include "mailboxdetailspane.h"
#include "mailboxespanel.h"
#include "mailboxtablemodel.h"
#include "mainwindow.h"

#include <QAction>
#include <QMenuBar>
#include <QTableView>

namespace SyncLens {

void MainWindow::createFiltersMenu()
{
    QMenu *filters = menuBar()->addMenu(QString());
    QAction *edit =
        filters->addAction(QString(), this, [this] { openFilterDesigner(currentUserId()); });
    edit->setObjectName(QStringLiteral("editFiltersAction"));
    edit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    onLanguage([filters, edit] {
        filters->setTitle(tr("Fil&ters"));
        edit->setText(tr("&Edit Sync Filters…"));
        edit->setStatusTip(tr("Edit and preview the sync filters of the selected mailbox's user"));
    });
    addAction(edit); // the shortcut works with the menu bar hidden too
    QTableView *table = m_mailboxes->table();
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->addAction(edit);
    m_mailboxes->details()->addButton(edit, QStringLiteral("editFiltersButton"));
    // Only for a user's mailbox, once the engine has the org (it saves).
    auto update = [this, edit] { edit->setEnabled(isOrgReady() && !currentUserId().isEmpty()); };
    connect(m_mailboxes, &MailboxesPanel::currentMailboxChanged, edit, update);
    connect(this, &MainWindow::orgOpened, edit, update);
    update();
}

QString MainWindow::currentUserId() const
{
    const auto mailbox = mailboxModel()->mailbox(m_mailboxes->currentMailboxId());
    return mailbox ? mailbox->userId : QString();
}

FilterDesignerWindow *MainWindow::openFilterDesigner(const QString &userId)
{
    if (userId.isEmpty() || !isOrgReady())
        return nullptr;
    // One designer per user: a second request brings the open one forward.
    const QString name = QStringLiteral("filterDesigner:") + userId;
    auto *designer = findChild<FilterDesignerWindow *>(name, Qt::FindDirectChildrenOnly);
    if (!designer) {
        designer = new FilterDesignerWindow(m_orgPath, m_engine, userId, this);
        designer->setObjectName(name);
        designer->setWindowFlag(Qt::Window); // its own window, above this one
        designer->setAttribute(Qt::WA_DeleteOnClose);
        designer->resize(1280, 820);
        connect(this, &MainWindow::orgOpened, designer, &FilterDesignerWindow::reopenOrg);
    }
    // A live org's filters are written to the org, or not at all (until signed in).
    if (m_live->isLive() && !designer->liveSession()) {
        if (auto connection = m_live->filterConnection())
            designer->setLiveConnection(*connection);
        else
            designer->setLiveWritesOff(connection.error().message);
    }
    designer->show();
    designer->raise();
    designer->activateWindow();
    return designer;
}

} // namespace SyncLens
