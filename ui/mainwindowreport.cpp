// File ▸ Export Report… (issue 18): the org's sync policy report.
#include "mainwindow.h"
#include "reportdialog.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace SyncLens {

QAction *MainWindow::createReportAction(QMenu *file)
{
    QAction *report = file->addAction(QString(), this, &MainWindow::openReportDialog);
    report->setObjectName(QStringLiteral("exportReportAction"));
    report->setShortcut(QKeySequence(QKeySequence::Print));
    return report;
}

void MainWindow::openReportDialog()
{
    // The export reads the org's file on a thread of its own: an org
    // without a file (none open yet) has nothing to report.
    if (!m_store || m_orgPath.isEmpty())
        return;
    auto *dialog = new ReportDialog(m_orgPath, *m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QFileInfo org(m_orgPath);
    dialog->setOutputPath(
        QDir(org.absolutePath()).filePath(org.completeBaseName() + QStringLiteral("-report.pdf")));
    dialog->open();
}

} // namespace SyncLens
