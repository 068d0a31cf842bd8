#include "model/compactjson.h"
#include "sandbox/sandboxgenerator.h"
#include "sqlfile.h"
#include "store/orgstore.h"
#include "store/storedrows.h"
#include "store/storerows.h"
#include "sync/synccycle.h"
#include "temporg.h"
#include "totext.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace SyncLens;
using namespace Qt::StringLiterals;

namespace {

SandboxSpec smallOrg()
{
    SandboxSpec spec;
    spec.users = 3;
    spec.items = 600;
    spec.seed = 5;
    return spec;
}

// The same members in descending order: valid JSON, not what Qt writes.
QByteArray membersReversed(const QJsonObject &object)
{
    QByteArrayList members;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QByteArray member;
        appendJsonString(member, it.key());
        member.append(':');
        appendCompactJson(member, it.value());
        members.prepend(member);
    }
    return '{' + members.join(',') + '}';
}

// Every string with its first letter written as a \u escape.
QByteArray lettersEscaped(const QJsonObject &object)
{
    QByteArray text = compactJson(object);
    return text.replace(":\"S", ":\"\\u0053").replace(":\"R", ":\"\\u0052");
}

// What a query returns, row by row, hashed: the rows of two orgs compare.
QByteArray digest(const QString &path, const QString &sql)
{
    const QString name = u"digest-"_s + path;
    QByteArray result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open())
            return "cannot open " + path.toUtf8();
        QSqlQuery query(db);
        QCryptographicHash hash(QCryptographicHash::Sha1);
        if (!query.exec(sql))
            return "cannot run " + sql.toUtf8();
        int rows = 0;
        while (query.next()) {
            ++rows;
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(query.value(i).toString().toUtf8() + '\x1f');
            hash.addData("\x1e");
        }
        result = QByteArray::number(rows) + ' ' + hash.result().toHex();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// Where aLinkedRecordOutOfScopeIsDecidedWhenItChanges()'s record comes from.
enum class Origin
{
    Existing,
    NewInCrm,
    NewInOutlook
};

} // namespace

// A first cycle copies each record in scope into the mailbox from its fields
// as stored, without parsing them when the text is what compactJson() writes.
// Any other text (an org written by another tool, or by hand) is parsed: the
// copies, links and journal must be the same either way.
class TestStoredFields : public QObject
{
    Q_OBJECT

    // Writes the fields of every appointment, task and contact with `write`;
    // `ids` gets the records'.
    static void rewriteRecords(OrgStore &store,
                               const std::function<QByteArray(const QJsonObject &)> &write,
                               QStringList &ids)
    {
        QList<CrmRecord> records;
        SL_VERIFY_OK(store.forEachCrmRecord(QString(), [&](const CrmRecord &r) {
            if (r.type == u"appointment" || r.type == u"task" || r.type == u"contact")
                records.append(r);
            return true;
        }));
        for (const CrmRecord &r : std::as_const(records)) {
            const QByteArray id = r.id.toUtf8(), type = r.type.toUtf8(), fields = write(r.fields);
            auto ms = [](const QDateTime &t) {
                return t.isValid() ? std::optional(t.toMSecsSinceEpoch()) : std::nullopt;
            };
            CrmRecordRow row{id, type, fields, ms(r.createdOn), ms(r.modifiedOn), r.deleted};
            SL_VERIFY_OK(store.upsertCrmRecord(row));
            ids.append(r.id);
        }
    }

    // The fields text each form of copiesAreTheSameWhateverTheStoredText()
    // writes: none of them what compactJson() writes.
    static QByteArray writeInForm(int form, const QJsonObject &object)
    {
        switch (form) {
        case 0:
            return QJsonDocument(object).toJson(QJsonDocument::Indented);
        case 1:
            return membersReversed(object);
        default:
            return lettersEscaped(object);
        }
    }

    // Every record's subject edited, written with `write` (or as compactJson()
    // writes it unless `recordsToo`), and every copy of a record rewritten with
    // `write` as it stands.
    static void
    editRecordsAndRewriteCopies(const QString &path,
                                const std::function<QByteArray(const QJsonObject &)> &write,
                                bool recordsToo = true)
    {
        auto store = OrgStore::open(path);
        SL_VERIFY_OK(store);
        QStringList ids;
        rewriteRecords(
            **store,
            [&write, recordsToo](QJsonObject fields) {
                fields.insert(u"subject"_s, fields.value(u"subject"_s).toString() + u" (edited)"_s);
                return recordsToo ? write(fields) : compactJson(fields);
            },
            ids);
        auto mailboxes = (*store)->mailboxes();
        SL_VERIFY_OK(mailboxes);
        QList<ExchangeItem> copies;
        for (const Mailbox &m : std::as_const(*mailboxes)) {
            SL_VERIFY_OK((*store)->forEachExchangeItem(m.id, [&](const ExchangeItem &i) {
                if (!i.deleted && ids.contains(i.id))
                    copies.append(i);
                return true;
            }));
        }
        QVERIFY(copies.size() > 50);
        for (const ExchangeItem &copy : std::as_const(copies))
            SL_VERIFY_OK((*store)->upsertExchangeItem(copy, write(copy.fields)));
    }

    static void runCycle(const QString &path, qint64 &updates)
    {
        auto store = OrgStore::open(path);
        SL_VERIFY_OK(store);
        SyncCycle cycle(**store);
        auto summary = cycle.run(SyncCycle::clock(**store).value().addSecs(900));
        SL_VERIFY_OK(summary);
        updates = summary->counts.value(ReasonCode::OutUpdate);
    }

    static void runFirstCycle(const QString &path)
    {
        auto store = OrgStore::open(path);
        SL_VERIFY_OK(store);
        const QDateTime now = SyncCycle::clock(**store).value().addSecs(900);
        SyncCycle cycle(**store);
        auto summary = cycle.run(now);
        SL_VERIFY_OK(summary);
        QVERIFY(summary->counts.value(ReasonCode::OutCreate) > 50);
    }

    // The first cycle, then for each later round `edit` and a cycle, each
    // cycle by an engine of its own (reading everything from the file).
    static void runEachCycleFreshly(const QString &path, int rounds,
                                    const std::function<void(OrgStore &, int round)> &edit)
    {
        runFirstCycle(path);
        for (int round = 1; round < rounds; ++round) {
            {
                auto store = OrgStore::open(path);
                SL_VERIFY_OK(store);
                edit(**store, round);
            }
            qint64 updates = 0;
            runCycle(path, updates);
        }
    }

    // Both orgs' copies, links and journals are the same.
    static void compareCopiesLinksAndJournal(const QString &path, const QString &expected)
    {
        for (const QString &sql :
             {u"SELECT mailbox_id, id, type, fields, folder, modified_on FROM exchange_items"
              " ORDER BY mailbox_id, id"_s,
              u"SELECT mailbox_id, item_id, state, in_scope, synced FROM links"
              " ORDER BY mailbox_id, item_id"_s,
              u"SELECT time, cycle, mailbox_id, item_id, code, facts FROM journal ORDER BY id"_s}) {
            QCOMPARE(digest(path, sql), digest(expected, sql));
        }
    }

private Q_SLOTS:
    void copiesAreTheSameWhateverTheStoredText_data()
    {
        QTest::addColumn<int>("form");
        QTest::newRow("indented") << 0;
        QTest::newRow("members in descending order") << 1;
        QTest::newRow("letters escaped") << 2;
    }

    void copiesAreTheSameWhateverTheStoredText()
    {
        QFETCH(int, form);
        Test::TempOrg compact, other;
        SL_VERIFY_OK(SandboxGenerator::createFile(compact.path(), smallOrg(), true));
        SL_VERIFY_OK(SandboxGenerator::createFile(other.path(), smallOrg(), true));
        {
            auto store = OrgStore::open(other.path());
            SL_VERIFY_OK(store);
            QStringList ids;
            rewriteRecords(
                **store, [form](const QJsonObject &o) { return writeInForm(form, o); }, ids);
            QVERIFY(ids.size() > 100);
            // The rewritten text is not what the fast path takes, and means the same.
            auto stored = (*store)->crmRecordFieldsJson(ids.first());
            SL_VERIFY_OK(stored);
            QVERIFY(!compactJsonMembers(**stored));
        }
        runFirstCycle(compact.path());
        runFirstCycle(other.path());
        for (const QString &sql :
             {u"SELECT mailbox_id, id, type, fields, folder, created_on FROM exchange_items"
              " ORDER BY mailbox_id, id"_s,
              u"SELECT mailbox_id, item_id, state, in_scope, synced FROM links"
              " ORDER BY mailbox_id, item_id"_s,
              u"SELECT time, cycle, mailbox_id, item_id, code, facts FROM journal ORDER BY id"_s}) {
            QCOMPARE(digest(other.path(), sql), digest(compact.path(), sql));
        }
    }

    // A later cycle updates each edited record's copy from the stored texts
    // of the record, the copy and their agreed values, parsing none of them
    // when they are what compactJson() writes. Any other text is parsed: the
    // updated copies, the links and the journal are the same either way.
    void updatesAreTheSameWhateverTheStoredText_data()
    {
        QTest::addColumn<int>("form");
        QTest::addColumn<bool>("recordsToo"); // or only the copies written so
        const char *forms[] = {"indented", "members in descending order", "letters escaped"};
        for (int form = 0; form < 3; ++form) {
            QTest::addRow("%s, records and copies", forms[form]) << form << true;
            QTest::addRow("%s, copies only", forms[form]) << form << false;
        }
    }

    void updatesAreTheSameWhateverTheStoredText()
    {
        QFETCH(int, form);
        QFETCH(bool, recordsToo);
        Test::TempOrg compact, other;
        for (const Test::TempOrg *org : {&compact, &other}) {
            SL_VERIFY_OK(SandboxGenerator::createFile(org->path(), smallOrg(), true));
            runFirstCycle(org->path());
        }
        editRecordsAndRewriteCopies(compact.path(), compactJson);
        editRecordsAndRewriteCopies(
            other.path(), [form](const QJsonObject &o) { return writeInForm(form, o); },
            recordsToo);
        qint64 compactUpdates = 0, otherUpdates = 0;
        runCycle(compact.path(), compactUpdates);
        runCycle(other.path(), otherUpdates);
        QVERIFY(compactUpdates > 50);
        QCOMPARE(otherUpdates, compactUpdates);
        for (const QString &sql :
             {u"SELECT mailbox_id, id, type, fields, folder, modified_on FROM exchange_items"
              " WHERE modified_on = (SELECT max(modified_on) FROM exchange_items)"
              " ORDER BY mailbox_id, id"_s,
              u"SELECT mailbox_id, item_id, state, in_scope, synced FROM links"
              " ORDER BY mailbox_id, item_id"_s,
              u"SELECT time, cycle, mailbox_id, item_id, code, facts FROM journal ORDER BY id"_s}) {
            QCOMPARE(digest(other.path(), sql), digest(compact.path(), sql));
        }
    }

    // A change cycle keeps the text of each record it learns of at its start
    // for its outbound decisions (ScopeCache::holdAppliedFieldTexts()): the
    // records edited twice, each time followed by a cycle of the same engine,
    // are copied as a new engine reading them from the file copies them.
    void aChangeCycleCopiesTheRecordsAsTheyNowStand()
    {
        Test::TempOrg kept, fresh;
        for (const Test::TempOrg *org : {&kept, &fresh})
            SL_VERIFY_OK(SandboxGenerator::createFile(org->path(), smallOrg(), true));
        const auto edit = [](OrgStore &store, int round) {
            QStringList ids;
            rewriteRecords(
                store,
                [round](QJsonObject fields) {
                    fields.insert(u"subject"_s, fields.value(u"subject"_s).toString() +
                                                    u" (edit %1)"_s.arg(round));
                    return compactJson(fields);
                },
                ids);
        };
        {
            auto store = OrgStore::open(kept.path());
            SL_VERIFY_OK(store);
            SyncCycle cycle(**store);
            for (int round = 0; round < 3; ++round) {
                if (round > 0)
                    edit(**store, round);
                auto summary = cycle.run(SyncCycle::clock(**store).value().addSecs(900));
                SL_VERIFY_OK(summary);
                if (round > 0)
                    QVERIFY(summary->counts.value(ReasonCode::OutUpdate) > 50);
            }
        }
        runEachCycleFreshly(fresh.path(), 3, edit);
        compareCopiesLinksAndJournal(kept.path(), fresh.path());
    }

    // A record a mailbox keeps a link to after it left the user's scope and
    // ownership is still decided when it changes: its fields are not sent
    // (OUT_SKIPPED_OUT_OF_SCOPE). A change cycle finds it among the records
    // changed since by the mailbox's linked rows (SyncState::linkedRows()):
    // those linked when the engine's first cycle began, and those linked
    // since, outbound or inbound.
    void aLinkedRecordOutOfScopeIsDecidedWhenItChanges_data()
    {
        QTest::addColumn<int>("originValue");
        QTest::newRow("left the scope before the engine started") << int(Origin::Existing);
        QTest::newRow("created in CRM, copied by a later cycle") << int(Origin::NewInCrm);
        QTest::newRow("created in Outlook, tracked by a later cycle") << int(Origin::NewInOutlook);
    }

    void aLinkedRecordOutOfScopeIsDecidedWhenItChanges()
    {
        QFETCH(int, originValue);
        const auto origin = Origin(originValue);
        Test::TempOrg kept, fresh;
        for (const Test::TempOrg *org : {&kept, &fresh})
            SL_VERIFY_OK(SandboxGenerator::createFile(org->path(), smallOrg(), true));
        auto mailboxes = OrgStore::open(kept.path()).value()->mailboxes();
        SL_VERIFY_OK(mailboxes);
        QVERIFY(mailboxes->size() >= 2);
        const Mailbox mailbox = mailboxes->at(0);
        const QString owner = mailbox.userId, other = mailboxes->at(1).userId;
        // What happens to the task before each cycle after the first; the
        // engine kept from one cycle to the next runs from `keptFrom` on (an
        // engine of its own runs each cycle before).
        enum Step
        {
            Nothing,
            Create,
            GiveAway,
            Edit
        };
        const QList<Step> steps = origin == Origin::Existing
                                      ? QList<Step>{GiveAway, Nothing, Edit}
                                      : QList<Step>{Nothing, Create, GiveAway, Edit};
        const int keptFrom = origin == Origin::Existing ? 1 : 0;
        const auto apply = [&](OrgStore &store, Step step, QString &task) {
            const QJsonObject fields{
                {u"subject"_s, u"Call back"_s}, {u"ownerid"_s, owner}, {u"statecode"_s, 0}};
            if (step == Nothing)
                return;
            if (step == Create) {
                task = u"task-new"_s;
                if (origin == Origin::NewInCrm) {
                    SL_VERIFY_OK(store.upsertCrmRecord(CrmRecord{task, u"task"_s, fields, {}, {}}));
                } else {
                    ExchangeItem item{mailbox.id, task, u"task"_s, fields, u"Tasks"_s, true};
                    SL_VERIFY_OK(store.upsertExchangeItem(item));
                }
                return;
            }
            if (task.isEmpty()) { // one the owner's mailbox holds a copy of
                SL_VERIFY_OK(store.forEachCrmRecord(u"task"_s, [&](const CrmRecord &r) {
                    if (r.fields.value(u"ownerid"_s).toString() == owner &&
                        r.fields.value(u"statecode"_s).toInt() == 0) {
                        task = r.id;
                        return false;
                    }
                    return true;
                }));
                QVERIFY(!task.isEmpty());
            }
            auto record = store.crmRecord(task);
            SL_VERIFY_OK(record);
            QVERIFY(record->has_value());
            CrmRecord changed = **record;
            if (step == GiveAway)
                changed.fields.insert(u"ownerid"_s, other);
            else
                changed.fields.insert(u"subject"_s, u"Call back today"_s);
            SL_VERIFY_OK(store.upsertCrmRecord(changed));
        };
        QString keptTask, freshTask;
        runEachCycleFreshly(kept.path(), keptFrom + 1, [&](OrgStore &store, int round) {
            apply(store, steps.at(round - 1), keptTask);
        });
        {
            auto store = OrgStore::open(kept.path());
            SL_VERIFY_OK(store);
            SyncCycle cycle(**store);
            for (qsizetype i = keptFrom; i < steps.size(); ++i) {
                apply(**store, steps.at(i), keptTask);
                SL_VERIFY_OK(cycle.run(SyncCycle::clock(**store).value().addSecs(900)));
            }
            auto journal = (*store)->journalForItem(keptTask);
            SL_VERIFY_OK(journal);
            QList<ReasonCode> codes;
            for (const JournalEntry &e : std::as_const(*journal)) {
                if (e.mailboxId == mailbox.id)
                    codes.append(e.code);
            }
            QVERIFY2(codes.size() >= 3, qPrintable(QString::number(codes.size())));
            if (origin == Origin::NewInOutlook)
                QCOMPARE(codes.first(), ReasonCode::InCreate);
            QCOMPARE(codes.at(codes.size() - 2), ReasonCode::LeftScope);
            QCOMPARE(codes.last(), ReasonCode::OutSkippedOutOfScope);
        }
        runEachCycleFreshly(fresh.path(), int(steps.size()) + 1, [&](OrgStore &store, int round) {
            apply(store, steps.at(round - 1), freshTask);
        });
        QCOMPARE(freshTask, keptTask);
        compareCopiesLinksAndJournal(kept.path(), fresh.path());
    }

    // A linked copy whose row is gone from the file (removed by another
    // program) is made again when its record changes: a new copy of the
    // record as it now stands, journalled as one, from stored text or parsed
    // alike.
    void aCopyGoneFromTheFileIsMadeAgain_data()
    {
        QTest::addColumn<bool>("compactText");
        QTest::newRow("compact text") << true;
        QTest::newRow("indented text, parsed") << false;
    }

    void aCopyGoneFromTheFileIsMadeAgain()
    {
        QFETCH(bool, compactText);
        Test::TempOrg org;
        SL_VERIFY_OK(SandboxGenerator::createFile(org.path(), smallOrg(), true));
        runFirstCycle(org.path());
        const QString gone = u"SELECT mailbox_id || ' ' || id FROM exchange_items"
                             " WHERE type = 'task' AND deleted = 0 ORDER BY mailbox_id, id"_s;
        const QStringList removed = Test::sqlOnFile(org.path(), {gone});
        QVERIFY(removed.size() > 10);
        QCOMPARE(
            Test::execOnFile(org.path(), {u"DELETE FROM exchange_items WHERE type = 'task'"_s}),
            QString());
        editRecordsAndRewriteCopies(org.path(), [compactText](const QJsonObject &o) {
            return compactText ? compactJson(o) : writeInForm(0, o);
        });
        qint64 updates = 0;
        runCycle(org.path(), updates);
        const QString made =
            u"SELECT e.mailbox_id || ' ' || e.id FROM exchange_items e JOIN journal j"
            " ON j.mailbox_id = e.mailbox_id AND j.item_id = e.id"
            " WHERE e.type = 'task' AND e.deleted = 0 AND e.fields LIKE '%(edited)%'"
            " AND j.code = 'OUT_CREATE' AND j.time = (SELECT max(time) FROM journal)"
            " ORDER BY e.mailbox_id, e.id"_s;
        QCOMPARE(Test::sqlOnFile(org.path(), {made}), removed);
    }

    // Loading a scope, the senders or the tracked emails parses only the
    // fields they read: every one of those comes back as it is stored.
    void partOfARecordIsParsed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("keys"); // what the object holds
        const QStringList names{u"from"_s, u"state"_s, u"to"_s};
        QTest::newRow("compact")
            << QByteArray("{\"cc\":[],\"from\":\"a@x.com\",\"state\":\"sent\",\"subject\":\"Q\","
                          "\"to\":[\"b@x.com\",{\"n\":1}]}")
            << names << QStringList{u"from"_s, u"state"_s, u"to"_s};
        QTest::newRow("some missing")
            << QByteArray("{\"a\":1,\"state\":null}") << names << QStringList{u"state"_s};
        QTest::newRow("none asked") << QByteArray("{\"a\":1}") << QStringList() << QStringList();
        QTest::newRow("not compact: parsed whole")
            << QByteArray("{\"state\": \"sent\", \"subject\": \"Q\"}") << names
            << QStringList{u"state"_s, u"subject"_s};
    }

    void partOfARecordIsParsed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, names);
        QFETCH(QStringList, keys);
        QString problem;
        const auto part = StoreRows::parseJsonObject(text, names, problem);
        QVERIFY2(part, qPrintable(problem));
        QCOMPARE(part->keys(), keys);
        const QJsonObject whole = QJsonDocument::fromJson(text).object();
        for (const QString &name : names)
            QCOMPARE(part->value(name), whole.value(name));
    }

    void damagedTextIsReportedWhenPartIsAsked()
    {
        QString problem;
        QVERIFY(!StoreRows::parseJsonObject(QByteArrayView("{\"state\":"), {u"state"_s}, problem));
        QVERIFY(!problem.isEmpty());
    }

    // Text that is not JSON stops the cycle with a message naming the record.
    void aDamagedRecordStopsTheCycleNamingIt()
    {
        Test::TempOrg org;
        SL_VERIFY_OK(SandboxGenerator::createFile(org.path(), smallOrg(), true));
        auto store = OrgStore::open(org.path());
        SL_VERIFY_OK(store);
        QStringList ids;
        rewriteRecords(
            **store, [](const QJsonObject &) { return QByteArray("{\"subject\":"); }, ids);
        QVERIFY(!ids.isEmpty());
        SyncCycle cycle(**store);
        auto summary = cycle.run(SyncCycle::clock(**store).value().addSecs(900));
        QVERIFY(!summary);
        QCOMPARE(summary.error().code, Error::Code::Corrupt);
        QVERIFY2(summary.error().message.contains(u"is damaged"_s),
                 qPrintable(summary.error().message));
        const bool namesOne = std::any_of(ids.cbegin(), ids.cend(), [&](const QString &id) {
            return summary.error().message.contains(u"record "_s + id + u' ');
        });
        QVERIFY2(namesOne, qPrintable(summary.error().message));
    }

    // An arriving email's fields are parsed only when its turn comes (the
    // changes read keeps their text): damaged, they stop the cycle with the
    // message a read of the item gives, and nothing of the cycle is written.
    void aDamagedArrivingEmailStopsTheCycleNamingIt()
    {
        Test::TempOrg org;
        SL_VERIFY_OK(SandboxGenerator::createFile(org.path(), smallOrg(), true));
        auto store = OrgStore::open(org.path());
        SL_VERIFY_OK(store);
        auto mailboxes = (*store)->mailboxes();
        SL_VERIFY_OK(mailboxes);
        std::optional<ExchangeItem> email;
        for (const Mailbox &m : std::as_const(*mailboxes)) {
            SL_VERIFY_OK((*store)->forEachExchangeItem(m.id, [&](const ExchangeItem &i) {
                if (i.type == u"email")
                    email = i;
                return !email;
            }));
            if (email)
                break;
        }
        QVERIFY(email);
        SL_VERIFY_OK((*store)->upsertExchangeItem(*email, QByteArrayView("{\"subject\":")));
        SyncCycle cycle(**store);
        auto summary = cycle.run(SyncCycle::clock(**store).value().addSecs(900));
        QVERIFY(!summary);
        QCOMPARE(summary.error().code, Error::Code::Corrupt);
        const QString message = summary.error().message;
        QVERIFY2(message.contains(u"is damaged"_s), qPrintable(message));
        QVERIFY2(message.contains(u"item %1 in %2"_s.arg(email->id, email->mailboxId)),
                 qPrintable(message));
        QCOMPARE(Test::sqlNumber(org.path(), u"SELECT count(*) FROM journal"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoredFields)
#include "tst_storedfields.moc"
