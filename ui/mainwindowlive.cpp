// MainWindow: File ▸ Connect to Dynamics 365… (live mode's sign-in), and
// what live mode needs of the window (the rest is in livemode.cpp).
#include "connectdialog.h"
#include "enginecall.h"
#include "livemode.h"
#include "mailboxespanel.h"
#include "mainwindow.h"
#include "store/orgstore.h"
#include "storedsignintokens.h"
#include "storesource.h"
#include "synccontrols.h"

#include <QFileInfo>

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
    // An application user's tokens come from its secret in the keychain, for
    // as long as the window refreshes (not only for the first token's hour).
    const CredentialStore store = m_live->credentialStore();
    dialog->setCredentialStore(store);
    dialog->setClientSecretProviderFactory([store](const SignInSettings &settings) {
        return std::make_shared<StoredSignInTokens>(settings, SignInMethod::ClientSecret, store);
    });
    connect(dialog, &ConnectDialog::connected, this, &MainWindow::liveConnected);
    dialog->open();
}

void MainWindow::createLiveMode(QMenu *file)
{
    m_live = new LiveMode(this);
    m_live->populate(file);
    onLanguage([this] { m_live->retranslate(); });
}

void MainWindow::releaseOrg(const QString &path, const std::function<void()> &then)
{
    if (QFileInfo(path).absoluteFilePath() != m_orgPath) {
        then();
        return;
    }
    // The views first (they read through m_store), then the engine's lock.
    m_source->setOrg(nullptr, {});
    m_mailboxes->setStore(nullptr);
    m_store.reset();
    m_controls->setOrgOpen(false);
    QObject *context = m_live;
    callEngine(m_engine, [context, then](SyncEngine &e) {
        e.closeOrg();
        QMetaObject::invokeMethod(context, then, Qt::QueuedConnection);
    });
}

} // namespace SyncLens
