#include "connectdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace SyncLens {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_openBrowser([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("connectDialog"));
    createWidgets();
    retranslateUi();
    fillRemembered();
    updateMethod();
    setBusy(false);
}

ConnectDialog::~ConnectDialog()
{
    if (m_flow)
        m_flow->disconnect(this);
}

void ConnectDialog::createWidgets()
{
    const auto named = [](auto *widget, const char *name) {
        widget->setObjectName(QString::fromLatin1(name));
        return widget;
    };
    m_rememberedLabel = new QLabel(this);
    m_rememberedBox = named(new QComboBox(this), "rememberedConnections");
    m_forget = named(new QToolButton(this), "forgetConnection");
    m_urlLabel = new QLabel(this);
    m_url = named(new QLineEdit(this), "environmentUrl");
    m_methodLabel = new QLabel(this);
    m_method = named(new QComboBox(this), "signInMethod");
    for (auto method :
         {SignInMethod::Browser, SignInMethod::DeviceCode, SignInMethod::ClientSecret})
        m_method->addItem(QString(), int(method));
    m_secretLabel = new QLabel(this);
    m_secret = named(new QLineEdit(this), "clientSecret");
    m_secret->setEchoMode(QLineEdit::Password);
    m_readOnly = named(new QCheckBox(this), "openReadOnly");
    m_advancedToggle = named(new QToolButton(this), "advancedToggle");
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    m_advanced = named(new QWidget(this), "advanced");
    m_tenantLabel = new QLabel(m_advanced);
    m_tenant = named(new QLineEdit(m_advanced), "tenant");
    m_clientIdLabel = new QLabel(m_advanced);
    m_clientId = named(new QLineEdit(m_advanced), "clientId");
    m_authorityLabel = new QLabel(m_advanced);
    m_authority = named(new QLineEdit(m_advanced), "authority");
    m_status = named(new QLabel(this), "status");
    m_status->setWordWrap(true);
    m_status->setOpenExternalLinks(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_code = named(new QLabel(this), "deviceCode");
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_code->setFont(big);
    m_copyCode = named(new QPushButton(this), "copyCode");
    m_progress = named(new QProgressBar(this), "progress");
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    auto *buttons = new QDialogButtonBox(this);
    m_signIn = named(buttons->addButton(QString(), QDialogButtonBox::AcceptRole), "signInButton");
    m_cancel = named(buttons->addButton(QString(), QDialogButtonBox::RejectRole), "cancelButton");
    m_signIn->setDefault(true);

    m_rememberedLabel->setBuddy(m_rememberedBox);
    m_urlLabel->setBuddy(m_url);
    m_methodLabel->setBuddy(m_method);
    m_secretLabel->setBuddy(m_secret);
    m_tenantLabel->setBuddy(m_tenant);
    m_clientIdLabel->setBuddy(m_clientId);
    m_authorityLabel->setBuddy(m_authority);

    auto *rememberedRow = new QHBoxLayout;
    rememberedRow->addWidget(m_rememberedBox, 1);
    rememberedRow->addWidget(m_forget);
    auto *form = new QFormLayout;
    form->addRow(m_rememberedLabel, rememberedRow);
    form->addRow(m_urlLabel, m_url);
    form->addRow(m_methodLabel, m_method);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(QString(), m_readOnly);
    auto *advanced = new QFormLayout(m_advanced);
    advanced->setContentsMargins(20, 0, 0, 0); // indented under its toggle
    advanced->addRow(m_tenantLabel, m_tenant);
    advanced->addRow(m_clientIdLabel, m_clientId);
    advanced->addRow(m_authorityLabel, m_authority);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_copyCode);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addWidget(m_status);
    layout->addLayout(codeRow);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(buttons);
    m_advanced->setVisible(false);
    setMinimumWidth(520);

    connect(m_rememberedBox, &QComboBox::activated, this, &ConnectDialog::onRememberedChosen);
    connect(m_forget, &QToolButton::clicked, this, &ConnectDialog::forgetRemembered);
    connect(m_method, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateMethod);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advanced->setVisible(open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_copyCode, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_code->text()); });
    connect(m_signIn, &QPushButton::clicked, this, &ConnectDialog::signIn);
    connect(m_cancel, &QPushButton::clicked, this, &ConnectDialog::reject);
}

void ConnectDialog::retranslateUi()
{
    setWindowTitle(tr("Connect to Dynamics 365"));
    m_rememberedLabel->setText(tr("&Remembered:"));
    m_forget->setText(tr("&Forget"));
    m_forget->setToolTip(tr("Remove this connection from the list (its saved sign-in stays in "
                            "the system keychain)."));
    m_urlLabel->setText(tr("Environment &URL:"));
    m_readOnly->setText(tr("Open &read-only"));
    m_readOnly->setToolTip(tr("SyncLens then writes nothing to the org: the filter designer's "
                              "Save, Delete, Undo and Apply to Other Users stay off."));
    m_url->setPlaceholderText(tr("https://contoso.crm.dynamics.com"));
    m_methodLabel->setText(tr("Sign-in &method:"));
    m_method->setItemText(0, tr("In the web browser"));
    m_method->setItemText(1, tr("With a device code (any device)"));
    m_method->setItemText(2, tr("With a client secret (application user)"));
    m_secretLabel->setText(tr("Client &secret:"));
    m_secret->setPlaceholderText(tr("Kept in the system keychain only"));
    m_advancedToggle->setText(tr("&Advanced"));
    m_tenantLabel->setText(tr("&Tenant:"));
    m_tenant->setPlaceholderText(SignInSettings::defaultTenant());
    m_clientIdLabel->setText(tr("&Client id:"));
    m_clientId->setPlaceholderText(SignInSettings::defaultClientId());
    m_authorityLabel->setText(tr("Aut&hority:"));
    m_authority->setPlaceholderText(SignInSettings::defaultAuthority().toString());
    m_copyCode->setText(tr("C&opy Code"));
    m_signIn->setText(tr("Sign &In"));
    m_cancel->setText(tr("Cancel"));
    fillRemembered();
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConnectDialog::fillRemembered()
{
    m_rememberedList = m_remembered.all();
    m_rememberedBox->clear();
    if (m_rememberedList.isEmpty())
        m_rememberedBox->addItem(tr("None yet: connections you sign in to appear here"));
    for (const RememberedConnection &c : std::as_const(m_rememberedList)) {
        const QString how = c.method == SignInMethod::DeviceCode     ? tr("device code")
                            : c.method == SignInMethod::ClientSecret ? tr("client secret")
                                                                     : tr("browser");
        m_rememberedBox->addItem(tr("%1 (%2)").arg(c.url, how));
    }
    m_rememberedBox->setEnabled(!m_rememberedList.isEmpty());
    m_forget->setEnabled(!m_rememberedList.isEmpty());
    if (!m_rememberedList.isEmpty() && m_url->text().isEmpty())
        onRememberedChosen(0);
}

void ConnectDialog::onRememberedChosen(int index)
{
    if (index < 0 || index >= m_rememberedList.size())
        return;
    const RememberedConnection &c = m_rememberedList.at(index);
    m_url->setText(c.url);
    m_method->setCurrentIndex(m_method->findData(int(c.method)));
    m_tenant->setText(c.tenant);
    m_clientId->setText(c.clientId);
    m_authority->setText(c.authority);
    m_readOnly->setChecked(c.readOnly);
    if (!c.tenant.isEmpty() || !c.clientId.isEmpty() || !c.authority.isEmpty())
        m_advancedToggle->setChecked(true);
}

void ConnectDialog::prefill(const RememberedConnection &connection, const QString &message)
{
    m_url->setText(connection.url);
    m_method->setCurrentIndex(m_method->findData(int(connection.method)));
    m_tenant->setText(connection.tenant);
    m_clientId->setText(connection.clientId);
    m_authority->setText(connection.authority);
    m_readOnly->setChecked(connection.readOnly || m_remembered.isReadOnly(connection));
    if (!connection.tenant.isEmpty() || !connection.clientId.isEmpty() ||
        !connection.authority.isEmpty())
        m_advancedToggle->setChecked(true);
    if (!message.isEmpty())
        showError(message);
}

void ConnectDialog::forgetRemembered()
{
    const int index = m_rememberedBox->currentIndex();
    if (index < 0 || index >= m_rememberedList.size())
        return;
    m_remembered.forget(m_rememberedList.at(index));
    m_url->clear();
    fillRemembered();
}

SignInMethod ConnectDialog::method() const
{
    return SignInMethod(m_method->currentData().toInt());
}

void ConnectDialog::updateMethod()
{
    const bool secret = method() == SignInMethod::ClientSecret;
    m_secretLabel->setVisible(secret);
    m_secret->setVisible(secret);
    // An application user needs its own registration: the client id matters.
    if (secret && !m_advancedToggle->isChecked())
        m_advancedToggle->setChecked(true);
}

RememberedConnection ConnectDialog::current() const
{
    return {m_settings.org(),
            method(),
            m_tenant->text().trimmed(),
            m_clientId->text().trimmed(),
            m_authority->text().trimmed(),
            m_readOnly->isChecked()};
}

} // namespace SyncLens
