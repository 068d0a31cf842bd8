#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/scopepreview.h"
#include "totext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace SyncLens;

namespace {

const QDateTime kNow(QDate(2026, 3, 4), QTime(12, 0), Qt::UTC);

CrmRecord appointment(const char *id, const char *json)
{
    return CrmRecord{QString::fromLatin1(id), QStringLiteral("appointment"),
                     QJsonDocument::fromJson(QByteArray(json).replace('\'', '"')).object()};
}

FetchQuery query(const QString &filterBody)
{
    auto q = FetchXmlParser().parse(
        QStringLiteral("<fetch><entity name=\"appointment\"><filter>%1</filter></entity></fetch>")
            .arg(filterBody));
    if (!q)
        qFatal("%s", qPrintable(q.error().message));
    return *q;
}

const QString kMine = QStringLiteral("<condition attribute=\"ownerid\" operator=\"eq-userid\"/>");
const QString kRecentOrReview = QStringLiteral(
    "<filter type=\"or\"><condition attribute=\"scheduledstart\" operator=\"last-x-days\" "
    "value=\"30\"/>"
    "<condition attribute=\"subject\" operator=\"like\" value=\"%review%\"/></filter>");

struct Org
{
    SnapshotSet snapshots;

    Org(const std::vector<FetchQuery> &queries)
    {
        SnapshotSet::Columns columns;
        for (const FetchQuery &q : queries)
            SnapshotSet::collectColumns(q, columns);
        auto snapshot = std::make_shared<RecordSnapshot>(
            QStringLiteral("appointment"), columns.value(QStringLiteral("appointment")).values());
        for (const CrmRecord &r : {
                 appointment("a1", "{'subject': 'Quarterly Review', 'scheduledstart': "
                                   "'2026-03-04T09:00:00Z', 'ownerid': 'alice'}"),
                 appointment("a3", "{'subject': 'Lunch', 'scheduledstart': '2026-03-05T12:00:00Z', "
                                   "'ownerid': 'alice'}"),
                 appointment("a5", "{'subject': 'Review board', 'scheduledstart': "
                                   "'2026-03-11T10:00:00Z', 'ownerid': 'carol'}"),
                 appointment("a6", "{'subject': 'Old planning', 'scheduledstart': "
                                   "'2025-01-15T10:00:00Z', 'ownerid': 'alice'}"),
                 appointment("a7", "{'subject': 'Kickoff', 'scheduledstart': "
                                   "'2027-01-10T10:00:00Z', 'ownerid': 'team-x'}"),
                 appointment("a8", "{'subject': 'Last week sync', 'scheduledstart': "
                                   "'2026-02-25T10:00:00Z', 'ownerid': 'alice'}"),
             })
            snapshot->append(r);
        snapshots.add(snapshot);
    }
};

QStringList ids(const std::vector<ScopePreview::Record> &records)
{
    QStringList list;
    for (const auto &r : records)
        list.append(r.id);
    return list;
}

EvaluationContext alice()
{
    return EvaluationContext{QStringLiteral("alice"), {QStringLiteral("team-x")}, {}, kNow};
}

} // namespace

class TestScopePreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void narrowingAFilter()
    {
        const std::vector<FetchQuery> current{query(kMine)};
        const std::vector<FetchQuery> proposed{query(kMine + kRecentOrReview)};
        Org org({current.front(), proposed.front()});
        auto preview = ScopePreviewer::preview(QStringLiteral("appointment"), current, proposed,
                                               org.snapshots, alice(), OutOfScopeAction::Keep);
        SL_VERIFY_OK(preview);
        QCOMPARE(ids(preview->staying), (QStringList{QStringLiteral("a1"), QStringLiteral("a8")}));
        QCOMPARE(ids(preview->leaving), (QStringList{QStringLiteral("a3"), QStringLiteral("a6")}));
        QVERIFY(preview->entering.empty());
        QCOMPARE(preview->outside, 2);
        // Tomorrow's lunch fails the first branch of the "or": the date.
        QCOMPARE(preview->leaving.front().failingCondition->attribute,
                 QStringLiteral("scheduledstart"));
        QCOMPARE(preview->leaving.front().failingCondition->op, FetchOperator::LastXDays);

        const auto consequences = preview->consequences();
        const auto &leaving = consequences.at(1);
        QCOMPARE(leaving.group, ScopePreview::Group::Leaving);
        QCOMPARE(leaving.count, 2);
        QVERIFY(leaving.staysInOutlook);
        QVERIFY(!leaving.receivesCrmChanges);
        QVERIFY(leaving.outlookEditsChangeCrm);
        QVERIFY2(leaving.sentence.contains(QStringLiteral("Filters only limit CRM → Outlook")),
                 qPrintable(leaving.sentence));
        QVERIFY2(leaving.sentence.contains(QStringLiteral("2 appointment")),
                 qPrintable(leaving.sentence));
        QVERIFY(leaving.sentence.contains(QStringLiteral("edits there will still change CRM")));
    }

    void leavingWithDeleteIsRemovedFromOutlook()
    {
        const std::vector<FetchQuery> current{query(kMine)};
        const std::vector<FetchQuery> proposed{query(kMine + kRecentOrReview)};
        Org org({current.front(), proposed.front()});
        auto preview = ScopePreviewer::preview(QStringLiteral("appointment"), current, proposed,
                                               org.snapshots, alice(), OutOfScopeAction::Delete);
        SL_VERIFY_OK(preview);
        const auto leaving = preview->consequences().at(1);
        QVERIFY(leaving.removedFromOutlook);
        QVERIFY(!leaving.staysInOutlook);
        QVERIFY(leaving.sentence.contains(QStringLiteral("removed from Outlook")));
    }

    void wideningAFilterBringsRecordsIn()
    {
        const std::vector<FetchQuery> current{query(kMine)};
        const std::vector<FetchQuery> proposed{query(
            QStringLiteral("<condition attribute=\"ownerid\" operator=\"eq-useroruserteams\"/>"))};
        Org org({current.front(), proposed.front()});
        auto preview = ScopePreviewer::preview(QStringLiteral("appointment"), current, proposed,
                                               org.snapshots, alice(), OutOfScopeAction::Keep);
        SL_VERIFY_OK(preview);
        QCOMPARE(ids(preview->entering), QStringList{QStringLiteral("a7")});
        QCOMPARE(preview->staying.size(), size_t(4));
        const auto entering = preview->consequences().at(0);
        QVERIFY(entering.createdInOutlook);
        QVERIFY(entering.sentence.contains(QStringLiteral("created in Outlook")));
    }

    void scopeIsTheUnionOfFiltersAndNoneMeansNothing()
    {
        const std::vector<FetchQuery> two{
            query(QStringLiteral(
                "<condition attribute=\"subject\" operator=\"eq\" value=\"lunch\"/>")),
            query(QStringLiteral(
                "<condition attribute=\"subject\" operator=\"eq\" value=\"kickoff\"/>"))};
        Org org(two);
        auto preview = ScopePreviewer::preview(QStringLiteral("appointment"), two, {},
                                               org.snapshots, alice(), OutOfScopeAction::Keep);
        SL_VERIFY_OK(preview);
        QCOMPARE(ids(preview->leaving), (QStringList{QStringLiteral("a3"), QStringLiteral("a7")}));
        QVERIFY(!preview->leaving.front().failingCondition.has_value()); // no filter left to fail
        QCOMPARE(preview->outside, 4);
    }

    void aFilterOfAnotherTypeIsRefused()
    {
        auto contactQuery =
            FetchXmlParser().parse(QStringLiteral("<fetch><entity name=\"contact\"/></fetch>"));
        SL_VERIFY_OK(contactQuery);
        Org org({});
        auto preview = ScopePreviewer::preview(QStringLiteral("appointment"), {}, {*contactQuery},
                                               org.snapshots, alice(), OutOfScopeAction::Keep);
        QVERIFY(!preview.ok());
        QVERIFY(preview.error().message.contains(QStringLiteral("contact")));
    }
};

QTEST_GUILESS_MAIN(TestScopePreview)
#include "tst_scopepreview.moc"
