#include "explain/explainer.h"
#include "livefixture.h"
#include "model/correlationmethod.h"
#include "model/recordtypes.h"
#include "store/orgstore.h"
#include "timeline/timelineloader.h"
#include "totext.h"

#include <QTest>

using namespace SyncLens;

namespace {

std::unique_ptr<OrgStore> openOrg(const QString &path)
{
    auto store = OrgStore::open(path, OrgStore::Access::ReadOnly);
    return store ? std::move(store).value() : nullptr;
}

struct Tracked
{
    QDateTime time;
    ReasonCode code;
};

// The imported emails Dynamics says it correlated by a rule of the model,
// of the mailbox `mailboxId`, by id.
QHash<QString, Tracked> trackedEmails(OrgStore &store, const QString &userId)
{
    QHash<QString, Tracked> emails;
    (void)store.forEachCrmRecord(RecordTypes::Email, [&](const CrmRecord &r) {
        const auto code = reasonCodeOfCorrelationMethod(
            r.fields.value(QStringLiteral("correlationmethod")).toInt());
        if (code && r.fields.value(QStringLiteral("ownerid")).toString() == userId)
            emails.insert(r.id, {r.createdOn, *code});
        return true;
    });
    return emails;
}

// The timeline's marks of one mailbox: item → (time, code), one per item.
QHash<QString, Tracked> marksOf(const TimelineData &data)
{
    QHash<QString, Tracked> marks;
    for (const TimelineEvent &e : data.events()) {
        const QString item = data.itemId(e.item);
        if (item.isEmpty())
            continue; // a health mark
        marks.insert(item, {QDateTime::fromMSecsSinceEpoch(e.time, Qt::UTC), e.reasonCode()});
    }
    return marks;
}

} // namespace

// A live org's timeline: what Dynamics recorded (tracked emails by their
// correlation method, mailbox alerts), written by the import and rebuilt by
// each refresh, never doubled.
class TestLiveJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theTimelineShowsTrackedEmailsAndAlerts()
    {
        Test::LiveFixture fixture(4, 600, 37);
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        // An alert of the first mailbox, within the days read.
        auto &data = fixture.fake().data();
        data.add(
            QStringLiteral("tracelogs"), QStringLiteral("tracelogid"),
            {{QStringLiteral("tracelogid"), QStringLiteral("trace-00000001")},
             {QStringLiteral("level"), 3},
             {QStringLiteral("text"), QStringLiteral("The mailbox could not connect.")},
             {QStringLiteral("createdon"), fixture.spec().now.addSecs(-3600).toString(Qt::ISODate)},
             {QStringLiteral("_regardingobjectid_value"),
              data.entitySet(QStringLiteral("mailboxes"))
                  ->rows.first()
                  .value(QStringLiteral("mailboxid"))}});
        const QString path = fixture.path(QStringLiteral("live.db"));
        const auto imported = fixture.import(path);
        SL_VERIFY_OK(imported);
        auto store = openOrg(path);
        QVERIFY(store);
        const auto mailboxes = store->mailboxes();
        QVERIFY(mailboxes && !mailboxes->isEmpty());

        qint64 marked = 0;
        for (const Mailbox &m : *mailboxes) {
            const auto want = trackedEmails(*store, m.userId);
            const auto data = TimelineLoader::load(*store, {m.id});
            SL_VERIFY_OK(data);
            const auto have = marksOf(**data);
            QCOMPARE(have.size(), want.size());
            for (auto it = want.begin(); it != want.end(); ++it) {
                QVERIFY2(have.contains(it.key()), qPrintable(it.key()));
                QCOMPARE(have.value(it.key()).time, it->time);
                QCOMPARE(have.value(it.key()).code, it->code);
            }
            marked += want.size();
        }
        QVERIFY(marked > 0);
        QCOMPARE(imported->journal, marked + store->counts()->alerts);

        // Explain on one of them says what Dynamics recorded, as the mark does.
        const auto entries = store->journal(ItemId(), MailboxId(), ReasonCode::InReplyTo, 1);
        QVERIFY(entries && entries->size() == 1);
        const auto explained = Explainer(*store).explain(entries->first().itemId);
        SL_VERIFY_OK(explained);
        QCOMPARE(explained->decisions.size(), 1);
        QCOMPARE(explained->decisions.first().entry.code, ReasonCode::InReplyTo);
        const QString sentence = explained->decisions.first().sentence;
        QVERIFY2(sentence.contains(QStringLiteral("InReplyTo")) &&
                     sentence.contains(QStringLiteral("IN_REPLY_TO")) &&
                     sentence.contains(QStringLiteral("Dynamics 365")),
                 qPrintable(sentence));
        QVERIFY(explained->advice.isEmpty());

        // Alerts are health marks of their mailbox, at their times.
        const QString mailbox = store->alertCountsByMailbox()->keys().value(0);
        QVERIFY(!mailbox.isEmpty());
        const auto alerts = store->alerts(mailbox);
        QVERIFY(alerts);
        QList<std::pair<QDateTime, ReasonCode>> healthMarks;
        SL_VERIFY_OK(store->forEachJournalEntry(mailbox, {}, {}, [&](const JournalEntry &e) {
            if (e.itemId.isEmpty())
                healthMarks.append({e.time, e.code});
            return true;
        }));
        QCOMPARE(healthMarks.size(), alerts->size());
        for (const Alert &a : *alerts)
            QVERIFY(healthMarks.contains(std::pair{a.time, a.code}));
        const auto timeline = TimelineLoader::load(*store, {mailbox});
        SL_VERIFY_OK(timeline);
        QVERIFY(std::any_of((*timeline)->events().begin(), (*timeline)->events().end(),
                            [](const TimelineEvent &e) {
                                return e.reasonCode() == ReasonCode::MailboxDisabledTransient;
                            }));
    }

    void aRefreshAddsNewEmailsWithoutDoubling()
    {
        Test::LiveFixture fixture(3, 400, 37);
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const QString path = fixture.path(QStringLiteral("live.db"));
        const auto imported = fixture.import(path);
        SL_VERIFY_OK(imported);

        // A new email is tracked by its token after the first read.
        auto &data = fixture.fake().data();
        QJsonObject email = data.entitySet(QStringLiteral("emails"))->rows.first();
        const QDateTime when = fixture.spec().now.addSecs(1800);
        email.insert(QStringLiteral("activityid"),
                     QStringLiteral("ffffffff-0000-0000-0000-00000000e001"));
        email.insert(QStringLiteral("messageid"), QStringLiteral("<new-after-read@contoso.com>"));
        email.insert(QStringLiteral("correlationmethod"), 4);
        email.insert(QStringLiteral("createdon"), when.toString(Qt::ISODate));
        email.insert(QStringLiteral("modifiedon"), when.toString(Qt::ISODate));
        email.remove(QStringLiteral("@odata.etag"));
        data.add(QStringLiteral("emails"), QStringLiteral("activityid"), email);

        LiveImportSettings refresh = fixture.importSettings(path);
        refresh.changedSince = fixture.spec().now;
        refresh.now = when.addSecs(600);
        const auto refreshed = fixture.run(refresh);
        SL_VERIFY_OK(refreshed);
        QCOMPARE(refreshed->journal, imported->journal + 1);

        auto store = openOrg(path);
        QVERIFY(store);
        const auto entries = store->journalForItem(QStringLiteral("<new-after-read@contoso.com>"));
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().code, ReasonCode::Token);
        QCOMPARE(entries->first().time, when);
        // Every other email still has exactly one entry.
        const auto counts = store->journalCountsByCode();
        QVERIFY(counts);
        qint64 total = 0;
        for (const qint64 n : *counts)
            total += n;
        QCOMPARE(total, refreshed->journal);
    }
};

QTEST_GUILESS_MAIN(TestLiveJournal)
#include "tst_livejournal.moc"
