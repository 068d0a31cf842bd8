#include "sandbox/sandboxgenerator.h"
#include "sync/synccycle.h"
#include "temporg.h"
#include "timeline/timelineloader.h"
#include "totext.h"

#include <QTest>
#include <QTimeZone>

using namespace SyncLens;
using namespace SyncLens::Test;

namespace {

const QDateTime kT0(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc());

void addMailbox(OrgStore &store, const QString &id, const QString &userName)
{
    const QString userId = QStringLiteral("u-") + id;
    QVERIFY(store.upsertUser(User{userId, userName, id + QStringLiteral("@example.com")}).ok());
    Mailbox m;
    m.id = id;
    m.userId = userId;
    QVERIFY(store.upsertMailbox(m).ok());
}

void journal(OrgStore &store, const QString &mailbox, int minutes, const QString &item,
             ReasonCode code)
{
    JournalEntry e;
    e.time = kT0.addSecs(60LL * minutes);
    e.cycle = minutes / 15;
    e.mailboxId = mailbox;
    e.itemId = item;
    e.code = code;
    e.facts = QJsonObject{{QStringLiteral("why"), QStringLiteral("test")}};
    QVERIFY(store.appendJournalEntry(e).ok());
}

} // namespace

class TestTimelineLoader : public QObject
{
    Q_OBJECT

    TempOrg m_org;
    std::unique_ptr<OrgStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        m_store = m_org.create();
        QVERIFY(m_store);
        addMailbox(*m_store, QStringLiteral("mb2"), QStringLiteral("Bea"));
        addMailbox(*m_store, QStringLiteral("mb1"), QStringLiteral("Ada"));
        journal(*m_store, QStringLiteral("mb1"), 0, QStringLiteral("a1"), ReasonCode::OutCreate);
        journal(*m_store, QStringLiteral("mb1"), 0, QStringLiteral("e1"),
                ReasonCode::NotTrackedNoSignal);
        journal(*m_store, QStringLiteral("mb1"), 15, QStringLiteral("a1"), ReasonCode::LeftScope);
        journal(*m_store, QStringLiteral("mb2"), 30, QStringLiteral("a2"), ReasonCode::NotInScope);
        journal(*m_store, QStringLiteral("mb2"), 30, QString(), ReasonCode::TransientFailure);
    }

    void loadsEveryMailboxInIdOrder()
    {
        auto data = TimelineLoader::load(*m_store);
        SL_VERIFY_OK(data);
        const TimelineData &d = **data;
        QCOMPARE(d.mailboxCount(), 2);
        QCOMPARE(d.mailboxId(0), QStringLiteral("mb1"));
        QCOMPARE(d.mailboxLabel(0), QStringLiteral("Ada"));
        QCOMPARE(d.mailboxLabel(1), QStringLiteral("Bea"));
        // mb1: a1 twice on both lanes, e1 on Exchange; mb2: a2 on CRM, health on Exchange.
        QCOMPARE(d.eventCount(), 7);
        QCOMPARE(d.rowEnd(0) - d.rowBegin(0), 3);
        QCOMPARE(d.rowEnd(1) - d.rowBegin(1), 2);
        QCOMPARE(d.event(d.rowBegin(0)).time, kT0.toMSecsSinceEpoch());
        QCOMPARE(d.firstTime(), kT0.toMSecsSinceEpoch());
        QCOMPARE(d.lastTime(), kT0.addSecs(30 * 60).toMSecsSinceEpoch());
        QCOMPARE(d.event(d.rowBegin(3)).reasonCode(), ReasonCode::NotInScope);
    }

    void loadsChosenMailboxesAndTimes()
    {
        auto data = TimelineLoader::load(*m_store, {QStringLiteral("mb2"), QStringLiteral("mb1")},
                                         kT0.addSecs(60), kT0.addSecs(20 * 60));
        SL_VERIFY_OK(data);
        QCOMPARE((*data)->mailboxLabel(0), QStringLiteral("Bea"));
        QCOMPARE((*data)->eventCount(), 2); // only LEFT_SCOPE at minute 15
        QCOMPARE((*data)->event(0).reasonCode(), ReasonCode::LeftScope);
        QCOMPARE((*data)->event(0).mailbox, quint16(1));
    }

    void cancels()
    {
        std::atomic_bool cancel = true;
        auto data = TimelineLoader::load(*m_store, {}, {}, {}, &cancel);
        QVERIFY(!data);
        QCOMPARE(data.error().code, Error::Code::Cancelled);
    }

    void loadsWhatTheEngineJournaled()
    {
        TempOrg org;
        SandboxSpec spec;
        spec.users = 3;
        spec.items = 600;
        SL_VERIFY_OK(SandboxGenerator::createFile(org.path(), spec, false));
        auto store = OrgStore::open(org.path());
        SL_VERIFY_OK(store);
        auto clock = SyncCycle::clock(**store);
        SL_VERIFY_OK(clock);
        SyncCycle cycle(**store);
        SL_VERIFY_OK(cycle.run(clock->addSecs(900)));
        SL_VERIFY_OK(cycle.run(clock->addSecs(1800)));

        auto counts = (*store)->journalCountsByCode();
        SL_VERIFY_OK(counts);
        qsizetype marks = 0;
        for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
            const TimelinePlacement p = timelinePlacement(it.key());
            marks += it.value() * (int(p.exchange) + int(p.crm));
        }
        QVERIFY(marks > 0);
        auto data = TimelineLoader::load(**store);
        SL_VERIFY_OK(data);
        QCOMPARE((*data)->mailboxCount(), 3);
        QCOMPARE((*data)->eventCount(), marks);
    }
};

QTEST_GUILESS_MAIN(TestTimelineLoader)
#include "tst_timelineloader.moc"
