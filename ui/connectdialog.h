#pragma once

#include "live/credentialstore.h"
#include "live/liveconnection.h"
#include "live/signinflow.h"
#include "rememberedconnections.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QWidget;

namespace SyncLens {

// File ▸ Connect to Dynamics 365…: the environment URL, the sign-in method
// (browser, device code, client secret), and, under Advanced, tenant, client
// id and authority; or a remembered connection to pick. "Sign In" runs the
// flow with a busy state and Cancel, shows the device code when that method
// is used, and errors as sentences. On success, connected() gives the caller
// the connection (URL and a ready token provider) and the dialog accepts.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    using OpenBrowser = std::function<void(const QUrl &)>;
    using ProviderFactory =
        std::function<std::shared_ptr<AccessTokenProvider>(const SignInSettings &)>;

    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // How the authorization URL reaches the browser (QDesktopServices by default).
    void setBrowserOpener(OpenBrowser open) { m_openBrowser = std::move(open); }
    // The keychain service ("SyncLens"; tests use their own).
    void setCredentialStore(const CredentialStore &store) { m_store = store; }
    // Makes the token provider of an application user once its secret is
    // checked and saved (the client-credentials provider of the Dataverse
    // client); without one, the token of the check serves until it expires.
    void setClientSecretProviderFactory(ProviderFactory factory)
    {
        m_clientSecretProvider = std::move(factory);
    }
    bool isSigningIn() const { return m_flow != nullptr; }
    // Fills the form with `connection` (an org's sign-in to do again) and
    // says `message` (why) above the buttons.
    void prefill(const RememberedConnection &connection, const QString &message);

public Q_SLOTS:
    void signIn();
    void reject() override;

Q_SIGNALS:
    void connected(const SyncLens::LiveConnection &connection);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createWidgets();
    void retranslateUi();
    void fillRemembered();
    void onRememberedChosen(int index);
    void forgetRemembered();
    void updateMethod();
    void setBusy(bool busy);
    void showError(const QString &message);
    void showDeviceCode(const QString &userCode, const QUrl &verificationUri);
    void onFlowFinished();
    SignInMethod method() const;
    RememberedConnection current() const;

    OpenBrowser m_openBrowser;
    CredentialStore m_store;
    ProviderFactory m_clientSecretProvider;
    RememberedConnections m_remembered;
    QList<RememberedConnection> m_rememberedList;
    QPointer<SignInFlow> m_flow;
    SignInSettings m_settings;

    QLabel *m_rememberedLabel;
    QComboBox *m_rememberedBox;
    QToolButton *m_forget;
    QLabel *m_urlLabel;
    QLineEdit *m_url;
    QLabel *m_methodLabel;
    QComboBox *m_method;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QCheckBox *m_readOnly;
    QToolButton *m_advancedToggle;
    QWidget *m_advanced;
    QLabel *m_tenantLabel;
    QLineEdit *m_tenant;
    QLabel *m_clientIdLabel;
    QLineEdit *m_clientId;
    QLabel *m_authorityLabel;
    QLineEdit *m_authority;
    QLabel *m_status;
    QLabel *m_code;
    QPushButton *m_copyCode;
    QProgressBar *m_progress;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
};

} // namespace SyncLens
