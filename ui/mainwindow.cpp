#include "mainwindow.h"

#include "mailboxtablemodel.h"
#include "newsandboxdialog.h"
#include "sandbox/sandboxjob.h"
#include "store/orgstore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcUi, "synclens.ui", QtInfoMsg)

namespace SyncLens {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new MailboxTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_orgLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MailboxTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column: name, address or state

    m_filter->setObjectName(QStringLiteral("mailboxFilter"));
    m_filter->setPlaceholderText(tr("Filter mailboxes by name, address or state"));
    m_filter->setAccessibleName(tr("Filter mailboxes"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_table->setObjectName(QStringLiteral("mailboxTable"));
    m_table->setAccessibleName(tr("Mailboxes"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MailboxTableModel::UserColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(MailboxTableModel::EmailColumn,
                                                      QHeaderView::Stretch);
    m_table->setWordWrap(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);
    setCentralWidget(central);

    m_orgLabel->setObjectName(QStringLiteral("orgLabel"));
    statusBar()->addWidget(m_orgLabel, 1);
    createMenus();
    updateOrgInfo();

    resize(1180, 640);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Org…"), this, &MainWindow::chooseOrgToOpen);
    open->setObjectName(QStringLiteral("openOrgAction"));
    open->setShortcut(QKeySequence::Open);
    QAction *sandbox =
        file->addAction(tr("&New Sandbox Org…"), this, &MainWindow::chooseNewSandboxOrg);
    sandbox->setObjectName(QStringLiteral("newSandboxAction"));
    sandbox->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About SyncLens"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

Result<void> MainWindow::openOrg(const QString &path)
{
    auto store = OrgStore::open(path);
    if (!store)
        return store.error();
    if (auto loaded = m_model->reload(**store); !loaded) {
        if (m_store)
            (void)m_model->reload(*m_store); // the old org's rows come back
        return loaded.error();
    }
    m_store = std::move(store).value();
    m_settings.setLastOrgPath(QFileInfo(path).absoluteFilePath());
    m_table->resizeColumnsToContents();
    updateOrgInfo();
    qCInfo(lcUi) << "opened" << path;
    Q_EMIT orgOpened(path);
    return {};
}

QString MainWindow::orgPath() const
{
    return m_store ? m_store->path() : QString();
}

void MainWindow::updateOrgInfo()
{
    if (!m_store) {
        setWindowTitle(tr("SyncLens"));
        m_orgLabel->setText(tr("No org is open. Use File ▸ Open Org or File ▸ New Sandbox Org."));
        return;
    }
    const auto storedName = m_store->orgName();
    const QString name = storedName.ok() && !storedName->isEmpty()
                             ? *storedName
                             : QFileInfo(m_store->path()).fileName();
    //: %1 is the org's name
    setWindowTitle(tr("%1 — SyncLens").arg(name));
    const auto counts = m_store->counts();
    if (!counts) {
        m_orgLabel->setText(name);
        return;
    }
    //: %1 org name, %2 mailboxes, %3 CRM records, %4 Exchange items
    m_orgLabel->setText(tr("%1 · %2 mailboxes · %3 CRM records · %4 Exchange items")
                            .arg(name)
                            .arg(counts->mailboxes)
                            .arg(QLocale().toString(counts->crmRecords()),
                                 QLocale().toString(counts->exchangeItems())));
}

void MainWindow::chooseOrgToOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Org"), QFileInfo(orgPath()).absolutePath(),
                                     tr("SyncLens orgs (*.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto opened = openOrg(path); !opened)
        QMessageBox::critical(this, tr("Cannot Open the Org"), opened.error().message);
}

void MainWindow::chooseNewSandboxOrg()
{
    NewSandboxDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    bool overwrite = false;
    if (QFileInfo::exists(dialog.path())) {
        const auto answer = QMessageBox::question(
            this, tr("Replace the File?"),
            tr("%1 already exists. Replace it with a new sandbox org?").arg(dialog.path()));
        if (answer != QMessageBox::Yes)
            return;
        overwrite = true;
    }
    createSandboxOrg(dialog.path(), dialog.spec(), overwrite);
}

void MainWindow::createSandboxOrg(const QString &path, const SandboxSpec &spec, bool overwrite)
{
    if (m_job)
        return;
    m_job = new SandboxJob(path, spec, overwrite, this);
    m_progress =
        new QProgressDialog(tr("Creating the sandbox org %1…").arg(QFileInfo(path).fileName()),
                            tr("Cancel"), 0, 1000, this);
    m_progress->setObjectName(QStringLiteral("sandboxProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &SandboxJob::cancel);
    connect(m_job, &SandboxJob::progress, m_progress, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_job, &SandboxJob::finished, this, &MainWindow::onSandboxFinished);
    m_job->start();
}

void MainWindow::onSandboxFinished(bool ok, const QString &message)
{
    const QString path = m_job->path();
    m_job->deleteLater();
    m_job = nullptr;
    m_progress->deleteLater();
    m_progress = nullptr;
    QString problem = message;
    if (ok) {
        if (auto opened = openOrg(path); !opened) {
            ok = false;
            problem = opened.error().message;
        }
    }
    if (!ok && !problem.isEmpty() && isVisible())
        QMessageBox::warning(this, tr("No Sandbox Org Was Created"), problem);
    Q_EMIT sandboxFinished(ok, problem);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About SyncLens"),
        tr("<h3>SyncLens %1</h3><p>SyncLens makes Dynamics 365 Server-Side Synchronization "
           "with Exchange visible and predictable: what synced, why, and what a sync "
           "filter change will do before you save it.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_job) {
        m_job->cancel();
        event->ignore(); // closes once the job has stopped
        connect(this, &MainWindow::sandboxFinished, this, &QWidget::close,
                Qt::SingleShotConnection);
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

} // namespace SyncLens
