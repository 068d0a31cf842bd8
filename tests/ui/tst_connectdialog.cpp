#include "connectdialog.h"
#include "fakeentra.h"
#include "mainwindow.h"
#include "sync/syncengine.h"
#include "uitest.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>

using namespace SyncLens;
using namespace SyncLens::Test;

namespace {
QStringList g_log; // every message logged while the tests run
void collect(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log.append(QString::fromUtf8(context.category) + u' ' + message);
}
} // namespace

// The Connect dialog, driven with keys and clicks against a fake Entra on
// 127.0.0.1 (the browser is the fake's; the keychain is the real one).
class TestConnectDialog : public QObject
{
    Q_OBJECT

    FakeEntra *m_entra = nullptr;

    template<typename T> static T *child(QWidget &parent, const char *name)
    {
        auto *widget = parent.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    // A dialog over the fake, shown and active, its advanced part filled.
    std::unique_ptr<ConnectDialog> makeDialog(const QString &org, int method)
    {
        auto dialog = std::make_unique<ConnectDialog>();
        dialog->setBrowserOpener([this](const QUrl &url) { m_entra->answerInBrowser(url); });
        dialog->setCredentialStore(CredentialStore(QStringLiteral("SyncLens tests")));
        if (!UiTest::showActive(*dialog))
            return nullptr;
        QTest::keyClicks(child<QLineEdit>(*dialog, "environmentUrl"), org);
        auto *methods = child<QComboBox>(*dialog, "signInMethod");
        methods->setFocus();
        for (int i = 0; i < method; ++i)
            QTest::keyClick(methods, Qt::Key_Down);
        auto *toggle = child<QToolButton>(*dialog, "advancedToggle");
        if (!toggle->isChecked())
            QTest::mouseClick(toggle, Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(*dialog, "tenant"), m_entra->tenant);
        QTest::keyClicks(child<QLineEdit>(*dialog, "authority"), m_entra->authority().toString());
        return dialog;
    }

    static Result<QString> tokenOf(const LiveConnection &connection, QObject *context)
    {
        std::optional<Result<QString>> token;
        connection.tokens->requestToken(false, context,
                                        [&](const Result<QString> &t) { token = t; });
        if (!QTest::qWaitFor([&] { return token.has_value(); }, 20000))
            return makeError(Error::Code::Io, QStringLiteral("timed out"));
        return *token;
    }

    void verifyNoSecretIn(const QStringList &secrets)
    {
        QSettings().sync();
        QFile file(QSettings().fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray settings = file.readAll();
        QVERIFY(settings.contains("live")); // the remembered connection is there
        const QString log = g_log.join(u'\n');
        for (const QString &secret : secrets) {
            QVERIFY(!settings.contains(secret.toUtf8()));
            QVERIFY2(!log.contains(secret), qPrintable(log));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qInstallMessageHandler(collect);
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    }

    void init()
    {
        QSettings().clear();
        m_entra = new FakeEntra(this);
        QVERIFY(m_entra->start());
    }

    void cleanup() { delete m_entra; }

    void signsInInTheBrowser()
    {
        auto dialog = makeDialog(QStringLiteral("https://browser.crm.dynamics.com"), 0);
        QVERIFY(dialog);
        QVERIFY(!child<QLineEdit>(*dialog, "clientSecret")->isVisible());
        QSignalSpy connected(dialog.get(), &ConnectDialog::connected);
        QTest::keyClick(dialog.get(), Qt::Key_Return); // Sign In is the default button
        QVERIFY(connected.wait(20000));
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        const auto connection = connected.first().first().value<LiveConnection>();
        QCOMPARE(connection.settings.org(), QStringLiteral("https://browser.crm.dynamics.com"));
        QCOMPARE(connection.method, SignInMethod::Browser);
        QVERIFY(connection.tokens);
        const auto token = tokenOf(connection, this);
        QVERIFY(token.ok());
        QCOMPARE(*token, m_entra->lastAccessToken);
        // Remembered, without a secret; the tokens in no setting and no log.
        const auto remembered = RememberedConnections().all();
        QCOMPARE(remembered.size(), 1);
        QCOMPARE(remembered.first().url, QStringLiteral("https://browser.crm.dynamics.com"));
        QCOMPARE(remembered.first().tenant, m_entra->tenant);
        verifyNoSecretIn(m_entra->issued);
        CredentialStore(QStringLiteral("SyncLens tests"))
            .remove(connection.settings.refreshTokenKey(), this, [](const auto &) {});
    }

    void showsTheDeviceCodeAndCancels()
    {
        m_entra->deviceAnswers = QStringList(1000, QStringLiteral("pending"));
        auto dialog = makeDialog(QStringLiteral("https://device.crm.dynamics.com"), 1);
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(*dialog, "signInButton"), Qt::LeftButton);
        auto *code = child<QLabel>(*dialog, "deviceCode");
        QTRY_COMPARE(code->text(), QStringLiteral("FAKE-CODE"));
        QVERIFY(code->isVisible());
        QVERIFY(child<QLabel>(*dialog, "status")
                    ->text()
                    .contains(QStringLiteral("https://microsoft.com/devicelogin")));
        QVERIFY(child<QProgressBar>(*dialog, "progress")->isVisible());
        QVERIFY(!child<QPushButton>(*dialog, "signInButton")->isEnabled());
        QVERIFY(dialog->isSigningIn());
        // Esc cancels the sign-in, not the dialog.
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QVERIFY(!dialog->isSigningIn());
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(*dialog, "status")->text().contains(QStringLiteral("cancelled")));
        QVERIFY(!code->isVisible());
        QVERIFY(child<QPushButton>(*dialog, "signInButton")->isEnabled());
        QVERIFY(!child<QProgressBar>(*dialog, "progress")->isVisible());
        // Then Esc closes it.
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
    }

    void errorsAreSentences_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no URL") << QString() << QString() << QStringLiteral("environment URL");
        QTest::newRow("plain http") << QStringLiteral("http://contoso.example.com") << QString()
                                    << QStringLiteral("https://");
        QTest::newRow("wrong tenant")
            << QStringLiteral("https://contoso.crm.dynamics.com")
            << QStringLiteral("fabrikam.onmicrosoft.com") << QStringLiteral("does not exist");
    }

    void errorsAreSentences()
    {
        QFETCH(QString, url);
        QFETCH(QString, tenant);
        QFETCH(QString, mentions);
        auto dialog = makeDialog(url, 1);
        QVERIFY(dialog);
        if (!tenant.isEmpty()) {
            child<QLineEdit>(*dialog, "tenant")->clear();
            QTest::keyClicks(child<QLineEdit>(*dialog, "tenant"), tenant);
        }
        QSignalSpy connected(dialog.get(), &ConnectDialog::connected);
        QTest::mouseClick(child<QPushButton>(*dialog, "signInButton"), Qt::LeftButton);
        auto *status = child<QLabel>(*dialog, "status");
        QTRY_VERIFY2(status->text().contains(mentions), qPrintable(status->text()));
        QVERIFY(status->isVisible());
        QVERIFY(!dialog->isSigningIn());
        QVERIFY(dialog->isVisible());
        QCOMPARE(connected.count(), 0);
    }

    void clientSecretGoesToTheKeychainOnly()
    {
        auto dialog = makeDialog(QStringLiteral("https://app.crm.dynamics.com"), 2);
        QVERIFY(dialog);
        auto *secret = child<QLineEdit>(*dialog, "clientSecret");
        QVERIFY(secret->isVisible());
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QTest::keyClicks(secret, m_entra->clientSecret);
        child<QCheckBox>(*dialog, "openReadOnly")->setChecked(true);
        QSignalSpy connected(dialog.get(), &ConnectDialog::connected);
        QTest::mouseClick(child<QPushButton>(*dialog, "signInButton"), Qt::LeftButton);
        QVERIFY(connected.wait(20000));
        const auto connection = connected.first().first().value<LiveConnection>();
        QCOMPARE(connection.method, SignInMethod::ClientSecret);
        QVERIFY(connection.readOnly); // and remembered so
        QVERIFY(RememberedConnections().all().first().readOnly);
        QCOMPARE(*tokenOf(connection, this), m_entra->lastAccessToken);
        QVERIFY(secret->text().isEmpty());
        QCOMPARE(RememberedConnections().all().first().method, SignInMethod::ClientSecret);
        verifyNoSecretIn(m_entra->issued + QStringList{m_entra->clientSecret});
        CredentialStore(QStringLiteral("SyncLens tests"))
            .remove(connection.settings.clientSecretKey(), this, [](const auto &) {});
    }

    // "Open read-only" is remembered with the connection.
    void readOnlyIsRemembered()
    {
        RememberedConnection c{QStringLiteral("https://contoso.crm.dynamics.com"),
                               SignInMethod::Browser,
                               {},
                               {},
                               {},
                               true};
        RememberedConnections().remember(c);
        QVERIFY(RememberedConnections().isReadOnly(c));
        ConnectDialog dialog;
        auto *box = child<QCheckBox>(dialog, "openReadOnly");
        QVERIFY(box->isChecked()); // the remembered connection filled in
        c.readOnly = false;
        RememberedConnections().remember(c);
        QVERIFY(!RememberedConnections().isReadOnly(c));
    }
    void rememberedConnectionsFillTheForm()
    {
        RememberedConnections remembered;
        remembered.remember(
            {QStringLiteral("https://one.crm.dynamics.com"), SignInMethod::Browser, {}, {}, {}});
        remembered.remember({QStringLiteral("https://two.crm.dynamics.com"),
                             SignInMethod::DeviceCode,
                             QStringLiteral("two.onmicrosoft.com"),
                             {},
                             {}});
        ConnectDialog dialog;
        QVERIFY(UiTest::showActive(dialog));
        auto *box = child<QComboBox>(dialog, "rememberedConnections");
        QCOMPARE(box->count(), 2);
        // The most recent first, already in the form.
        QCOMPARE(child<QLineEdit>(dialog, "environmentUrl")->text(),
                 QStringLiteral("https://two.crm.dynamics.com"));
        QCOMPARE(child<QComboBox>(dialog, "signInMethod")->currentIndex(), 1);
        QCOMPARE(child<QLineEdit>(dialog, "tenant")->text(), QStringLiteral("two.onmicrosoft.com"));
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(child<QLineEdit>(dialog, "environmentUrl")->text(),
                 QStringLiteral("https://one.crm.dynamics.com"));
        QCOMPARE(child<QComboBox>(dialog, "signInMethod")->currentIndex(), 0);
        QTest::mouseClick(child<QToolButton>(dialog, "forgetConnection"), Qt::LeftButton);
        QCOMPARE(RememberedConnections().all().size(), 1);
        QCOMPARE(box->count(), 1);
    }

    void theWindowsFileMenuOpensIt()
    {
        SyncEngineThread engine;
        MainWindow window(engine.engine());
        QVERIFY(UiTest::showActive(window));
        QSignalSpy connected(&window, &MainWindow::liveConnected);
        auto *action = window.findChild<QAction *>(QStringLiteral("connectLiveAction"));
        QVERIFY(action);
        QVERIFY(action->text().contains(QStringLiteral("Dynamics 365")));
        action->trigger();
        auto *dialog = window.findChild<ConnectDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->setBrowserOpener([this](const QUrl &url) { m_entra->answerInBrowser(url); });
        dialog->setCredentialStore(CredentialStore(QStringLiteral("SyncLens tests")));
        child<QLineEdit>(*dialog, "environmentUrl")
            ->setText(QStringLiteral("https://window.crm.dynamics.com"));
        child<QToolButton>(*dialog, "advancedToggle")->setChecked(true);
        child<QLineEdit>(*dialog, "tenant")->setText(m_entra->tenant);
        child<QLineEdit>(*dialog, "authority")->setText(m_entra->authority().toString());
        child<QPushButton>(*dialog, "signInButton")->click();
        QVERIFY(connected.wait(20000));
        const auto connection = connected.first().first().value<LiveConnection>();
        QCOMPARE(connection.settings.org(), QStringLiteral("https://window.crm.dynamics.com"));
        CredentialStore(QStringLiteral("SyncLens tests"))
            .remove(connection.settings.refreshTokenKey(), this, [](const auto &) {});
    }

    // SYNCLENS_SCREENSHOT=FILE.png saves the dialog as a person first sees it
    // with a remembered connection and the advanced part open.
    void screenshot()
    {
        const QString file = qEnvironmentVariable("SYNCLENS_SCREENSHOT");
        if (file.isEmpty())
            QSKIP("SYNCLENS_SCREENSHOT is not set");
        RememberedConnections().remember({QStringLiteral("https://contoso.crm4.dynamics.com"),
                                          SignInMethod::Browser,
                                          QStringLiteral("contoso.onmicrosoft.com"),
                                          {},
                                          {}});
        ConnectDialog dialog;
        dialog.show(); // exposed is enough: Xvfb may have no window manager to activate it
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.adjustSize();
        QVERIFY(dialog.grab().save(file));
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
