#include "live/credentialstore.h"
#include "live/pkce.h"
#include "live/signinsettings.h"

#include "totext.h"

#include <QTest>

using namespace SyncLens;

// Sign-in settings from what a person types, PKCE values, keychain keys.
class TestSignInSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsAndNormalises_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("org");
        QTest::newRow("plain") << QStringLiteral("https://contoso.crm.dynamics.com")
                               << QStringLiteral("https://contoso.crm.dynamics.com");
        QTest::newRow("no scheme") << QStringLiteral(" contoso.crm4.dynamics.com/ ")
                                   << QStringLiteral("https://contoso.crm4.dynamics.com");
        QTest::newRow("a link into the app")
            << QStringLiteral("https://contoso.crm.dynamics.com/main.aspx?appid=1#x")
            << QStringLiteral("https://contoso.crm.dynamics.com");
        QTest::newRow("http on 127.0.0.1")
            << QStringLiteral("http://127.0.0.1:8080") << QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("http on localhost")
            << QStringLiteral("http://localhost:9") << QStringLiteral("http://localhost:9");
        QTest::newRow("http on ::1")
            << QStringLiteral("http://[::1]:9") << QStringLiteral("http://[::1]:9");
    }

    void acceptsAndNormalises()
    {
        QFETCH(QString, input);
        QFETCH(QString, org);
        const auto settings = SignInSettings::fromInput(input);
        SL_VERIFY_OK(settings);
        QCOMPARE(settings->org(), org);
        QCOMPARE(settings->scope(), org + QStringLiteral("/user_impersonation offline_access"));
        QCOMPARE(settings->tenant, QStringLiteral("organizations"));
        QCOMPARE(settings->clientId, QStringLiteral("51f81489-12ee-4a9e-aaae-a2591f45987d"));
        QCOMPARE(settings->endpoint(QStringLiteral("token")),
                 QUrl(QStringLiteral(
                     "https://login.microsoftonline.com/organizations/oauth2/v2.0/token")));
    }

    void refusesWithASentence_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("authority");
        QTest::addColumn<QString>("mentions");
        const QString org = QStringLiteral("https://contoso.crm.dynamics.com");
        QTest::newRow("empty URL") << QString() << QString() << QString() << QString()
                                   << QStringLiteral("environment URL");
        QTest::newRow("plain http elsewhere")
            << QStringLiteral("http://contoso.crm.dynamics.com") << QString() << QString()
            << QString() << QStringLiteral("https://");
        QTest::newRow("plain http authority")
            << org << QString() << QString() << QStringLiteral("http://login.example.com")
            << QStringLiteral("authority");
        QTest::newRow("ftp") << QStringLiteral("ftp://contoso") << QString() << QString()
                             << QString() << QStringLiteral("https://");
        QTest::newRow("user in the URL")
            << QStringLiteral("https://u:p@contoso") << QString() << QString() << QString()
            << QStringLiteral("not an environment URL");
        QTest::newRow("tenant with a slash") << org << QStringLiteral("contoso/x") << QString()
                                             << QString() << QStringLiteral("not a tenant");
        QTest::newRow("client id not a GUID") << org << QString() << QStringLiteral("my-app")
                                              << QString() << QStringLiteral("not a client id");
    }

    void refusesWithASentence()
    {
        QFETCH(QString, url);
        QFETCH(QString, tenant);
        QFETCH(QString, clientId);
        QFETCH(QString, authority);
        QFETCH(QString, mentions);
        const auto settings = SignInSettings::fromInput(url, tenant, clientId, authority);
        QVERIFY(!settings.ok());
        QCOMPARE(settings.error().code, Error::Code::InvalidArgument);
        QVERIFY2(settings.error().message.contains(mentions), qPrintable(settings.error().message));
    }

    void everyPartIsSettable()
    {
        const auto settings =
            SignInSettings::fromInput(QStringLiteral("https://contoso.crm.dynamics.com"),
                                      QStringLiteral("contoso.onmicrosoft.com"),
                                      QStringLiteral("00000000-0000-0000-0000-0000000000aa"),
                                      QStringLiteral("http://127.0.0.1:4000/base/"));
        QVERIFY(settings.ok());
        QCOMPARE(settings->endpoint(QStringLiteral("devicecode")),
                 QUrl(QStringLiteral("http://127.0.0.1:4000/base/contoso.onmicrosoft.com/"
                                     "oauth2/v2.0/devicecode")));
        QCOMPARE(settings->clientId, QStringLiteral("00000000-0000-0000-0000-0000000000aa"));
    }

    void keysPerOrgTenantAndClient()
    {
        auto a = *SignInSettings::fromInput(QStringLiteral("https://a.crm.dynamics.com"));
        auto b = a;
        b.tenant = QStringLiteral("other");
        QVERIFY(a.refreshTokenKey() != b.refreshTokenKey());
        QVERIFY(a.refreshTokenKey() != a.clientSecretKey());
        QCOMPARE(a.clientSecretKey(), CredentialStore::keyFor(a.org(), a.clientId));
    }

    // RFC 7636, appendix B.
    void pkceChallengeOfTheRfcExample()
    {
        QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void pkceVerifiersAreRandomAndUrlSafe()
    {
        const Pkce a = Pkce::generate();
        const Pkce b = Pkce::generate();
        QCOMPARE(a.verifier.size(), 43);
        QVERIFY(a.verifier != b.verifier);
        QCOMPARE(a.challenge, Pkce::challengeFor(a.verifier));
        for (char c : a.verifier + a.challenge)
            QVERIFY(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_');
    }
};

QTEST_GUILESS_MAIN(TestSignInSettings)
#include "tst_signinsettings.moc"
