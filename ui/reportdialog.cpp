#include "reportdialog.h"

#include "model/job.h"
#include "report/reportfile.h"
#include "report/reporthtml.h"
#include "reportpdf.h"
#include "store/orgstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace SyncLens {

namespace {

// The report's work on the job's thread: its own store, gathered, written
// whole at the end unless cancelled. Progress: gathering, then the pages.
Result<void> makeReport(const QString &orgPath, const QString &out,
                        const ReportGatherer::Options &options, bool pdf, const QPageSize &pageSize,
                        const Job::Control &control)
{
    auto store = OrgStore::open(orgPath, OrgStore::Access::ReadOnly);
    if (!store)
        return store.error();
    auto report = ReportGatherer::gather(**store, options, [&](int done, int total) {
        control.report(done, 2 * qint64(total));
        return !control.isCancelled();
    });
    if (!report)
        return report.error();
    Result<QByteArray> data = QByteArray();
    if (pdf)
        data = ReportPdf::render(*report, pageSize, [&](int page, int pages) {
            control.report(pages + page, 2 * qint64(pages));
            return !control.isCancelled();
        });
    else
        data = ReportHtml::write(*report).toUtf8();
    if (!data)
        return data.error();
    if (control.isCancelled())
        return makeError(Error::Code::Cancelled, ReportDialog::tr("The export was cancelled."));
    return ReportFile::write(out, *data);
}

} // namespace

ReportDialog::ReportDialog(QString orgPath, OrgStore &store, QWidget *parent)
    : QDialog(parent)
    , m_orgPath(std::move(orgPath))
    , m_store(store)
    , m_format(new QComboBox(this))
    , m_pageSize(new QComboBox(this))
    , m_users(new QListWidget(this))
    , m_path(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("&Export"), this))
    , m_preview(new QPushButton(tr("Print Pre&view…"), this))
    , m_cancel(new QPushButton(tr("Close"), this))
    , m_job(new Job(this))
{
    setWindowTitle(tr("Export Report"));
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(tr("PDF"), QStringLiteral("pdf"));
    m_format->addItem(tr("HTML (one file, for any browser)"), QStringLiteral("html"));
    m_pageSize->setObjectName(QStringLiteral("reportPageSize"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    m_pageSize->setCurrentIndex(ReportPdf::pageSizeFor(QLocale()).id() == QPageSize::Letter);
    m_users->setObjectName(QStringLiteral("reportUsers"));
    m_path->setObjectName(QStringLiteral("reportPath"));
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("reportExport"));
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_cancel->setObjectName(QStringLiteral("reportCancel"));
    m_export->setDefault(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Pages:"), m_pageSize);
    form->addRow(tr("&Users:"), m_users);
    form->addRow(tr("&Save as:"), pathRow);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    fillUsers();
    connect(browse, &QPushButton::clicked, this, &ReportDialog::chooseOutput);
    connect(m_export, &QPushButton::clicked, this, &ReportDialog::exportReport);
    connect(m_preview, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(m_cancel, &QPushButton::clicked, this, &ReportDialog::cancelOrClose);
    connect(m_job, &Job::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
    });
    connect(m_job, &Job::finished, this, &ReportDialog::onFinished);
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::fillUsers()
{
    const auto users = m_store.users();
    if (!users)
        return;
    for (const User &u : *users) {
        auto *item = new QListWidgetItem(u.name, m_users);
        item->setData(Qt::UserRole, u.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
}

void ReportDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
}

bool ReportDialog::isExporting() const
{
    return m_job->isRunning();
}

void ReportDialog::chooseOutput()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Report"), m_path->text(),
                                                      tr("PDF (*.pdf);;HTML (*.html)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

ReportGatherer::Options ReportDialog::options() const
{
    ReportGatherer::Options options;
    bool all = true;
    for (int i = 0; i < m_users->count(); ++i) {
        if (m_users->item(i)->checkState() == Qt::Checked)
            options.users.append(m_users->item(i)->data(Qt::UserRole).toString());
        else
            all = false;
    }
    if (all)
        options.users.clear();
    return options;
}

QPageSize ReportDialog::pageSize() const
{
    return QPageSize(QPageSize::PageSizeId(m_pageSize->currentData().toInt()));
}

void ReportDialog::exportReport()
{
    QString out = m_path->text().trimmed();
    const bool pdf = m_format->currentData().toString() == u"pdf";
    if (!out.isEmpty() && QFileInfo(out).suffix().isEmpty())
        out += pdf ? QStringLiteral(".pdf") : QStringLiteral(".html");
    if (auto writable = ReportFile::checkWritable(out); out.isEmpty() || !writable) {
        m_status->setText(out.isEmpty() ? tr("Choose where to save the report.")
                                        : writable.error().message);
        return;
    }
    const ReportGatherer::Options opts = options();
    const QPageSize size = pageSize();
    const QString org = m_orgPath;
    if (!m_job->start(
            [=](const Job::Control &c) { return makeReport(org, out, opts, pdf, size, c); }))
        return;
    m_path->setText(out);
    m_status->setText(tr("Making the report…"));
    m_export->setEnabled(false);
    m_preview->setEnabled(false);
    m_cancel->setText(tr("Cancel"));
}

void ReportDialog::cancelOrClose()
{
    if (m_job->isRunning())
        m_job->cancel();
    else
        reject();
}

void ReportDialog::onFinished(bool ok)
{
    m_export->setEnabled(true);
    m_preview->setEnabled(true);
    m_cancel->setText(tr("Close"));
    if (ok) {
        m_status->setText(tr("Saved %1.").arg(m_path->text()));
        Q_EMIT exported(m_path->text());
    } else if (m_job->wasCancelled()) {
        m_status->setText(tr("Cancelled: nothing was saved."));
        m_progress->setValue(0);
    } else {
        m_status->setText(m_job->error() ? m_job->error()->message : tr("The export failed."));
    }
}

void ReportDialog::preview()
{
    auto report = ReportGatherer::gather(m_store, options());
    if (!report) {
        m_status->setText(report.error().message);
        return;
    }
    const auto layout = ReportPdf::layout(*report, pageSize());
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setPageSize(pageSize());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("reportPrintPreview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *p) {
        if (auto r = ReportPdf::paint(*report, layout, *p); !r)
            m_status->setText(r.error().message);
    });
    dialog.exec();
}

} // namespace SyncLens
