// The journal writer against a journal in memory (no database): what it
// appends, what it counts, how it hands decisions on, and that the ids it
// takes cannot be swapped (issue 13, point 7).
#include "memoryjournal.h"
#include "store/orgstore.h"
#include "sync/journalwriter.h"
#include "sync/scopecache.h"
#include "sync/syncstate.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

#include <type_traits>

using namespace SyncLens;

// A mailbox id where an item id belongs, or a bare string, does not compile.
static_assert(!std::is_convertible_v<QString, MailboxId>);
static_assert(!std::is_convertible_v<MailboxId, ItemId>);
template<typename Mailbox, typename Item, typename Facts>
constexpr bool canRecord = requires(JournalWriter &w, Mailbox m, Item i, Facts f)
{
    w.record(m, i, ReasonCode::OutCreate, f);
};
static_assert(canRecord<MailboxId, ItemId, QJsonObject>);
static_assert(canRecord<MailboxId, ItemId, CompactJsonObject>);
static_assert(!canRecord<ItemId, MailboxId, QJsonObject>);
static_assert(!canRecord<ItemId, MailboxId, CompactJsonObject>);
static_assert(!std::is_invocable_v<decltype(&OrgStore::link), OrgStore &, ItemId, MailboxId>);
static_assert(
    !std::is_invocable_v<decltype(&OrgStore::exchangeItem), OrgStore &, QString, QString>);
static_assert(!std::is_invocable_v<decltype(&OrgStore::journal), OrgStore &, MailboxId, ItemId,
                                   std::optional<ReasonCode>, int>);
// A user and a record type side by side: the type in the user's place does not compile.
static_assert(std::is_invocable_v<decltype(&OrgStore::filtersMark), UserId, QString>);
static_assert(!std::is_invocable_v<decltype(&OrgStore::filtersMark), QString, QString>);
static_assert(
    !std::is_invocable_v<decltype(&ScopeCache::rowsOwnedBy), ScopeCache &, UserId, QString>);
static_assert(
    !std::is_invocable_v<decltype(&SyncState::scopeOf), SyncState &, QString, QString, QDateTime>);

class TestJournalWriter : public QObject
{
    Q_OBJECT

    const QDateTime m_time{QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc()};

private Q_SLOTS:
    void appendsDecisionsWithTheCycleAndTime()
    {
        Test::MemoryJournal memory;
        JournalWriter writer(memory, 7, m_time);
        QVERIFY(writer.record(MailboxId(QStringLiteral("m-alice")), ItemId(QStringLiteral("a1")),
                              ReasonCode::OutCreate,
                              {{QStringLiteral("type"), QStringLiteral("appointment")}}));
        QVERIFY(writer.record(MailboxId(QStringLiteral("m-bob")), ItemId(QStringLiteral("c1")),
                              ReasonCode::NotInScope));
        QCOMPARE(memory.entries.size(), 2);
        const JournalEntry &first = memory.entries.first();
        QCOMPARE(first.mailboxId, QStringLiteral("m-alice"));
        QCOMPARE(first.itemId, QStringLiteral("a1"));
        QCOMPARE(first.cycle, 7);
        QCOMPARE(first.time, m_time);
        QCOMPARE(first.facts.value(u"type").toString(), QStringLiteral("appointment"));
        QCOMPARE(writer.total(), 2);
        QCOMPARE(writer.counts().value(ReasonCode::OutCreate), 1);
        QCOMPARE(writer.counts().value(ReasonCode::NotInScope), 1);
    }

    // Facts written as text are stored as that text, and handed on to the
    // views as the object it reads as.
    void factsWrittenAsTextReachTheStoreAndTheViews()
    {
        Test::MemoryJournal memory;
        JournalWriter writer(memory, 3, m_time);
        QList<JournalEntry> handed;
        writer.setBatchHandler([&](const QList<JournalEntry> &b) { handed += b; });
        CompactJsonObject facts;
        facts.insertString(QLatin1StringView("type"), u"task");
        facts.insertJson(QLatin1StringView("fields"), R"([{"field":"subject","new":"Zoë"}])");
        QVERIFY(writer.record(MailboxId(QStringLiteral("m-alice")), ItemId(QStringLiteral("t1")),
                              ReasonCode::OutCreate, facts));
        writer.flush();
        const QJsonObject expected{
            {QStringLiteral("type"), QStringLiteral("task")},
            {QStringLiteral("fields"),
             QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("subject")},
                                    {QStringLiteral("new"), QStringLiteral("Zoë")}}}}};
        QCOMPARE(memory.entries.size(), 1);
        QCOMPARE(memory.entries.first().facts, expected);
        QCOMPARE(memory.entries.first().cycle, 3);
        QCOMPARE(handed.size(), 1);
        QCOMPARE(handed.first().facts, expected);
        QCOMPARE(handed.first().id, 1);
        QCOMPARE(writer.counts().value(ReasonCode::OutCreate), 1);
    }

    void anAlertIsStoredAndJournalledAgainstItsMailbox()
    {
        Test::MemoryJournal memory;
        JournalWriter writer(memory, 1, m_time);
        Alert alert{0,
                    QStringLiteral("m-alice"),
                    m_time,
                    AlertSeverity::Error,
                    ReasonCode::MailboxNotApproved,
                    {}};
        QVERIFY(writer.alert(alert));
        QCOMPARE(memory.alertList.size(), 1);
        QCOMPARE(memory.entries.size(), 1);
        QCOMPARE(memory.entries.first().mailboxId, QStringLiteral("m-alice"));
        QVERIFY(memory.entries.first().itemId.isEmpty());
        QCOMPARE(memory.entries.first().code, ReasonCode::MailboxNotApproved);
        QCOMPARE(memory.entries.first().facts.value(u"severity").toString(),
                 alertSeverityName(AlertSeverity::Error));
    }

    void handsDecisionsOnOnlyAtFlushInBatches()
    {
        Test::MemoryJournal memory;
        JournalWriter writer(memory, 1, m_time);
        QList<int> batches;
        writer.setBatchHandler([&](const QList<JournalEntry> &b) { batches.append(int(b.size())); },
                               2);
        for (int i = 0; i < 5; ++i)
            QVERIFY(writer.record(MailboxId(QStringLiteral("m")), ItemId(QString::number(i)),
                                  ReasonCode::OutUpdate));
        QVERIFY(batches.isEmpty()); // nothing before the cycle commits
        writer.flush();
        QCOMPARE(batches, (QList<int>{2, 2, 1}));
    }

    void dropsHeldBatchesPastTheLimitButKeepsCounting()
    {
        Test::MemoryJournal memory;
        JournalWriter writer(memory, 1, m_time);
        int handed = 0;
        writer.setBatchHandler([&](const QList<JournalEntry> &b) { handed += int(b.size()); });
        for (int i = 0; i <= JournalWriter::MaxHeld; ++i)
            QVERIFY(writer.record(MailboxId(QStringLiteral("m")), ItemId(QString::number(i)),
                                  ReasonCode::OutUpdate));
        writer.flush();
        QVERIFY(writer.overflowed());
        QCOMPARE(handed, 0);
        QCOMPARE(writer.total(), JournalWriter::MaxHeld + 1);
        QCOMPARE(memory.entries.size(), JournalWriter::MaxHeld + 1);
    }
};

QTEST_GUILESS_MAIN(TestJournalWriter)
#include "tst_journalwriter.moc"
