#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/fetchxmlwriter.h"
#include "totext.h"

#include <QTest>

using namespace SyncLens;

namespace {

QString wrap(const QString &conditions, const QString &entity = QStringLiteral("appointment"))
{
    return QStringLiteral(
               "<fetch version=\"1.0\"><entity name=\"%1\"><filter>%2</filter></entity></fetch>")
        .arg(entity, conditions);
}

Result<FetchQuery> parse(const QString &text)
{
    return FetchXmlParser().parse(text);
}

} // namespace

class TestFetchXmlParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAScenarioFilter()
    {
        const auto q = parse(QStringLiteral(
            "<fetch version=\"1.0\" mapping=\"logical\"><entity name=\"appointment\">"
            "<attribute name=\"subject\"/><order attribute=\"scheduledstart\" descending=\"true\"/>"
            "<filter type=\"and\"><condition attribute=\"ownerid\" operator=\"eq-userid\"/>"
            "<condition attribute=\"scheduledstart\" operator=\"on-or-after\" "
            "value=\"2026-03-01\"/>"
            "<filter type=\"or\"><condition attribute=\"subject\" operator=\"like\" "
            "value=\"%review%\"/>"
            "<condition attribute=\"location\" operator=\"in\"><value>Room 4</value><value>Room "
            "7</value></condition>"
            "</filter></filter></entity></fetch>"));
        SL_VERIFY_OK(q);
        QCOMPARE(q->fetchAttributes.size(), 2);
        QCOMPARE(q->fetchAttributes.at(1).first, QStringLiteral("mapping"));
        QCOMPARE(q->entity.name, QStringLiteral("appointment"));
        QCOMPARE(q->entity.attributes, QStringList{QStringLiteral("subject")});
        QVERIFY(q->entity.orders.first().descending);
        const FetchFilter &top = q->entity.filters.at(0);
        QCOMPARE(top.type, FetchFilter::Type::And);
        QCOMPARE(top.conditions.size(), size_t(2));
        QCOMPARE(top.conditions.at(0).op, FetchOperator::EqUserId);
        QCOMPARE(top.conditions.at(1).values, QStringList{QStringLiteral("2026-03-01")});
        QCOMPARE(top.filters.at(0).type, FetchFilter::Type::Or);
        QCOMPARE(top.filters.at(0).conditions.at(1).values.size(), 2);
        QVERIFY(top.conditions.at(0).position.line > 0);
    }

    void filterTypeDefaultsToAnd()
    {
        const auto q =
            parse(wrap(QStringLiteral("<condition attribute=\"subject\" operator=\"null\"/>")));
        SL_VERIFY_OK(q);
        QCOMPARE(q->entity.filters.at(0).type, FetchFilter::Type::And);
    }

    void readsLinkEntities()
    {
        const auto q = parse(QStringLiteral(
            "<fetch><entity name=\"contact\"><link-entity name=\"account\" from=\"accountid\" "
            "to=\"parentcustomerid\" alias=\"a\" link-type=\"outer\" visible=\"false\">"
            "<filter><condition attribute=\"name\" operator=\"begins-with\" "
            "value=\"Contoso\"/></filter>"
            "</link-entity><filter><condition entityname=\"a\" attribute=\"accountid\" "
            "operator=\"null\"/></filter></entity></fetch>"));
        SL_VERIFY_OK(q);
        const FetchLinkEntity &link = q->entity.links.at(0);
        QCOMPARE(link.name, QStringLiteral("account"));
        QCOMPARE(link.from, QStringLiteral("accountid"));
        QCOMPARE(link.to, QStringLiteral("parentcustomerid"));
        QCOMPARE(link.linkType, FetchLinkEntity::Type::Outer);
        QCOMPARE(link.extra.first().first, QStringLiteral("visible"));
        QCOMPARE(q->entity.filters.at(0).conditions.at(0).entityName, QStringLiteral("a"));
    }

    // Every operator is read by its name, with a fitting number of values.
    void everyOperatorParses_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("values");
        QTest::addColumn<QString>("attribute");
        for (FetchOperator op : allOperators()) {
            const OperatorInfo &info = operatorInfo(op);
            QString values;
            QString attribute = QStringLiteral("subject");
            if (info.relativeDate || info.value == OperatorValue::Date)
                attribute = QStringLiteral("scheduledstart");
            if (op == FetchOperator::EqUserId || op == FetchOperator::NeUserId ||
                op == FetchOperator::EqUserOrUserTeams || op == FetchOperator::EqUserTeams)
                attribute = QStringLiteral("ownerid");
            if (op == FetchOperator::EqBusinessId || op == FetchOperator::NeBusinessId)
                attribute = QStringLiteral("owningbusinessunit");
            switch (info.arity) {
            case OperatorArity::None:
                break;
            case OperatorArity::One:
                values = info.value == OperatorValue::Count ? QStringLiteral("<value>3</value>")
                         : info.value == OperatorValue::Date
                             ? QStringLiteral("<value>2026-03-01</value>")
                             : QStringLiteral("<value>x</value>");
                break;
            case OperatorArity::Two:
                values = QStringLiteral("<value>a</value><value>m</value>");
                break;
            case OperatorArity::Many:
                values = QStringLiteral("<value>a</value><value>b</value><value>c</value>");
                break;
            }
            QTest::newRow(info.name) << QString::fromLatin1(info.name) << values << attribute;
        }
    }

    void everyOperatorParses()
    {
        QFETCH(QString, op);
        QFETCH(QString, values);
        QFETCH(QString, attribute);
        const auto q =
            parse(wrap(QStringLiteral("<condition attribute=\"%1\" operator=\"%2\">%3</condition>")
                           .arg(attribute, op, values)));
        SL_VERIFY_OK(q);
        QCOMPARE(operatorName(q->entity.filters.at(0).conditions.at(0).op), op);
        // …and survives a write and a second read unchanged.
        const auto again = parse(FetchXmlWriter::write(*q));
        SL_VERIFY_OK(again);
        QVERIFY(*again == *q);
    }

    void errorsSayWhatAndWhere_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not xml") << "hello" << 1 << "malformed XML";
        QTest::newRow("unclosed") << "<fetch><entity name=\"task\">" << 1 << "malformed XML";
        QTest::newRow("wrong root") << "<query/>" << 1 << "expected <fetch>";
        QTest::newRow("no entity") << "<fetch></fetch>" << 1 << "has no <entity>";
        QTest::newRow("two entities")
            << "<fetch><entity name=\"a\"/><entity name=\"b\"/></fetch>" << 1 << "one <entity>";
        QTest::newRow("entity without name")
            << "<fetch><entity/></fetch>" << 1 << "\"name\" attribute";
        QTest::newRow("unknown element")
            << "<fetch><entity name=\"task\">\n<filtre/></entity></fetch>" << 2
            << "unexpected <filtre>";
        QTest::newRow("bad filter type")
            << "<fetch><entity name=\"task\"><filter type=\"xor\"/></entity></fetch>" << 1
            << "\"xor\"";
        QTest::newRow("unknown operator")
            << "<fetch><entity name=\"task\"><filter>\n\n<condition attribute=\"subject\" "
               "operator=\"eq-userlanguage\"/></filter></entity></fetch>"
            << 3 << "unsupported operator \"eq-userlanguage\"";
        QTest::newRow("missing operator")
            << wrap(QStringLiteral("<condition attribute=\"subject\"/>")) << 1
            << "\"operator\" attribute";
        QTest::newRow("missing attribute") << wrap(QStringLiteral("<condition operator=\"null\"/>"))
                                           << 1 << "\"attribute\" attribute";
        QTest::newRow("missing value")
            << wrap(QStringLiteral("<condition attribute=\"subject\" operator=\"eq\"/>")) << 1
            << "needs a value";
        QTest::newRow("extra value")
            << wrap(QStringLiteral(
                   "<condition attribute=\"subject\" operator=\"null\" value=\"x\"/>"))
            << 1 << "takes no value";
        QTest::newRow("two values for eq")
            << wrap(QStringLiteral("<condition attribute=\"subject\" "
                                   "operator=\"eq\"><value>a</value><value>b</value></condition>"))
            << 1 << "takes one value, not 2";
        QTest::newRow("between with one")
            << wrap(QStringLiteral("<condition attribute=\"subject\" "
                                   "operator=\"between\"><value>a</value></condition>"))
            << 1 << "needs two values";
        QTest::newRow("in without values")
            << wrap(QStringLiteral("<condition attribute=\"subject\" operator=\"in\"/>")) << 1
            << "at least one <value>";
        QTest::newRow("x-days abc")
            << wrap(QStringLiteral("<condition attribute=\"scheduledstart\" "
                                   "operator=\"last-x-days\" value=\"abc\"/>"))
            << 1 << "whole number, not \"abc\"";
        QTest::newRow("x-days negative")
            << wrap(QStringLiteral("<condition attribute=\"scheduledstart\" "
                                   "operator=\"next-x-days\" value=\"-2\"/>"))
            << 1 << "whole number";
        QTest::newRow("on not a date")
            << wrap(QStringLiteral(
                   "<condition attribute=\"scheduledstart\" operator=\"on\" value=\"soon\"/>"))
            << 1 << "needs a date";
        QTest::newRow("date op on text")
            << wrap(QStringLiteral("<condition attribute=\"subject\" operator=\"today\"/>")) << 1
            << "applies to dates; the subject is a text";
        QTest::newRow("like on a date")
            << wrap(QStringLiteral(
                   "<condition attribute=\"scheduledstart\" operator=\"like\" value=\"%1%\"/>"))
            << 1 << "compares text";
        QTest::newRow("userid on text")
            << wrap(QStringLiteral("<condition attribute=\"location\" operator=\"eq-userid\"/>"))
            << 1 << "applies to a user field";
        QTest::newRow("eq date with text")
            << wrap(QStringLiteral(
                   "<condition attribute=\"scheduledstart\" operator=\"gt\" value=\"tomorrow\"/>"))
            << 1 << "is a date; \"tomorrow\" is not one";
        QTest::newRow("eq number with text")
            << wrap(QStringLiteral(
                   "<condition attribute=\"statecode\" operator=\"eq\" value=\"open\"/>"))
            << 1 << "\"open\" is not one";
        QTest::newRow("bad boolean")
            << wrap(QStringLiteral(
                   "<condition attribute=\"isalldayevent\" operator=\"eq\" value=\"maybe\"/>"))
            << 1 << "\"maybe\"";
        QTest::newRow("text in condition")
            << wrap(QStringLiteral("<condition attribute=\"subject\" operator=\"eq\" "
                                   "value=\"a\"><foo/></condition>"))
            << 1 << "unexpected <foo>";
        QTest::newRow("link without from") << "<fetch><entity name=\"contact\"><link-entity "
                                              "name=\"account\" to=\"x\"/></entity></fetch>"
                                           << 1 << "\"from\" attribute";
        QTest::newRow("bad link type")
            << "<fetch><entity name=\"contact\"><link-entity name=\"account\" from=\"a\" to=\"b\" "
               "link-type=\"left\"/></entity></fetch>"
            << 1 << "\"left\"";
        QTest::newRow("bad descending")
            << "<fetch><entity name=\"task\"><order attribute=\"subject\" "
               "descending=\"yes\"/></entity></fetch>"
            << 1 << "descending";
        QTest::newRow("trailing junk")
            << "<fetch><entity name=\"task\"/></fetch><fetch/>" << 1 << "malformed XML";
    }

    void errorsSayWhatAndWhere()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, problem);
        const auto q = parse(text);
        QVERIFY(!q.ok());
        QCOMPARE(q.error().line, line);
        QVERIFY(q.error().column > 0);
        QVERIFY2(q.error().message.contains(problem), qPrintable(q.error().message));
        QVERIFY2(q.error().message.startsWith(QStringLiteral("line %1, column ").arg(line)),
                 qPrintable(q.error().message));
    }

    void nestingBeyondTheLimitIsRefused()
    {
        auto nested = [](int depth) {
            return QStringLiteral("<fetch><entity name=\"task\">%1<condition attribute=\"subject\" "
                                  "operator=\"null\"/>%2</entity></fetch>")
                .arg(QStringLiteral("<filter>").repeated(depth),
                     QStringLiteral("</filter>").repeated(depth));
        };
        SL_VERIFY_OK(parse(nested(FetchXmlParser::MaxDepth)));
        const auto deep = parse(nested(FetchXmlParser::MaxDepth + 1));
        QVERIFY(!deep.ok());
        QVERIFY(deep.error().message.contains(QStringLiteral("nested deeper than 32")));
        const auto veryDeep = parse(nested(100000));
        QVERIFY(!veryDeep.ok());
    }

    void writerIsCanonicalAndRoundTrips()
    {
        const QString original = QStringLiteral(
            "<fetch version=\"1.0\" output-format=\"xml-platform\" distinct=\"false\">"
            "<entity name=\"contact\"><all-attributes/>"
            "<filter type=\"or\"><filter><condition attribute=\"lastname\" operator=\"like\" "
            "value=\"A&amp;B%\"/></filter>"
            "<condition attribute=\"ownerid\" operator=\"eq-userid\" uiname=\"Alice\"/></filter>"
            "<link-entity name=\"account\" from=\"accountid\" to=\"parentcustomerid\">"
            "<filter><condition attribute=\"address1_city\" "
            "operator=\"not-in\"><value>Paris</value></condition></filter>"
            "</link-entity></entity></fetch>");
        const auto q = parse(original);
        SL_VERIFY_OK(q);
        const QString written = FetchXmlWriter::write(*q);
        QVERIFY(written.contains(QStringLiteral("\n  <entity name=\"contact\">")));
        QVERIFY(written.contains(QStringLiteral("uiname=\"Alice\"")));
        QVERIFY(written.contains(QStringLiteral("A&amp;B%")));
        // Conditions come before nested filters in the canonical form.
        QVERIFY(written.indexOf(QStringLiteral("eq-userid")) <
                written.indexOf(QStringLiteral("lastname")));
        const auto again = parse(written);
        SL_VERIFY_OK(again);
        QVERIFY(*again == *q);
        QCOMPARE(FetchXmlWriter::write(*again), written);
    }
};

QTEST_GUILESS_MAIN(TestFetchXmlParser)
#include "tst_fetchxmlparser.moc"
