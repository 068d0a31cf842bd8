#include "model/recordtypes.h"
#include "store/orgstore.h"
#include "sync/changereader.h"
#include "sync/synccycle.h"
#include "temporg.h"
#include "totext.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace SyncLens;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
constexpr int kMailboxes = 5;
constexpr int kEach = 12; // emails, and as many appointments, per mailbox

ExchangeItem item(const QString &mailbox, const QString &type, int i)
{
    ExchangeItem e;
    e.mailboxId = mailbox;
    e.type = type;
    e.id = type == RecordTypes::Email ? u"<%1.%2@mail.example>"_s.arg(mailbox).arg(i)
                                      : u"%1-%2-%3"_s.arg(type, mailbox).arg(i);
    e.fields = QJsonObject{{u"subject"_s, u"Item %1"_s.arg(i)}};
    e.folder = type == RecordTypes::Email ? u"Inbox"_s : u"Calendar"_s;
    // Arrival times interleave across mailboxes, some equal.
    e.createdOn = kNow.addSecs(-60 * ((i * 7 + mailbox.back().digitValue() * 3) % 20));
    e.modifiedOn = e.createdOn;
    return e;
}

// Mailboxes m1…m5, each with emails and appointments written in two halves:
// `middle` is the change sequence between them.
struct Org
{
    Test::TempOrg dir;
    std::unique_ptr<OrgStore> store;
    std::vector<Mailbox> mailboxes;
    qint64 middle = 0;
};

std::unique_ptr<Org> makeOrg()
{
    auto org = std::make_unique<Org>();
    org->store = org->dir.create();
    if (!org->store)
        return nullptr;
    OrgStore &s = *org->store;
    auto write = [&](int from, int to) {
        for (int m = 1; m <= kMailboxes; ++m) {
            for (int i = from; i < to; ++i) {
                for (const QString &type :
                     {QString(RecordTypes::Email), QString(RecordTypes::Appointment)}) {
                    if (!s.upsertExchangeItem(item(u"m%1"_s.arg(m), type, i)).ok())
                        return false;
                }
            }
        }
        return true;
    };
    for (int m = 1; m <= kMailboxes; ++m) {
        const User user{u"u%1"_s.arg(m), u"User %1"_s.arg(m), u"u%1@contoso.com"_s.arg(m)};
        Mailbox mailbox;
        mailbox.id = u"m%1"_s.arg(m);
        mailbox.userId = user.id;
        if (!s.upsertUser(user).ok() || !s.upsertMailbox(mailbox).ok())
            return nullptr;
        org->mailboxes.push_back(mailbox);
    }
    const auto written = s.transaction([&]() -> Result<void> {
        if (!write(0, kEach / 2))
            return makeError(Error::Code::Database, u"cannot write the first half"_s);
        org->middle = s.lastChangeSeq();
        if (!write(kEach / 2, kEach))
            return makeError(Error::Code::Database, u"cannot write the second half"_s);
        return {};
    });
    return written.ok() ? std::move(org) : nullptr;
}

std::vector<ChangeReader::Channels> everyChannel(Org &org, qint64 incomingSince, qint64 actSince)
{
    std::vector<ChangeReader::Channels> channels;
    for (Mailbox &m : org.mailboxes)
        channels.push_back({&m, true, true, incomingSince, actSince});
    return channels;
}

// Mailbox and id of each arrival, in order.
QStringList arrivalIds(const ChangeReader::Changes &changes)
{
    QStringList ids;
    for (const EmailSync::Arrival &a : changes.arrivals)
        ids.append(a.mailbox->id + u' ' + a.email.id);
    return ids;
}

QStringList actItemIds(const ChangeReader::Changes &changes)
{
    QStringList ids;
    for (auto it = changes.actItems.cbegin(); it != changes.actItems.cend(); ++it) {
        for (const ExchangeItem &i : it.value())
            ids.append(it.key() + u' ' + i.id);
    }
    ids.sort();
    return ids;
}

} // namespace

class TestChangeReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each channel reads what changed since it last ran: the incoming one
    // the emails, the ACT one the other items; one read serves both when
    // they stand at the same place.
    void eachChannelReadsWhatChangedSinceItRan_data()
    {
        QTest::addColumn<bool>("incoming");
        QTest::addColumn<bool>("act");
        QTest::addColumn<bool>("incomingFromMiddle");
        QTest::addColumn<bool>("actFromMiddle");
        QTest::addColumn<int>("emails");
        QTest::addColumn<int>("actItems");
        const int all = kMailboxes * kEach, half = all / 2;
        QTest::newRow("both from the start") << true << true << false << false << all << all;
        QTest::newRow("both from the middle") << true << true << true << true << half << half;
        QTest::newRow("emails from the middle, the rest from the start")
            << true << true << true << false << half << all;
        QTest::newRow("the rest from the middle, emails from the start")
            << true << true << false << true << all << half;
        QTest::newRow("emails only") << true << false << false << false << all << 0;
        QTest::newRow("the rest only") << false << true << false << false << 0 << all;
        QTest::newRow("neither") << false << false << false << false << 0 << 0;
    }

    void eachChannelReadsWhatChangedSinceItRan()
    {
        QFETCH(bool, incoming);
        QFETCH(bool, act);
        QFETCH(bool, incomingFromMiddle);
        QFETCH(bool, actFromMiddle);
        QFETCH(int, emails);
        QFETCH(int, actItems);
        auto org = makeOrg();
        QVERIFY(org);
        std::vector<ChangeReader::Channels> channels = everyChannel(
            *org, incomingFromMiddle ? org->middle : 0, actFromMiddle ? org->middle : 0);
        for (ChangeReader::Channels &c : channels) {
            c.incoming = incoming;
            c.act = act;
        }
        for (const bool aside : {false, true}) {
            ChangeReader reader(*org->store);
            auto changes = reader.read(channels, aside);
            SL_VERIFY_OK(changes);
            QCOMPARE(int(changes->arrivals.size()), emails);
            QCOMPARE(actItemIds(*changes).size(), actItems);
            for (const EmailSync::Arrival &a : changes->arrivals) {
                QCOMPARE(a.email.type, RecordTypes::Email);
                QVERIFY(a.email.fields.isEmpty()); // their text instead, parsed when decided
                QVERIFY(a.fieldsText.contains("Item"));
                QCOMPARE(a.email.mailboxId, a.mailbox->id);
            }
            QVERIFY(std::is_sorted(changes->arrivals.cbegin(), changes->arrivals.cend(),
                                   EmailSync::arrivesBefore));
        }
    }

    // Read with a second connection's help, the changes are the same, the
    // emails in the same order.
    void asideReadsTheSameChanges_data()
    {
        QTest::addColumn<bool>("inMemory");
        QTest::addColumn<bool>("aside");
        QTest::addColumn<bool>("readAside");
        QTest::newRow("file, aside") << false << true << true;
        QTest::newRow("file, not asked to") << false << false << false;
        QTest::newRow("memory: no second connection sees it") << true << true << false;
    }

    void asideReadsTheSameChanges()
    {
        QFETCH(bool, inMemory);
        QFETCH(bool, aside);
        QFETCH(bool, readAside);
        auto org = makeOrg();
        QVERIFY(org);
        ChangeReader here(*org->store);
        auto expected = here.read(everyChannel(*org, 0, 0), false);
        SL_VERIFY_OK(expected);
        QVERIFY(!here.readAside());
        if (inMemory) { // the same items, in an org in memory
            auto memory = OrgStore::createInMemory(u"Memory org"_s);
            SL_VERIFY_OK(memory);
            for (const Mailbox &m : org->mailboxes) {
                SL_VERIFY_OK(
                    (*memory)->upsertUser(User{m.userId, m.userId, m.userId + u"@contoso.com"_s}));
                SL_VERIFY_OK((*memory)->upsertMailbox(m));
                SL_VERIFY_OK(org->store->forEachExchangeItem(m.id, [&](const ExchangeItem &i) {
                    return (*memory)->upsertExchangeItem(i).ok();
                }));
            }
            org->store = std::move(*memory);
        }
        ChangeReader reader(*org->store);
        auto changes = reader.read(everyChannel(*org, 0, 0), aside);
        SL_VERIFY_OK(changes);
        QCOMPARE(reader.readAside(), readAside);
        QCOMPARE(arrivalIds(*changes), arrivalIds(*expected));
        QCOMPARE(actItemIds(*changes), actItemIds(*expected));
        for (size_t i = 0; i < changes->arrivals.size(); ++i)
            QCOMPARE(changes->arrivals[i].fieldsText, expected->arrivals[i].fieldsText);
    }

    // A second connection that cannot open the file: its mailboxes are read
    // on the cycle's, and nothing is missing.
    void asideThatFailsIsReadHere()
    {
        auto org = makeOrg();
        QVERIFY(org);
        ChangeReader here(*org->store);
        auto expected = here.read(everyChannel(*org, 0, 0), false);
        SL_VERIFY_OK(expected);
        // The open connection keeps the file; a new one finds none.
        QVERIFY(QFile::rename(org->dir.path(), org->dir.path() + u".moved"_s));
        ChangeReader reader(*org->store);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"reading changes beside the cycle failed.*"
                                                u"no such file"_s));
        auto changes = reader.read(everyChannel(*org, 0, 0), true);
        SL_VERIFY_OK(changes);
        QVERIFY(!reader.readAside());
        QCOMPARE(arrivalIds(*changes), arrivalIds(*expected));
        QCOMPARE(actItemIds(*changes), actItemIds(*expected));
    }

    // A cycle reads with a second connection only when it reads everything:
    // a first cycle, not one after a few changes.
    void onlyAFirstCycleReadsAside()
    {
        auto org = makeOrg();
        QVERIFY(org);
        SyncCycle cycle(*org->store);
        auto first = cycle.run(kNow);
        SL_VERIFY_OK(first);
        QCOMPARE(first->mailboxesRun, kMailboxes);
        QCOMPARE(cycle.changesReadAside(), 1);
        SL_VERIFY_OK(org->store->upsertExchangeItem(item(u"m1"_s, RecordTypes::Email, 99)));
        SL_VERIFY_OK(cycle.run(kNow.addSecs(900)));
        QCOMPARE(cycle.changesReadAside(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChangeReader)
#include "tst_changereader.moc"
