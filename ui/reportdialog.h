#pragma once

#include "report/reportgatherer.h"

#include <QDialog>
#include <QPageSize>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace SyncLens {

class Job;
class OrgStore;

// File ▸ Export Report… (issue 18): the org's sync policy report as HTML or
// PDF, for the users chosen, on A4 or Letter. The report is made by a Job on
// its own store, with progress and Cancel; a cancelled export writes
// nothing. Preview shows the PDF's pages in a print preview.
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    // `store` is the window's (the preview reads it); the export opens
    // `orgPath` again on the job's thread.
    ReportDialog(QString orgPath, OrgStore &store, QWidget *parent = nullptr);
    ~ReportDialog() override;

    void setOutputPath(const QString &path);
    bool isExporting() const;

Q_SIGNALS:
    void exported(const QString &path);

private:
    void fillUsers();
    void chooseOutput();
    void exportReport();
    void preview();
    void cancelOrClose();
    void onFinished(bool ok);
    ReportGatherer::Options options() const;
    QPageSize pageSize() const;

    QString m_orgPath;
    OrgStore &m_store;
    QComboBox *m_format;
    QComboBox *m_pageSize;
    QListWidget *m_users;
    QLineEdit *m_path;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_export;
    QPushButton *m_preview;
    QPushButton *m_cancel;
    Job *m_job;
};

} // namespace SyncLens
