#include "fetchxml/compiledfilter.h"
#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/likepattern.h"
#include "memoryorgreader.h"
#include "model/compactjson.h"
#include "temporg.h"
#include "totext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace SyncLens;
using namespace Qt::StringLiterals;

namespace {

// The clock of every test: Wednesday 4 March 2026, noon UTC.
const QDateTime kNow(QDate(2026, 3, 4), QTime(12, 0), Qt::UTC);

CrmRecord appointment(const char *id, QJsonObject fields)
{
    return CrmRecord{QString::fromLatin1(id), QStringLiteral("appointment"), std::move(fields)};
}

// Fields written as JSON with single quotes, for legibility: {'subject': 'Lunch'}.
QJsonObject f(const char *json)
{
    const QByteArray text = QByteArray(json).replace('\'', '"');
    return QJsonDocument::fromJson(text).object();
}

std::vector<CrmRecord> appointments()
{
    return {
        appointment("a1", f("{'subject': 'Quarterly Review', 'scheduledstart': "
                            "'2026-03-04T09:00:00Z', 'location': 'Room 4', 'ownerid': 'alice', "
                            "'statecode': 0, 'new_score': 10, 'owningbusinessunit': 'bu1'}")),
        appointment("a2", f("{'subject': 'renewal terms', 'scheduledstart': "
                            "'2026-03-03T15:00:00Z', 'location': 'Room 7', 'ownerid': 'bob', "
                            "'statecode': 1, 'new_score': '20.5', 'owningbusinessunit': 'bu2'}")),
        appointment("a3", f("{'subject': 'Lunch', 'scheduledstart': '2026-03-05T12:00:00Z', "
                            "'ownerid': 'alice', 'statecode': 3}")),
        appointment("a4", f("{'scheduledstart': '2026-02-20T10:00:00Z', 'location': 'room 4'}")),
        appointment(
            "a5", f("{'subject': 'Review board', 'scheduledstart': '2026-03-11T10:00:00Z', "
                    "'location': 'Room 12', 'ownerid': 'carol', 'statecode': 0, 'new_score': 5}")),
        appointment("a6", f("{'subject': 'Old planning', 'scheduledstart': '2025-01-15T10:00:00Z', "
                            "'ownerid': 'alice'}")),
        appointment("a7", f("{'subject': 'Next year kickoff', 'scheduledstart': "
                            "'2027-01-10T10:00:00Z', 'ownerid': 'team-x'}")),
        appointment("a8", f("{'subject': 'Last week sync', 'scheduledstart': "
                            "'2026-02-25T10:00:00Z', 'ownerid': 'alice'}")),
    };
}

EvaluationContext aliceContext()
{
    return EvaluationContext{
        QStringLiteral("alice"), {QStringLiteral("team-x")}, QStringLiteral("bu1"), kNow};
}

// Parses, snapshots the records the query needs and compiles.
struct Fixture
{
    SnapshotSet snapshots;
    std::optional<CompiledFilter> filter;
    QString error;

    Fixture(const QString &fetchXml, const QHash<QString, std::vector<CrmRecord>> &records,
            const EvaluationContext &context = aliceContext())
    {
        auto query = FetchXmlParser().parse(fetchXml);
        if (!query) {
            error = query.error().message;
            return;
        }
        SnapshotSet::Columns columns;
        SnapshotSet::collectColumns(*query, columns);
        for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
            auto snapshot = std::make_shared<RecordSnapshot>(it.key(), it.value().values());
            for (const CrmRecord &r : records.value(it.key()))
                snapshot->append(r);
            snapshots.add(snapshot);
        }
        auto compiled = CompiledFilter::compile(*query, snapshots, context);
        if (!compiled)
            error = compiled.error().message;
        else
            filter = *compiled;
    }

    QStringList matchingIds() const
    {
        QStringList ids;
        const auto mask = filter->evaluate();
        for (size_t i = 0; i < mask.size(); ++i) {
            if (mask[i])
                ids.append(filter->snapshot().id(int(i)));
        }
        return ids;
    }
};

QString condition(const QString &attribute, const QString &op, const QStringList &values)
{
    QString xml = QStringLiteral("<condition attribute=\"%1\" operator=\"%2\">").arg(attribute, op);
    for (const QString &v : values)
        xml += QStringLiteral("<value>%1</value>").arg(v);
    return xml + QStringLiteral("</condition>");
}

QString fetch(const QString &entity, const QString &body)
{
    return QStringLiteral("<fetch><entity name=\"%1\">%2</entity></fetch>").arg(entity, body);
}

} // namespace

class TestCompiledFilter : public QObject
{
    Q_OBJECT

    static inline QSet<QString> s_testedOperators;

private Q_SLOTS:
    void everyOperator_data()
    {
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QStringList>("expected");
        // values separated by |, expected ids by spaces
        auto row = [](const char *name, const char *attribute, const char *op, const char *values,
                      const char *expected) {
            s_testedOperators.insert(QString::fromLatin1(op));
            const auto split = [](const char *text, char separator) {
                return QString::fromLatin1(text).split(QLatin1Char(separator), Qt::SkipEmptyParts);
            };
            QTest::newRow(name) << QString::fromLatin1(attribute) << QString::fromLatin1(op)
                                << split(values, '|') << split(expected, ' ');
        };
        row("eq ignores case", "subject", "eq", "quarterly REVIEW", "a1");
        row("eq on a date", "scheduledstart", "eq", "2026-03-04T09:00:00Z", "a1");
        row("eq on an option set", "statecode", "eq", "0", "a1 a5");
        row("ne skips null", "subject", "ne", "lunch", "a1 a2 a5 a6 a7 a8");
        row("neq skips null", "subject", "neq", "Lunch", "a1 a2 a5 a6 a7 a8");
        row("gt as numbers", "new_score", "gt", "10", "a2");
        row("ge", "new_score", "ge", "10", "a1 a2");
        row("lt", "new_score", "lt", "10", "a5");
        row("le", "new_score", "le", "10", "a1 a5");
        row("gt on dates", "scheduledstart", "gt", "2026-03-05", "a3 a5 a7");
        row("like contains", "subject", "like", "%REVIEW%", "a1 a5");
        row("like with _", "subject", "like", "lunc_", "a3");
        row("like with set", "location", "like", "room [47]", "a1 a2 a4");
        row("not-like skips null", "subject", "not-like", "%review%", "a2 a3 a6 a7 a8");
        row("begins-with", "subject", "begins-with", "Review", "a5");
        row("not-begin-with", "subject", "not-begin-with", "review", "a1 a2 a3 a6 a7 a8");
        row("ends-with", "subject", "ends-with", "REVIEW", "a1");
        row("not-end-with", "subject", "not-end-with", "review", "a2 a3 a5 a6 a7 a8");
        row("in", "location", "in", "room 4|Room 12", "a1 a4 a5");
        row("not-in skips null", "location", "not-in", "ROOM 4", "a2 a5");
        row("between inclusive", "new_score", "between", "5|10", "a1 a5");
        row("not-between skips null", "new_score", "not-between", "5|10", "a2");
        row("null", "location", "null", "", "a3 a6 a7 a8");
        row("not-null", "location", "not-null", "", "a1 a2 a4 a5");
        row("eq-userid", "ownerid", "eq-userid", "", "a1 a3 a6 a8");
        row("ne-userid skips null", "ownerid", "ne-userid", "", "a2 a5 a7");
        row("eq-useroruserteams", "ownerid", "eq-useroruserteams", "", "a1 a3 a6 a7 a8");
        row("eq-userteams: a team of the user, not the user", "ownerid", "eq-userteams", "", "a7");
        row("eq-businessid", "owningbusinessunit", "eq-businessid", "", "a1");
        row("ne-businessid", "owningbusinessunit", "ne-businessid", "", "a2");
        row("today", "scheduledstart", "today", "", "a1");
        row("yesterday", "scheduledstart", "yesterday", "", "a2");
        row("tomorrow", "scheduledstart", "tomorrow", "", "a3");
        row("this-week (from Sunday)", "scheduledstart", "this-week", "", "a1 a2 a3");
        row("last-week", "scheduledstart", "last-week", "", "a8");
        row("next-week", "scheduledstart", "next-week", "", "a5");
        row("this-month", "scheduledstart", "this-month", "", "a1 a2 a3 a5");
        row("last-month", "scheduledstart", "last-month", "", "a4 a8");
        row("next-month", "scheduledstart", "next-month", "", "");
        row("this-year", "scheduledstart", "this-year", "", "a1 a2 a3 a4 a5 a8");
        row("last-year", "scheduledstart", "last-year", "", "a6");
        row("next-year", "scheduledstart", "next-year", "", "a7");
        row("last-seven-days", "scheduledstart", "last-seven-days", "", "a1 a2");
        row("next-seven-days", "scheduledstart", "next-seven-days", "", "a3 a5");
        row("last-x-hours", "scheduledstart", "last-x-hours", "4", "a1");
        row("next-x-hours", "scheduledstart", "next-x-hours", "30", "a3");
        row("last-x-days", "scheduledstart", "last-x-days", "1", "a1 a2");
        row("next-x-days", "scheduledstart", "next-x-days", "1", "a3");
        row("last-x-weeks", "scheduledstart", "last-x-weeks", "1", "a1 a2 a8");
        row("next-x-weeks", "scheduledstart", "next-x-weeks", "1", "a3 a5");
        row("last-x-months", "scheduledstart", "last-x-months", "1", "a1 a2 a4 a8");
        row("next-x-months", "scheduledstart", "next-x-months", "1", "a3 a5");
        row("last-x-years", "scheduledstart", "last-x-years", "1", "a1 a2 a4 a8");
        row("next-x-years", "scheduledstart", "next-x-years", "1", "a3 a5 a7");
        row("olderthan-x-minutes", "scheduledstart", "olderthan-x-minutes", "240", "a2 a4 a6 a8");
        row("olderthan-x-hours", "scheduledstart", "olderthan-x-hours", "3", "a2 a4 a6 a8");
        row("olderthan-x-days", "scheduledstart", "olderthan-x-days", "1", "a4 a6 a8");
        row("olderthan-x-weeks", "scheduledstart", "olderthan-x-weeks", "1", "a4 a6");
        row("olderthan-x-months", "scheduledstart", "olderthan-x-months", "1", "a6");
        row("olderthan-x-years", "scheduledstart", "olderthan-x-years", "1", "a6");
        row("on", "scheduledstart", "on", "2026-03-04", "a1");
        row("on-or-before", "scheduledstart", "on-or-before", "2026-03-03", "a2 a4 a6 a8");
        row("on-or-after", "scheduledstart", "on-or-after", "2026-03-05", "a3 a5 a7");
    }

    void everyOperator()
    {
        QFETCH(QString, attribute);
        QFETCH(QString, op);
        QFETCH(QStringList, values);
        QFETCH(QStringList, expected);
        Fixture fx(
            fetch(QStringLiteral("appointment"),
                  QStringLiteral("<filter>%1</filter>").arg(condition(attribute, op, values))),
            {{QStringLiteral("appointment"), appointments()}});
        QVERIFY2(fx.error.isEmpty(), qPrintable(fx.error));
        QCOMPARE(fx.matchingIds(), expected);
        // A row-by-row test agrees with the column scan.
        for (int row = 0; row < fx.filter->snapshot().size(); ++row) {
            const bool in = expected.contains(fx.filter->snapshot().id(row));
            QCOMPARE(fx.filter->matches(row), in);
            QCOMPARE(fx.filter->firstFailingCondition(row).has_value(), !in);
        }
    }

    void everyOperatorIsCovered()
    {
        for (FetchOperator op : allOperators())
            QVERIFY2(s_testedOperators.contains(operatorName(op)), qPrintable(operatorName(op)));
    }

    void groupsNestAndOr()
    {
        Fixture fx(
            fetch(
                QStringLiteral("appointment"),
                QStringLiteral("<filter type=\"and\">%1<filter type=\"or\">%2%3</filter></filter>")
                    .arg(condition(QStringLiteral("ownerid"), QStringLiteral("eq-userid"), {}),
                         condition(QStringLiteral("scheduledstart"), QStringLiteral("on-or-after"),
                                   {QStringLiteral("2026-03-01")}),
                         condition(QStringLiteral("subject"), QStringLiteral("like"),
                                   {QStringLiteral("%planning%")}))),
            {{QStringLiteral("appointment"), appointments()}});
        QVERIFY2(fx.error.isEmpty(), qPrintable(fx.error));
        QCOMPARE(fx.matchingIds(),
                 (QStringList{QStringLiteral("a1"), QStringLiteral("a3"), QStringLiteral("a6")}));
    }

    void noFilterMatchesEverything()
    {
        Fixture fx(
            fetch(QStringLiteral("appointment"), QStringLiteral("<attribute name=\"subject\"/>")),
            {{QStringLiteral("appointment"), appointments()}});
        QVERIFY2(fx.error.isEmpty(), qPrintable(fx.error));
        QCOMPARE(fx.matchingIds().size(), 8);
    }

    void firstFailingConditionIsNamed()
    {
        Fixture fx(
            fetch(
                QStringLiteral("appointment"),
                QStringLiteral("<filter>%1%2</filter>")
                    .arg(condition(QStringLiteral("ownerid"), QStringLiteral("eq-userid"), {}),
                         condition(QStringLiteral("scheduledstart"), QStringLiteral("on-or-after"),
                                   {QStringLiteral("2026-03-01")}))),
            {{QStringLiteral("appointment"), appointments()}});
        QVERIFY2(fx.error.isEmpty(), qPrintable(fx.error));
        auto rowOf = [&](const char *id) {
            for (int r = 0; r < fx.filter->snapshot().size(); ++r) {
                if (fx.filter->snapshot().id(r) == QLatin1String(id))
                    return r;
            }
            return -1;
        };
        QVERIFY(!fx.filter->firstFailingCondition(rowOf("a1")).has_value());
        QCOMPARE(fx.filter->firstFailingCondition(rowOf("a2"))->attribute,
                 QStringLiteral("ownerid"));
        QCOMPARE(fx.filter->firstFailingCondition(rowOf("a6"))->attribute,
                 QStringLiteral("scheduledstart"));
        QVERIFY(fx.filter->firstFailingCondition(rowOf("a6"))->position.line > 0);
    }

    void aFailedOrNamesEveryBranch()
    {
        Fixture fx(
            fetch(QStringLiteral("appointment"),
                  QStringLiteral("<filter>%1<filter type=\"or\">%2%3</filter></filter>")
                      .arg(condition(QStringLiteral("ownerid"), QStringLiteral("eq-userid"), {}),
                           condition(QStringLiteral("scheduledstart"),
                                     QStringLiteral("on-or-after"), {QStringLiteral("2026-03-01")}),
                           condition(QStringLiteral("subject"), QStringLiteral("like"),
                                     {QStringLiteral("%review%")}))),
            {{QStringLiteral("appointment"), appointments()}});
        QVERIFY2(fx.error.isEmpty(), qPrintable(fx.error));
        const RecordSnapshot &s = fx.filter->snapshot();
        int branchesSeen = 0;
        for (int row = 0; row < s.size(); ++row) {
            const auto failing = fx.filter->failingConditions(row);
            QCOMPARE(failing.empty(), fx.filter->matches(row));
            if (failing.empty())
                continue;
            // Either the owner fails (one condition), or both branches of the "or".
            const auto first = fx.filter->firstFailingCondition(row);
            QCOMPARE(failing.front(), *first);
            if (failing.size() == 2) {
                QCOMPARE(failing[0].attribute, QStringLiteral("scheduledstart"));
                QCOMPARE(failing[1].attribute, QStringLiteral("subject"));
                ++branchesSeen;
            } else {
                QCOMPARE(failing.size(), size_t(1));
                QCOMPARE(failing[0].attribute, QStringLiteral("ownerid"));
            }
        }
        QVERIFY(branchesSeen > 0);
    }

    void linkEntities_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("inner link with a filter")
            << "<link-entity name=\"account\" from=\"accountid\" to=\"parentcustomerid\">"
               "<filter><condition attribute=\"name\" operator=\"begins-with\" "
               "value=\"con\"/></filter></link-entity>"
            << QStringList{QStringLiteral("c1")};
        QTest::newRow("inner link without a filter")
            << "<link-entity name=\"account\" from=\"accountid\" to=\"parentcustomerid\"/>"
            << QStringList{QStringLiteral("c1"), QStringLiteral("c2")};
        QTest::newRow("outer link, no related record")
            << "<link-entity name=\"account\" from=\"accountid\" to=\"parentcustomerid\" "
               "alias=\"a\" link-type=\"outer\"/>"
               "<filter><condition entityname=\"a\" attribute=\"accountid\" "
               "operator=\"null\"/></filter>"
            << QStringList{QStringLiteral("c3")};
        QTest::newRow("outer link with its own filter")
            << "<link-entity name=\"account\" from=\"accountid\" to=\"parentcustomerid\" "
               "alias=\"a\" link-type=\"outer\">"
               "<filter><condition attribute=\"name\" operator=\"eq\" "
               "value=\"Fabrikam\"/></filter></link-entity>"
               "<filter><condition entityname=\"a\" attribute=\"accountid\" "
               "operator=\"null\"/></filter>"
            << QStringList{QStringLiteral("c1"), QStringLiteral("c3")};
        QTest::newRow("condition through an alias")
            << "<link-entity name=\"account\" from=\"accountid\" to=\"parentcustomerid\" "
               "alias=\"a\" link-type=\"outer\"/>"
               "<filter type=\"or\"><condition entityname=\"a\" attribute=\"address1_city\" "
               "operator=\"eq\" value=\"berlin\"/>"
               "<condition attribute=\"lastname\" operator=\"eq\" value=\"Nobody\"/></filter>"
            << QStringList{QStringLiteral("c2"), QStringLiteral("c3")};
    }

    void linkEntities()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, expected);
        const std::vector<CrmRecord> contacts{
            CrmRecord{QStringLiteral("c1"), QStringLiteral("contact"),
                      f("{'lastname': 'Adams', 'parentcustomerid': 'ACC1'}")},
            CrmRecord{QStringLiteral("c2"), QStringLiteral("contact"),
                      f("{'lastname': 'Brown', 'parentcustomerid': 'acc2'}")},
            CrmRecord{QStringLiteral("c3"), QStringLiteral("contact"), f("{'lastname': 'Nobody'}")},
        };
        const std::vector<CrmRecord> accounts{
            CrmRecord{QStringLiteral("acc1"), QStringLiteral("account"),
                      f("{'name': 'Contoso', 'address1_city': 'Paris'}")},
            CrmRecord{QStringLiteral("acc2"), QStringLiteral("account"),
                      f("{'name': 'Fabrikam', 'address1_city': 'Berlin'}")},
        };
        Fixture fx(fetch(QStringLiteral("contact"), body),
                   {{QStringLiteral("contact"), contacts}, {QStringLiteral("account"), accounts}});
        QVERIFY2(fx.error.isEmpty(), qPrintable(fx.error));
        QCOMPARE(fx.matchingIds(), expected);
        // Row by row (a cycle's question), related records and all.
        for (int row = 0; row < fx.filter->snapshot().size(); ++row) {
            const bool in = expected.contains(fx.filter->snapshot().id(row));
            QCOMPARE(fx.filter->matches(row), in);
            QCOMPARE(fx.filter->firstFailingCondition(row).has_value(), !in);
        }
    }

    void unknownAliasIsAnError()
    {
        Fixture fx(fetch(QStringLiteral("contact"),
                         QStringLiteral("<filter><condition entityname=\"zz\" attribute=\"name\" "
                                        "operator=\"null\"/></filter>")),
                   {});
        QVERIFY(fx.error.contains(QStringLiteral("\"zz\"")));
    }

    void likePatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        QTest::newRow("equals") << "abc"
                                << "abc" << true;
        QTest::newRow("equals, case") << "ABC"
                                      << "abc" << true;
        QTest::newRow("not equal") << "abc"
                                   << "abcd" << false;
        QTest::newRow("prefix") << "ab%"
                                << "abcd" << true;
        QTest::newRow("suffix") << "%cd"
                                << "abcd" << true;
        QTest::newRow("contains") << "%bc%"
                                  << "abcd" << true;
        QTest::newRow("underscore") << "a_c"
                                    << "abc" << true;
        QTest::newRow("underscore is one") << "a_c"
                                           << "abbc" << false;
        QTest::newRow("inner percent") << "a%d"
                                       << "abcd" << true;
        QTest::newRow("set") << "[ab]x"
                             << "bx" << true;
        QTest::newRow("negated set") << "[^ab]x"
                                     << "bx" << false;
        QTest::newRow("regex chars are literal") << "a.c%"
                                                 << "abcd" << false;
        QTest::newRow("regex chars match themselves") << "a.c%"
                                                      << "a.cd" << true;
        QTest::newRow("unclosed bracket is literal") << "a[b"
                                                     << "a[b" << true;
    }

    void likePatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        QCOMPARE(LikePattern(pattern).matches(text), matches);
    }

    // A record read as its stored members makes the cells its QJsonObject
    // makes, whatever the column's type and the value's kind.
    void cellsFromMembersAreTheCellsFromTheRecord()
    {
        std::vector<CrmRecord> records = appointments();
        records.push_back(appointment(
            "b1", f("{'subject': 'Say \\'hi\\'\\n', 'statecode': true, 'new_score': '42', "
                    "'scheduledstart': 'not a date', 'ownerid': null, 'location': ['Room 1', 2], "
                    "'new_flag': 'TRUE', 'new_when': '2026-03-04', 'new_nested': {'a': 1}}")));
        records.push_back(appointment("b2", f("{'new_score': -12, 'new_flag': false, "
                                              "'location': 'Zoë', 'new_when': 7}")));
        records.push_back(appointment("b3", {}));
        const QStringList attributes{
            u"activityid"_s, u"location"_s, u"new_flag"_s,       u"new_nested"_s, u"new_score"_s,
            u"new_when"_s,   u"ownerid"_s,  u"scheduledstart"_s, u"statecode"_s,  u"subject"_s};
        RecordSnapshot fromRecords(u"appointment"_s, attributes);
        RecordSnapshot fromMembers(u"appointment"_s, attributes);
        for (const CrmRecord &record : records) {
            fromRecords.append(record);
            const QByteArray text = compactJson(record.fields);
            const auto members = compactJsonMembers(text);
            QVERIFY2(members, text.constData());
            fromMembers.append(record.id, *members);
        }
        QCOMPARE(fromMembers.size(), fromRecords.size());
        for (const QString &attribute : attributes) {
            const RecordSnapshot::Column *a = fromRecords.column(attribute);
            const RecordSnapshot::Column *b = fromMembers.column(attribute);
            QVERIFY(a && b);
            QCOMPARE(b->pool, a->pool);
            QCOMPARE(b->text, a->text);
            QCOMPARE(b->time, a->time);
            QCOMPARE(b->hasNumbers, a->hasNumbers);
            QCOMPARE(b->hasTimes, a->hasTimes);
            QCOMPARE(b->postings, a->postings);
            QCOMPARE(b->number.size(), a->number.size());
            for (size_t row = 0; row < a->number.size(); ++row) {
                const double x = a->number[row], y = b->number[row];
                QVERIFY2((std::isnan(x) && std::isnan(y)) || x == y, qPrintable(attribute));
            }
        }
        // Every kind reached a cell: a text, a number, an instant.
        QCOMPARE(fromMembers.column(u"subject"_s)->pool.contains(u"say \"hi\"\n"_s), true);
        QVERIFY(fromMembers.column(u"new_score"_s)->hasNumbers);
        QVERIFY(fromMembers.column(u"scheduledstart"_s)->hasTimes);
        QCOMPARE(fromMembers.column(u"activityid"_s)->pool.size(), qsizetype(records.size()));
    }

    // Cells are remembered by their stored text for a few thousand values,
    // not one per record: past them, cells are made anew. A date repeats.
    void cellsOfManyLookupValuesStayRight()
    {
        const QStringList attributes{u"new_when"_s, u"parentcustomerid"_s};
        RecordSnapshot fromRecords(u"contact"_s, attributes);
        RecordSnapshot fromMembers(u"contact"_s, attributes);
        for (int i = 0; i < 6000; ++i) {
            const CrmRecord record{
                u"c%1"_s.arg(i),
                u"contact"_s,
                {{u"parentcustomerid"_s, u"Account-%1"_s.arg(i % 5000)},
                 {u"new_when"_s, u"2026-03-0%1T10:%2:00Z"_s.arg(i % 9 + 1).arg(i % 4 * 15)}}};
            fromRecords.append(record);
            const QByteArray text = compactJson(record.fields);
            fromMembers.append(record.id, *compactJsonMembers(text));
        }
        const RecordSnapshot::Column *a = fromRecords.column(u"parentcustomerid"_s);
        const RecordSnapshot::Column *b = fromMembers.column(u"parentcustomerid"_s);
        QVERIFY(b->indexed);
        QCOMPARE(b->text, a->text);
        QCOMPARE(b->pool, a->pool);
        QCOMPARE(b->postings, a->postings);
        QCOMPARE(b->pool.size(), 5000);
        QCOMPARE(b->cellOfText.size(), 4096);
        const RecordSnapshot::Column *whenA = fromRecords.column(u"new_when"_s);
        const RecordSnapshot::Column *whenB = fromMembers.column(u"new_when"_s);
        QCOMPARE(whenB->text, whenA->text);
        QCOMPARE(whenB->time, whenA->time);
        QVERIFY(whenB->hasTimes);
        QCOMPARE(whenB->cellOfText.size(), 36);
    }

    void snapshotsLoadFromTheStore()
    {
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        for (const CrmRecord &r : appointments())
            SL_VERIFY_OK(store->upsertCrmRecord(r));
        CrmRecord gone = appointment("a9", f("{'ownerid': 'alice'}"));
        gone.deleted = true;
        SL_VERIFY_OK(store->upsertCrmRecord(gone));
        auto query = FetchXmlParser().parse(
            fetch(QStringLiteral("appointment"),
                  QStringLiteral("<filter>%1</filter>")
                      .arg(condition(QStringLiteral("ownerid"), QStringLiteral("eq-userid"), {}))));
        SL_VERIFY_OK(query);
        SnapshotSet::Columns columns;
        SnapshotSet::collectColumns(*query, columns);
        auto snapshots = SnapshotSet::load(*store, columns);
        SL_VERIFY_OK(snapshots);
        auto compiled = CompiledFilter::compile(*query, *snapshots, aliceContext());
        SL_VERIFY_OK(compiled);
        const auto mask = compiled->evaluate();
        QCOMPARE(std::count(mask.begin(), mask.end(), 1), 4); // the deleted a9 is not there
        QCOMPARE(compiled->snapshot().size(), 8);
    }

    // Snapshots load from any OrgReader: no database needed (issue 13, point 8).
    void snapshotsFromMemory()
    {
        Test::MemoryOrgReader org;
        for (int i = 0; i < 6; ++i) {
            org.records.append(
                CrmRecord{QStringLiteral("c%1").arg(i),
                          QStringLiteral("contact"),
                          {{QStringLiteral("ownerid"),
                            i % 2 ? QStringLiteral("alice") : QStringLiteral("bob")}},
                          {},
                          {},
                          i == 5});
        }
        org.records.append(CrmRecord{QStringLiteral("t1"), QStringLiteral("task"), {}, {}, {}});
        const auto query = FetchXmlParser().parse(QStringLiteral(
            R"(<fetch><entity name="contact"><filter><condition attribute="ownerid" )"
            R"(operator="eq-userid"/></filter></entity></fetch>)"));
        SL_VERIFY_OK(query);
        SnapshotSet::Columns columns;
        SnapshotSet::collectColumns(*query, columns);
        auto snapshots = SnapshotSet::load(org, columns);
        SL_VERIFY_OK(snapshots);
        QVERIFY(!snapshots->find(QStringLiteral("task")));
        auto compiled = CompiledFilter::compile(*query, *snapshots, aliceContext());
        SL_VERIFY_OK(compiled);
        const auto mask = compiled->evaluate();
        QCOMPARE(compiled->snapshot().size(), 5);             // c5 is deleted
        QCOMPARE(std::count(mask.begin(), mask.end(), 1), 2); // c1 and c3
    }
};

QTEST_GUILESS_MAIN(TestCompiledFilter)
#include "tst_compiledfilter.moc"
