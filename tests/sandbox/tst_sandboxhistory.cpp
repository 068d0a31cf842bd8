#include "sandbox/sandboxgenerator.h"
#include "store/orgstore.h"
#include "totext.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace SyncLens;

namespace {

SandboxSpec historySpec(int users, qint64 items, quint64 seed, int days)
{
    SandboxSpec spec;
    spec.users = users;
    spec.items = items;
    spec.seed = seed;
    spec.historyDays = days;
    return spec;
}

std::unique_ptr<OrgStore> generate(const SandboxSpec &spec)
{
    auto store = OrgStore::createInMemory(QStringLiteral("history"));
    if (!store || !SandboxGenerator(spec).generate(**store))
        return nullptr;
    return std::move(store).value();
}

QList<JournalEntry> wholeJournal(OrgStore &store)
{
    QList<JournalEntry> all;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    const QDateTime to = QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
    for (const Mailbox &m : *store.mailboxes())
        all += *store.journalForMailbox(m.id, from, to, 10000000);
    return all;
}

// A digest of every decision, with its facts, and of every cause recorded.
QByteArray journalHash(OrgStore &store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const JournalEntry &e : wholeJournal(store)) {
        hash.addData(QStringLiteral("%1|%2|%3|%4|%5|")
                         .arg(e.time.toString(Qt::ISODateWithMs))
                         .arg(e.cycle)
                         .arg(e.mailboxId, e.itemId, reasonCodeName(e.code))
                         .toUtf8());
        hash.addData(QJsonDocument(e.facts).toJson(QJsonDocument::Compact));
    }
    for (const OrgEvent &e : *store.orgEvents())
        hash.addData(QStringLiteral("%1|%2|%3|%4|%5\n")
                         .arg(e.time.toString(Qt::ISODate), orgEventKindName(e.kind), e.userId,
                              e.mailboxId, e.author)
                         .toUtf8());
    return hash.result().toHex();
}

} // namespace

// `sandbox create --history DAYS`: the org lives its last days, with cycles
// across them, the same for the same seed.
class TestSandboxHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedAndDaysGiveTheSameJournal()
    {
        const SandboxSpec spec = historySpec(12, 3000, 7, 10);
        auto first = generate(spec);
        auto second = generate(spec);
        QVERIFY(first && second);
        const QByteArray hash = journalHash(*first);
        QCOMPARE(journalHash(*second), hash);
        QVERIFY(wholeJournal(*first).size() > 1000);

        auto otherSeed = generate(historySpec(12, 3000, 8, 10));
        auto otherDays = generate(historySpec(12, 3000, 7, 9));
        QVERIFY(otherSeed && otherDays);
        QVERIFY(journalHash(*otherSeed) != hash);
        QVERIFY(journalHash(*otherDays) != hash);
    }

    // The demo org as the program makes it: decisions on every day of its
    // month, its clock at the end, and the causes the story needs.
    void theDemoOrgHasDecisionsOnEveryDay()
    {
        SandboxSpec spec;
        spec.historyDays = SandboxSpec::DemoHistoryDays;
        auto store = generate(spec);
        QVERIFY(store);
        QSet<QDate> days;
        for (const JournalEntry &e : wholeJournal(*store))
            days.insert(e.time.date());
        const QDate first = spec.now.addDays(-spec.historyDays).date();
        for (QDate d = first; d <= spec.now.date(); d = d.addDays(1))
            QVERIFY2(days.contains(d), qPrintable(d.toString(Qt::ISODate)));
        QCOMPARE(*store->metaValue(QStringLiteral("clock")), spec.now.toString(Qt::ISODateWithMs));

        QHash<OrgEvent::Kind, int> kinds;
        for (const OrgEvent &e : *store->orgEvents()) {
            ++kinds[e.kind];
            if (e.kind == OrgEvent::Kind::FilterChanged)
                QVERIFY(store->filterVersion(e.filterVersionId)->has_value());
        }
        QVERIFY(kinds.value(OrgEvent::Kind::FilterChanged) >= 4);
        QCOMPARE(kinds.value(OrgEvent::Kind::SettingChanged), 1);
        QCOMPARE(kinds.value(OrgEvent::Kind::EmailFilteringChanged), 1);
        QCOMPARE(kinds.value(OrgEvent::Kind::MailboxApproved), 1);
        QCOMPARE(kinds.value(OrgEvent::Kind::MailboxEnabled), 1);

        // A mailbox failed for a while and recovered; the story's codes occurred.
        QSet<ReasonCode> alerts;
        for (const Mailbox &m : *store->mailboxes())
            for (const Alert &a : *store->alerts(m.id))
                alerts.insert(a.code);
        QVERIFY(alerts.contains(ReasonCode::TransientFailure));
        QVERIFY(alerts.contains(ReasonCode::Recovered));
        QVERIFY(alerts.contains(ReasonCode::MailboxDisabledAuth));
        const auto counts = *store->journalCountsByCode();
        for (const ReasonCode code :
             {ReasonCode::LeftScope, ReasonCode::LeftScopeDeleted, ReasonCode::OutUpdate,
              ReasonCode::BackInScope, ReasonCode::ExchangeDeleteUntracked})
            QVERIFY2(counts.value(code) > 0, qPrintable(reasonCodeName(code)));
    }

    void daysOutOfRangeAreRefused_data()
    {
        QTest::addColumn<int>("days");
        QTest::newRow("negative") << -1;
        QTest::newRow("over a year") << SandboxSpec::MaxHistoryDays + 1;
    }

    void daysOutOfRangeAreRefused()
    {
        QFETCH(int, days);
        const auto valid = historySpec(5, 100, 1, days).validate();
        QVERIFY(!valid);
        QVERIFY(valid.error().message.contains(QString::number(days)));
    }

    void aHistoryOfTooManyItemsIsRefused()
    {
        const qint64 items = SandboxSpec::MaxHistoryItems + 1;
        const auto valid = historySpec(5, items, 1, 3).validate();
        QVERIFY(!valid);
        QVERIFY(valid.error().message.contains(QString::number(items)));
        QVERIFY(historySpec(5, items, 1, 0).validate()); // without a history: as before
    }
};

QTEST_GUILESS_MAIN(TestSandboxHistory)
#include "tst_sandboxhistory.moc"
