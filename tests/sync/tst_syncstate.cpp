#include "model/recordtypes.h"
#include "store/orgstore.h"
#include "sync/synccycle.h"
#include "sync/syncstate.h"
#include "temporg.h"
#include "totext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace SyncLens;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);

QString fetch(const QString &entity, const QString &body)
{
    return u"<fetch><entity name=\"%1\">%2</entity></fetch>"_s.arg(entity, body);
}

// u1's contacts are the ones u1 owns; u1's appointments are reviews or the
// board (which no appointment is before the test: a value never seen); u2's
// tasks are those about a company in Paris (a filter that reads accounts).
const QList<SyncFilter> kFilters{
    {u"f1"_s, u"u1"_s, u"contact"_s, u"My contacts"_s,
     fetch(u"contact"_s,
           u"<filter><condition attribute=\"ownerid\" operator=\"eq-userid\"/></filter>"_s)},
    {u"f2"_s, u"u1"_s, u"appointment"_s, u"Reviews"_s,
     fetch(u"appointment"_s, u"<filter type=\"or\"><condition attribute=\"subject\" "
                             "operator=\"like\" value=\"%review%\"/><condition "
                             "attribute=\"subject\" operator=\"eq\" value=\"Board\"/>"
                             "</filter>"_s)},
    {u"f3"_s, u"u2"_s, u"task"_s, u"Paris"_s,
     fetch(u"task"_s, u"<link-entity name=\"account\" from=\"accountid\" "
                      "to=\"regardingobjectid\"><filter><condition attribute=\"address1_city\" "
                      "operator=\"eq\" value=\"Paris\"/></filter></link-entity>"_s)},
};

constexpr int kContacts = 200;

CrmRecord contact(int i)
{
    return CrmRecord{u"c%1"_s.arg(i), u"contact"_s,
                     QJsonObject{{u"ownerid"_s, i % 2 ? u"u2"_s : u"u1"_s}}, kNow, kNow};
}

CrmRecord task(int i)
{
    return CrmRecord{u"t%1"_s.arg(i), u"task"_s,
                     QJsonObject{{u"ownerid"_s, u"u2"_s},
                                 {u"regardingobjectid"_s, i % 2 ? u"acc2"_s : u"acc1"_s}},
                     kNow, kNow};
}

CrmRecord appointment(int i)
{
    return CrmRecord{u"a%1"_s.arg(i), u"appointment"_s,
                     QJsonObject{{u"subject"_s, i % 2 ? u"lunch"_s : u"weekly review"_s},
                                 {u"ownerid"_s, u"u1"_s}},
                     kNow, kNow};
}

CrmRecord account(const QString &id, const QString &city)
{
    return CrmRecord{id, u"account"_s, QJsonObject{{u"address1_city"_s, city}}, kNow, kNow};
}

using Writes = std::function<QList<CrmRecord>()>;

CrmRecord with(CrmRecord record, const QString &field, const QString &value)
{
    record.fields.insert(field, value);
    return record;
}

// An email of u1's waiting to be sent (`state` pendingSend), or one in CRM
// already (`state` tracked), which the tracking index holds.
CrmRecord email(const QString &id, const QString &state)
{
    return CrmRecord{id, u"email"_s,
                     QJsonObject{{u"messageid"_s, id},
                                 {u"subject"_s, u"Quote"_s},
                                 {u"from"_s, u"one@example.com"_s},
                                 {u"to"_s, QJsonArray{u"buyer@fabrikam.com"_s}},
                                 {u"state"_s, state}},
                     kNow, kNow};
}

CrmRecord senderContact(const QString &id, const QString &address)
{
    return CrmRecord{id, u"contact"_s, QJsonObject{{u"emailaddress1"_s, address}}, kNow, kNow};
}

} // namespace

// The engine's state keeps each user's scope between writes: a write to a
// record of the scope's own type decides that row again, anything else that
// the filters read evaluates them again. Either way the scope must be the one
// a fresh read of the store gives.
class TestSyncState : public QObject
{
    Q_OBJECT

    struct Org
    {
        Test::TempOrg dir;
        std::unique_ptr<OrgStore> store;
    };

    static void fill(OrgStore &store)
    {
        SL_VERIFY_OK(store.upsertUser(User{u"u1"_s, u"One"_s, u"one@example.com"_s}));
        SL_VERIFY_OK(store.upsertUser(User{u"u2"_s, u"Two"_s, u"two@example.com"_s}));
        for (const SyncFilter &f : kFilters)
            SL_VERIFY_OK(store.upsertFilter(f));
        for (int i = 0; i < kContacts; ++i)
            SL_VERIFY_OK(store.upsertCrmRecord(contact(i)));
        for (int i = 0; i < 20; ++i) {
            SL_VERIFY_OK(store.upsertCrmRecord(appointment(i)));
            SL_VERIFY_OK(store.upsertCrmRecord(task(i)));
        }
        SL_VERIFY_OK(store.upsertCrmRecord(account(u"acc1"_s, u"Paris"_s)));
        SL_VERIFY_OK(store.upsertCrmRecord(account(u"acc2"_s, u"Berlin"_s)));
    }

    // A store in `dir` with fill()'s records.
    static std::unique_ptr<OrgStore> filled(Test::TempOrg &dir)
    {
        auto store = dir.create();
        if (store)
            fill(*store);
        return store;
    }

    struct Refreshed
    {
        Test::TempOrg dir;
        std::unique_ptr<OrgStore> store;
        SyncState state;
    };
    // fill()'s records in a store of `org`'s, and its state refreshed from them.
    static bool refresh(Refreshed &org)
    {
        org.store = filled(org.dir);
        return org.store && org.state.refresh(*org.store);
    }

    // The ids in scope of each (user, type) the filters name.
    static QMap<QString, QStringList> scopes(SyncState &state)
    {
        QMap<QString, QStringList> ids;
        for (const SyncFilter &f : kFilters) {
            auto scope = state.scopeOf(UserId(f.userId), f.type, kNow);
            if (!scope) {
                QTest::qFail(qPrintable(scope.error().message), __FILE__, __LINE__);
                return {};
            }
            QStringList &list = ids[f.userId + u'/' + f.type];
            for (int row : (*scope)->rows)
                list.append(state.scope().snapshot(f.type)->id(row));
            list.sort();
        }
        return ids;
    }

    // What inKnownScope() answers between writes, before the scope is asked
    // for again: for each row not `written` since, what a fresh read of the
    // store answers; for a written row, and for a filter that reads related
    // records, nothing.
    static void checkKnownScope(SyncState &kept, OrgStore &store, const QString &scope,
                                const QSet<QString> &written)
    {
        const QString user = scope.section(u'/', 0, 0), type = scope.section(u'/', 1, 1);
        SyncState fresh;
        SL_VERIFY_OK(fresh.refresh(store));
        const QStringList inFresh = scopes(fresh).value(scope);
        const bool readsRelated = type == u"task"_s; // u2's tasks by their account's city
        const RecordSnapshot *rows = kept.scope().snapshot(type);
        QVERIFY(rows);
        for (int row = 0; row < rows->size(); ++row) {
            const QString id = rows->id(row);
            const auto in = kept.inKnownScope(UserId(user), type, row, kNow);
            QVERIFY2(bool(in) == !(readsRelated || written.contains(id)), qPrintable(id));
            if (in)
                QCOMPARE(*in, inFresh.contains(id));
        }
        // No filter here reads the clock: another time knows as much.
        QVERIFY(kept.inKnownScope(UserId(user), type, 0, kNow.addSecs(60)) ==
                kept.inKnownScope(UserId(user), type, 0, kNow));
    }

private Q_SLOTS:
    void scopeFollowsWrites_data()
    {
        QTest::addColumn<Writes>("writes");
        QTest::addColumn<QString>("scope");  // "user/type"
        QTest::addColumn<QString>("record"); // whose place in it is known
        QTest::addColumn<bool>("inBefore");
        QTest::addColumn<bool>("inAfter");
        QTest::addColumn<bool>("evaluatedAgain"); // over all records
        QTest::addColumn<bool>("askedBetween");   // the scopes, after each write

        QTest::newRow("owner moves away")
            << Writes([] { return QList{with(contact(0), u"ownerid"_s, u"u2"_s)}; })
            << u"u1/contact"_s << u"c0"_s << true << false << false << true;
        QTest::newRow("owner moves in")
            << Writes([] { return QList{with(contact(1), u"ownerid"_s, u"u1"_s)}; })
            << u"u1/contact"_s << u"c1"_s << false << true << false << true;
        QTest::newRow("new record")
            << Writes([] { return QList{contact(1000)}; }) << u"u1/contact"_s << u"c1000"_s << false
            << true << false << true;
        QTest::newRow("deleted") << Writes([] {
            CrmRecord gone = contact(2);
            gone.deleted = true;
            return QList{gone};
        }) << u"u1/contact"_s << u"c2"_s
                                 << true << false << false << true;
        // A value no record held before: the filter is compiled again.
        QTest::newRow("value never seen")
            << Writes([] { return QList{with(appointment(1), u"subject"_s, u"board"_s)}; })
            << u"u1/appointment"_s << u"a1"_s << false << true << false << true;
        QTest::newRow("pattern on a value never seen")
            << Writes([] { return QList{with(appointment(1), u"subject"_s, u"Q3 REVIEW"_s)}; })
            << u"u1/appointment"_s << u"a1"_s << false << true << false << true;
        QTest::newRow("other type written")
            << Writes([] { return QList{with(appointment(0), u"subject"_s, u"lunch"_s)}; })
            << u"u1/contact"_s << u"c0"_s << true << true << false << true;
        // u2's filter reads accounts: a company that moves moves its tasks.
        QTest::newRow("related record written")
            << Writes([] { return QList{account(u"acc2"_s, u"Paris"_s)}; }) << u"u2/task"_s
            << u"t1"_s << false << true << true << true;
        QTest::newRow("record of a filter with a link written")
            << Writes([] { return QList{with(task(1), u"regardingobjectid"_s, u"acc1"_s)}; })
            << u"u2/task"_s << u"t1"_s << false << true << true << true;
        QTest::newRow("many written, asked after each") << Writes([] {
            QList<CrmRecord> all;
            for (int i = 0; i < kContacts; ++i)
                all.append(with(contact(i), u"ownerid"_s, i % 3 ? u"u1"_s : u"u2"_s));
            return all;
        }) << u"u1/contact"_s << u"c0"_s << true << false
                                                        << false << true;
        // Past a sixteenth of the records, evaluating all is the quicker way.
        QTest::newRow("many written, one question") << Writes([] {
            QList<CrmRecord> all;
            for (int i = 0; i < kContacts; ++i)
                all.append(with(contact(i), u"ownerid"_s, u"u1"_s));
            return all;
        }) << u"u1/contact"_s << u"c7"_s << false << true
                                                    << true << false;
    }

    void scopeFollowsWrites()
    {
        QFETCH(Writes, writes);
        QFETCH(QString, scope);
        QFETCH(QString, record);
        QFETCH(bool, inBefore);
        QFETCH(bool, inAfter);
        QFETCH(bool, evaluatedAgain);
        QFETCH(bool, askedBetween);
        Test::TempOrg dir;
        auto store = filled(dir);
        QVERIFY(store);
        SyncState kept;
        SL_VERIFY_OK(kept.refresh(*store));
        const QMap<QString, QStringList> before = scopes(kept);
        QCOMPARE(before.value(scope).contains(record), inBefore);

        const quint64 evaluations = kept.fullScopeEvaluations();
        QSet<QString> sinceAsked; // the records written since the scopes were asked for
        for (const CrmRecord &r : writes()) {
            SL_VERIFY_OK(store->upsertCrmRecord(r));
            kept.recordWritten(r, store->lastChangeSeq());
            sinceAsked.insert(r.id);
            checkKnownScope(kept, *store, scope, sinceAsked);
            if (QTest::currentTestFailed())
                return;
            if (askedBetween) { // as a cycle's inbound does
                scopes(kept);
                sinceAsked.clear();
            }
        }
        const QMap<QString, QStringList> after = scopes(kept);
        QCOMPARE(after.value(scope).contains(record), inAfter);
        QCOMPARE(kept.fullScopeEvaluations() > evaluations, evaluatedAgain);

        SyncState fresh;
        SL_VERIFY_OK(fresh.refresh(*store));
        QCOMPARE(after, scopes(fresh));
    }

    // A cycle asks for each scope at its own time. The filters are evaluated
    // over every record again only when one of them compares a date with the
    // clock (next-x-hours here), and then the scope follows the clock.
    void scopeMovesWithTheClockOnlyWhenAFilterReadsIt_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QStringList>("inAtEight");
        QTest::addColumn<QStringList>("inAtNine");
        const QStringList both{u"a-0830"_s, u"a-0930"_s};
        QTest::newRow("next-x-hours") << u"operator=\"next-x-hours\" value=\"1\""_s
                                      << QStringList{u"a-0830"_s} << QStringList{u"a-0930"_s};
        QTest::newRow("on-or-after a date")
            << u"operator=\"on-or-after\" value=\"2026-03-02\""_s << both << both;
        QTest::newRow("ge a time")
            << u"operator=\"ge\" value=\"2026-03-02T08:00:00Z\""_s << both << both;
    }

    void scopeMovesWithTheClockOnlyWhenAFilterReadsIt()
    {
        QFETCH(QString, condition);
        QFETCH(QStringList, inAtEight);
        QFETCH(QStringList, inAtNine);
        Test::TempOrg dir;
        auto store = dir.create();
        QVERIFY(store);
        SL_VERIFY_OK(store->upsertUser(User{u"u1"_s, u"One"_s, u"one@example.com"_s}));
        SL_VERIFY_OK(store->upsertFilter(
            SyncFilter{u"f1"_s, u"u1"_s, u"appointment"_s, u"Soon"_s,
                       fetch(u"appointment"_s,
                             u"<filter><condition attribute=\"scheduledstart\" %1/></filter>"_s.arg(
                                 condition))}));
        for (const QString &hour : {u"0830"_s, u"0930"_s}) {
            const QString start = u"2026-03-02T%1:%2:00Z"_s.arg(hour.left(2), hour.mid(2));
            SL_VERIFY_OK(store->upsertCrmRecord(CrmRecord{
                u"a-"_s + hour, u"appointment"_s,
                QJsonObject{{u"scheduledstart"_s, start}, {u"ownerid"_s, u"u1"_s}}, kNow, kNow}));
        }
        SyncState state;
        SL_VERIFY_OK(state.refresh(*store));
        const bool readsClock = inAtEight != inAtNine;
        auto idsIn = [](SyncState &s, const QDateTime &now) {
            QStringList ids;
            auto scope = s.scopeOf(UserId(u"u1"_s), u"appointment"_s, now);
            if (scope) {
                for (int row : (*scope)->rows)
                    ids.append(s.scope().snapshot(u"appointment"_s)->id(row));
            }
            ids.sort();
            return ids;
        };
        auto idsAt = [&](const QDateTime &now) { return idsIn(state, now); };
        QCOMPARE(idsAt(kNow), inAtEight);
        const quint64 evaluations = state.fullScopeEvaluations();
        const QDateTime nine = kNow.addSecs(3600);
        QCOMPARE(bool(state.inKnownScope(UserId(u"u1"_s), u"appointment"_s, 0, nine)), !readsClock);
        QCOMPARE(idsAt(kNow.addSecs(60)), inAtEight);
        QCOMPARE(idsAt(nine), inAtNine);
        QCOMPARE(state.fullScopeEvaluations() - evaluations, quint64(readsClock ? 2 : 0));

        SyncState fresh; // what a cycle at nine that starts afresh finds
        SL_VERIFY_OK(fresh.refresh(*store));
        SL_VERIFY_OK(fresh.scopeOf(UserId(u"u1"_s), u"appointment"_s, nine));
        QCOMPARE(idsIn(fresh, nine), inAtNine);
    }

    // The records a cycle may copy to a mailbox keep their text as stored
    // from the load until released; a record written since is read again.
    void scopeHoldsTheTextOfRecordsToCopy_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("held");
        QTest::newRow("contact") << u"contact"_s << u"c3"_s << true;
        QTest::newRow("appointment") << u"appointment"_s << u"a4"_s << true;
        QTest::newRow("task") << u"task"_s << u"t5"_s << true;
        QTest::newRow("account (never copied)") << u"account"_s << u"acc1"_s << false;
    }

    void scopeHoldsTheTextOfRecordsToCopy()
    {
        QFETCH(QString, type);
        QFETCH(QString, id);
        QFETCH(bool, held);
        Test::TempOrg dir;
        auto store = filled(dir);
        QVERIFY(store);
        SyncState state;
        SL_VERIFY_OK(state.refresh(*store));
        ScopeCache &cache = state.scope();
        const int row = cache.rowOf(type, id);
        QVERIFY(row >= 0);
        auto stored = store->crmRecordFieldsJson(id);
        SL_VERIFY_OK(stored);
        QVERIFY(stored->has_value());
        const auto text = cache.fieldsText(type, row);
        QCOMPARE(text.has_value(), held);
        if (!held)
            return;
        QCOMPARE(text->toByteArray(), **stored);

        // Written since the load: its held text is the old one.
        auto found = store->crmRecord(id);
        SL_VERIFY_OK(found);
        CrmRecord record = **found;
        record.fields.insert(u"subject"_s, u"changed"_s);
        SL_VERIFY_OK(store->upsertCrmRecord(record));
        state.recordWritten(record, store->lastChangeSeq());
        QVERIFY(!cache.fieldsText(type, row));
        const int other = row + 1; // the next record of the type, untouched
        QVERIFY(cache.fieldsText(type, other));

        // A record new since the load has none either.
        SL_VERIFY_OK(store->upsertCrmRecord(contact(5000)));
        state.recordWritten(contact(5000), store->lastChangeSeq());
        QVERIFY(!cache.fieldsText(u"contact"_s, cache.rowOf(u"contact"_s, u"c5000"_s)));

        // Unless the cycle wrote it with its text: that text is held, for a
        // record new or not (ActSync reads it back without a read).
        const QByteArray newText = compactJson(contact(5001).fields);
        SL_VERIFY_OK(store->upsertCrmRecord(contact(5001), newText));
        state.recordWritten(contact(5001), store->lastChangeSeq(), newText);
        const int added = cache.rowOf(u"contact"_s, u"c5001"_s);
        QCOMPARE(cache.fieldsText(u"contact"_s, added).value_or("none").toByteArray(), newText);
        record.fields.insert(u"subject"_s, u"changed again"_s);
        const QByteArray changedText = compactJson(record.fields);
        SL_VERIFY_OK(store->upsertCrmRecord(record, changedText));
        state.recordWritten(record, store->lastChangeSeq(), changedText);
        QCOMPARE(cache.fieldsText(type, row).value_or("none").toByteArray(), changedText);
        auto reread = store->crmRecordFieldsJson(id);
        SL_VERIFY_OK(reread);
        QCOMPARE(reread->value_or(QByteArray()), changedText);

        cache.releaseFieldTexts();
        QVERIFY(!cache.fieldsText(type, other));
    }

    // A cycle lets go of the texts once its copies are made (at 1M items they
    // are some 150 MB).
    void cycleReleasesTheHeldTexts()
    {
        Test::TempOrg dir;
        auto store = filled(dir);
        QVERIFY(store);
        SyncCycle cycle(*store);
        SL_VERIFY_OK(cycle.run(kNow));
        const ScopeCache &cache = cycle.state().scope();
        QVERIFY(cache.isLoaded());
        const int row = cache.rowOf(u"contact"_s, u"c0"_s);
        QVERIFY(row >= 0);
        QVERIFY(!cache.fieldsText(u"contact"_s, row));
    }

    // A later refresh holds the text of each record written since the last
    // one, as stored, until the cycle ends; records not written since, and
    // types never copied, have none.
    void laterRefreshHoldsTheTextOfChangedRecords()
    {
        Refreshed org;
        QVERIFY(refresh(org));
        ScopeCache &cache = org.state.scope();
        cache.releaseFieldTexts(); // as each cycle does
        const CrmRecord edited = with(contact(3), u"lastname"_s, u"Meyer"_s);
        const QByteArray text = "{\"lastname\": \"Meyer\", \"ownerid\": \"u2\"}";
        SL_VERIFY_OK(org.store->upsertCrmRecord(edited, text));
        SL_VERIFY_OK(
            org.store->upsertCrmRecord(with(account(u"acc1"_s, u"Paris"_s), u"name"_s, u"A"_s)));
        SL_VERIFY_OK(org.state.refresh(*org.store));
        const int row = cache.rowOf(u"contact"_s, u"c3"_s);
        QCOMPARE(cache.fieldsText(u"contact"_s, row).value_or("none").toByteArray(), text);
        QVERIFY(!cache.fieldsText(u"contact"_s, cache.rowOf(u"contact"_s, u"c4"_s)));
        QVERIFY(!cache.fieldsText(u"account"_s, cache.rowOf(u"account"_s, u"acc1"_s)));
        cache.releaseFieldTexts();
        QVERIFY(!cache.fieldsText(u"contact"_s, row));
    }

    // A table is found by its type's name, the same string or an equal one,
    // and after a load it is the table that load read.
    void scopeFindsEachTypesTableAcrossLoads()
    {
        Refreshed org;
        QVERIFY(refresh(org));
        ScopeCache &cache = org.state.scope();
        const QString type = u"contact"_s;
        QString equal = u"con"_s;
        equal += u"tact"_s;
        const RecordSnapshot *snapshot = cache.snapshot(type);
        QVERIFY(snapshot);
        QCOMPARE(cache.snapshot(equal), snapshot);
        QVERIFY(!cache.snapshot(u"nosuch"_s));
        QCOMPARE(cache.snapshot(type), snapshot);
        QVERIFY(cache.snapshot(u"task"_s) != snapshot);
        QCOMPARE(cache.rowOf(type, u"c5000"_s), -1);

        SL_VERIFY_OK(org.store->upsertCrmRecord(contact(5000))); // not applied: read by the load
        SL_VERIFY_OK(cache.load(*org.store, cache.columns()));
        QVERIFY(cache.rowOf(type, u"c5000"_s) >= 0);
        QVERIFY(cache.isLive(type, cache.rowOf(equal, u"c5000"_s)));
        QCOMPARE(cache.snapshot(type)->id(cache.rowOf(type, u"c5000"_s)), u"c5000"_s);
    }

    // The rows a mailbox may hold a link to: known from setLinkedRows() on
    // until the scope cache is loaded again, each link added since marked
    // (a record new since the load too).
    void linkedRowsFollowAddedLinksUntilTheNextLoad()
    {
        Refreshed org;
        QVERIFY(refresh(org));
        const ScopeCache &cache = org.state.scope();
        const auto rowOf = [&](const QString &id) { return cache.rowOf(u"contact"_s, id); };
        const QString mailbox = u"m1"_s;
        QVERIFY(!org.state.linkedRows(mailbox, u"contact"_s));
        org.state.linkAdded(mailbox, u"contact"_s, u"c1"_s); // nothing known yet: nothing to mark
        QVERIFY(!org.state.linkedRows(mailbox, u"contact"_s));

        org.state.setLinkedRows(mailbox, u"contact"_s, {rowOf(u"c2"_s), rowOf(u"c7"_s)});
        const auto marked = [&]() {
            QStringList ids;
            const std::vector<bool> *rows = org.state.linkedRows(mailbox, u"contact"_s);
            for (size_t row = 0; rows && row < rows->size(); ++row) {
                if ((*rows)[row])
                    ids.append(cache.snapshot(u"contact"_s)->id(int(row)));
            }
            return ids;
        };
        QCOMPARE(marked(), (QStringList{u"c2"_s, u"c7"_s}));
        QVERIFY(!org.state.linkedRows(u"m2"_s, u"contact"_s));
        QVERIFY(!org.state.linkedRows(mailbox, u"task"_s));

        org.state.linkAdded(mailbox, u"contact"_s, u"c150"_s);
        org.state.addLinkedRows(mailbox, u"contact"_s, {rowOf(u"c9"_s), rowOf(u"c2"_s)});
        org.state.linkAdded(mailbox, u"task"_s, u"t1"_s); // no rows of tasks known
        org.state.addLinkedRows(mailbox, u"task"_s, {cache.rowOf(u"task"_s, u"t1"_s)});
        SL_VERIFY_OK(org.store->upsertCrmRecord(contact(5000)));
        org.state.recordWritten(contact(5000), org.store->lastChangeSeq());
        org.state.linkAdded(mailbox, u"contact"_s, u"c5000"_s);
        QCOMPARE(marked(), (QStringList{u"c2"_s, u"c7"_s, u"c9"_s, u"c150"_s, u"c5000"_s}));
        QVERIFY(!org.state.linkedRows(mailbox, u"task"_s));

        SL_VERIFY_OK(org.state.scope().load(*org.store, cache.columns())); // rows numbered anew
        QVERIFY(!org.state.linkedRows(mailbox, u"contact"_s));
        org.state.setLinkedRows(mailbox, u"contact"_s, {rowOf(u"c2"_s)});
        QCOMPARE(marked(), QStringList{u"c2"_s}); // set anew: what it held is gone
        org.state.invalidate();
        QVERIFY(!org.state.linkedRows(mailbox, u"contact"_s));
    }

    // A mailbox whose links were read empty holds only links marked since:
    // its rows are known (none) before any are set, each link added marks
    // its type's, until the scope cache is loaded again. One with a link
    // read from the store knows nothing until set.
    void linkedRowsOfLinksReadEmptyAreKnownFromTheStart()
    {
        Refreshed org;
        QVERIFY(refresh(org));
        const ScopeCache &cache = org.state.scope();
        Link stored{u"m2"_s, u"c3"_s, Link::State::Linked, true, kNow};
        SL_VERIFY_OK(org.store->upsertLink(stored));
        auto empty = org.state.links(*org.store, u"m1"_s);
        SL_VERIFY_OK(empty);
        QVERIFY((*empty)->isEmpty());
        auto held = org.state.links(*org.store, u"m2"_s);
        SL_VERIFY_OK(held);
        QCOMPARE((*held)->size(), 1);

        const std::vector<bool> *none = org.state.linkedRows(u"m1"_s, u"contact"_s);
        QVERIFY(none);
        QVERIFY(std::find(none->begin(), none->end(), true) == none->end());
        QVERIFY(!org.state.linkedRows(u"m2"_s, u"contact"_s));
        QVERIFY(!org.state.linkedRows(u"m3"_s, u"contact"_s)); // links never read

        org.state.linkAdded(u"m1"_s, u"contact"_s, u"c4"_s);
        org.state.addLinkedRows(u"m1"_s, u"task"_s, {cache.rowOf(u"task"_s, u"t1"_s)});
        org.state.linkAdded(u"m2"_s, u"contact"_s, u"c4"_s);
        const auto marked = [&](const QString &mailbox, const QString &type) {
            QStringList ids;
            const std::vector<bool> *rows = org.state.linkedRows(mailbox, type);
            for (size_t row = 0; rows && row < rows->size(); ++row) {
                if ((*rows)[row])
                    ids.append(cache.snapshot(type)->id(int(row)));
            }
            return ids;
        };
        QCOMPARE(marked(u"m1"_s, u"contact"_s), QStringList{u"c4"_s});
        QCOMPARE(marked(u"m1"_s, u"task"_s), QStringList{u"t1"_s});
        QVERIFY(!org.state.linkedRows(u"m2"_s, u"contact"_s));

        SL_VERIFY_OK(org.state.scope().load(*org.store, cache.columns())); // rows numbered anew
        QVERIFY(!org.state.linkedRows(u"m1"_s, u"contact"_s));
        org.state.linkAdded(u"m1"_s, u"contact"_s, u"c5"_s);
        QVERIFY(!org.state.linkedRows(u"m1"_s, u"contact"_s));
    }

    // The first load reads the senders and the tracked emails on connections
    // of their own while the cycle's reads the scope's records, but only where
    // those connections see the same records: a file, and no records written
    // in a transaction around the cycle's.
    void firstLoadReadsSendersAndEmailsAside_data()
    {
        QTest::addColumn<bool>("inMemory");
        QTest::addColumn<bool>("writtenAround");
        QTest::addColumn<quint64>("loadsAside");
        QTest::newRow("file") << false << false << quint64(1);
        QTest::newRow("file, records written around the cycle") << false << true << quint64(0);
        QTest::newRow("memory") << true << false << quint64(0);
        QTest::newRow("memory, records written around the cycle") << true << true << quint64(0);
    }

    void firstLoadReadsSendersAndEmailsAside()
    {
        QFETCH(bool, inMemory);
        QFETCH(bool, writtenAround);
        QFETCH(quint64, loadsAside);
        Test::TempOrg dir;
        std::unique_ptr<OrgStore> store;
        if (inMemory)
            store = std::move(OrgStore::createInMemory(u"Test org"_s)).value();
        else
            store = dir.create();
        QVERIFY(store);
        fill(*store);
        SL_VERIFY_OK(store->upsertCrmRecord(email(u"<sent.1@contoso.com>"_s, u"tracked"_s)));
        SL_VERIFY_OK(store->upsertCrmRecord(email(u"<wait.1@contoso.com>"_s, u"pendingSend"_s)));
        SL_VERIFY_OK(store->upsertCrmRecord(senderContact(u"s1"_s, u"buyer@fabrikam.com"_s)));

        SyncState state;
        // As SyncCycle runs it: in the cycle's own transaction.
        auto cycle = [&] { return store->transaction([&] { return state.refresh(*store); }); };
        auto writeAround = [&]() -> Result<void> { // what only this connection sees yet
            for (const CrmRecord &r : {email(u"<sent.2@contoso.com>"_s, u"tracked"_s),
                                       email(u"<wait.2@contoso.com>"_s, u"pendingSend"_s),
                                       senderContact(u"s2"_s, u"cfo@fabrikam.com"_s)}) {
                if (auto w = store->upsertCrmRecord(r); !w)
                    return w;
            }
            return cycle();
        };
        SL_VERIFY_OK(writtenAround ? store->transaction(writeAround) : cycle());
        QCOMPARE(state.loadsAside(), loadsAside);
        // Every other table of the scope too, by name; the scope checked
        // below is computed from what both connections read.
        QVERIFY(state.scope().columns().size() >= 3);
        QCOMPARE(state.scope().tablesReadAside(),
                 loadsAside ? int(state.scope().columns().size() / 2) : 0);
        QCOMPARE(state.tracking().size(), writtenAround ? 2 : 1);
        QCOMPARE(state.pendingSends().contains(u"<wait.1@contoso.com>"_s), true);
        QCOMPARE(state.pendingSends().contains(u"<wait.2@contoso.com>"_s), writtenAround);
        QCOMPARE(state.senders().find(u"buyer@fabrikam.com"_s).has_value(), true);
        QCOMPARE(state.senders().find(u"cfo@fabrikam.com"_s).has_value(), writtenAround);
        QCOMPARE(scopes(state).value(u"u1/contact"_s).size(), kContacts / 2);
    }

    // Records written between two cycles reach the senders and the emails
    // waiting to be sent at the next refresh, which parses of them only the
    // fields those read: addresses, names and the email's state.
    void laterRefreshFollowsSendersAndPendingSends()
    {
        Test::TempOrg dir;
        auto store = filled(dir);
        QVERIFY(store);
        SL_VERIFY_OK(store->upsertCrmRecord(senderContact(u"s1"_s, u"buyer@fabrikam.com"_s)));
        SL_VERIFY_OK(store->upsertCrmRecord(email(u"<wait.1@contoso.com>"_s, u"pendingSend"_s)));
        SyncState state;
        SL_VERIFY_OK(state.refresh(*store));
        QVERIFY(state.pendingSends().contains(u"<wait.1@contoso.com>"_s));

        CrmRecord moved = senderContact(u"s1"_s, u"buyer@contoso.com"_s);
        moved.fields.insert(u"fullname"_s, u"Ana Buyer"_s);
        SL_VERIFY_OK(store->upsertCrmRecord(moved));
        SL_VERIFY_OK(store->upsertCrmRecord(CrmRecord{
            u"q1"_s, u"queue"_s,
            QJsonObject{{u"emailaddress"_s, u"sales@contoso.com"_s}, {u"name"_s, u"Sales"_s}}, kNow,
            kNow}));
        SL_VERIFY_OK(store->upsertCrmRecord(email(u"<wait.1@contoso.com>"_s, u"sent"_s)));
        SL_VERIFY_OK(store->upsertCrmRecord(email(u"<wait.2@contoso.com>"_s, u"pendingSend"_s)));
        SL_VERIFY_OK(state.refresh(*store));

        QVERIFY(!state.senders().find(u"buyer@fabrikam.com"_s));
        const auto buyer = state.senders().find(u"buyer@contoso.com"_s);
        QVERIFY(buyer);
        QCOMPARE(buyer->id, u"s1"_s);
        QCOMPARE(buyer->name, u"Ana Buyer"_s);
        const auto queue = state.senders().find(u"sales@contoso.com"_s);
        QVERIFY(queue);
        QCOMPARE(queue->name, u"Sales"_s);
        QVERIFY(!state.pendingSends().contains(u"<wait.1@contoso.com>"_s));
        QVERIFY(state.pendingSends().contains(u"<wait.2@contoso.com>"_s));
    }

    // When the second connection cannot read the file, the load reads on the
    // cycle's connection, and says so.
    void firstLoadReadsOnTheCyclesConnectionWhenTheFileCannotBeOpenedAgain()
    {
        Test::TempOrg dir;
        auto store = filled(dir);
        QVERIFY(store);
        SL_VERIFY_OK(store->upsertCrmRecord(email(u"<sent.1@contoso.com>"_s, u"tracked"_s)));
        SL_VERIFY_OK(store->upsertCrmRecord(email(u"<wait.1@contoso.com>"_s, u"pendingSend"_s)));
        // The open connection keeps reading the file; a new one finds none.
        const QString moved = dir.path() + u".moved"_s;
        QVERIFY(QFile::rename(dir.path(), moved));
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(u"reading beside the cycle failed.*no such file"_s));
        SyncState state;
        const Result<void> loaded = state.refresh(*store);
        QVERIFY(QFile::rename(moved, dir.path()));
        SL_VERIFY_OK(loaded);
        QCOMPARE(state.loadsAside(), quint64(0));
        QCOMPARE(state.scope().tablesReadAside(), 0);
        QCOMPARE(state.tracking().size(), 1);
        QVERIFY(state.pendingSends().contains(u"<wait.1@contoso.com>"_s));
        QCOMPARE(scopes(state).value(u"u1/contact"_s).size(), kContacts / 2);
    }
};

QTEST_GUILESS_MAIN(TestSyncState)
#include "tst_syncstate.moc"
