#include "fetchxml/filtertemplates.h"
#include "livefixture.h"
#include "model/recordtypes.h"
#include "sqlfile.h"
#include "store/orgstore.h"
#include "store/schema.h"
#include "sync/mailboxhealth.h"
#include "totext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace SyncLens;

namespace {

std::unique_ptr<OrgStore> openOrg(const QString &path)
{
    auto store = OrgStore::open(path, OrgStore::Access::ReadOnly);
    if (!store)
        qWarning() << store.error().message;
    return store ? std::move(store).value() : nullptr;
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

QList<CrmRecord> recordsOf(OrgStore &store, const QString &type)
{
    QList<CrmRecord> records;
    (void)store.forEachCrmRecord(type, [&records](const CrmRecord &r) {
        records.append(r);
        return true;
    });
    return records;
}

} // namespace

// A sandbox org served by the fake Dataverse and imported back is the same
// org: users, mailbox statuses, alerts, filters, settings and records.
class TestLiveImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sandboxServedAndImportedBackIsTheSame()
    {
        Test::LiveFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        // Every answer held a little, as a real server's would be: the reads
        // then overlap however busy the machine is, instead of each being
        // answered before the next arrives.
        Fake::FakeFaults &faults = fixture.fake().faults();
        faults.slowMs = 25;
        faults.add(Fake::FakeFaults::Kind::Slow, 1, 1000000);
        int requests = 0;
        const auto summary = fixture.import(fixture.path(QStringLiteral("live.db")), {}, &requests);
        SL_VERIFY_OK(summary);
        QCOMPARE(requests, fixture.fake().apiRequests());
        QVERIFY(fixture.fake().maxConcurrent() <= 4);
        QVERIFY(fixture.fake().maxConcurrent() >= 2); // reads overlap

        auto sandbox = openOrg(fixture.sandboxPath());
        auto live = openOrg(fixture.path(QStringLiteral("live.db")));
        QVERIFY(sandbox && live);
        QCOMPARE(live->schemaVersion(), Schema::CurrentVersion);
        QCOMPARE(*live->source(), QStringLiteral("live"));
        QCOMPARE(*live->metaValue(QStringLiteral("live.url")), fixture.fake().url().toString());
        QCOMPARE(*sandbox->source(), QStringLiteral("sandbox"));

        // Users: the same people; no application user, no disabled user.
        QCOMPARE(*live->users(), *sandbox->users());
        QCOMPARE(summary->users, int(sandbox->users()->size()));

        // Mailbox statuses, as the engine models them.
        const auto sandboxMailboxes = *sandbox->mailboxes();
        QCOMPARE(live->mailboxes()->size(), sandboxMailboxes.size());
        for (const Mailbox &expected : sandboxMailboxes) {
            const auto got = *live->mailbox(expected.id);
            QVERIFY2(got.has_value(), qPrintable(expected.id));
            QCOMPARE(got->userId, expected.userId);
            QCOMPARE(got->incomingStatus, expected.incomingStatus);
            QCOMPARE(got->outgoingStatus, expected.outgoingStatus);
            QCOMPARE(got->actStatus, expected.actStatus);
            QCOMPARE(got->approved, expected.approved);
            QCOMPARE(got->enabled, expected.enabled);
            QCOMPARE(got->incoming, expected.incoming);
            QCOMPARE(got->act, expected.act);
            QCOMPARE(got->consecutiveFailures, expected.consecutiveFailures);
            QCOMPARE(got->lastCycle, expected.lastCycle);
            QCOMPARE(got->retryAfter, expected.retryAfter);
            QCOMPARE(got->disabledChannels(), expected.disabledChannels());
            for (MailboxChannel c : allMailboxChannels()) {
                QCOMPARE(got->health(c).failures, expected.health(c).failures);
                QCOMPARE(got->health(c).retryAfter, expected.health(c).retryAfter);
            }
            // Alerts of the last 14 days: time, level and message.
            QList<Alert> want;
            for (const Alert &a : *sandbox->alerts(expected.id)) {
                if (a.time >= fixture.spec().now.addDays(-14))
                    want.append(a);
            }
            const auto have = *live->alerts(expected.id);
            QCOMPARE(have.size(), want.size());
            for (int i = 0; i < want.size(); ++i) {
                QCOMPARE(have.at(i).time, want.at(i).time);
                QCOMPARE(have.at(i).severity, want.at(i).severity);
                QCOMPARE(MailboxHealth::message(have.at(i)), MailboxHealth::message(want.at(i)));
            }
        }
        // The queue's mailbox is a live mailbox, not a user's.
        const auto liveMailboxes = *live->liveMailboxes();
        QCOMPARE(liveMailboxes.size(), sandboxMailboxes.size() + 1);
        const auto queue =
            std::find_if(liveMailboxes.begin(), liveMailboxes.end(),
                         [](const LiveMailbox &m) { return m.ownerType == u"queue"; });
        QVERIFY(queue != liveMailboxes.end());
        QCOMPARE(queue->approval, QStringLiteral("Approved"));
        QVERIFY(!queue->actEnabled);

        // Filters: the same, FetchXML equal; the view named like one is not.
        QCOMPARE(*live->filters(), *sandbox->filters());
        QVERIFY(!live->filter(QStringLiteral("zz-view-0001"))->has_value());
        for (const QString &kind : live->filterKinds()->values())
            QCOMPARE(kind, QStringLiteral("outlook"));
        QCOMPARE(live->liveTemplates()->size(), FilterTemplates::all().size());

        QCOMPARE(*live->orgSettings(), *sandbox->orgSettings());
        QVERIFY(!sandbox->teams()->isEmpty());
        QCOMPARE(*live->teams(), *sandbox->teams());
        QCOMPARE(summary->teams, int(sandbox->teams()->size()));

        // Records: every contact, appointment and task, with the columns read.
        for (const QLatin1String type :
             {RecordTypes::Contact, RecordTypes::Appointment, RecordTypes::Task}) {
            const auto want = recordsOf(*sandbox, type);
            const auto have = recordsOf(*live, type);
            QCOMPARE(have.size(), want.size());
            QVERIFY(!have.isEmpty());
            for (int i = 0; i < want.size(); ++i) {
                QCOMPARE(have.at(i).id, want.at(i).id);
                QCOMPARE(have.at(i).createdOn, want.at(i).createdOn);
                QCOMPARE(have.at(i).field(QStringLiteral("ownerid")),
                         want.at(i).field(QStringLiteral("ownerid")));
                QCOMPARE(have.at(i).fields.value(QStringLiteral("statecode")),
                         want.at(i).fields.value(QStringLiteral("statecode")));
                for (auto it = have.at(i).fields.begin(); it != have.at(i).fields.end(); ++it)
                    QCOMPARE(it.value(), want.at(i).fields.value(it.key()));
                // The organizer comes from its activity party, not a column.
                QCOMPARE(have.at(i).field(QStringLiteral("organizer")),
                         want.at(i).field(QStringLiteral("organizer")));
            }
        }
        // Tracked emails of the last 14 days.
        QList<CrmRecord> wantEmails;
        for (const CrmRecord &e : recordsOf(*sandbox, RecordTypes::Email)) {
            if (e.createdOn >= fixture.spec().now.addDays(-14))
                wantEmails.append(e);
        }
        const auto haveEmails = recordsOf(*live, RecordTypes::Email);
        QCOMPARE(haveEmails.size(), wantEmails.size());
        for (int i = 0; i < wantEmails.size(); ++i) {
            for (const char *key : {"messageid", "subject", "direction", "token", "ownerid",
                                    "regardingobjectid", "conversationindex", "from", "to"})
                QCOMPARE(haveEmails.at(i).fields.value(QLatin1String(key)),
                         wantEmails.at(i).fields.value(QLatin1String(key)));
            QVERIFY(haveEmails.at(i).fields.contains(QStringLiteral("correlationmethod")));
        }
        QCOMPARE(summary->emails, qint64(wantEmails.size()));
    }

    void oneChannelFailingComesBackPerChannel_data()
    {
        QTest::addColumn<bool>("disabled");
        QTest::newRow("act backing off") << false;
        QTest::newRow("act disabled alone") << true;
    }

    void oneChannelFailingComesBackPerChannel()
    {
        QFETCH(bool, disabled);
        QString id;
        const QDateTime retry(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
        Test::LiveFixture fixture(3, 60, 37, [&](OrgStore &sandbox) -> Result<void> {
            auto mailboxes = sandbox.mailboxes();
            if (!mailboxes)
                return mailboxes.error();
            Mailbox m = mailboxes->first();
            id = m.id;
            m.enabled = true;
            m.consecutiveFailures = 0;
            m.retryAfter = QDateTime();
            m.incomingStatus = m.outgoingStatus = ChannelStatus::Success;
            m.actStatus = ChannelStatus::Failure;
            m.health(MailboxChannel::Act) = {disabled, 3, disabled ? QDateTime() : retry,
                                             FaultKind::None, 0};
            return sandbox.upsertMailbox(m);
        });
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const QString target = fixture.path(QStringLiteral("live.db"));
        SL_VERIFY_OK(fixture.import(target));
        auto live = openOrg(target);
        QVERIFY(live);
        const auto got = *live->mailbox(id);
        QVERIFY(got.has_value());
        QCOMPARE(got->incomingStatus, ChannelStatus::Success);
        QCOMPARE(got->actStatus, ChannelStatus::Failure);
        QVERIFY(got->enabled);
        QCOMPARE(got->consecutiveFailures, 0); // the mailbox as a whole does not fail
        QCOMPARE(got->health(MailboxChannel::Act).failures, 3);
        QCOMPARE(got->health(MailboxChannel::Incoming).failures, 0);
        QCOMPARE(got->disabledChannels(),
                 disabled ? QList<MailboxChannel>{MailboxChannel::Act} : QList<MailboxChannel>{});
        QCOMPARE(got->health(MailboxChannel::Act).retryAfter, disabled ? QDateTime() : retry);
        // What synclens-cli mailboxes shows: act fails while email works.
        const auto rows = *live->liveMailboxes();
        const auto row = std::find_if(rows.begin(), rows.end(),
                                      [&id](const LiveMailbox &m) { return m.id == id; });
        QVERIFY(row != rows.end());
        QCOMPARE(row->actStatus, ChannelStatus::Failure);
        QCOMPARE(row->outgoingStatus, ChannelStatus::Success);
        QCOMPARE(row->actEnabled, !disabled);
        QVERIFY(row->incomingEnabled);
    }

    void secretsAndTokensAreNotInTheFile()
    {
        Test::LiveFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        fixture.fake().clientSecret = QStringLiteral("s3cr3t-Value-42");
        const QString target = fixture.path(QStringLiteral("live.db"));
        SL_VERIFY_OK(fixture.import(target, QStringLiteral("s3cr3t-Value-42")));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("s3cr3t-Value-42"));
        QVERIFY(!bytes.contains("fake-access-"));
        QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
        // Nothing but the org is left in the folder (besides the files of the fake's
        // read-only connection to the sandbox it serves).
        QStringList left = QDir(fixture.path({})).entryList(QDir::Files | QDir::Hidden);
        left.removeIf([](const QString &name) {
            return name == u"sandbox.db-wal" || name == u"sandbox.db-shm";
        });
        QCOMPARE(left, (QStringList{QStringLiteral("live.db"), QStringLiteral("sandbox.db")}));
    }

    void otherUsersFiltersRefusedAreSaidPerUser()
    {
        Test::LiveFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        fixture.fake().adminFilters = false;
        const QString target = fixture.path(QStringLiteral("live.db"));
        const auto summary = fixture.import(target);
        SL_VERIFY_OK(summary);
        auto live = openOrg(target);
        QVERIFY(live);
        QCOMPARE(live->filters()->size(), 0);
        const auto users = *live->users();
        const auto notes = *live->liveNotes();
        QCOMPARE(notes.size(), users.size());
        for (const User &u : users) {
            const bool said = std::any_of(notes.begin(), notes.end(), [&u](const LiveNote &n) {
                return n.message.contains(u.name) &&
                       n.message.contains(QStringLiteral("prvAdminFilter"));
            });
            QVERIFY2(said, qPrintable(u.name));
        }
    }

    void badInputSaysWhatToDo_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong secret") << QStringLiteral("secret") << QStringLiteral("secret");
        QTest::newRow("wrong tenant")
            << QStringLiteral("tenant") << QStringLiteral("check the tenant");
        QTest::newRow("not a Dataverse org")
            << QStringLiteral("url") << QStringLiteral("Dataverse environment");
        QTest::newRow("no read privilege on mailboxes")
            << QStringLiteral("mailboxes") << QStringLiteral("prvReadMailbox");
    }

    void badInputSaysWhatToDo()
    {
        QFETCH(QString, problem);
        QFETCH(QString, expected);
        Test::LiveFixture fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const QString target = fixture.path(QStringLiteral("live.db"));
        SL_VERIFY_OK(fixture.import(target));
        const QByteArray before = hashOf(target);

        ClientCredentialsProvider::Settings signIn = fixture.signIn();
        LiveImportSettings settings = fixture.importSettings(target);
        QString secret = fixture.fake().clientSecret;
        if (problem == u"secret")
            secret = QStringLiteral("wrong");
        else if (problem == u"tenant")
            signIn.tenant = QStringLiteral("contoso.example");
        else if (problem == u"url")
            settings.orgUrl = QUrl(fixture.fake().url().toString() + QStringLiteral("/notcrm"));
        else
            fixture.fake().deniedEntitySets.insert(QStringLiteral("mailboxes"));
        ClientCredentialsProvider tokens(signIn, secret);
        LiveImportJob job(settings, &tokens);
        job.client()->setRetryPolicy(Test::LiveFixture::fastRetries());
        std::optional<Result<LiveImportSummary>> result;
        connect(&job, &LiveImportJob::finished, this,
                [&result](const Result<LiveImportSummary> &r) { result = r; });
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY(!result->ok());
        const QString message = result->error().message;
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(!message.contains(u'\n'), qPrintable(message));
        QVERIFY(!message.contains(fixture.fake().clientSecret));
        QCOMPARE(result->error().code, Error::Code::Remote);
        QCOMPARE(hashOf(target), before);
    }

    void olderFilesGainTheLiveTables()
    {
        Test::LiveFixture fixture(2, 60);
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const QString path = fixture.path(QStringLiteral("v4.db"));
        QStringList statements = Test::orgSchemaUpTo(4);
        statements << QStringLiteral("INSERT INTO meta VALUES ('org.name', 'Old org')");
        QCOMPARE(Test::execOnFile(path, statements), QString());
        {
            auto readOnly = openOrg(path); // not migrated: the live tables read as empty
            QVERIFY(readOnly);
            QCOMPARE(readOnly->schemaVersion(), 4);
            QVERIFY(readOnly->liveMailboxes()->isEmpty());
            QVERIFY(readOnly->filterKinds()->isEmpty());
        }
        auto store = OrgStore::open(path);
        SL_VERIFY_OK(store);
        QCOMPARE((*store)->schemaVersion(), Schema::CurrentVersion);
        QCOMPARE(*(*store)->source(), QStringLiteral("sandbox"));
        LiveMailbox m;
        m.id = QStringLiteral("mb1");
        m.name = QStringLiteral("Queue");
        m.ownerType = QStringLiteral("queue");
        m.lastSuccess = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
        SL_VERIFY_OK((*store)->upsertLiveMailbox(m));
        QCOMPARE((*store)->liveMailboxes()->value(0), m);
    }
};

QTEST_GUILESS_MAIN(TestLiveImport)
#include "tst_liveimport.moc"
