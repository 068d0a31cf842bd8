#pragma once

// Live mode's window tests (tst_livewindow, tst_liverules): a sandbox org
// served by the fake Dataverse in-process on 127.0.0.1, and a main window
// with its engine that connects to it.
#include "connectdialog.h"
#include "datafolder.h"
#include "explainpanel.h"
#include "explanationmodel.h"
#include "fakedataverse.h"
#include "live/clientcredentialsprovider.h"
#include "liveimportcontroller.h"
#include "liveimportpanel.h"
#include "livemode.h"
#include "mailboxdetailspane.h"
#include "mailboxespanel.h"
#include "mailboxtablemodel.h"
#include "mainwindow.h"
#include "orgsourcelabel.h"
#include "scenarioplayerpanel.h"
#include "sync/syncengine.h"
#include "synccontrols.h"
#include "timetext.h"
#include "uitest.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>

namespace SyncLens::LiveTest {

// A sandbox org served by the fake Dataverse on 127.0.0.1, in-process.
struct FakeOrg
{
    QTemporaryDir dir;
    SandboxSpec spec = UiTest::spec(4, 300);
    std::unique_ptr<Fake::FakeDataverse> fake;
    QStringList mailboxIds; // sorted

    // `change` edits the sandbox before the fake serves it.
    bool start(const std::function<void(OrgStore &)> &change = {})
    {
        const QString path = dir.filePath(QStringLiteral("sandbox.db"));
        if (!UiTest::createSyncedOrg(path, spec, 2).ok())
            return false;
        auto store = OrgStore::open(path);
        if (!store)
            return false;
        if (change)
            change(**store);
        for (const Mailbox &m : *(*store)->mailboxes())
            mailboxIds.append(m.id);
        mailboxIds.sort();
        auto data = Fake::FakeOrgData::load(**store);
        if (!data)
            return false;
        fake = std::make_unique<Fake::FakeDataverse>(std::move(data).value());
        fake->maxPageSize = 50;
        return fake->listen() != 0;
    }

    LiveConnection connection() const
    {
        ClientCredentialsProvider::Settings s;
        s.authority = fake->url();
        s.tenant = fake->tenant;
        s.clientId = fake->clientId;
        s.orgUrl = fake->url();
        auto settings = SignInSettings::fromInput(fake->url().toString(), fake->tenant,
                                                  fake->clientId, fake->url().toString());
        return {*settings, SignInMethod::ClientSecret,
                std::make_shared<ClientCredentialsProvider>(s, fake->clientSecret)};
    }

    QString file() const { return LiveImportController::fileFor(fake->url()); }
};

// Tokens the org no longer accepts (the refresh token was revoked).
class RefusedTokens final : public AccessTokenProvider
{
public:
    void requestToken(bool, QObject *context, Done done) override
    {
        QMetaObject::invokeMethod(
            context,
            [done] {
                done(makeError(Error::Code::Remote,
                               QStringLiteral("Your sign-in has expired: sign in again.")));
            },
            Qt::QueuedConnection);
    }
};

inline RetryPolicy quickRetries()
{
    RetryPolicy policy;
    policy.baseDelayMs = 5;
    policy.maxDelayMs = 40;
    policy.timeoutMs = 10000;
    policy.msPerRetryAfterSecond = 10; // a "second" of Retry-After is 10 ms
    return policy;
}

inline QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The window of each test: made in init(), gone in cleanup().
class LiveWindowTest : public QObject
{
protected:
    std::unique_ptr<SyncEngineThread> m_engine;
    std::unique_ptr<MainWindow> m_window;

    LiveMode *live() const { return m_window->liveMode(); }
    static QDateTime readAt() { return QDateTime(QDate(2026, 12, 2), QTime(14, 5), Qt::UTC); }

    // A fresh window, shown, its retries quick and its keychain the tests'.
    bool openWindow()
    {
        m_engine = std::make_unique<SyncEngineThread>();
        m_window = std::make_unique<MainWindow>(m_engine->engine());
        live()->controller()->setRetryPolicy(quickRetries());
        live()->setCredentialStore(CredentialStore(QStringLiteral("SyncLens tests")));
        if (qEnvironmentVariableIsEmpty("SYNCLENS_SCREENSHOT_DIR"))
            return UiTest::showActive(*m_window);
        // Xvfb may have no window manager to activate it: exposed is enough.
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    void closeWindow()
    {
        m_window.reset();
        m_engine.reset();
    }

    // Settings and the data folder's live orgs as on a first start.
    static void forgetEverything()
    {
        QSettings().clear();
        QDir(DataFolder::path() + QStringLiteral("/live")).removeRecursively();
    }

    // The window imports `org` and shows it.
    bool connectTo(FakeOrg &org, const LiveConnection &connection)
    {
        QSignalSpy opened(m_window.get(), &MainWindow::orgOpened);
        Q_EMIT m_window->liveConnected(connection);
        return opened.wait(60000) && m_window->orgPath() == org.file();
    }

    QStringList shownMailboxIds() const
    {
        QStringList ids;
        MailboxTableModel *model = m_window->mailboxModel();
        for (int r = 0; r < model->rowCount(); ++r)
            ids.append(model->index(r, 0).data(MailboxTableModel::MailboxIdRole).toString());
        ids.sort();
        return ids;
    }
};

} // namespace SyncLens::LiveTest
