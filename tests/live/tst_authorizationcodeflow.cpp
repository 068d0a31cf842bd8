#include "fakeentra.h"
#include "live/authorizationcodeflow.h"
#include "live/loopbackredirectlistener.h"
#include "live/pkce.h"

#include "totext.h"
#include <QSignalSpy>

#include <QTest>

using namespace SyncLens;
using namespace SyncLens::Test;

// Authorization code with PKCE against a fake Entra on 127.0.0.1; the fake's
// "browser" follows the authorization URL and sends the redirect. Saves the
// refresh token in the real keychain (a Secret Service must run).
class TestAuthorizationCodeFlow : public QObject
{
    Q_OBJECT

private:
    static QString param(const QUrl &url, const char *key)
    {
        return QUrlQuery(url).queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
    }

    static CredentialStore::Outcome readKeychain(QObject *context, const QString &key)
    {
        std::optional<CredentialStore::Outcome> outcome;
        CredentialStore(QStringLiteral("SyncLens tests"))
            .read(key, context, [&](const CredentialStore::Outcome &o) { outcome = o; });
        (void)QTest::qWaitFor([&] { return outcome.has_value(); }, 20000);
        return outcome.value_or(CredentialStore::Outcome{});
    }

private Q_SLOTS:
    void signsInWithPkce()
    {
        FakeEntra entra;
        QVERIFY(entra.start());
        AuthorizationCodeFlow flow(entra.settings(QStringLiteral("https://pkce.crm.dynamics.com")),
                                   [&](const QUrl &url) { entra.answerInBrowser(url); });
        flow.setCredentialStore(CredentialStore(QStringLiteral("SyncLens tests")));
        QSignalSpy finished(&flow, &SignInFlow::finished);
        flow.start();
        QCOMPARE(flow.listener()->address(), QHostAddress(QHostAddress::LocalHost));
        QVERIFY(finished.wait(20000));
        SL_VERIFY_OK(flow.result());
        QCOMPARE(flow.result()->accessToken, entra.lastAccessToken);

        // The authorization request: S256, our state and scope, the loopback redirect.
        const QUrl url = flow.authorizationUrl();
        QCOMPARE(url.path(), QStringLiteral("/contoso.onmicrosoft.com/oauth2/v2.0/authorize"));
        QCOMPARE(param(url, "code_challenge_method"), QStringLiteral("S256"));
        QCOMPARE(param(url, "response_type"), QStringLiteral("code"));
        QCOMPARE(param(url, "scope"),
                 QStringLiteral("https://pkce.crm.dynamics.com/user_impersonation offline_access"));
        QVERIFY(param(url, "redirect_uri").startsWith(QStringLiteral("http://localhost:")));
        QVERIFY(param(url, "state").size() >= 16);
        // The token request proved the challenge with its verifier.
        const FakeHttpRequest &redeem = entra.http().requests().last();
        QCOMPARE(redeem.form.value(QStringLiteral("grant_type")),
                 QStringLiteral("authorization_code"));
        QCOMPARE(QString::fromLatin1(Pkce::challengeFor(
                     redeem.form.value(QStringLiteral("code_verifier")).toLatin1())),
                 param(url, "code_challenge"));
        QVERIFY(!redeem.form.contains(QStringLiteral("client_secret")));
        QCOMPARE(redeem.peer, QHostAddress(QHostAddress::LocalHost));
        // The browser got the page, the listener is closed, the refresh token is saved.
        QTRY_VERIFY(entra.browserPage.contains("close this tab"));
        QVERIFY(!flow.listener()->isListening());
        const auto saved = readKeychain(this, flow.settings().refreshTokenKey());
        QVERIFY2(saved.ok, qPrintable(saved.errorMessage));
        QCOMPARE(saved.secret, entra.lastRefreshToken);
        QVERIFY(flow.keychainWarning().isEmpty());
    }

    void refusesAnswers_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("state mismatch") << QString() << QStringLiteral("forged")
                                        << int(Error::Code::Io) << QStringLiteral("state");
        QTest::newRow("user cancelled")
            << QStringLiteral("access_denied") << QString() << int(Error::Code::Cancelled)
            << QStringLiteral("cancelled");
    }

    void refusesAnswers()
    {
        QFETCH(QString, error);
        QFETCH(QString, state);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        FakeEntra entra;
        QVERIFY(entra.start());
        AuthorizationCodeFlow flow(
            entra.settings(), [&](const QUrl &url) { entra.answerInBrowser(url, error, state); });
        QSignalSpy finished(&flow, &SignInFlow::finished);
        flow.start();
        QVERIFY(finished.wait(20000));
        QVERIFY(!flow.result().ok());
        QCOMPARE(int(flow.result().error().code), code);
        QVERIFY2(flow.result().error().message.contains(mentions),
                 qPrintable(flow.result().error().message));
        QCOMPARE(entra.count(QStringLiteral("authorization_code")), 0); // no code redeemed
    }

    void wrongTenantSaysSo()
    {
        FakeEntra entra;
        QVERIFY(entra.start());
        SignInSettings settings = entra.settings();
        settings.tenant = QStringLiteral("fabrikam.onmicrosoft.com");
        // The fake's token endpoint knows only contoso: it answers AADSTS90002.
        AuthorizationCodeFlow flow(settings, [&](const QUrl &url) { entra.answerInBrowser(url); });
        QSignalSpy finished(&flow, &SignInFlow::finished);
        flow.start();
        QVERIFY(finished.wait(20000));
        QVERIFY(!flow.result().ok());
        QCOMPARE(flow.result().error().code, Error::Code::InvalidArgument);
        QVERIFY2(flow.result().error().message.contains(
                     QStringLiteral("tenant \"fabrikam.onmicrosoft.com\" does not exist")),
                 qPrintable(flow.result().error().message));
    }

    void cancelStopsListening()
    {
        FakeEntra entra;
        QVERIFY(entra.start());
        QUrl opened;
        AuthorizationCodeFlow flow(entra.settings(), [&](const QUrl &url) { opened = url; });
        QSignalSpy finished(&flow, &SignInFlow::finished);
        flow.start();
        QVERIFY(flow.listener()->isListening());
        flow.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(flow.result().error().code, Error::Code::Cancelled);
        QVERIFY(!flow.listener()->isListening());
        entra.answerInBrowser(opened); // too late: nobody listens
        QVERIFY(QSignalSpy(&entra, &FakeEntra::browserDone).wait(10000));
        QCOMPARE(entra.browserStatus, 0);
        QCOMPARE(finished.count(), 1);
    }

    void plainHttpAuthorityRefused()
    {
        SignInSettings settings;
        settings.orgUrl = QUrl(QStringLiteral("https://contoso.crm.dynamics.com"));
        settings.authority = QUrl(QStringLiteral("http://login.example.com"));
        bool opened = false;
        AuthorizationCodeFlow flow(settings, [&](const QUrl &) { opened = true; });
        flow.start();
        QVERIFY(flow.isFinished());
        QCOMPARE(flow.result().error().code, Error::Code::InvalidArgument);
        QVERIFY(!opened);
    }
};

QTEST_GUILESS_MAIN(TestAuthorizationCodeFlow)
#include "tst_authorizationcodeflow.moc"
