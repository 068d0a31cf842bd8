// MainWindow: opening orgs, creating sandbox orgs, and the engine's answers.
#include "mainwindow.h"

#include "enginecall.h"
#include "explainpanel.h"
#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/filterdescriber.h"
#include "filterdialog.h"
#include "mailboxespanel.h"
#include "mailboxtablemodel.h"
#include "newsandboxdialog.h"
#include "sandbox/sandboxjob.h"
#include "store/orgstore.h"
#include "storesource.h"
#include "sync/syncengine.h"
#include "synccontrols.h"
#include "syncstatusbar.h"
#include "uilog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>

namespace SyncLens {

void MainWindow::connectEngine()
{
    connect(m_engine, &SyncEngine::orgOpened, this, &MainWindow::onEngineOrgOpened);
    connect(m_engine, &SyncEngine::cycleFinished, this, &MainWindow::onCycleFinished);
    connect(m_engine, &SyncEngine::mailboxesChanged, this,
            [this](const QList<SyncLens::Mailbox> &mailboxes) {
                if (m_store) // before that, the rows are the checked file's
                    m_mailboxes->updateMailboxes(mailboxes);
            });
}

Result<void> MainWindow::openOrg(const QString &path)
{
    // Checked here, read-only, so that a bad file is refused at once and the
    // org that is open stays; the engine opens it for writing afterwards.
    auto probe = OrgStore::open(path, OrgStore::Access::ReadOnly);
    if (!probe)
        return probe.error();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_source->setOrg(nullptr, {});
    m_store.reset(); // views wait for the engine's read-write open
    m_mailboxes->setStore(nullptr);
    m_controls->setOrgOpen(false);
    if (!m_mailboxes->reload(**probe))
        m_mailboxes->model()->clear(); // an older schema: the engine migrates it first
    updateOrgInfo(probe->get());
    m_orgPath = absolute;
    m_settings.setLastOrgPath(absolute);
    callEngine(m_engine, [absolute](SyncEngine &e) { e.openOrg(absolute); });
    return {};
}

// The engine has the org: from now on the views read it live, through a
// read-only store of the UI thread (WAL lets it read while the engine writes).
void MainWindow::onEngineOrgOpened(const QString &path, const QDateTime &clock)
{
    if (path != m_orgPath)
        return; // an org opened before the latest one
    auto store = OrgStore::open(path, OrgStore::Access::ReadOnly);
    if (!store) {
        statusBar()->showMessage(store.error().message);
        return;
    }
    m_store = std::move(store).value();
    if (auto loaded = m_mailboxes->reload(*m_store); !loaded)
        statusBar()->showMessage(loaded.error().message);
    m_mailboxes->setStore(m_store.get());
    if (m_mailboxes->currentMailboxId().isEmpty())
        m_mailboxes->selectMailbox(m_settings.selectedMailbox());
    m_mailboxes->refresh();
    m_source->setOrg(m_store.get(), path);
    m_controls->setOrgOpen(true);
    m_controls->setClock(clock);
    m_status->setClock(clock);
    updateOrgInfo(m_store.get());
    qCInfo(lcUi) << "opened" << path;
    Q_EMIT orgOpened(path);
}

void MainWindow::onCycleFinished()
{
    if (!m_store)
        return;
    m_mailboxes->refresh();
    m_explain->refresh();
    m_source->orgUpdated();
}

void MainWindow::updateOrgInfo(OrgStore *store)
{
    if (!store) {
        setWindowTitle(tr("SyncLens"));
        m_status->setOrgText(tr("No org is open. Use File ▸ Open Org or File ▸ New Sandbox Org."));
        return;
    }
    const auto storedName = store->orgName();
    const QString name = storedName.ok() && !storedName->isEmpty()
                             ? *storedName
                             : QFileInfo(store->path()).fileName();
    //: %1 is the org's name
    setWindowTitle(tr("%1 — SyncLens").arg(name));
    const auto counts = store->counts();
    if (!counts) {
        m_status->setOrgText(name);
        return;
    }
    //: %1 org name, %2 mailboxes, %3 CRM records, %4 Exchange items
    m_status->setOrgText(tr("%1 · %2 mailboxes · %3 CRM records · %4 Exchange items")
                             .arg(name)
                             .arg(counts->mailboxes)
                             .arg(QLocale().toString(counts->crmRecords()),
                                  QLocale().toString(counts->exchangeItems())));
}

void MainWindow::showFilter(const QString &filterId)
{
    if (!m_store || filterId.isEmpty())
        return;
    auto filters = m_store->filters();
    if (!filters) {
        statusBar()->showMessage(filters.error().message, 10000);
        return;
    }
    const auto found = std::find_if(filters->cbegin(), filters->cend(),
                                    [&](const SyncFilter &f) { return f.id == filterId; });
    if (found == filters->cend()) {
        statusBar()->showMessage(tr("The filter %1 no longer exists.").arg(filterId), 10000);
        return;
    }
    QHash<QString, QString> names;
    if (auto users = m_store->users()) {
        for (const User &u : *users)
            names.insert(u.id, u.name);
    }
    FilterDescriber describer;
    describer.setUserNames(names);
    const auto query = FetchXmlParser().parse(found->fetchXml);
    const QString sentence = query ? describer.describe(*query) : query.error().message;
    auto *dialog =
        new FilterDialog(*found, names.value(found->userId, found->userId), sentence, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // not modal: the explanation stays usable beside it
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
    if (QFileInfo(path).absoluteFilePath() != m_orgPath) {
        m_job->start();
        return;
    }
    // The engine holds the file open (and locked): it lets go first, then the
    // job replaces the file. The window does not close while a job exists.
    m_source->setOrg(nullptr, {});
    m_store.reset();
    m_orgPath.clear();
    m_mailboxes->setStore(nullptr);
    m_controls->setOrgOpen(false);
    SandboxJob *job = m_job;
    callEngine(m_engine, [job](SyncEngine &e) {
        e.closeOrg();
        QMetaObject::invokeMethod(job, &SandboxJob::start, Qt::QueuedConnection);
    });
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

} // namespace SyncLens
