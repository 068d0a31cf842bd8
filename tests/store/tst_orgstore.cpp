#include "sqlfile.h"
#include "store/logpages.h"
#include "store/orgstore.h"
#include "store/schema.h"
#include "store/sqlitestatement.h"
#include "temporg.h"
#include "totext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace SyncLens;
using namespace Qt::StringLiterals;

class TestOrgStore : public QObject
{
    Q_OBJECT

    // `count` contacts from r`first` on, each with a text of `bytes`, in one
    // transaction.
    static Result<void> writeRecords(OrgStore &store, int first, int count, int bytes)
    {
        return store.transaction([&]() -> Result<void> {
            for (int i = first; i < first + count; ++i) {
                const CrmRecord r{
                    QStringLiteral("r%1").arg(i), QStringLiteral("contact"),
                    QJsonObject{{QStringLiteral("description"), QString(bytes, QLatin1Char('x'))}}};
                if (auto w = store.upsertCrmRecord(r); !w)
                    return w;
            }
            return {};
        });
    }

private Q_SLOTS:
    void newOrgHasNameSettingsAndSchema()
    {
        Test::TempOrg org;
        auto store = org.create(QStringLiteral("Contoso"));
        QVERIFY(store);
        QCOMPARE(*store->orgName(), QStringLiteral("Contoso"));
        QCOMPARE(store->schemaVersion(), Schema::CurrentVersion);
        QVERIFY(*store->orgSettings() == OrgSettings{});
    }

    // In a transaction the change marks are read once (nothing else writes
    // them meanwhile) and follow the transaction's own stamps; the next
    // transaction reads them again, another program's changes included.
    void changeMarksAreReadOnceATransactionAndFollowItsStamps()
    {
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        const QString settings = OrgStore::settingsMark();
        auto before = store->changeMark(settings);
        SL_VERIFY_OK(before);
        QVERIFY(*before > 0); // the new org's settings were stamped
        const auto markOf = [&store](const QString &name) {
            auto mark = store->changeMark(name);
            return mark ? *mark : -1;
        };
        auto r = store->transaction([&]() -> Result<void> {
            if (markOf(settings) != *before)
                return makeError(Error::Code::Database, u"the stored mark is not read"_s);
            if (auto w = store->setOrgSettings(OrgSettings{}); !w)
                return w;
            if (markOf(settings) != store->lastChangeSeq())
                return makeError(Error::Code::Database, u"the stamp is not seen"_s);
            if (markOf(u"filters.nobody.task"_s) != 0)
                return makeError(Error::Code::Database, u"a mark never stamped is not 0"_s);
            return {};
        });
        SL_VERIFY_OK(r);
        const qint64 stamped = store->lastChangeSeq();
        QCOMPARE(*store->changeMark(settings), stamped);

        Test::sqlOnFile(org.path(),
                        {u"UPDATE change_marks SET seq = seq + 1000 WHERE name = 'settings'"_s});
        qint64 seen = 0;
        SL_VERIFY_OK(store->transaction([&]() -> Result<void> {
            seen = markOf(settings);
            return {};
        }));
        QCOMPARE(seen, stamped + 1000);
    }

    // Opening a store leaves SQLite without its count of the memory it uses
    // (a mutex at each of its allocations): with the count on, the pages this
    // connection holds in its cache would show here.
    void sqliteKeepsNoCountOfItsMemory()
    {
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        SL_VERIFY_OK(writeRecords(*store, 0, 100, 200));
        QCOMPARE(sqliteMemoryCounted(), qint64(0));
    }

    void invalidSettingsAreNotSaved()
    {
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        OrgSettings good;
        good.smartMatching.filterKeywords = QStringLiteral("^SV:");
        SL_VERIFY_OK(store->setOrgSettings(good));
        OrgSettings bad = good;
        bad.smartMatching.filterKeywords = QStringLiteral("^(RE:");
        const auto saved = store->setOrgSettings(bad);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.contains(QStringLiteral("smartMatching.filterKeywords")),
                 qPrintable(saved.error().message));
        QVERIFY(*store->orgSettings() == good);
    }

    void createRefusesAnExistingFile()
    {
        Test::TempOrg org;
        QVERIFY(org.create());
        auto again = OrgStore::create(org.path(), QStringLiteral("x"));
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(org.path()));
    }

    void entitiesRoundTrip()
    {
        Test::TempOrg org;
        const QJsonObject agreed{{QStringLiteral("subject"), QStringLiteral("Zoë \"Q\"")},
                                 {QStringLiteral("priority"), 2}};
        {
            auto store = org.create();
            QVERIFY(store);
            User alice{QStringLiteral("alice"), QStringLiteral("Alice Adams"),
                       QStringLiteral("alice@contoso.com"), EmailFiltering::All};
            SL_VERIFY_OK(store->upsertUser(alice));
            Mailbox m{QStringLiteral("m-alice"), QStringLiteral("alice")};
            m.act = ChannelMode::None;
            m.approved = false;
            m.incomingStatus = ChannelStatus::Failure;
            m.consecutiveFailures = 3;
            m.lastCycle = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
            SL_VERIFY_OK(store->upsertMailbox(m));
            SyncFilter f{QStringLiteral("f1"),
                         QStringLiteral("alice"),
                         QStringLiteral("appointment"),
                         QStringLiteral("My appointments"),
                         QStringLiteral("<fetch/>"),
                         false,
                         m.lastCycle};
            SL_VERIFY_OK(store->upsertFilter(f));
            CrmRecord r{QStringLiteral("a1"),
                        QStringLiteral("appointment"),
                        QJsonObject{{QStringLiteral("subject"), QStringLiteral("Review")},
                                    {QStringLiteral("attendees"),
                                     QJsonArray{QStringLiteral("bob@fabrikam.com")}}},
                        m.lastCycle,
                        m.lastCycle.addSecs(60),
                        false};
            SL_VERIFY_OK(store->upsertCrmRecord(r));
            ExchangeItem i{QStringLiteral("m-alice"),
                           QStringLiteral("<x1@contoso.com>"),
                           QStringLiteral("email"),
                           QJsonObject{{QStringLiteral("subject"), QStringLiteral("Hi")}},
                           QStringLiteral("Inbox"),
                           true,
                           QStringLiteral("acc1"),
                           m.lastCycle,
                           m.lastCycle,
                           false};
            SL_VERIFY_OK(store->upsertExchangeItem(i));
            Link link{QStringLiteral("m-alice"), QStringLiteral("a1"), Link::State::Untracked, true,
                      m.lastCycle};
            link.setSynced(agreed);
            SL_VERIFY_OK(store->upsertLink(link));
        }
        // Reopened from disk, everything reads back equal.
        auto reopened = OrgStore::open(org.path());
        SL_VERIFY_OK(reopened);
        auto &store = **reopened;
        QCOMPARE(store.users()->size(), 1);
        QCOMPARE(store.user(QStringLiteral("alice"))->value().emailFiltering, EmailFiltering::All);
        const Mailbox m = store.mailbox(QStringLiteral("m-alice"))->value();
        QCOMPARE(m.act, ChannelMode::None);
        QVERIFY(!m.approved);
        QCOMPARE(m.incomingStatus, ChannelStatus::Failure);
        QCOMPARE(m.consecutiveFailures, 3);
        QCOMPARE(m.lastCycle, QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
        QVERIFY(!m.retryAfter.isValid());
        QCOMPARE(store.filters(QStringLiteral("alice"))->size(), 1);
        QVERIFY(!store.filters()->first().enabled);
        const CrmRecord r = store.crmRecord(QStringLiteral("a1"))->value();
        QCOMPARE(r.field(QStringLiteral("subject")), QStringLiteral("Review"));
        QCOMPARE(r.fields.value(QStringLiteral("attendees")).toArray().size(), 1);
        const ExchangeItem i = store
                                   .exchangeItem(MailboxId(QStringLiteral("m-alice")),
                                                 ItemId(QStringLiteral("<x1@contoso.com>")))
                                   ->value();
        QVERIFY(i.trackRequested);
        QCOMPARE(i.regardingId, QStringLiteral("acc1"));
        const Link link =
            store.link(MailboxId(QStringLiteral("m-alice")), ItemId(QStringLiteral("a1")))->value();
        QCOMPARE(link.state, Link::State::Untracked);
        // The agreed values, kept as compact text, read back as the object.
        QCOMPARE(link.synced(), agreed);
        QCOMPARE(link.syncedJson,
                 QByteArray("{\"priority\":2,\"subject\":\"Zo\xc3\xab \\\"Q\\\"\"}"));
        QVERIFY(!store.crmRecord(QStringLiteral("nope"))->has_value());
        SL_VERIFY_OK(store.removeFilter(QStringLiteral("f1")));
        QVERIFY(store.filters()->isEmpty());
    }

    // The hot rows go through SQLite's own interface: text in any script,
    // empty and null values and missing times must read back as they went in.
    void hotRowsKeepTextNullsAndTimes()
    {
        auto store = OrgStore::createInMemory(QStringLiteral("org"));
        SL_VERIFY_OK(store);
        const QString text = QStringLiteral("Kalender – Größe 日本語 \U0001F4C5 \"quoted\"");
        CrmRecord r{QStringLiteral("r\u00e9"), QStringLiteral("task"),
                    QJsonObject{{QStringLiteral("subject"), text},
                                {QStringLiteral("n"), 1.5},
                                {QStringLiteral("none"), QJsonValue::Null}}};
        SL_VERIFY_OK((*store)->upsertCrmRecord(r));
        SL_VERIFY_OK((*store)->upsertUser(
            User{QStringLiteral("u1"), QStringLiteral("U"), QStringLiteral("u@x")}));
        SL_VERIFY_OK((*store)->upsertMailbox(Mailbox{QStringLiteral("m1"), QStringLiteral("u1")}));
        ExchangeItem i{QStringLiteral("m1"), QStringLiteral("<i@x>"), QStringLiteral("task"),
                       QJsonObject{{QStringLiteral("subject"), text}}};
        i.folder = QStringLiteral("");
        i.createdOn = QDateTime(QDate(2026, 3, 2), QTime(8, 0, 0, 123), Qt::UTC);
        SL_VERIFY_OK((*store)->upsertExchangeItem(i));
        const CrmRecord readRecord = (*store)->crmRecord(r.id)->value();
        QCOMPARE(readRecord.fields, r.fields);
        QVERIFY(!readRecord.createdOn.isValid());
        const ExchangeItem readItem =
            (*store)->exchangeItem(MailboxId(i.mailboxId), ItemId(i.id))->value();
        QCOMPARE(readItem.fields, i.fields);
        QVERIFY(readItem.regardingId.isNull()); // bound as NULL, read back as null
        QVERIFY(!readItem.folder.isNull() && readItem.folder.isEmpty());
        QCOMPARE(readItem.createdOn, i.createdOn);
        QVERIFY(!readItem.modifiedOn.isValid());
        QList<CrmRecord> streamed;
        SL_VERIFY_OK((*store)->forEachCrmRecordOfType(QStringLiteral("task"),
                                                      [&](const CrmRecord &c, qint64 seq) {
                                                          streamed.append(c);
                                                          return seq > 0;
                                                      }));
        QCOMPARE(streamed.size(), 1);
        QCOMPARE(streamed.first().field(QStringLiteral("subject")), text);

        // Ids bound as text (a link's, a journal entry's) in any script, the
        // astral planes too, are found by what they are.
        const QString id = QStringLiteral("<\u00e9\U0001F4C5 \u65e5@x>");
        SL_VERIFY_OK((*store)->upsertLink(Link{QStringLiteral("m1"), id}));
        QStringList linked;
        SL_VERIFY_OK((*store)->forEachLink(QStringLiteral("m1"), [&](const Link &l) {
            linked.append(l.itemId);
            return true;
        }));
        QCOMPARE(linked, QStringList{id});
        JournalEntry entry{0, i.createdOn, 1, QStringLiteral("m1"), id, ReasonCode::OutCreate, {}};
        SL_VERIFY_OK((*store)->appendJournalEntry(entry));
        const QList<JournalEntry> journal = (*store)->journalForItem(id).value();
        QCOMPARE(journal.size(), 1);
        QCOMPARE(journal.first().itemId, id);
        QCOMPARE(journal.first().mailboxId, QStringLiteral("m1"));
    }

    // A write updates a row in place without touching its type's index; a
    // row whose type changes takes the other way and is found under its new
    // type, with a new change number either way.
    void upsertsUpdateFieldsAndType()
    {
        auto store = OrgStore::createInMemory(QStringLiteral("org"));
        SL_VERIFY_OK(store);
        OrgStore &s = **store;
        auto typesOf = [&s](const QString &type) {
            QStringList ids;
            const auto r = s.forEachCrmRecordOfType(type, [&](const CrmRecord &c, qint64) {
                ids.append(c.id);
                return true;
            });
            return r ? ids : QStringList{QStringLiteral("(failed)")};
        };
        const QString id = QStringLiteral("r1");
        const QStringList justR1{id};
        CrmRecord r{id, QStringLiteral("task"), QJsonObject{{QStringLiteral("subject"), 1}}};
        SL_VERIFY_OK(s.upsertCrmRecord(r));
        const qint64 first = s.lastChangeSeq();
        r.fields = QJsonObject{{QStringLiteral("subject"), 2}};
        SL_VERIFY_OK(s.upsertCrmRecord(r));
        QCOMPARE(s.crmRecord(id)->value().fields, r.fields);
        QCOMPARE(typesOf(QStringLiteral("task")), justR1);
        r.type = QStringLiteral("appointment");
        r.fields = QJsonObject{{QStringLiteral("subject"), 3}};
        SL_VERIFY_OK(s.upsertCrmRecord(r));
        QCOMPARE(s.crmRecord(id)->value().type, r.type);
        QCOMPARE(s.crmRecord(id)->value().fields, r.fields);
        QVERIFY(typesOf(QStringLiteral("task")).isEmpty());
        QCOMPARE(typesOf(QStringLiteral("appointment")), justR1);
        QCOMPARE(s.lastChangeSeq(), first + 2);
        QStringList changed;
        SL_VERIFY_OK(s.forEachCrmRecordChangedSince(first + 1, [&](const CrmRecord &c, qint64) {
            changed.append(c.id);
            return true;
        }));
        QCOMPARE(changed, justR1);

        SL_VERIFY_OK(
            s.upsertUser(User{QStringLiteral("u1"), QStringLiteral("U"), QStringLiteral("u@x")}));
        SL_VERIFY_OK(s.upsertMailbox(Mailbox{QStringLiteral("m1"), QStringLiteral("u1")}));
        ExchangeItem i{QStringLiteral("m1"), QStringLiteral("<i@x>"), QStringLiteral("task"),
                       QJsonObject{{QStringLiteral("subject"), 1}}};
        SL_VERIFY_OK(s.upsertExchangeItem(i));
        i.folder = QStringLiteral("Inbox");
        SL_VERIFY_OK(s.upsertExchangeItem(i));
        const auto read = [&] { return s.exchangeItem(MailboxId(i.mailboxId), ItemId(i.id)); };
        QCOMPARE(read()->value().folder, i.folder);
        i.type = QStringLiteral("email");
        i.deleted = true;
        SL_VERIFY_OK(s.upsertExchangeItem(i));
        QCOMPARE(read()->value().type, i.type);
        QVERIFY(read()->value().deleted);
        QCOMPARE(read()->value().folder, i.folder);
    }

    // The cycle reads what changed in a mailbox with its emails' fields left
    // out (it reads each email again when it decides it); the other items,
    // and everything but the fields of the emails, come whole.
    void changedItemsLeaveFieldsOfOneTypeAsText()
    {
        auto store = OrgStore::createInMemory(QStringLiteral("org"));
        SL_VERIFY_OK(store);
        OrgStore &s = **store;
        SL_VERIFY_OK(
            s.upsertUser(User{QStringLiteral("u1"), QStringLiteral("U"), QStringLiteral("u@x")}));
        SL_VERIFY_OK(s.upsertMailbox(Mailbox{QStringLiteral("m1"), QStringLiteral("u1")}));
        const QJsonObject fields{{QStringLiteral("subject"), QStringLiteral("Hello")}};
        const QDateTime created(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
        for (const char *type : {"email", "task"}) {
            ExchangeItem i{QStringLiteral("m1"), QLatin1String(type), QLatin1String(type), fields,
                           QStringLiteral("Inbox")};
            i.createdOn = created;
            SL_VERIFY_OK(s.upsertExchangeItem(i));
        }
        QHash<QString, ExchangeItem> whole;
        SL_VERIFY_OK(
            s.forEachExchangeItemChangedSince(QStringLiteral("m1"), 0, [&](const ExchangeItem &i) {
                whole.insert(i.type, i);
                return true;
            }));
        QCOMPARE(whole.value(QStringLiteral("email")).fields, fields);
        QCOMPARE(whole.value(QStringLiteral("task")).fields, fields);

        QHash<QString, std::pair<ExchangeItem, QByteArray>> partly;
        SL_VERIFY_OK(s.forEachExchangeItemChangedSince(
            QStringLiteral("m1"), 0,
            [&](const ExchangeItem &i, QByteArrayView text) {
                partly.insert(i.type, {i, text.toByteArray()});
                return true;
            },
            QStringLiteral("email")));
        QCOMPARE(partly.size(), 2);
        const auto &[email, emailText] = partly[QStringLiteral("email")];
        QVERIFY(email.fields.isEmpty());
        QCOMPARE(email.id, QStringLiteral("email"));
        QCOMPARE(email.folder, QStringLiteral("Inbox"));
        QCOMPARE(email.createdOn, created);
        const auto parsed = s.exchangeItemFields(email, emailText);
        SL_VERIFY_OK(parsed);
        QCOMPARE(*parsed, fields);
        const auto &[task, taskText] = partly[QStringLiteral("task")];
        QCOMPARE(task.fields, fields);
        QVERIFY(taskText.isEmpty());
    }

    // Text left unparsed by the changes read is checked when it is parsed:
    // damaged, it is the error a read of the item gives, naming the item.
    void damagedFieldsTextNamesTheItem()
    {
        auto store = OrgStore::createInMemory(QStringLiteral("org"));
        SL_VERIFY_OK(store);
        const ExchangeItem email{QStringLiteral("m1"), QStringLiteral("e1"),
                                 QStringLiteral("email")};
        const auto parsed = (*store)->exchangeItemFields(email, "{\"subject\": ");
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, Error::Code::Corrupt);
        QVERIFY2(parsed.error().message.contains(u"item e1 in m1"),
                 qPrintable(parsed.error().message));
    }

    // Each record's fields read by name (the engine's loaders): from compact
    // text without building an object, from any other text by parsing it,
    // and either way as the record's object reads; damaged text is an error
    // naming the record.
    void recordFieldsReadByNameAsFromTheObject()
    {
        auto store = OrgStore::createInMemory(u"org"_s);
        SL_VERIFY_OK(store);
        OrgStore &s = **store;
        const QList<std::pair<CrmRecord, QByteArray>> written{
            {{u"c1"_s, u"contact"_s},
             "{\"emailaddress1\":\"Ann@X.com\",\"fullname\":\"Ann \\\"A\\\" Lee\",\"n\":3,"
             "\"to\":[\"a\",\"b\"]}"},
            {{u"c2"_s, u"contact"_s, {}, {}, {}, true},
             "{ \"fullname\" : \"Bo\", \"to\": [\"x\", 1] }"},
            {{u"c3"_s, u"contact"_s}, "{\"emailaddress1\":\"é@x.com\",\"to\":\"one@x.com\"}"},
            {{u"l1"_s, u"lead"_s}, "{\"fullname\":\"Lee\"}"},
        };
        for (const auto &[record, text] : written)
            SL_VERIFY_OK(s.upsertCrmRecord(record, text));
        const QStringList names{u"emailaddress1"_s, u"fullname"_s, u"missing"_s, u"n"_s, u"to"_s};
        const auto describe = [&](const RecordFields &r) {
            QStringList line{r.id(), r.type(), r.isDeleted() ? u"deleted"_s : u"live"_s};
            for (const QString &name : names) {
                const QByteArray latin1 = name.toLatin1();
                const QLatin1StringView key(latin1);
                const auto strings = r.strings(key);
                line << r.text(key) << (strings ? strings->join(u'|') : u"(not strings)"_s)
                     << QString::fromUtf8(
                            QJsonDocument(QJsonArray{r.value(key)}).toJson(QJsonDocument::Compact));
            }
            return line.join(u", "_s);
        };
        QStringList byText, byObject;
        SL_VERIFY_OK(s.forEachCrmRecordFields(u"contact"_s, names, [&](const RecordFields &r) {
            byText << describe(r);
            return true;
        }));
        SL_VERIFY_OK(s.forEachCrmRecordReading(u"contact"_s, names, [&](const CrmRecord &r) {
            byObject << describe(RecordFields(r));
            return true;
        }));
        QCOMPARE(byText, byObject);
        QCOMPARE(byText.size(), 3);
        QVERIFY2(
            byText[0].startsWith(
                u"c1, contact, live, Ann@X.com, (not strings), [\"Ann@X.com\"], Ann \"A\" Lee"_s),
            qPrintable(byText[0]));
        QVERIFY2(byText[0].contains(u", , (not strings), [3], , a|b, "_s), qPrintable(byText[0]));
        QVERIFY2(byText[1].startsWith(u"c2, contact, deleted"_s), qPrintable(byText[1]));
        QVERIFY2(byText[1].endsWith(u", (not strings), [[\"x\",1]]"_s), qPrintable(byText[1]));
        QVERIFY2(byText[2].startsWith(u"c3, contact, live, é@x.com"_s), qPrintable(byText[2]));

        SL_VERIFY_OK(s.upsertCrmRecord(CrmRecord{u"c4"_s, u"contact"_s}, "{\"fullname\": "));
        const auto damaged = s.forEachCrmRecordFields(u"contact"_s, names,
                                                      [](const RecordFields &) { return true; });
        QVERIFY(!damaged);
        QCOMPARE(damaged.error().code, Error::Code::Corrupt);
        QVERIFY2(damaged.error().message.contains(u"record c4"_s),
                 qPrintable(damaged.error().message));
    }

    // Users, mailboxes and teams are parents of other rows: their upsert
    // changes the row in place (same rowid). A delete-and-insert would have
    // every mailbox's upsert, once a cycle, count all its items twice for
    // the foreign key.
    void parentRowsAreUpdatedInPlace_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("user") << u"users"_s << u"name"_s << u"Renamed"_s;
        QTest::newRow("mailbox") << u"mailboxes"_s << u"last_seq"_s << u"42"_s;
        QTest::newRow("team") << u"teams"_s << u"name"_s << u"Sales EMEA"_s;
    }

    void parentRowsAreUpdatedInPlace()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QString, expected);
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        const auto rowOf = [&] {
            return Test::sqlOnFile(org.path(), {u"SELECT rowid, %1 FROM %2"_s.arg(column, table)});
        };
        User user{u"u1"_s, u"U"_s, u"u@x"_s};
        Mailbox mailbox{u"m1"_s, u"u1"_s};
        Team team{u"t1"_s, u"Sales"_s, {u"u1"_s}};
        SL_VERIFY_OK(store->upsertUser(user));
        SL_VERIFY_OK(store->upsertMailbox(mailbox));
        SL_VERIFY_OK(store->upsertTeam(team));
        SL_VERIFY_OK(store->upsertExchangeItem(
            ExchangeItem{u"m1"_s, u"<i@x>"_s, u"email"_s, QJsonObject{}}));
        const QStringList before = rowOf();
        QCOMPARE(before.size(), 2);

        user.name = u"Renamed"_s;
        mailbox.lastSeq = 42;
        team.name = u"Sales EMEA"_s;
        SL_VERIFY_OK(store->upsertUser(user));
        SL_VERIFY_OK(store->upsertMailbox(mailbox));
        SL_VERIFY_OK(store->upsertTeam(team));
        QCOMPARE(rowOf(), (QStringList{before.front(), expected}));
        QCOMPARE(store->users()->size(), 1);
        QCOMPARE(store->mailboxes()->size(), 1);
        // The update in place still checks the keys: a mailbox of no user is
        // refused and the stored one is left as it was.
        Mailbox stray = mailbox;
        stray.userId = u"nobody"_s;
        QVERIFY(!store->upsertMailbox(stray).ok());
        QCOMPARE(store->mailbox(mailbox.id)->value().userId, mailbox.userId);
        QCOMPARE(rowOf(), (QStringList{before.front(), expected}));
    }

    // The same message in two mailboxes; another message; one of another id.
    void exchangeItemsById()
    {
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        for (const char *user : {"alice", "bob"}) {
            const QString id = QLatin1String(user);
            SL_VERIFY_OK(store->upsertUser(User{id, id, id + QStringLiteral("@contoso.com")}));
            SL_VERIFY_OK(store->upsertMailbox(Mailbox{QStringLiteral("m-") + id, id}));
        }
        auto item = [&](const QString &mailbox, const QString &id) {
            ExchangeItem i;
            i.mailboxId = mailbox;
            i.id = id;
            i.type = QStringLiteral("email");
            i.fields = QJsonObject{{QStringLiteral("subject"), mailbox}};
            SL_VERIFY_OK(store->upsertExchangeItem(i));
        };
        item(QStringLiteral("m-bob"), QStringLiteral("<m1@x>"));
        item(QStringLiteral("m-alice"), QStringLiteral("<m1@x>"));
        item(QStringLiteral("m-alice"), QStringLiteral("<m2@x>"));
        const auto found = store->exchangeItemsById(QStringLiteral("<m1@x>"));
        SL_VERIFY_OK(found);
        QCOMPARE(found->size(), 2);
        QCOMPARE(found->at(0).mailboxId, QStringLiteral("m-alice"));
        QCOMPARE(found->at(1).mailboxId, QStringLiteral("m-bob"));
        QCOMPARE(found->at(1).fields.value(QStringLiteral("subject")).toString(),
                 QStringLiteral("m-bob"));
        QVERIFY(store->exchangeItemsById(QStringLiteral("<none@x>"))->isEmpty());
    }

    void journalAndAlerts()
    {
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        const QDateTime t(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < 3; ++i) {
            JournalEntry e{0,
                           t.addSecs(60 * (2 - i)),
                           i,
                           QStringLiteral("m1"),
                           QStringLiteral("a1"),
                           ReasonCode::OutUpdate,
                           QJsonObject{{QStringLiteral("n"), i}}};
            QVERIFY(*store->appendJournalEntry(e) > 0);
        }
        const auto history = store->journalForItem(QStringLiteral("a1"));
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->first().facts.value(QStringLiteral("n")).toInt(), 2); // earliest first
        QCOMPARE(history->first().code, ReasonCode::OutUpdate);

        Alert a{0,
                QStringLiteral("m1"),
                t,
                AlertSeverity::Error,
                ReasonCode::MailboxDisabledAuth,
                {{QStringLiteral("channel"), QStringLiteral("act")}}};
        QVERIFY(*store->addAlert(a) > 0);
        QCOMPARE(store->alerts(QStringLiteral("m1"))->first().code,
                 ReasonCode::MailboxDisabledAuth);
        QCOMPARE(store->alerts(QStringLiteral("m1"))->first().channel(), QStringLiteral("act"));
        QCOMPARE(store->alertCountsByMailbox()->value(QStringLiteral("m1")), 1);
        const OrgCounts c = *store->counts();
        QCOMPARE(c.journalEntries, 3);
        QCOMPARE(c.alerts, 1);
    }

    void journalQueriesByMailboxTimeAndCode()
    {
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        const QDateTime t(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
        const ReasonCode codes[] = {ReasonCode::OutCreate, ReasonCode::LeftScope,
                                    ReasonCode::OutCreate};
        SL_VERIFY_OK(store->transaction([&]() -> Result<void> {
            for (int i = 0; i < 30; ++i) {
                JournalEntry e{0,
                               t.addSecs(60 * i),
                               i,
                               i % 2 ? QStringLiteral("m2") : QStringLiteral("m1"),
                               QStringLiteral("a%1").arg(i),
                               codes[i % 3]};
                if (auto r = store->appendJournalEntry(e); !r)
                    return r.error();
            }
            return {};
        }));
        // m1 holds the even minutes; [10, 20) minutes → 10, 12, 14, 16, 18.
        const auto range =
            store->journalForMailbox(QStringLiteral("m1"), t.addSecs(600), t.addSecs(1200));
        SL_VERIFY_OK(range);
        QCOMPARE(range->size(), 5);
        QCOMPARE(range->first().itemId, QStringLiteral("a10"));
        QCOMPARE(range->last().itemId, QStringLiteral("a18"));
        QCOMPARE(store->journalForMailbox(QStringLiteral("m1"), t, t.addDays(1), 3)->size(), 3);

        const auto all = store->journalCountsByCode();
        QCOMPARE(all->value(ReasonCode::OutCreate), 20);
        QCOMPARE(all->value(ReasonCode::LeftScope), 10);
        const auto m2 = store->journalCountsByCode(QStringLiteral("m2"));
        QCOMPARE(m2->value(ReasonCode::OutCreate) + m2->value(ReasonCode::LeftScope), 15);
    }

    // The counts by code are kept as entries are appended: inside a
    // transaction (and seen before it commits), alone, and not at all when
    // the transaction fails.
    void journalCountsFollowTheJournal()
    {
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        const QDateTime t(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
        auto entry = [&](const char *mailbox, ReasonCode code) {
            return JournalEntry{0, t, 1, QLatin1String(mailbox), QStringLiteral("a1"), code};
        };
        auto countOf = [&](const QString &mailbox, ReasonCode code) {
            return store->journalCountsByCode(mailbox)->value(code);
        };
        SL_VERIFY_OK(store->transaction([&]() -> Result<void> {
            for (int i = 0; i < 4; ++i) {
                if (auto r = store->appendJournalEntry(
                        entry(i % 2 ? "m2" : "m1", ReasonCode::OutCreate));
                    !r)
                    return r.error();
            }
            if (countOf(QStringLiteral("m1"), ReasonCode::OutCreate) != 2)
                return makeError(Error::Code::InvalidArgument, QStringLiteral("not seen yet"));
            return {};
        }));
        SL_VERIFY_OK(store->appendJournalEntry(entry("m1", ReasonCode::OutCreate)));
        SL_VERIFY_OK(store->appendJournalEntry(entry("", ReasonCode::MailboxNotApproved)));
        QCOMPARE(countOf(QStringLiteral("m1"), ReasonCode::OutCreate), 3);
        QCOMPARE(countOf(QStringLiteral("m2"), ReasonCode::OutCreate), 2);
        QCOMPARE(countOf(QString(), ReasonCode::OutCreate), 5);
        QCOMPARE(countOf(QString(), ReasonCode::MailboxNotApproved), 1);

        auto failed = store->transaction([&]() -> Result<void> {
            if (auto r = store->appendJournalEntry(entry("m1", ReasonCode::OutCreate)); !r)
                return r.error();
            return makeError(Error::Code::InvalidArgument, QStringLiteral("given up"));
        });
        QVERIFY(!failed);
        QCOMPARE(countOf(QStringLiteral("m1"), ReasonCode::OutCreate), 3);
        QCOMPARE(Test::sqlNumber(org.path(), QStringLiteral("SELECT count(*) FROM journal")), 6);
        QCOMPARE(
            Test::sqlNumber(org.path(), QStringLiteral("SELECT sum(entries) FROM journal_counts")),
            6);
    }

    void failedTransactionWritesNothing()
    {
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        store->failNthWriteForTesting(3);
        auto r = store->transaction([&]() -> Result<void> {
            for (int i = 0; i < 5; ++i) {
                if (auto w = store->upsertCrmRecord(
                        CrmRecord{QStringLiteral("t%1").arg(i), QStringLiteral("task")});
                    !w)
                    return w;
            }
            return {};
        });
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("simulated")));
        QCOMPARE(store->counts()->crmRecords(), 0);
    }

    void innerFailureRollsBackTheOuterTransaction()
    {
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        auto r = store->transaction([&]() -> Result<void> {
            if (auto w =
                    store->upsertCrmRecord(CrmRecord{QStringLiteral("t1"), QStringLiteral("task")});
                !w)
                return w;
            // An inner step fails and the caller (wrongly) carries on.
            (void)store->transaction(
                [] { return Result<void>(makeError(Error::Code::Io, QStringLiteral("inner"))); });
            return {};
        });
        QVERIFY(!r.ok());
        QCOMPARE(store->counts()->crmRecords(), 0);
    }

    void sequencesCountUpAndSurviveReopening()
    {
        Test::TempOrg org;
        {
            auto store = org.create();
            QVERIFY(store);
            QCOMPARE(*store->nextSequenceValue(QStringLiteral("token")), 1);
            QCOMPARE(*store->nextSequenceValue(QStringLiteral("token")), 2);
            QCOMPARE(*store->nextSequenceValue(QStringLiteral("other")), 1);
        }
        auto store = OrgStore::open(org.path());
        SL_VERIFY_OK(store);
        QCOMPARE(*(*store)->nextSequenceValue(QStringLiteral("token")), 3);
    }

    // logBytes() is what the log holds, as SQLite counts it: commits grow it,
    // a checkpoint starts it again, and the file stays to be written over.
    void checkpointStartsTheLogAgain()
    {
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        SL_VERIFY_OK(store->checkpoint());
        QCOMPARE(store->logBytes(), 0);
        SL_VERIFY_OK(writeRecords(*store, 0, 2000, 200));
        const qint64 grown = store->logBytes();
        const QString wal = org.path() + QStringLiteral("-wal");
        QVERIFY2(grown > 400 * 1024, qPrintable(QString::number(grown)));
        QVERIFY(grown <= QFileInfo(wal).size());

        SL_VERIFY_OK(store->checkpoint());
        QCOMPARE(store->logBytes(), 0);
        QVERIFY(QFileInfo(wal).size() >= grown);
        SL_VERIFY_OK(writeRecords(*store, 0, 10, 200));
        QVERIFY(store->logBytes() > 0);
        QVERIFY(store->logBytes() < grown);
        // What was checkpointed is in the file: a reader sees it all.
        auto reader = OrgStore::open(org.path(), OrgStore::Access::ReadOnly);
        SL_VERIFY_OK(reader);
        QCOMPARE((*reader)->crmRecord(QStringLiteral("r1999")).value()->id,
                 QStringLiteral("r1999"));
    }

    static QString describe(const QMap<QString, int> &pages)
    {
        QStringList parts;
        for (auto it = pages.cbegin(); it != pages.cend(); ++it)
            parts.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
        return parts.join(u", "_s);
    }

    // logPagesByTree() names the tables and indexes a commit wrote, counts
    // each page once however often it was written, and forgets what a
    // checkpoint folded in (the frames left in the file are an earlier log's).
    void logPagesAreCountedByTree()
    {
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        SL_VERIFY_OK(store->checkpoint());
        QCOMPARE(store->logPagesByTree().value(), (QMap<QString, int>{}));

        SL_VERIFY_OK(writeRecords(*store, 0, 2000, 200));
        const QMap<QString, int> first = store->logPagesByTree().value();
        // 2,000 rows of 200 bytes and more fill some hundred 4 KB pages.
        QVERIFY2(first.value(u"crm_records"_s) > 100, qPrintable(describe(first)));
        QVERIFY(first.value(u"sqlite_autoindex_crm_records_1"_s) > 0); // the id
        QVERIFY(first.value(u"crm_records_change"_s) > 0);
        QVERIFY(!first.contains(u"links"_s));
        SL_VERIFY_OK(writeRecords(*store, 0, 1, 200)); // a page written again
        QCOMPARE(store->logPagesByTree().value().value(u"crm_records"_s),
                 first.value(u"crm_records"_s));

        SL_VERIFY_OK(store->checkpoint());
        QCOMPARE(store->logPagesByTree().value(), (QMap<QString, int>{}));
        SL_VERIFY_OK(writeRecords(*store, 5, 1, 200));
        const QMap<QString, int> one = store->logPagesByTree().value();
        QCOMPARE(one.value(u"crm_records"_s), 1);
        // A reader counts no commits of its own: it says nothing of the log.
        auto reader = OrgStore::open(org.path(), OrgStore::Access::ReadOnly);
        SL_VERIFY_OK(reader);
        QCOMPARE((*reader)->logPagesByTree().value(), (QMap<QString, int>{}));
    }

    // A log file that is not one is an error naming it, not pages.
    void logPagesOfAFileThatIsNoLog_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text") << QByteArray("not a log at all, but long enough to have a header");
        QTest::newRow("short header") << QByteArray::fromHex("377f0682");
        QByteArray oddPage = QByteArray::fromHex("377f0682002de218000003e8");
        oddPage.append(20, '\0'); // page size 1000: not a power of two
        QTest::newRow("page size") << oddPage;
    }
    void logPagesOfAFileThatIsNoLog()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"org.db-wal"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        auto pages = LogPages::committed(path, 10);
        QVERIFY(!pages);
        QCOMPARE(pages.error().code, Error::Code::Corrupt);
        QVERIFY2(pages.error().message.contains(path), qPrintable(pages.error().message));
        QCOMPARE(LogPages::committed(dir.filePath(u"none-wal"_s), 10).value().size(), size_t(0));
    }

    // A log that cannot be read is an error that says so.
    void logPagesThatCannotBeRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"org.db-wal"_s);
        QVERIFY(QDir(dir.path()).mkdir(u"org.db-wal"_s)); // a directory, not a file
        auto pages = LogPages::committed(path, 10);
        QVERIFY(!pages);
        QCOMPARE(pages.error().code, Error::Code::Io);
        QVERIFY2(pages.error().message.contains(path), qPrintable(pages.error().message));
    }

    // Pages no table or index owns any more (freed since the commit wrote
    // them) are counted as free, not dropped.
    void logPagesNoTreeOwns()
    {
        const QHash<quint32, QString> owners{
            {1, u"sqlite_schema"_s}, {2, u"links"_s}, {3, u"links"_s}};
        QCOMPARE(LogPages::byTree(owners, {2, 3, 7, 9}),
                 (QMap<QString, int>{{u"links"_s, 2}, {u"(free)"_s, 2}}));
        QCOMPARE(LogPages::byTree(owners, {}), (QMap<QString, int>{}));
    }

    // A log larger than the file a checkpoint keeps (a large org's first
    // cycle) is cut at once, not at the next write.
    void checkpointCutsALargeLog()
    {
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        SL_VERIFY_OK(writeRecords(*store, 0, 2400, 32 * 1024)); // ~78 MB
        QVERIFY(store->logBytes() > OrgStore::kLogFileBytes);
        SL_VERIFY_OK(store->checkpoint());
        QCOMPARE(store->logBytes(), 0);
        QCOMPARE(QFileInfo(org.path() + QStringLiteral("-wal")).size(), 0);
    }

    // Past 16,384 pages (64 MB) a commit checkpoints the log itself, and the
    // next one starts it again: the log never grows without end.
    void aLongLogIsCheckpointedByCommits()
    {
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        constexpr qint64 limit = 16384 * 4096;
        qint64 largest = 0, previous = 0;
        bool startedAgain = false;
        for (int round = 0; round < 12; ++round) {
            SL_VERIFY_OK(writeRecords(*store, round * 250, 250, 32 * 1024)); // ~8 MB
            largest = std::max(largest, store->logBytes());
            startedAgain = startedAgain || store->logBytes() < previous;
            previous = store->logBytes();
        }
        QVERIFY(startedAgain);
        QVERIFY2(largest < limit + 12 * 1024 * 1024, qPrintable(QString::number(largest)));
    }

    void readOnlyRefusesWrites()
    {
        Test::TempOrg org;
        QVERIFY(org.create());
        auto store = OrgStore::open(org.path(), OrgStore::Access::ReadOnly);
        SL_VERIFY_OK(store);
        QVERIFY((*store)->isReadOnly());
        QVERIFY(!(*store)->upsertUser(User{QStringLiteral("u")}).ok());
        QCOMPARE((*store)->users()->size(), 0);
    }

    // Reading never changes the org nor locks it. SQLite may leave its shared
    // log index beside a WAL database (and an empty log); never a lock file.
    void readingChangesNothing()
    {
        Test::TempOrg org;
        QVERIFY(org.create());
        QFile file(org.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        {
            auto store = OrgStore::open(org.path(), OrgStore::Access::ReadOnly);
            SL_VERIFY_OK(store);
            QCOMPARE((*store)->users()->size(), 0);
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QVERIFY(!QFile::exists(org.path() + QStringLiteral(".lock")));
        QCOMPARE(QFileInfo(org.path() + QStringLiteral("-wal")).size(), 0);
    }

    void secondReadWriteOpenIsLocked()
    {
        Test::TempOrg org;
        auto first = org.create();
        QVERIFY(first);
        auto second = OrgStore::open(org.path());
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, Error::Code::Locked);
        QVERIFY(second.error().message.contains(org.path()));
        // Readers are welcome while it is open (WAL).
        SL_VERIFY_OK(OrgStore::open(org.path(), OrgStore::Access::ReadOnly));
        first.reset();
        SL_VERIFY_OK(OrgStore::open(org.path()));
    }

    void streamsRecordsOfOneType()
    {
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        SL_VERIFY_OK(store->transaction([&]() -> Result<void> {
            for (int i = 0; i < 100; ++i) {
                const QString type =
                    i % 4 == 0 ? QStringLiteral("task") : QStringLiteral("contact");
                if (auto w = store->upsertCrmRecord(
                        CrmRecord{QStringLiteral("r%1").arg(i, 3, 10, QLatin1Char('0')), type});
                    !w)
                    return w;
            }
            return {};
        }));
        int tasks = 0;
        SL_VERIFY_OK(store->forEachCrmRecord(QStringLiteral("task"), [&](const CrmRecord &r) {
            ++tasks;
            // The visitor may call back into the store.
            return store->crmRecord(r.id)->has_value();
        }));
        QCOMPARE(tasks, 25);
        int seen = 0;
        SL_VERIFY_OK(store->forEachCrmRecord({}, [&](const CrmRecord &) { return ++seen < 10; }));
        QCOMPARE(seen, 10);
        QCOMPARE(store->counts()->crmRecordsByType.value(QStringLiteral("contact")), 75);
    }
    // The sandbox fills its private file in bulk: refused where it would
    // hurt, and a failed index build leaves the load open to finish later.
    void bulkLoadIsRefusedInsideATransactionOrTwice()
    {
        Test::TempOrg org;
        auto store = org.create();
        QVERIFY(store);
        SL_VERIFY_OK(store->transaction([&]() -> Result<void> {
            const auto inside = store->startBulkLoad();
            if (inside.ok())
                return makeError(Error::Code::InvalidArgument, QStringLiteral("started inside"));
            if (!inside.error().message.contains(org.path()))
                return inside.error();
            return {};
        }));
        SL_VERIFY_OK(store->startBulkLoad());
        const auto twice = store->startBulkLoad();
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().message.contains(QStringLiteral("bulk load")),
                 qPrintable(twice.error().message));
        SL_VERIFY_OK(store->finishBulkLoad());
    }

    void bulkLoadBuildsItsIndexesAgainAfterAFailure()
    {
        Test::TempOrg org;
        const auto indexes = [&] {
            return Test::sqlOnFile(
                org.path(), {QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'"
                                            " AND sql IS NOT NULL ORDER BY name"),
                             QStringLiteral("PRAGMA journal_mode")});
        };
        {
            QVERIFY(org.create());
        }
        const QStringList fresh = indexes();
        QVERIFY(fresh.contains(QStringLiteral("crm_records_type")));
        QVERIFY(fresh.contains(QStringLiteral("exchange_items_change")));
        {
            auto store = OrgStore::open(org.path());
            QVERIFY(store);
            SL_VERIFY_OK((*store)->startBulkLoad());
            SL_VERIFY_OK(
                (*store)->upsertCrmRecord(CrmRecord{QStringLiteral("t1"), QStringLiteral("task")}));
            (*store)->failNthWriteForTesting(2);
            const auto failed = (*store)->finishBulkLoad();
            QVERIFY(!failed.ok());
            QVERIFY(failed.error().message.contains(QStringLiteral("simulated")));
            SL_VERIFY_OK((*store)->finishBulkLoad());
            int tasks = 0;
            SL_VERIFY_OK((*store)->forEachCrmRecord(QStringLiteral("task"),
                                                    [&](const CrmRecord &) { return ++tasks; }));
            QCOMPARE(tasks, 1);
        }
        QCOMPARE(indexes(), fresh);
        QCOMPARE(fresh.last(), QStringLiteral("wal"));
    }
};

QTEST_GUILESS_MAIN(TestOrgStore)
#include "tst_orgstore.moc"
