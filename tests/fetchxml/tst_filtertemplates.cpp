#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/fetchxmlwriter.h"
#include "fetchxml/filterdescriber.h"
#include "fetchxml/filtertemplates.h"
#include "model/recordtypes.h"

#include <QTest>

using namespace SyncLens;

// The filters the designer starts from: each parses, is of its type, is
// written canonically, and reads as a sentence.
class TestFilterTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTemplateIsAValidFilterOfItsType()
    {
        const auto all = FilterTemplates::all();
        QVERIFY(all.size() >= 6);
        for (const FilterTemplate &t : all) {
            QVERIFY2(RecordTypes::isFilterable(t.type), qPrintable(t.name));
            QVERIFY(!t.name.isEmpty());
            const auto query = FetchXmlParser().parse(t.fetchXml);
            QVERIFY2(query.ok(), qPrintable(t.name));
            QCOMPARE(query->entity.name, t.type);
            QCOMPARE(FetchXmlWriter::write(*query), t.fetchXml);
            QVERIFY(!FilterDescriber().describe(*query).isEmpty());
        }
    }

    void theDefaultsAreThere()
    {
        QStringList names;
        for (const FilterTemplate &t : FilterTemplates::all())
            names.append(t.name);
        for (const char *name :
             {"My contacts", "My active contacts", "My appointments",
              "My appointments in the last 30 days and the future", "My open tasks"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        const auto recent = FetchXmlParser().parse(
            FilterTemplates::forType(QStringLiteral("appointment")).at(1).fetchXml);
        // No translation is loaded here: plural forms read "day(s)".
        QCOMPARE(FilterDescriber().describe(*recent),
                 QStringLiteral("Appointments that you own and either whose start time is in the "
                                "last 30 day(s) or whose start time is in the next 10 year(s)"));
    }

    void forTypeAndBlank()
    {
        for (const QString &type : {QStringLiteral("contact"), QStringLiteral("task")}) {
            for (const FilterTemplate &t : FilterTemplates::forType(type))
                QCOMPARE(t.type, type);
            const auto blank = FetchXmlParser().parse(FilterTemplates::blank(type));
            QVERIFY(blank.ok());
            QVERIFY(blank->entity.filters.empty());
        }
    }
};

QTEST_GUILESS_MAIN(TestFilterTemplates)
#include "tst_filtertemplates.moc"
