#include "fakeodatafilter.h"
#include "fakeroutes.h"
#include "live/dataverserequest.h"
#include "live/fetchxmlpaging.h"
#include "live/liveimportmappers.h"
#include "totext.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace SyncLens;

// FetchXML paging cookies as the Web API documents them, headers, and the
// mapping of Dataverse rows: each piece on its own.
class TestFetchXmlPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedCookieIsDecodedTwice()
    {
        // The annotation of dataverse-web-api.md §5.2, verbatim.
        const QString annotation = QStringLiteral(
            "<cookie pagenumber=\"2\" pagingcookie=\"%253ccookie%2520page%253d%25221%2522%253e%253c"
            "fullname%2520last%253d%2522Robert%2520Lyon%2520%2528sample%2529%2522%2520first%253d%"
            "2522"
            "Susanna%2520Stubberod%2520%2528sample%2529%2522%2520%252f%253e%253ccontactid%2520last%"
            "253d"
            "%2522%257b30717E9C-643F-ED11-9DB0-002248225E95%257d%2522%2520first%253d%2522%"
            "257b20717E9C-"
            "643F-ED11-9DB0-002248225E95%257d%2522%2520%252f%253e%253c%252fcookie%253e\" "
            "istracking=\"False\" />");
        const auto cookie = FetchXmlPaging::parseAnnotation(annotation);
        SL_VERIFY_OK(cookie);
        QCOMPARE(cookie->pageNumber, 2);
        QCOMPARE(cookie->pagingCookie,
                 QStringLiteral("<cookie page=\"1\"><fullname last=\"Robert Lyon (sample)\" "
                                "first=\"Susanna Stubberod (sample)\" /><contactid "
                                "last=\"{30717E9C-643F-ED11-9DB0-002248225E95}\" "
                                "first=\"{20717E9C-643F-ED11-9DB0-002248225E95}\" /></cookie>"));
    }

    void unreadableCookieIsAnError()
    {
        QVERIFY(!FetchXmlPaging::parseAnnotation(QStringLiteral("<cookie page=")).ok());
        QVERIFY(!FetchXmlPaging::parseAnnotation(QStringLiteral("<other pagenumber=\"2\"/>")).ok());
    }

    void pageAndCookieGoOnFetch()
    {
        const QString fetch =
            QStringLiteral("<fetch version=\"1.0\" page=\"9\"><entity name=\"contact\">"
                           "<attribute name=\"fullname\"/></entity></fetch>");
        const QString cookie =
            QStringLiteral("<cookie page=\"1\"><contactid last=\"{A&B}\" /></cookie>");
        const auto paged = FetchXmlPaging::withPage(fetch, 2, 50, cookie);
        SL_VERIFY_OK(paged);
        QXmlStreamReader reader(*paged);
        QVERIFY(reader.readNextStartElement());
        const auto attributes = reader.attributes();
        QCOMPARE(attributes.value(QLatin1String("page")).toString(), QStringLiteral("2"));
        QCOMPARE(attributes.value(QLatin1String("count")).toString(), QStringLiteral("50"));
        QCOMPARE(attributes.value(QLatin1String("version")).toString(), QStringLiteral("1.0"));
        // XML-encoded on the way in, the same text on the way out.
        QCOMPARE(attributes.value(QLatin1String("paging-cookie")).toString(), cookie);
        QVERIFY(!paged->contains(QStringLiteral("page=\"9\"")));
        QVERIFY(paged->contains(QStringLiteral("<attribute name=\"fullname\"")));
        QVERIFY(!FetchXmlPaging::withPage(QStringLiteral("<fetch><entity"), 2, 5, {}).ok());
    }

    void fakeCookieRoundTrip()
    {
        // The fake's cookie read back by the client, and the client's
        // paging-cookie read by the fake: the id after which page 3 starts.
        const QString outer = Fake::FakeRoutes::makeCookie(
            3, QStringLiteral("contactid"), QStringLiteral("con-1"), QStringLiteral("con-9 & <x>"));
        const auto cookie = FetchXmlPaging::parseAnnotation(outer);
        SL_VERIFY_OK(cookie);
        QCOMPARE(cookie->pageNumber, 3);
        QCOMPARE(Fake::FakeRoutes::lastIdOfInnerCookie(cookie->pagingCookie),
                 QStringLiteral("con-9 & <x>"));
    }

    void headersAreTheDocumentedOnes_data()
    {
        QTest::addColumn<int>("annotations");
        QTest::addColumn<QByteArray>("prefer");
        QTest::newRow("none") << 0 << QByteArray("odata.maxpagesize=5000");
        QTest::newRow("lookups") << int(DataverseRequest::Lookups)
                                 << QByteArray("odata.maxpagesize=5000,odata.include-annotations="
                                               "\"Microsoft.Dynamics.CRM.lookuplogicalname\"");
        QTest::newRow("paging")
            << int(DataverseRequest::PagingCookie)
            << QByteArray("odata.maxpagesize=5000,odata.include-annotations=\"Microsoft.Dynamics."
                          "CRM.fetchxmlpagingcookie,Microsoft.Dynamics.CRM.morerecords\"");
    }

    void headersAreTheDocumentedOnes()
    {
        QFETCH(int, annotations);
        QFETCH(QByteArray, prefer);
        DataverseRequest request;
        request.url =
            QUrl(QStringLiteral("https://contoso.crm.dynamics.com/api/data/v9.2/mailboxes"));
        request.annotations = annotations;
        const QNetworkRequest r = request.toNetworkRequest(QStringLiteral("tok"));
        QCOMPARE(r.rawHeader("Accept"), QByteArray("application/json"));
        QCOMPARE(r.rawHeader("OData-MaxVersion"), QByteArray("4.0"));
        QCOMPARE(r.rawHeader("OData-Version"), QByteArray("4.0"));
        QCOMPARE(r.rawHeader("If-None-Match"), QByteArray("null"));
        QCOMPARE(r.rawHeader("Authorization"), QByteArray("Bearer tok"));
        QCOMPARE(r.rawHeader("Prefer"), prefer);
        QVERIFY(!r.hasRawHeader("CallerObjectId"));
    }

    void fakeFilterSubset_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<bool>("matches");
        QTest::newRow("or in parentheses")
            << QStringLiteral("(querytype eq 256 or querytype eq 16)") << true;
        QTest::newRow("and") << QStringLiteral("querytype eq 16 and _ownerid_value eq u-1") << true;
        QTest::newRow("and fails")
            << QStringLiteral("querytype eq 16 and _ownerid_value eq u-2") << false;
        QTest::newRow("date ge") << QStringLiteral("createdon ge 2026-02-01T00:00:00Z") << true;
        QTest::newRow("date lt") << QStringLiteral("createdon lt 2026-02-01T00:00:00Z") << false;
        QTest::newRow("string") << QStringLiteral("name eq 'O''Neil'") << true;
    }

    void fakeFilterSubset()
    {
        QFETCH(QString, filter);
        QFETCH(bool, matches);
        const QJsonObject row{{QStringLiteral("querytype"), 16},
                              {QStringLiteral("_ownerid_value"), QStringLiteral("u-1")},
                              {QStringLiteral("createdon"), QStringLiteral("2026-02-10T08:00:00Z")},
                              {QStringLiteral("name"), QStringLiteral("O'Neil")}};
        const auto predicate = Fake::ODataFilter::parse(filter);
        QVERIFY(predicate.has_value());
        QCOMPARE((*predicate)(row), matches);
        QVERIFY(!Fake::ODataFilter::parse(QStringLiteral("querytype eq")).has_value());
    }

    void settingsFromOrganization()
    {
        // Absent columns and keys take Dataverse's documented defaults.
        const OrgSettings defaults = LiveImportMappers::settings({});
        QCOMPARE(defaults.tracking.prefix, QStringLiteral("CRM"));
        QCOMPARE(defaults.tracking.digits, 6);
        QVERIFY(!defaults.smartMatching.enabled);
        QVERIFY(defaults.correlation.enabled);
        QCOMPARE(defaults.sync.outOfScope, OutOfScopeAction::Delete);

        const OrgSettings s = LiveImportMappers::settings(
            {{QStringLiteral("trackingprefix"), QStringLiteral("TKT:")},
             {QStringLiteral("trackingtokeniddigits"), 4},
             {QStringLiteral("maximumtrackingnumber"), 99999},
             {QStringLiteral("enablesmartmatching"), true},
             {QStringLiteral("orgdborgsettings"),
              QStringLiteral(
                  "<OrgSettings><DistinctPhysicalAndLogicalDeletesForExchangeSync>true"
                  "</DistinctPhysicalAndLogicalDeletesForExchangeSync></OrgSettings>")}});
        QCOMPARE(s.tracking.prefix, QStringLiteral("TKT"));
        QCOMPARE(s.tracking.digits, 9);
        QVERIFY(s.smartMatching.enabled);
        QCOMPARE(s.sync.outOfScope, OutOfScopeAction::Keep);
    }

    void peopleOnly_data()
    {
        QTest::addColumn<QJsonObject>("row");
        QTest::addColumn<bool>("person");
        QTest::newRow("person") << QJsonObject{{QStringLiteral("isdisabled"), false}} << true;
        QTest::newRow("disabled") << QJsonObject{{QStringLiteral("isdisabled"), true}} << false;
        QTest::newRow("application user")
            << QJsonObject{{QStringLiteral("applicationid"), QStringLiteral("1111")}} << false;
    }

    void peopleOnly()
    {
        QFETCH(QJsonObject, row);
        QFETCH(bool, person);
        QCOMPARE(LiveImportMappers::isPerson(row), person);
    }

    void viewsAreNotFilters()
    {
        QString kind;
        QVERIFY(!LiveImportMappers::filter(
            {{QStringLiteral("querytype"), 0},
             {QStringLiteral("name"), QStringLiteral("My Outlook Contacts")}},
            &kind));
        QVERIFY(LiveImportMappers::filter({{QStringLiteral("querytype"), 16}}, &kind));
        QCOMPARE(kind, QStringLiteral("offline"));
        QVERIFY(!LiveImportMappers::filterTemplate({{QStringLiteral("querytype"), 256}}));
    }
};

QTEST_GUILESS_MAIN(TestFetchXmlPaging)
#include "tst_fetchxmlpaging.moc"
