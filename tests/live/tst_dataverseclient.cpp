#include "live/dataverseclient.h"
#include "live/pagereader.h"
#include "livefixture.h"
#include "totext.h"

#include <QSignalSpy>
#include <QTest>

using namespace SyncLens;

namespace {

// One GET through the client, waited for.
struct Outcome
{
    bool done = false;
    int status = 0;
    std::optional<Result<QJsonObject>> body;
};

} // namespace

// The Dataverse client against the fake: paging, sign-in, throttling,
// refusals, cancel, and which URLs it accepts.
class TestDataverseClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::LiveFixture> m_fixture;
    std::unique_ptr<ClientCredentialsProvider> m_tokens;
    std::unique_ptr<DataverseClient> m_client;

    DataverseRequest mailboxes() const
    {
        DataverseRequest r;
        r.what = QStringLiteral("the mailboxes");
        r.entitySet = QStringLiteral("mailboxes");
        r.url = m_client->apiUrl(QStringLiteral("mailboxes"), QStringLiteral("$select=name"));
        r.maxPageSize = 3;
        return r;
    }

    Outcome get(const DataverseRequest &request)
    {
        Outcome outcome;
        m_client->get(request, this, [&outcome](int status, const Result<QJsonObject> &body) {
            outcome.done = true;
            outcome.status = status;
            outcome.body = body;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 20000); }();
        return outcome;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<Test::LiveFixture>(4, 200);
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
        m_tokens = std::make_unique<ClientCredentialsProvider>(m_fixture->signIn(),
                                                               m_fixture->fake().clientSecret);
        m_client = std::make_unique<DataverseClient>(m_fixture->fake().url(), m_tokens.get());
        m_client->setRetryPolicy(Test::LiveFixture::fastRetries());
    }

    void cleanup()
    {
        m_client.reset();
        m_tokens.reset();
        m_fixture.reset();
    }

    void orgUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << QStringLiteral("https://contoso.crm.dynamics.com/") << true;
        QTest::newRow("http on loopback") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << true;
        QTest::newRow("http elsewhere")
            << QStringLiteral("http://contoso.crm.dynamics.com") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://contoso.crm.dynamics.com") << false;
        QTest::newRow("no URL") << QStringLiteral("contoso") << false;
    }

    void orgUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const auto checked = DataverseClient::checkOrgUrl(url);
        QCOMPARE(checked.ok(), accepted);
        if (!accepted)
            QCOMPARE(checked.error().code, Error::Code::InvalidArgument);
    }

    void readsEveryPageByNextLink()
    {
        QStringList names;
        std::optional<Result<void>> done;
        PageReader::readAll(
            m_client.get(), mailboxes(), this,
            [&names](const QJsonArray &rows) -> Result<void> {
                for (const QJsonValue &row : rows)
                    names.append(row.toObject().value(QStringLiteral("name")).toString());
                return {};
            },
            [&done](const Result<void> &r) { done = r; });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 20000);
        SL_VERIFY_OK(*done);
        QCOMPARE(names.size(), 5);             // four users' mailboxes and the queue's
        QCOMPARE(m_client->requestsSent(), 2); // pages of 3
    }

    void aRefusedTokenIsRefreshedOnceThenSignInAgain()
    {
        m_fixture->fake().faults().add(Fake::FakeFaults::Kind::ExpiredToken, 1, 100);
        const Outcome outcome = get(mailboxes());
        QVERIFY(!outcome.body->ok());
        QCOMPARE(outcome.status, 401);
        QVERIFY(outcome.body->error().message.contains(QStringLiteral("sign in again")));
        QCOMPARE(m_fixture->fake().apiRequests(), 2);   // the first try and one with a new token
        QCOMPARE(m_fixture->fake().tokenRequests(), 2); // the first token and the fresh one
    }

    void throttlingIsShownAndWaitedOut()
    {
        m_fixture->fake().faults().retryAfterSeconds = 7;
        m_fixture->fake().faults().add(Fake::FakeFaults::Kind::Throttle, 1, 2);
        QSignalSpy throttled(m_client.get(), &DataverseClient::throttled);
        const Outcome outcome = get(mailboxes());
        SL_VERIFY_OK(*outcome.body);
        QCOMPARE(throttled.size(), 2);
        QCOMPARE(throttled.first().at(0).toInt(), 7);
        QCOMPARE(m_fixture->fake().apiRequests(), 3);
    }

    void cancelEndsAThrottledWait()
    {
        m_fixture->fake().faults().retryAfterSeconds = 300; // 3 s at the test's scale
        m_fixture->fake().faults().add(Fake::FakeFaults::Kind::Throttle, 1);
        QSignalSpy throttled(m_client.get(), &DataverseClient::throttled);
        Outcome outcome;
        m_client->get(mailboxes(), this, [&outcome](int status, const Result<QJsonObject> &body) {
            outcome.done = true;
            outcome.status = status;
            outcome.body = body;
        });
        QVERIFY(throttled.wait(10000));
        m_client->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 1000);
        QCOMPARE(outcome.body->error().code, Error::Code::Cancelled);
        QCOMPARE(m_fixture->fake().apiRequests(), 1);
    }

    void refusalNamesThePrivilege()
    {
        m_fixture->fake().deniedEntitySets.insert(QStringLiteral("mailboxes"));
        const Outcome outcome = get(mailboxes());
        QCOMPARE(outcome.status, 403);
        const QString message = outcome.body->error().message;
        QVERIFY2(message.contains(QStringLiteral("prvReadMailbox")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("the mailboxes")));
        QCOMPARE(m_fixture->fake().apiRequests(), 1); // a 403 is not retried
    }

    void aCutBodyNamesTheRequest()
    {
        m_fixture->fake().faults().add(Fake::FakeFaults::Kind::Truncate, 1);
        const Outcome outcome = get(mailboxes());
        QVERIFY(!outcome.body->ok());
        const QString message = outcome.body->error().message;
        QVERIFY2(message.contains(QStringLiteral("the mailboxes")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("not a complete JSON")));
    }

    void transientFailuresAreRetried_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("count");
        QTest::newRow("503") << int(Fake::FakeFaults::Kind::Unavailable) << 2;
        // Once only: Qt itself may send a GET again on a reused connection.
        QTest::newRow("dropped connection") << int(Fake::FakeFaults::Kind::Drop) << 1;
        QTest::newRow("slow answer") << int(Fake::FakeFaults::Kind::Slow) << 2;
    }

    void transientFailuresAreRetried()
    {
        QFETCH(int, kind);
        QFETCH(int, count);
        m_fixture->fake().faults().add(Fake::FakeFaults::Kind(kind), 1, count);
        QSignalSpy retrying(m_client.get(), &DataverseClient::retrying);
        const Outcome outcome = get(mailboxes());
        SL_VERIFY_OK(*outcome.body);
        QCOMPARE(retrying.size(), count);
        QCOMPARE(m_client->requestsSent(), count + 1);
    }

    void nextLinkOutsideTheOrgIsNotFollowed()
    {
        QVERIFY(!m_client->isOwnUrl(QUrl(
            QStringLiteral("http://127.0.0.2:%1/api/data/v9.2/x").arg(m_fixture->fake().port()))));
        QVERIFY(m_client->isOwnUrl(m_client->apiUrl(QStringLiteral("mailboxes"))));
    }
};

QTEST_GUILESS_MAIN(TestDataverseClient)
#include "tst_dataverseclient.moc"
