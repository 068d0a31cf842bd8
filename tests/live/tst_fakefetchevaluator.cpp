#include "fakefetchevaluator.h"
#include "model/recordtypes.h"
#include "store/orgstore.h"
#include "totext.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace SyncLens;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 6, 10), QTime(12, 0), QTimeZone::utc());

QString fetch(const QString &entity, const QString &conditions)
{
    return QStringLiteral("<fetch version=\"1.0\" mapping=\"logical\"><entity name=\"%1\">"
                          "<filter type=\"and\">%2</filter></entity></fetch>")
        .arg(entity, conditions);
}

QString condition(const QString &attribute, const QString &op, const QString &value = {})
{
    return value.isNull()
               ? QStringLiteral("<condition attribute=\"%1\" operator=\"%2\"/>").arg(attribute, op)
               : QStringLiteral("<condition attribute=\"%1\" operator=\"%2\" value=\"%3\"/>")
                     .arg(attribute, op, value);
}

// `fields` as JSON text; %1 … %3 are the days from now of a date field.
CrmRecord record(const char *id, const QString &type, const QString &fields)
{
    const QJsonObject object = QJsonDocument::fromJson(fields.toUtf8()).object();
    return CrmRecord{QString::fromLatin1(id), type, object, kNow.addDays(-100),
                     kNow.addDays(-100),      false};
}

QString daysFromNow(int days)
{
    return kNow.addDays(days).toString(Qt::ISODate);
}

} // namespace

// The fake Dataverse's FetchXML answers against hand-written expectations:
// it uses the engine's evaluator, and these keep the live check
// (LiveFilterCheckJob) from agreeing by construction.
class TestFakeFetchEvaluator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OrgStore> m_store;
    std::optional<Fake::FakeOrgData> m_data;

private Q_SLOTS:
    void initTestCase()
    {
        auto store = OrgStore::createInMemory(QStringLiteral("Evaluator org"));
        SL_VERIFY_OK(store);
        m_store = std::move(*store);
        SL_VERIFY_OK(m_store->upsertUser(User{QStringLiteral("alice"), QStringLiteral("Alice"),
                                              QStringLiteral("alice@contoso.com")}));
        SL_VERIFY_OK(m_store->upsertUser(
            User{QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("bob@contoso.com")}));
        SL_VERIFY_OK(m_store->upsertTeam(
            Team{QStringLiteral("t-sales"), QStringLiteral("Sales"), {QStringLiteral("bob")}}));
        const QString contact = RecordTypes::Contact;
        const QString appointment = RecordTypes::Appointment;
        const QString c = QStringLiteral(R"({"ownerid":"%1","statecode":%2,"companyname":"%3"})");
        const QString a = QStringLiteral(R"({"ownerid":"%1","scheduledstart":"%2"})");
        for (const CrmRecord &r :
             {record("c1", contact,
                     c.arg(QStringLiteral("alice")).arg(0).arg(QStringLiteral("Contoso Ltd"))),
              record("c2", contact,
                     c.arg(QStringLiteral("alice")).arg(1).arg(QStringLiteral("Fabrikam"))),
              record("c3", contact,
                     c.arg(QStringLiteral("bob")).arg(0).arg(QStringLiteral("Northwind"))),
              record("c4", contact,
                     c.arg(QStringLiteral("t-sales")).arg(0).arg(QStringLiteral("Fabrikam"))),
              record("a1", appointment, a.arg(QStringLiteral("alice"), daysFromNow(-5))),
              record("a2", appointment, a.arg(QStringLiteral("alice"), daysFromNow(-40))),
              record("a3", appointment, a.arg(QStringLiteral("bob"), daysFromNow(3)))})
            SL_VERIFY_OK(m_store->upsertCrmRecord(r));
        auto data = Fake::FakeOrgData::load(*m_store);
        SL_VERIFY_OK(data);
        m_data = std::move(*data);
    }

    void matching_data()
    {
        QTest::addColumn<QString>("fetchXml");
        QTest::addColumn<QString>("caller");
        QTest::addColumn<bool>("dropOne");
        QTest::addColumn<QStringList>("expected");
        const QString contact = RecordTypes::Contact;
        const QString mine = condition(QStringLiteral("ownerid"), QStringLiteral("eq-userid"));
        const QString active =
            condition(QStringLiteral("statecode"), QStringLiteral("eq"), QStringLiteral("0"));
        QTest::newRow("alice's active contacts") << fetch(contact, mine + active) << "alice"
                                                 << false << QStringList{QStringLiteral("c1")};
        QTest::newRow("bob's active contacts")
            << fetch(contact, mine + active) << "bob" << false << QStringList{QStringLiteral("c3")};
        QTest::newRow("bob's and his team's")
            << fetch(contact,
                     condition(QStringLiteral("ownerid"), QStringLiteral("eq-useroruserteams")))
            << "bob" << false << QStringList{QStringLiteral("c3"), QStringLiteral("c4")};
        QTest::newRow("not alice's")
            << fetch(contact, condition(QStringLiteral("ownerid"), QStringLiteral("ne-userid")))
            << "alice" << false << QStringList{QStringLiteral("c3"), QStringLiteral("c4")};
        QTest::newRow("company like contoso")
            << fetch(contact, condition(QStringLiteral("companyname"), QStringLiteral("like"),
                                        QStringLiteral("%contoso%")))
            << "bob" << false << QStringList{QStringLiteral("c1")};
        QTest::newRow("alice's appointments of the last 30 days")
            << fetch(RecordTypes::Appointment,
                     mine + condition(QStringLiteral("scheduledstart"),
                                      QStringLiteral("last-x-days"), QStringLiteral("30")))
            << "alice" << false << QStringList{QStringLiteral("a1")};
        QTest::newRow("check-differ drops the smallest id")
            << fetch(contact, mine) << "alice" << true << QStringList{QStringLiteral("c2")};
    }

    void matching()
    {
        QFETCH(QString, fetchXml);
        QFETCH(QString, caller);
        QFETCH(bool, dropOne);
        QFETCH(QStringList, expected);
        QVERIFY(Fake::FakeFetchEvaluator::needsEvaluation(fetchXml));
        Fake::FakeFetchEvaluator evaluator(*m_data);
        evaluator.dropOne = dropOne;
        const auto ids = evaluator.matching(fetchXml, caller, kNow);
        SL_VERIFY_OK(ids);
        QStringList got(ids->begin(), ids->end());
        got.sort();
        QCOMPARE(got, expected);
    }

    void queriesWithoutConditionsAreNotEvaluated()
    {
        QVERIFY(!Fake::FakeFetchEvaluator::needsEvaluation(QStringLiteral(
            "<fetch><entity name=\"contact\"><attribute name=\"contactid\"/></entity></fetch>")));
    }

    void brokenFetchXmlIsAnError()
    {
        Fake::FakeFetchEvaluator evaluator(*m_data);
        QVERIFY(!evaluator.matching(QStringLiteral("<fetch><entity name=\"contact\"><filter>"),
                                    QStringLiteral("alice"), kNow));
        QVERIFY(
            !evaluator.matching(fetch(QStringLiteral("email"), {}), QStringLiteral("alice"), kNow));
    }
};

QTEST_GUILESS_MAIN(TestFakeFetchEvaluator)
#include "tst_fakefetchevaluator.moc"
