#include "livefixture.h"
#include "model/recordtypes.h"
#include "store/orgstore.h"
#include "sync/mailboxhealth.h"
#include "totext.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace SyncLens;

namespace {

std::unique_ptr<OrgStore> openOrg(const QString &path)
{
    auto store = OrgStore::open(path, OrgStore::Access::ReadOnly);
    return store ? std::move(store).value() : nullptr;
}

QList<CrmRecord> recordsOf(OrgStore &store)
{
    QList<CrmRecord> records;
    (void)store.forEachCrmRecord({}, [&records](const CrmRecord &r) {
        records.append(r);
        return true;
    });
    return records;
}

// Alerts as shown: mailbox, time, level and sentence.
QStringList alertsOf(OrgStore &store)
{
    QStringList lines;
    for (const QString &mailbox : store.alertCountsByMailbox()->keys()) {
        for (const Alert &a : *store.alerts(mailbox))
            lines << mailbox + u' ' + a.time.toString(Qt::ISODate) + u' ' +
                         alertSeverityName(a.severity) + u' ' + MailboxHealth::message(a);
    }
    lines.sort();
    return lines;
}

} // namespace

// live refresh reads what changed since the last read (records and emails by
// modifiedon, alerts by createdon; the small tables whole) and gives the same
// file as a full import at that time, with fewer requests and rows.
class TestLiveRefresh : public QObject
{
    Q_OBJECT

private:
    // The org changes at `when`: contacts and an appointment edited, an
    // email edited, a new alert.
    static void changeTheOrg(Fake::FakeOrgData &data, const QDateTime &when, int contacts)
    {
        const QString stamp = when.toString(Qt::ISODate);
        const auto ids = [&data](const char *set, int n) {
            QStringList list;
            const auto *s = data.entitySet(QLatin1String(set));
            for (int i = 0; s && i < n && i < s->rows.size(); ++i)
                list << s->rows.at(i).value(s->primaryKey).toString();
            return list;
        };
        for (const QString &id : ids("contacts", contacts)) {
            QJsonObject *row = data.row(QStringLiteral("contacts"), id);
            row->insert(QStringLiteral("lastname"), QStringLiteral("Changed"));
            row->insert(QStringLiteral("modifiedon"), stamp);
        }
        for (const QString &id : ids("appointments", 1)) {
            QJsonObject *row = data.row(QStringLiteral("appointments"), id);
            row->insert(QStringLiteral("statecode"), 2);
            row->insert(QStringLiteral("modifiedon"), stamp);
        }
        // The newest email, within the days read.
        const auto &emails = data.entitySet(QStringLiteral("emails"))->rows;
        const auto newest = std::max_element(
            emails.begin(), emails.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return a.value(QStringLiteral("createdon")).toString() <
                       b.value(QStringLiteral("createdon")).toString();
            });
        QJsonObject *email = data.row(QStringLiteral("emails"),
                                      newest->value(QStringLiteral("activityid")).toString());
        email->insert(QStringLiteral("subject"), QStringLiteral("Changed subject"));
        email->insert(QStringLiteral("modifiedon"), stamp);
        const QString mailbox = data.entitySet(QStringLiteral("mailboxes"))
                                    ->rows.first()
                                    .value(QStringLiteral("mailboxid"))
                                    .toString();
        data.add(QStringLiteral("tracelogs"), QStringLiteral("tracelogid"),
                 {{QStringLiteral("tracelogid"), QStringLiteral("trace-99999999")},
                  {QStringLiteral("level"), 2},
                  {QStringLiteral("text"), QStringLiteral("A new warning after the first read.")},
                  {QStringLiteral("createdon"), stamp},
                  {QStringLiteral("_regardingobjectid_value"), mailbox}});
    }

private Q_SLOTS:
    void readsWhatChangedAndEqualsAFullImport()
    {
        Test::LiveFixture fixture(5, 800, 37);
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const QString path = fixture.path(QStringLiteral("live.db"));
        SL_VERIFY_OK(fixture.import(path));

        const QDateTime changed = fixture.spec().now.addSecs(3600);
        changeTheOrg(fixture.fake().data(), changed, 3);

        LiveImportSettings refresh = fixture.importSettings(path);
        refresh.now = changed.addSecs(3600);
        refresh.changedSince = fixture.spec().now;
        int refreshRequests = 0;
        const auto refreshed = fixture.run(refresh, {}, &refreshRequests);
        SL_VERIFY_OK(refreshed);

        LiveImportSettings full = fixture.importSettings(fixture.path(QStringLiteral("full.db")));
        full.now = refresh.now;
        int fullRequests = 0;
        const auto whole = fixture.run(full, {}, &fullRequests);
        SL_VERIFY_OK(whole);

        qInfo() << "refresh:" << refreshRequests << "requests," << refreshed->records << "records,"
                << refreshed->emails << "emails;"
                << "full:" << fullRequests << "requests," << whole->records << "records,"
                << whole->emails << "emails";
        QVERIFY(refreshed->records + refreshed->emails < whole->records + whole->emails);
        QVERIFY(refreshed->records >= 4); // at least what changed
        QVERIFY(refreshed->emails >= 1);
        QVERIFY(refreshed->kept > 0);

        auto a = openOrg(path);
        auto b = openOrg(full.target);
        QVERIFY(a && b);
        QCOMPARE(*a->users(), *b->users());
        QCOMPARE(*a->teams(), *b->teams());
        QCOMPARE(*a->mailboxes(), *b->mailboxes());
        QCOMPARE(*a->liveMailboxes(), *b->liveMailboxes());
        QCOMPARE(*a->filters(), *b->filters());
        QCOMPARE(*a->orgSettings(), *b->orgSettings());
        const QStringList alerts = alertsOf(*a);
        QCOMPARE(alerts, alertsOf(*b));
        QVERIFY(alerts.filter(QStringLiteral("A new warning after the first read.")).size() == 1);
        const auto recordsA = recordsOf(*a);
        const auto recordsB = recordsOf(*b);
        QCOMPARE(recordsA.size(), recordsB.size());
        for (int i = 0; i < recordsA.size(); ++i) {
            QCOMPARE(recordsA.at(i).id, recordsB.at(i).id);
            QCOMPARE(recordsA.at(i).fields, recordsB.at(i).fields);
            QCOMPARE(recordsA.at(i).modifiedOn, recordsB.at(i).modifiedOn);
        }
        QCOMPARE(*a->metaValue(QStringLiteral("live.readAt")), refresh.now.toString(Qt::ISODate));
        QCOMPARE(*a->metaValue(QStringLiteral("live.changedSince")),
                 fixture.spec().now.toString(Qt::ISODate));
        QCOMPARE(*b->metaValue(QStringLiteral("live.changedSince")), QString());

        // The first refresh read the primary ids once to start change
        // tracking (deletions); the next ones read one delta per table.
        a.reset();
        LiveImportSettings again = refresh;
        again.changedSince = refresh.now;
        again.now = refresh.now.addSecs(600);
        int againRequests = 0;
        SL_VERIFY_OK(fixture.run(again, {}, &againRequests));
        qInfo() << "second refresh:" << againRequests << "requests";
        QVERIFY(againRequests < fullRequests);
        QVERIFY(againRequests < refreshRequests);
    }

    void aFileOfAnotherOrgIsNotRefreshed()
    {
        Test::LiveFixture fixture(2, 60, 37);
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        // A sandbox file was read from no org: nothing of it may be kept.
        const QString path = fixture.path(QStringLiteral("other.db"));
        QVERIFY(QFile::copy(fixture.sandboxPath(), path));
        const QByteArray before = [&path] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        LiveImportSettings refresh = fixture.importSettings(path);
        refresh.changedSince = fixture.spec().now;
        const auto result = fixture.run(refresh);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QStringLiteral("live import")),
                 qPrintable(result.error().message));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestLiveRefresh)
#include "tst_liverefresh.moc"
