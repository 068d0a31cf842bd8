#include "fakeentra.h"
#include "live/usertokenprovider.h"

#include "totext.h"
#include <QSignalSpy>

#include <QTest>
#include <QUuid>

using namespace SyncLens;
using namespace SyncLens::Test;

// Access tokens from memory, from the refresh token in the real keychain (a
// Secret Service must run), or from an interactive sign-in when that fails.
class TestUserTokenProvider : public QObject
{
    Q_OBJECT

private:
    const CredentialStore m_store{QStringLiteral("SyncLens tests")};

    CredentialStore::Outcome keychain(const std::function<void(CredentialStore::Done)> &call)
    {
        std::optional<CredentialStore::Outcome> outcome;
        call([&](const CredentialStore::Outcome &o) { outcome = o; });
        (void)QTest::qWaitFor([&] { return outcome.has_value(); }, 20000);
        return outcome.value_or(CredentialStore::Outcome{});
    }

    // Settings of an org of its own per test, so that keys never mix.
    SignInSettings freshOrg(const FakeEntra &entra)
    {
        return entra.settings(QStringLiteral("https://org-%1.crm.dynamics.com")
                                  .arg(QUuid::createUuid().toString(QUuid::Id128)));
    }

    Result<QString> request(UserTokenProvider &provider, bool force = false)
    {
        std::optional<Result<QString>> token;
        provider.requestToken(force, this, [&](const Result<QString> &t) { token = t; });
        if (!QTest::qWaitFor([&] { return token.has_value(); }, 20000))
            return makeError(Error::Code::Io, QStringLiteral("timed out"));
        return *token;
    }

private Q_SLOTS:
    void refreshesSilentlyFromTheKeychain()
    {
        FakeEntra entra;
        QVERIFY(entra.start());
        const SignInSettings settings = freshOrg(entra);
        entra.addRefreshToken(QStringLiteral("stored-refresh-token"));
        QVERIFY(keychain([&](auto done) {
                    m_store.write(settings.refreshTokenKey(),
                                  QStringLiteral("stored-refresh-token"), this, done);
                }).ok);
        UserTokenProvider provider(settings);
        provider.setCredentialStore(m_store);
        const auto token = request(provider);
        SL_VERIFY_OK(token);
        QCOMPARE(*token, entra.lastAccessToken);
        const FakeHttpRequest &refresh = entra.http().requests().last();
        QCOMPARE(refresh.form.value(QStringLiteral("refresh_token")),
                 QStringLiteral("stored-refresh-token"));
        QCOMPARE(refresh.form.value(QStringLiteral("scope")), settings.scope());
        // The answer's new refresh token replaced the stored one.
        QTRY_COMPARE(keychain([&](auto done) {
                         m_store.read(settings.refreshTokenKey(), this, done);
                     }).secret,
                     entra.lastRefreshToken);
        // The token in memory serves the next request; forceRefresh asks again.
        QCOMPARE(*request(provider), entra.lastAccessToken);
        QCOMPARE(entra.count(QStringLiteral("refresh_token")), 1);
        const auto forced = request(provider, true);
        QVERIFY(forced.ok());
        QCOMPARE(entra.count(QStringLiteral("refresh_token")), 2);
        QCOMPARE(*forced, entra.lastAccessToken);
        keychain([&](auto done) { m_store.remove(settings.refreshTokenKey(), this, done); });
    }

    void requestsMeanwhileShareOneRefresh()
    {
        FakeEntra entra;
        QVERIFY(entra.start());
        const SignInSettings settings = freshOrg(entra);
        entra.addRefreshToken(QStringLiteral("rt"));
        QVERIFY(keychain([&](auto done) {
                    m_store.write(settings.refreshTokenKey(), QStringLiteral("rt"), this, done);
                }).ok);
        UserTokenProvider provider(settings);
        provider.setCredentialStore(m_store);
        QStringList tokens;
        for (int i = 0; i < 3; ++i)
            provider.requestToken(false, this, [&](const Result<QString> &t) {
                tokens.append(t ? *t : t.error().message);
            });
        QTRY_COMPARE(tokens.size(), 3);
        QCOMPARE(tokens, QStringList(3, entra.lastAccessToken));
        QCOMPARE(entra.count(QStringLiteral("refresh_token")), 1);
        keychain([&](auto done) { m_store.remove(settings.refreshTokenKey(), this, done); });
    }

    void expiredRefreshTokenSaysSignInAgain()
    {
        FakeEntra entra;
        QVERIFY(entra.start());
        const SignInSettings settings = freshOrg(entra);
        QVERIFY(keychain([&](auto done) { // the fake does not know it: invalid_grant
                    m_store.write(settings.refreshTokenKey(),
                                  QStringLiteral("stale-refresh-token-1"), this, done);
                })
                    .ok);
        UserTokenProvider provider(settings);
        provider.setCredentialStore(m_store);
        const auto token = request(provider);
        QVERIFY(!token.ok());
        QVERIFY2(token.error().message.contains(QStringLiteral("Sign in again")),
                 qPrintable(token.error().message));
        QVERIFY(token.error().message.contains(settings.org()));
        QVERIFY(!token.error().message.contains(QStringLiteral("stale-refresh-token-1")));
        // The useless token is gone from the keychain.
        QTRY_VERIFY(keychain([&](auto done) {
                        m_store.read(settings.refreshTokenKey(), this, done);
                    }).notFound);
    }

    void notSignedInSaysHow()
    {
        FakeEntra entra;
        QVERIFY(entra.start());
        UserTokenProvider provider(freshOrg(entra));
        provider.setCredentialStore(m_store);
        const auto token = request(provider);
        QVERIFY(!token.ok());
        QCOMPARE(token.error().code, Error::Code::NotFound);
        QVERIFY(token.error().message.contains(QStringLiteral("live login")));
        QCOMPARE(entra.http().requests().size(), 0);
    }

    void signsInInteractivelyWhenTheSavedSignInIsGone()
    {
        FakeEntra entra;
        QVERIFY(entra.start());
        const SignInSettings settings = freshOrg(entra);
        QList<DeviceCodePrompt> shown;
        auto provider = UserTokenProvider::deviceCode(
            settings, [&](const DeviceCodePrompt &prompt) { shown.append(prompt); });
        provider->setCredentialStore(m_store);
        const auto token = request(*provider);
        SL_VERIFY_OK(token);
        QCOMPARE(*token, entra.lastAccessToken);
        QCOMPARE(shown.size(), 1);
        // Signed in: the next request is silent, from memory.
        const qsizetype before = entra.http().requests().size();
        QCOMPARE(*request(*provider), entra.lastAccessToken);
        QCOMPARE(entra.http().requests().size(), before);
        // The refresh token went to the keychain, where a new provider finds it.
        UserTokenProvider later(settings);
        later.setCredentialStore(m_store);
        QVERIFY(request(later).ok());
        QCOMPARE(shown.size(), 1);
        keychain([&](auto done) { m_store.remove(settings.refreshTokenKey(), this, done); });
    }

    void destroyedContextGetsNoAnswer()
    {
        FakeEntra entra;
        QVERIFY(entra.start());
        UserTokenProvider provider(freshOrg(entra));
        provider.setCredentialStore(m_store);
        provider.setTokens({QStringLiteral("in-memory"), QString(),
                            QDateTime::currentDateTimeUtc().addSecs(3600)});
        bool called = false;
        auto *context = new QObject;
        provider.requestToken(false, context, [&](const Result<QString> &) { called = true; });
        delete context;
        QCOMPARE(*request(provider), QStringLiteral("in-memory")); // later answers arrive
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestUserTokenProvider)
#include "tst_usertokenprovider.moc"
