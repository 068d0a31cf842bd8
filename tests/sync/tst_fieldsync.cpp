#include "model/compactjson.h"
#include "sync/fieldsync.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace SyncLens;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

FieldSync taskFields()
{
    OrgSettings settings;
    settings.fields.insert(QStringLiteral("task"),
                           {{QStringLiteral("subject"), FieldDirection::Both},
                            {QStringLiteral("priority"), FieldDirection::ToExchange},
                            {QStringLiteral("percent"), FieldDirection::ToCrm},
                            {QStringLiteral("internal"), FieldDirection::None}});
    return FieldSync(settings, QStringLiteral("task"));
}

// The fields the copy tests copy, ascending as FieldSync gives them.
QStringList copiedNames()
{
    return {QStringLiteral("percent"), QStringLiteral("priority"), QStringLiteral("subject")};
}

} // namespace

// Which fields travel which way, and the values both sides agree on once a
// copy exists: the agreed values are what later cycles compare each side to.
class TestFieldSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void directions()
    {
        const FieldSync sync = taskFields();
        QCOMPARE(sync.outbound(),
                 (QStringList{QStringLiteral("priority"), QStringLiteral("subject")}));
        QCOMPARE(sync.inbound(),
                 (QStringList{QStringLiteral("percent"), QStringLiteral("subject")}));
    }

    void agreedValues_data()
    {
        QTest::addColumn<QJsonObject>("crm");
        QTest::addColumn<QJsonObject>("exchange");
        QTest::addColumn<QJsonObject>("agreed");
        QTest::newRow("both: as Exchange has it")
            << object(R"({"subject": "CRM"})") << object(R"({"subject": "Outlook"})")
            << object(R"({"subject": "Outlook"})");
        QTest::newRow("to Exchange only: as CRM has it")
            << object(R"({"priority": 2})") << object(R"({"priority": 1})")
            << object(R"({"priority": 2})");
        QTest::newRow("to CRM only: as Exchange has it")
            << object(R"({"percent": 10})") << object(R"({"percent": 50})")
            << object(R"({"percent": 50})");
        QTest::newRow("not synced: left out")
            << object(R"({"internal": "a"})") << object(R"({"internal": "b"})") << QJsonObject();
        QTest::newRow("empty values: left out")
            << object(R"({"priority": ""})") << object(R"({"subject": null})") << QJsonObject();
        QTest::newRow("all at once") << object(R"({"subject": "S", "priority": 3, "percent": 0})")
                                     << object(R"({"subject": "S", "percent": 20})")
                                     << object(R"({"subject": "S", "priority": 3, "percent": 20})");
    }

    void agreedValues()
    {
        QFETCH(QJsonObject, crm);
        QFETCH(QJsonObject, exchange);
        QFETCH(QJsonObject, agreed);
        QCOMPARE(taskFields().agreedValues(crm, exchange), agreed);
    }

    void copyReportsEachChangedField()
    {
        QJsonObject target = object(R"({"subject": "Old", "priority": 1})");
        QJsonObject agreed;
        const QByteArray facts =
            FieldSync::copyAsText(object(R"({"subject": "New", "priority": 1})"), target, agreed,
                                  taskFields().outbound());
        QCOMPARE(QJsonDocument::fromJson(facts).array(),
                 QJsonDocument::fromJson(R"([{"field": "subject", "old": "Old",
                                                    "new": "New"}])")
                     .array());
        QCOMPARE(target, object(R"({"subject": "New", "priority": 1})"));
        QCOMPARE(agreed, target);
    }

    // After a copy, the target and the agreed values hold the source's value
    // of every field copied, whatever each held before (one may already
    // agree with the source while the other does not), and neither keeps an
    // emptied field; fields not copied stay as they were.
    void copyLeavesTargetAndAgreedWithTheSourcesValues_data()
    {
        QTest::addColumn<QJsonObject>("target");
        QTest::addColumn<QJsonObject>("agreed");
        const char *source = R"({"subject": "New", "priority": 2, "percent": ""})";
        QTest::addColumn<QJsonObject>("source");
        QTest::newRow("both behind")
            << object(R"({"subject": "Old", "priority": 1})")
            << object(R"({"subject": "Old", "priority": 1})") << object(source);
        QTest::newRow("target already there, agreed behind")
            << object(R"({"subject": "New", "priority": 2})")
            << object(R"({"subject": "Old", "priority": 1, "percent": 5})") << object(source);
        QTest::newRow("agreed already there, target behind")
            << object(R"({"subject": "Old", "percent": 5, "internal": "x"})")
            << object(R"({"subject": "New", "priority": 2})") << object(source);
        QTest::newRow("empty string and null emptied")
            << object(R"({"subject": "New", "priority": 2, "percent": ""})")
            << object(R"({"subject": "New", "priority": 2, "percent": null})") << object(source);
        QTest::newRow("integer and double agree")
            << object(R"({"subject": "New", "priority": 2.0})")
            << object(R"({"subject": "New", "priority": 2})") << object(source);
    }

    void copyLeavesTargetAndAgreedWithTheSourcesValues()
    {
        QFETCH(QJsonObject, target);
        QFETCH(QJsonObject, agreed);
        QFETCH(QJsonObject, source);
        const QString internal = target.value(u"internal").toString();
        const QStringList names = copiedNames();
        FieldSync::copyAsText(source, target, agreed, names);
        for (const QString &name : names) {
            const QJsonValue expected = source.value(name);
            if (expected.isString() && expected.toString().isEmpty()) {
                QVERIFY2(!target.contains(name), qPrintable(name));
                QVERIFY2(!agreed.contains(name), qPrintable(name));
                continue;
            }
            QCOMPARE(target.value(name), expected);
            QCOMPARE(agreed.value(name), expected);
            QCOMPARE(compactJson(QJsonObject{{name, target.value(name)}}),
                     compactJson(QJsonObject{{name, expected}}));
        }
        QCOMPARE(target.value(u"internal").toString(), internal); // not synced: untouched
    }

    // copyAsText()'s facts: one per field whose value changes, its old and new
    // value (an empty new one as null, an empty old one left out), as Qt
    // writes that array in compact JSON, escapes and nulls included.
    void copyAsTextWritesEachChangedField_data()
    {
        copyLeavesTargetAndAgreedWithTheSourcesValues_data();
        QTest::newRow("quotes, accents, an old value emptied")
            << object(R"({"subject": "", "priority": null})") << QJsonObject()
            << QJsonObject{{QStringLiteral("subject"), QStringLiteral("Réunion \"Q3\"\n\\ ok")},
                           {QStringLiteral("priority"), 1.5}};
        QTest::newRow("nothing changed")
            << object(R"({"subject": "Same"})") << object(R"({"subject": "Same"})")
            << object(R"({"subject": "Same"})");
    }

    void copyAsTextWritesEachChangedField()
    {
        QFETCH(QJsonObject, target);
        QFETCH(QJsonObject, agreed);
        QFETCH(QJsonObject, source);
        const QStringList names = copiedNames();
        auto orNull = [](const QJsonValue &v) {
            return FieldSync::sameValue(v, {}) ? QJsonValue() : v;
        };
        QJsonArray expected;
        for (const QString &name : names) {
            const QJsonValue old = orNull(target.value(name)), value = orNull(source.value(name));
            if (!FieldSync::sameValue(old, value)) {
                QJsonObject change{{QStringLiteral("field"), name}, {QStringLiteral("new"), value}};
                if (!old.isNull())
                    change.insert(QStringLiteral("old"), old);
                expected.append(change);
            }
        }
        QCOMPARE(FieldSync::copyAsText(source, target, agreed, names),
                 QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }

    // copy() of stored text does what copyAsText() does to the objects the
    // texts parse to: the same facts, and the texts of the target and the
    // agreed values it leaves; text that is not compactJson()'s (a fraction
    // here) is left to the caller to parse.
    void copyOfText_data()
    {
        copyAsTextWritesEachChangedField_data();
        QTest::newRow("other members before, between and after the names")
            << object(R"({"a": 1, "percent": 3, "q": "x", "zz": [1, {"k": null}]})")
            << object(R"({"b": null, "subject": "Old", "zzz": {"k": 1}})")
            << object(R"({"extra": 5, "percent": 4, "subject": "New"})");
        QTest::newRow("capital keys sort first")
            << object(R"({"Subject": "x", "subject": "y"})") << object(R"({"Subject": "x"})")
            << object(R"({"priority": true, "subject": "y"})");
        QTest::newRow("all emptied")
            << object(R"({"percent": 1, "priority": 2, "subject": "S"})")
            << object(R"({"percent": 1, "priority": 2, "subject": "S"})") << QJsonObject();
        QTest::newRow("nested values changed")
            << object(R"({"subject": {"a": [1, 2]}})") << object(R"({"subject": {"a": [1, 2]}})")
            << object(R"({"subject": {"a": [1, 3]}})");
    }

    void copyOfText()
    {
        QFETCH(QJsonObject, target);
        QFETCH(QJsonObject, agreed);
        QFETCH(QJsonObject, source);
        const QStringList names = copiedNames();
        const QByteArray sourceText = compactJson(source);
        const QByteArray targetText = compactJson(target);
        const QByteArray agreedText = compactJson(agreed);
        const auto copied =
            FieldSync::copy(QByteArrayView(sourceText), targetText, agreedText, names);
        const bool fraction = sourceText.contains('.');
        QCOMPARE(copied.has_value(), !fraction);
        if (!copied)
            return;
        const QByteArray facts = FieldSync::copyAsText(source, target, agreed, names);
        QCOMPARE(copied->factsJson, facts);
        QCOMPARE(copied->targetJson, compactJson(target));
        QCOMPARE(copied->agreedJson, compactJson(agreed));
    }

    void copyOfTextNotCompact_data() { changedFieldsOfTextNotCompact_data(); }

    void copyOfTextNotCompact()
    {
        QFETCH(QByteArray, side);
        const QStringList names{QStringLiteral("priority"), QStringLiteral("subject")};
        const QByteArray empty("{}");
        QVERIFY(!FieldSync::copy(QByteArrayView(side), empty, empty, names));
        QVERIFY(!FieldSync::copy(QByteArrayView(empty), side, empty, names));
        QVERIFY(!FieldSync::copy(QByteArrayView(empty), empty, side, names));
    }

    // ActSync::createCopy() writes the new copy's fields and keeps them as the
    // link's agreed values: true only while they equal agreedValues() of the
    // two sides; and create() reports and writes, as text, what copyAsText()
    // into an empty side would.
    void newCopyAgreesOnItsOwnFields()
    {
        const FieldSync sync = taskFields();
        const QJsonObject crm =
            object(R"({"subject": "S é ü", "priority": 3, "percent": 40, "internal": "x",
                       "description": ""})");
        const FieldSync::Created created = FieldSync::create(crm, sync.outbound());
        const QJsonObject expected = object(R"({"subject": "S é ü", "priority": 3})");
        QCOMPARE(created.fieldsJson, compactJson(expected));
        QCOMPARE(sync.agreedValues(crm, expected), expected);
        const QJsonArray facts = QJsonDocument::fromJson(created.factsJson).array();
        QCOMPARE(facts, QJsonDocument::fromJson(R"([{"field": "priority", "new": 3},
                                                   {"field": "subject", "new": "S é ü"}])")
                            .array());
        QJsonObject copied;
        QJsonObject agreed;
        QCOMPARE(created.factsJson, FieldSync::copyAsText(crm, copied, agreed, sync.outbound()));
        // The text is Qt's own for that array: the journal keeps it as it was.
        QCOMPARE(created.factsJson, QJsonDocument(facts).toJson(QJsonDocument::Compact));
        QCOMPARE(compactJson(copied), created.fieldsJson);
        QCOMPARE(compactJson(agreed), created.fieldsJson);
        const FieldSync::Created none = FieldSync::create(QJsonObject(), sync.outbound());
        QCOMPARE(none.fieldsJson, QByteArray("{}"));
        QCOMPARE(none.factsJson, QByteArray("[]"));
    }

    // A new copy made from the record's stored text is the one made from
    // its QJsonObject, field for field and fact for fact; text that is not
    // compactJson()'s is left to the caller to parse.
    void createFromStoredText_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<bool>("compact");
        const QStringList appointment{QStringLiteral("location"), QStringLiteral("scheduledend"),
                                      QStringLiteral("scheduledstart"), QStringLiteral("subject")};
        QTest::newRow("sandbox appointment")
            << QByteArray("{\"attendees\":[\"a@x.com\"],\"location\":\"Board room\","
                          "\"ownerid\":\"u1\",\"scheduledend\":\"2026-04-24T17:00:00Z\","
                          "\"scheduledstart\":\"2026-04-24T16:30:00Z\",\"statecode\":3,"
                          "\"subject\":\"Renewal \\\"terms\\\" Zo\xc3\xab\"}")
            << appointment << true;
        QTest::newRow("empty and null values are left out")
            << QByteArray("{\"location\":\"\",\"scheduledend\":null,\"subject\":\"S\"}")
            << appointment << true;
        QTest::newRow("names before, between and after the keys")
            << QByteArray("{\"m\":1,\"p\":[1,{\"a\":null}],\"t\":true}")
            << QStringList{QStringLiteral("a"), QStringLiteral("m"), QStringLiteral("n"),
                           QStringLiteral("p"), QStringLiteral("t"), QStringLiteral("z")}
            << true;
        QTest::newRow("keys sharing their first letters")
            << QByteArray("{\"s\":0,\"sa\":1,\"scheduledend\":\"e\",\"scheduledstart\":\"b\","
                          "\"st\":2,\"subject\":\"x\",\"subjects\":3}")
            << QStringList{QStringLiteral("sb"), QStringLiteral("scheduledend"),
                           QStringLiteral("scheduledstart"), QStringLiteral("stat"),
                           QStringLiteral("subject")}
            << true;
        QTest::newRow("capital keys sort first")
            << QByteArray("{\"Subject\":\"x\",\"subject\":\"y\"}")
            << QStringList{QStringLiteral("Subject"), QStringLiteral("subject")} << true;
        QTest::newRow("no names") << QByteArray("{\"a\":1}") << QStringList() << true;
        QTest::newRow("no fields") << QByteArray("{}") << appointment << true;
        QTest::newRow("a fraction")
            << QByteArray("{\"subject\":\"S\",\"x\":1.5}") << appointment << false;
        QTest::newRow("white space") << QByteArray("{\"subject\": \"S\"}") << appointment << false;
        QTest::newRow("not JSON") << QByteArray("{\"subject\":") << appointment << false;
    }

    void createFromStoredText()
    {
        QFETCH(QByteArray, source);
        QFETCH(QStringList, names);
        QFETCH(bool, compact);
        const auto created = FieldSync::create(QByteArrayView(source), names);
        QCOMPARE(created.has_value(), compact);
        if (!created)
            return;
        const FieldSync::Created expected =
            FieldSync::create(QJsonDocument::fromJson(source).object(), names);
        QCOMPARE(created->fieldsJson, expected.fieldsJson);
        QCOMPARE(created->factsJson, expected.factsJson);
    }

    // changedFields() of stored text answers as changedFields() of the
    // parsed objects, or not at all when a text is not compactJson()'s.
    void changedFieldsOfText_data()
    {
        QTest::addColumn<QJsonObject>("side");
        QTest::addColumn<QJsonObject>("agreed");
        QTest::newRow("same") << object(R"({"subject": "A", "priority": 1, "x": "y"})")
                              << object(R"({"subject": "A", "priority": 1})");
        QTest::newRow("one changed, one added, one removed")
            << object(R"({"subject": "B", "priority": 2})")
            << object(R"({"subject": "A", "percent": 5})");
        QTest::newRow("empty values are one")
            << object(R"({"subject": "", "priority": null})") << object(R"({"percent": null})");
        QTest::newRow("empty against a value")
            << object(R"({"subject": ""})") << object(R"({"subject": "A"})");
        QTest::newRow("types differ") << object(R"({"priority": "1", "percent": true})")
                                      << object(R"({"priority": 1, "percent": 1})");
        QTest::newRow("nested values")
            << object(R"({"subject": {"a": [1, 2]}})") << object(R"({"subject": {"a": [1, 3]}})");
        QTest::newRow("escapes")
            << QJsonObject{{QStringLiteral("subject"), QStringLiteral("Réunion \"Q3\"\n")}}
            << QJsonObject{{QStringLiteral("subject"), QStringLiteral("Réunion \"Q3\"")}};
    }

    void changedFieldsOfText()
    {
        QFETCH(QJsonObject, side);
        QFETCH(QJsonObject, agreed);
        const QStringList names = copiedNames();
        const auto fromText =
            FieldSync::changedFields(compactJson(side), compactJson(agreed), names);
        QVERIFY(fromText);
        QCOMPARE(*fromText, FieldSync::changedFields(side, agreed, names));
    }

    void changedFieldsOfTextNotCompact_data()
    {
        QTest::addColumn<QByteArray>("side");
        QTest::newRow("spaces") << QByteArray(R"({"subject": "A"})");
        QTest::newRow("keys out of order") << QByteArray(R"({"subject":"A","priority":1})");
        QTest::newRow("a fraction") << QByteArray(R"({"priority":1.5})");
        QTest::newRow("not JSON") << QByteArray("{\"subject\":");
    }

    void changedFieldsOfTextNotCompact()
    {
        QFETCH(QByteArray, side);
        const QStringList names{QStringLiteral("priority"), QStringLiteral("subject")};
        QVERIFY(!FieldSync::changedFields(side, QByteArray("{}"), names));
        QVERIFY(!FieldSync::changedFields(QByteArray("{}"), side, names));
    }

    // An inbound decision's questions, answered in one walk: what Exchange
    // changed (fields going to CRM), what CRM changed (fields going to
    // Exchange), and which CRM changes an inbound copy would overwrite.
    void compareInbound_data()
    {
        QTest::addColumn<QJsonObject>("crm");
        QTest::addColumn<QJsonObject>("exchange");
        QTest::addColumn<QJsonObject>("agreed");
        QTest::addColumn<QStringList>("exchangeChanged");
        QTest::addColumn<QStringList>("crmChanged");
        QTest::addColumn<QStringList>("lost");
        const QJsonObject agreed = object(R"({"subject": "A", "priority": 1, "percent": 5})");
        const QJsonObject exchange = object(R"({"subject": "A", "percent": 5})");
        const QStringList none;
        const QStringList subject{QStringLiteral("subject")};
        QTest::newRow("nothing changed") << agreed << exchange << agreed << none << none << none;
        QTest::newRow("Exchange changed") << agreed << object(R"({"subject": "B", "percent": 5})")
                                          << agreed << subject << none << none;
        QTest::newRow("both changed, differently")
            << object(R"({"subject": "C", "priority": 1, "percent": 5})")
            << object(R"({"subject": "B", "percent": 5})") << agreed << subject << subject
            << subject;
        QTest::newRow("both changed alike: nothing lost")
            << object(R"({"subject": "B", "priority": 1, "percent": 5})")
            << object(R"({"subject": "B", "percent": 5})") << agreed << subject << subject << none;
        QTest::newRow("a field that only goes to Exchange")
            << object(R"({"subject": "A", "priority": 2, "percent": 5})") << exchange << agreed
            << none << QStringList{QStringLiteral("priority")} << none;
        QTest::newRow("a field that only goes to CRM, changed there")
            << object(R"({"subject": "A", "priority": 1, "percent": 9})") << exchange << agreed
            << none << none << QStringList{QStringLiteral("percent")};
        QTest::newRow("empty values are one")
            << object(R"({"subject": "", "priority": null})") << object(R"({"percent": ""})")
            << QJsonObject() << none << none << none;
        QTest::newRow("a field that does not sync")
            << object(R"({"subject": "A", "priority": 1, "percent": 5, "internal": "x"})")
            << object(R"({"subject": "A", "percent": 5, "internal": "y"})") << agreed << none
            << none << none;
        QTest::newRow("everything changed")
            << object(R"({"subject": "C", "priority": 3, "percent": 7})")
            << object(R"({"subject": "B", "percent": 6})") << agreed
            << QStringList{QStringLiteral("percent"), QStringLiteral("subject")}
            << QStringList{QStringLiteral("priority"), QStringLiteral("subject")}
            << QStringList{QStringLiteral("percent"), QStringLiteral("subject")};
    }

    void compareInbound()
    {
        QFETCH(QJsonObject, crm);
        QFETCH(QJsonObject, exchange);
        QFETCH(QJsonObject, agreed);
        const FieldSync sync = taskFields();
        const FieldSync::InboundComparison compared = sync.compareInbound(crm, exchange, agreed);
        QTEST(compared.exchangeChanged, "exchangeChanged");
        QTEST(compared.crmChanged, "crmChanged");
        QTEST(compared.crmValuesLost, "lost");
        // The first two are changedFields() of each side.
        QCOMPARE(compared.exchangeChanged,
                 FieldSync::changedFields(exchange, agreed, sync.inbound()));
        QCOMPARE(compared.crmChanged, FieldSync::changedFields(crm, agreed, sync.outbound()));
    }

    void changedFields()
    {
        const QStringList names{QStringLiteral("subject"), QStringLiteral("priority")};
        QCOMPARE(FieldSync::changedFields(object(R"({"subject": "A", "priority": ""})"),
                                          object(R"({"subject": "B"})"), names),
                 QStringList{QStringLiteral("subject")});
    }
};

QTEST_GUILESS_MAIN(TestFieldSync)
#include "tst_fieldsync.moc"
