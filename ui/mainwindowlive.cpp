// MainWindow: File ▸ Connect to Dynamics 365… (live mode's sign-in).
#include "connectdialog.h"
#include "mainwindow.h"

namespace SyncLens {

void MainWindow::chooseLiveConnection()
{
    if (auto *open = findChild<ConnectDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectDialog::connected, this, &MainWindow::liveConnected);
    dialog->open();
}

} // namespace SyncLens
