// ConnectDialog: running the sign-in (the layout is in connectdialog.cpp).
#include "connectdialog.h"

#include "live/authorizationcodeflow.h"
#include "live/clientsecretsignin.h"
#include "live/devicecodeflow.h"
#include "live/usertokenprovider.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

namespace SyncLens {

void ConnectDialog::signIn()
{
    if (m_flow)
        return;
    auto settings = SignInSettings::fromInput(m_url->text(), m_tenant->text(), m_clientId->text(),
                                              m_authority->text());
    if (!settings) {
        showError(settings.error().message);
        return;
    }
    m_settings = *settings;
    SignInFlow *flow = nullptr;
    switch (method()) {
    case SignInMethod::Browser:
        flow = new AuthorizationCodeFlow(m_settings, m_openBrowser, this);
        m_status->setText(tr("Sign in in the browser window that opened. SyncLens waits for its "
                             "answer on this computer (127.0.0.1)."));
        break;
    case SignInMethod::DeviceCode:
        flow = new DeviceCodeFlow(
            m_settings,
            [this](const DeviceCodePrompt &p) { showDeviceCode(p.userCode, p.verificationUri); },
            this);
        m_status->setText(tr("Asking for a sign-in code…"));
        break;
    case SignInMethod::ClientSecret:
        if (m_secret->text().isEmpty()) {
            showError(tr("Enter the application user's client secret."));
            return;
        }
        flow = new ClientSecretSignIn(m_settings, m_secret->text(), this);
        m_status->setText(tr("Checking the client secret…"));
        break;
    }
    flow->setCredentialStore(m_store);
    m_flow = flow;
    connect(flow, &SignInFlow::finished, this, &ConnectDialog::onFlowFinished);
    setBusy(true);
    flow->start();
}

void ConnectDialog::reject()
{
    if (m_flow) { // Cancel (or Esc) while signing in stops the sign-in only
        m_flow->cancel();
        return;
    }
    QDialog::reject();
}

void ConnectDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_signIn->setEnabled(!busy);
    for (QWidget *w : {static_cast<QWidget *>(m_rememberedBox), static_cast<QWidget *>(m_url),
                       static_cast<QWidget *>(m_method), static_cast<QWidget *>(m_secret),
                       static_cast<QWidget *>(m_advanced), static_cast<QWidget *>(m_readOnly)})
        w->setEnabled(!busy);
    m_rememberedBox->setEnabled(!busy && !m_rememberedList.isEmpty());
    if (!busy) {
        m_code->clear();
        m_code->setVisible(false);
        m_copyCode->setVisible(false);
    } else {
        m_status->setProperty("error", false);
    }
    m_status->setVisible(busy || !m_status->text().isEmpty());
}

void ConnectDialog::showError(const QString &message)
{
    m_status->setProperty("error", true);
    m_status->setText(message);
    m_status->setVisible(true);
}

void ConnectDialog::showDeviceCode(const QString &userCode, const QUrl &verificationUri)
{
    const QString link = verificationUri.toDisplayString().toHtmlEscaped();
    m_status->setText(
        tr("On any device, open <a href=\"%1\">%1</a> and enter this code:").arg(link));
    m_code->setText(userCode);
    m_code->setVisible(true);
    m_copyCode->setVisible(true);
}

void ConnectDialog::onFlowFinished()
{
    SignInFlow *flow = m_flow;
    m_flow = nullptr;
    flow->deleteLater();
    setBusy(false);
    if (!flow->result()) {
        showError(flow->result().error().message);
        return;
    }
    const TokenSet tokens = *flow->result();
    LiveConnection connection{m_settings, method(), {}, m_readOnly->isChecked()};
    if (connection.method == SignInMethod::ClientSecret && m_clientSecretProvider) {
        connection.tokens = m_clientSecretProvider(m_settings);
    } else {
        // Silent from now on: the refresh token in the keychain; "sign in again" when it fails.
        auto provider = std::make_shared<UserTokenProvider>(m_settings);
        provider->setCredentialStore(m_store);
        provider->setTokens(tokens);
        connection.tokens = provider;
    }
    m_secret->clear();
    m_remembered.remember(current());
    if (!flow->keychainWarning().isEmpty())
        showError(flow->keychainWarning());
    Q_EMIT connected(connection);
    accept();
}

} // namespace SyncLens
