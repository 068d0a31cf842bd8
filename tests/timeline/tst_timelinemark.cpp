#include "timeline/timelineevent.h"
#include "timeline/timelinemark.h"
#include "totext.h"

#include <QSet>
#include <QTest>

using namespace SyncLens;

namespace {

enum Lanes
{
    Exchange = 1,
    Crm = 2,
    Both = 3
};

} // namespace

// Written out code by code, so that a new reason code fails here until someone
// decides where the timeline shows it.
class TestTimelineMark : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placement_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("lanes");
        QTest::addColumn<QString>("mark");
        const auto row = [](const char *code, Lanes lanes, const char *mark) {
            QTest::newRow(code) << QString::fromLatin1(code) << int(lanes)
                                << QString::fromLatin1(mark);
        };
        row("DUPLICATE_SUPPRESSED", Exchange, "TRACKED");
        row("MANUAL_TRACK", Both, "TRACKED");
        row("TRACKED_FOLDER", Both, "TRACKED");
        row("IN_REPLY_TO", Both, "TRACKED");
        row("TOKEN", Both, "TRACKED");
        row("CONVERSATION", Both, "TRACKED");
        row("SMART_MATCH", Both, "TRACKED");
        row("ALL_EMAIL", Both, "TRACKED");
        row("FROM_RECORD", Both, "TRACKED");
        row("FROM_EMAIL_ENABLED", Both, "TRACKED");
        row("NOT_TRACKED_NO_SIGNAL", Exchange, "NOT_TRACKED");
        row("NOT_TRACKED_NO_RECORD", Exchange, "NOT_TRACKED");
        row("NOT_TRACKED_FILTERING_NONE", Exchange, "NOT_TRACKED");
        row("NOT_TRACKED_FOLDER", Exchange, "NOT_TRACKED");
        row("NOT_TRACKED_NO_RECIPIENT", Exchange, "NOT_TRACKED");
        row("SENT", Both, "TRACKED");
        row("SEND_FAILED_MAILBOX", Crm, "HEALTH");
        row("CRM_DELETE", Both, "DELETED");
        row("CRM_DELETE_KEPT", Both, "DELETE_KEPT");
        row("BACK_IN_SCOPE", Both, "BACK_IN_SCOPE");
        row("OUT_CREATE", Both, "TRACKED");
        row("OUT_UPDATE", Both, "UPDATED");
        row("LEFT_SCOPE", Both, "LEFT_SCOPE");
        row("LEFT_SCOPE_DELETED", Both, "LEFT_SCOPE");
        row("OUT_SKIPPED_OUT_OF_SCOPE", Crm, "OUT_OF_SCOPE");
        row("NOT_IN_SCOPE", Crm, "OUT_OF_SCOPE");
        row("IN_CREATE", Both, "TRACKED");
        row("IN_NOT_TRACKED", Exchange, "NOT_TRACKED");
        row("IN_UPDATE", Both, "UPDATED");
        row("IN_OVERWRITE_OUT_OF_SCOPE", Both, "OVERWRITTEN");
        row("CONFLICT_EXCHANGE_WON", Both, "OVERWRITTEN");
        row("CONFLICT_CRM_WON", Both, "UPDATED");
        row("EXCHANGE_DELETE_UNTRACKED", Both, "DELETED");
        row("EXCHANGE_DELETE_PROPAGATED", Both, "DELETED");
        row("MAILBOX_NOT_APPROVED", Exchange, "HEALTH");
        row("MAILBOX_DISABLED_AUTH", Exchange, "HEALTH");
        row("TRANSIENT_FAILURE", Exchange, "HEALTH");
        row("MAILBOX_DISABLED_TRANSIENT", Exchange, "HEALTH");
        row("RECOVERED", Exchange, "HEALTH");
    }

    void placement()
    {
        QFETCH(QString, code);
        QFETCH(int, lanes);
        QFETCH(QString, mark);
        const auto reason = reasonCodeFromName(code);
        QVERIFY(reason);
        const TimelinePlacement p = timelinePlacement(*reason);
        QCOMPARE(p.exchange, bool(lanes & Exchange));
        QCOMPARE(p.crm, bool(lanes & Crm));
        QCOMPARE(timelineMarkName(p.mark), mark);
    }

    void everyCodeHasARow()
    {
        // placement_data() lists each code once: the same number as the enum.
        QCOMPARE(allReasonCodes().size(), 39);
        for (ReasonCode code : allReasonCodes()) {
            const TimelinePlacement p = timelinePlacement(code);
            QVERIFY2(p.exchange || p.crm, qPrintable(reasonCodeName(code)));
        }
    }

    void everyMarkIsUsedAndNamed()
    {
        QSet<TimelineMark> used;
        for (ReasonCode code : allReasonCodes())
            used.insert(timelinePlacement(code).mark);
        QSet<QString> names;
        for (TimelineMark mark : allTimelineMarks()) {
            QVERIFY(used.contains(mark));
            names.insert(timelineMarkName(mark));
        }
        QCOMPARE(names.size(), TimelineMarkCount);
    }

    void eventPacksLaneAndMark_data()
    {
        QTest::addColumn<int>("lane");
        QTest::addColumn<int>("mark");
        for (int lane = 0; lane < TimelineLaneCount; ++lane)
            for (int mark = 0; mark < TimelineMarkCount; ++mark)
                QTest::addRow("lane %d mark %d", lane, mark) << lane << mark;
    }

    void eventPacksLaneAndMark()
    {
        QFETCH(int, lane);
        QFETCH(int, mark);
        TimelineEvent e;
        e.laneAndMark = TimelineEvent::pack(TimelineLane(lane), TimelineMark(mark));
        QCOMPARE(int(e.lane()), lane);
        QCOMPARE(int(e.mark()), mark);
        QVERIFY(sizeof(TimelineEvent) <= 32);
    }
};

QTEST_GUILESS_MAIN(TestTimelineMark)
#include "tst_timelinemark.moc"
