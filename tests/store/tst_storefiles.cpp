#include "sqlfile.h"
#include "store/orgstore.h"
#include "temporg.h"
#include "totext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace SyncLens;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

// A complete org checkpointed into its main file (no -wal left behind).
void makeOrg(const QString &path, int records)
{
    auto store = OrgStore::create(path, QStringLiteral("Org"));
    QVERIFY(store);
    SL_VERIFY_OK((*store)->transaction([&]() -> Result<void> {
        for (int i = 0; i < records; ++i) {
            if (auto w = (*store)->upsertCrmRecord(
                    CrmRecord{QStringLiteral("r%1").arg(i), QStringLiteral("contact")});
                !w)
                return w;
        }
        return {};
    }));
}

} // namespace

// Each kind of bad file is refused with a message naming the file and the
// problem, and is left exactly as it was.
class TestStoreFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badFilesAreRefusedUnchanged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<QString>("problem");
        QTest::newRow("missing") << "missing" << Error::Code::NotFound << "no such file";
        QTest::newRow("empty") << "empty" << Error::Code::NotSyncLens << "not an SQLite file";
        QTest::newRow("text") << "text" << Error::Code::NotSyncLens << "not an SQLite file";
        QTest::newRow("random bytes")
            << "random" << Error::Code::NotSyncLens << "not an SQLite file";
        QTest::newRow("folder") << "folder" << Error::Code::NotSyncLens << "not a file";
        QTest::newRow("other sqlite")
            << "foreign" << Error::Code::NotSyncLens << "not a SyncLens org";
        QTest::newRow("truncated") << "truncated" << Error::Code::Corrupt << "truncated";
        QTest::newRow("newer schema") << "newer" << Error::Code::TooNew << "newer SyncLens";
        QTest::newRow("no schema") << "noschema" << Error::Code::Corrupt << "without a schema";
        QTest::newRow("garbled pages") << "garbled" << Error::Code::Corrupt << "damaged";
    }

    void badFilesAreRefusedUnchanged()
    {
        QFETCH(QString, kind);
        QFETCH(Error::Code, code);
        QFETCH(QString, problem);
        Test::TempOrg org;
        const QString path = org.path();

        if (kind == u"empty")
            writeFile(path, {});
        else if (kind == u"text")
            writeFile(path, "root:x:0:0:root:/root:/bin/bash\n");
        else if (kind == u"random") {
            QByteArray bytes;
            for (int i = 0; i < 4096; ++i)
                bytes.append(char((i * 7919) % 251));
            writeFile(path, bytes);
        } else if (kind == u"folder")
            QVERIFY(QDir().mkpath(path));
        else if (kind == u"foreign")
            QCOMPARE(Test::execOnFile(
                         path, {QStringLiteral("CREATE TABLE notes (id INTEGER, text TEXT)")}),
                     QString());
        else if (kind == u"truncated") {
            makeOrg(path, 2000);
            QFile f(path);
            QVERIFY(f.resize(f.size() / 2));
        } else if (kind == u"newer") {
            makeOrg(path, 1);
            QCOMPARE(Test::execOnFile(path, {QStringLiteral("PRAGMA user_version = 99")}),
                     QString());
        } else if (kind == u"noschema") {
            QCOMPARE(Test::execOnFile(path, {QStringLiteral("PRAGMA application_id = 1398361676"),
                                             QStringLiteral("CREATE TABLE t (x)")}),
                     QString());
        } else if (kind == u"garbled") {
            makeOrg(path, 2000);
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            // Overwrite the schema table's page body, keeping the 100-byte header.
            QVERIFY(f.seek(100));
            f.write(QByteArray(3000, '\x5a'));
        }
        const QByteArray before = fileHash(path);
        const QStringList filesBefore = QDir(org.dirPath()).entryList(QDir::Files);

        auto store = OrgStore::open(path);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, code);
        QVERIFY2(store.error().message.contains(path), qPrintable(store.error().message));
        QVERIFY2(store.error().message.contains(problem), qPrintable(store.error().message));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(org.dirPath()).entryList(QDir::Files), filesBefore); // no lock left
    }

    // A row another program damaged is an error naming it, not a crash or a
    // silently skipped row.
    void damagedRowsAreReportedByName_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("problem");
        QTest::newRow("journal code")
            << "INSERT INTO journal (time, cycle, mailbox_id, item_id, code, facts)"
               " VALUES (1, 1, 'm1', 'a1', 'BOGUS', '{}')"
            << "BOGUS";
        QTest::newRow("journal facts")
            << "INSERT INTO journal (time, cycle, mailbox_id, item_id, code, facts)"
               " VALUES (1, 1, 'm1', 'a1', 'OUT_CREATE', '{oops')"
            << "journal entry";
        QTest::newRow("record fields")
            << "INSERT INTO crm_records (id, type, fields) VALUES ('a1', 'task', '[1')"
            << "record a1";
        QTest::newRow("streamed record fields")
            << "INSERT INTO crm_records (id, type, fields) VALUES ('a1', 'contact', '{\"a\":')"
            << "record a1";
        QTest::newRow("item fields") << "INSERT INTO exchange_items (mailbox_id, id, type, fields)"
                                        " VALUES ('m1', 'a1', 'task', '{x')"
                                     << "item a1 in m1";
        QTest::newRow("link synced") << "INSERT INTO links (mailbox_id, item_id, state, in_scope,"
                                        " synced) VALUES ('m1', 'a1', 'linked', 1, 'nope')"
                                     << "link of a1 in m1";
        QTest::newRow("link state") << "INSERT INTO links (mailbox_id, item_id, state, in_scope)"
                                       " VALUES ('m1', 'a1', 'glued', 1)"
                                    << "glued";
        QTest::newRow("user filtering") << "INSERT INTO users (id, name, email, email_filtering) "
                                           "VALUES ('u1', 'U', 'u@x', 'sometimes')"
                                        << "sometimes";
        QTest::newRow("settings")
            << "UPDATE meta SET value = '{\"sync\":{\"outOfScope\":\"drop\"}}'"
               " WHERE key = 'org.settings'"
            << "sync.outOfScope";
    }

    void damagedRowsAreReportedByName()
    {
        QFETCH(QString, sql);
        QFETCH(QString, problem);
        Test::TempOrg org;
        QVERIFY(org.create());
        QCOMPARE(Test::execOnFile(org.path(), {sql}), QString());
        auto store = OrgStore::open(org.path());
        SL_VERIFY_OK(store);
        QStringList messages;
        auto note = [&](const auto &result) {
            if (!result.ok())
                messages.append(result.error().message);
        };
        note((*store)->journalForItem(QStringLiteral("a1")));
        note((*store)->journalCountsByCode());
        note((*store)->crmRecord(QStringLiteral("a1")));
        note((*store)->forEachCrmRecordOfType(QStringLiteral("contact"),
                                              [](const CrmRecord &, qint64) { return true; }));
        note((*store)->exchangeItem(MailboxId(QStringLiteral("m1")), ItemId(QStringLiteral("a1"))));
        note((*store)->forEachExchangeItem(QStringLiteral("m1"),
                                           [](const ExchangeItem &) { return true; }));
        note((*store)->forEachLink(QStringLiteral("m1"), [](const Link &) { return true; }));
        note((*store)->users());
        note((*store)->orgSettings());
        QVERIFY2(!messages.isEmpty(), "the damage went unnoticed");
        QVERIFY2(messages.join(u'\n').contains(problem), qPrintable(messages.join(u'\n')));
    }

    void unwritableFolderIsAClearError()
    {
        if (geteuid() == 0)
            QSKIP("root can write anywhere");
        Test::TempOrg org;
        QFile::setPermissions(org.dirPath(), QFile::ReadOwner | QFile::ExeOwner);
        auto store = OrgStore::create(org.path(), QStringLiteral("x"));
        QFile::setPermissions(org.dirPath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!store.ok());
        QVERIFY(store.error().message.contains(org.path()));
    }

    void missingFolderIsAClearError()
    {
        auto store =
            OrgStore::create(QStringLiteral("/nonexistent-dir/x/org.db"), QStringLiteral("x"));
        QVERIFY(!store.ok());
        QVERIFY(store.error().message.contains(QStringLiteral("/nonexistent-dir/x/org.db")));
        QVERIFY(!QFile::exists(QStringLiteral("/nonexistent-dir/x/org.db")));
    }
};

QTEST_GUILESS_MAIN(TestStoreFiles)
#include "tst_storefiles.moc"
