#include "clirun.h"
#include "sqlfile.h"
#include "store/orgstore.h"
#include "store/schema.h"
#include "temporg.h"
#include "totext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace SyncLens;

namespace {

using Run = Test::CliRun;

Run cli(const QStringList &arguments)
{
    return Test::runCli(arguments);
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

// Which path of the sandbox's email threads an Exchange email takes.
QString kindOf(const ExchangeItem &item)
{
    const QString subject = item.fields.value(QStringLiteral("subject")).toString();
    const bool replies = !item.fields.value(QStringLiteral("inReplyTo")).toString().isEmpty();
    const bool indexed =
        item.fields.value(QStringLiteral("conversationIndex")).toString().size() > 44;
    const QString user = item.mailboxId.mid(2) + QStringLiteral("@contoso.com"); // m-<user id>
    const QJsonArray to = item.fields.value(QStringLiteral("to")).toArray();
    if (item.folder != u"Inbox")
        return QStringLiteral("subfolder");
    if (!to.contains(user))
        return to.first().toString().endsWith(QStringLiteral("@contoso.com"))
                   ? QStringLiteral("list")
                   : QStringLiteral("bcc");
    if (replies)
        return QStringLiteral("reply");
    if (subject.contains(QStringLiteral("[CRM:")))
        return QStringLiteral("token");
    if (subject.startsWith(QStringLiteral("FW: ")))
        return QStringLiteral("forward");
    if (subject.startsWith(QStringLiteral("RE: ")) && subject.contains(u'–'))
        return indexed ? QStringLiteral("indexed") : QStringLiteral("lost");
    if (!subject.startsWith(QStringLiteral("RE: ")))
        return QStringLiteral("stranger");
    return {};
}

} // namespace

// synclens-cli as a user runs it: output, exit codes, and files left alone.
class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_org; // a small, good org made once

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_org = m_dir.filePath(QStringLiteral("good.db"));
        const Run run =
            cli({QStringLiteral("sandbox"), QStringLiteral("create"), QStringLiteral("--users"),
                 QStringLiteral("5"), QStringLiteral("--items"), QStringLiteral("2000"),
                 QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out"), m_org});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("Created")));
    }

    // --history DAYS: the org has lived them; its clock stands at their end.
    void aSandboxWithHistory()
    {
        const QString lived = m_dir.filePath(QStringLiteral("lived.db"));
        const Run run =
            cli({QStringLiteral("sandbox"), QStringLiteral("create"), QStringLiteral("--users"),
                 QStringLiteral("6"), QStringLiteral("--items"), QStringLiteral("1500"),
                 QStringLiteral("--history"), QStringLiteral("4"), QStringLiteral("--out"), lived});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("4 days of history")));
        auto store = OrgStore::open(lived, OrgStore::Access::ReadOnly);
        SL_VERIFY_OK(store);
        QCOMPARE(*(*store)->metaValue(QStringLiteral("clock")),
                 QStringLiteral("2026-03-02T08:00:00.000Z"));
        QVERIFY(!(*store)->orgEvents()->isEmpty());
    }

    void orgInfoIsTheSameForTheSameSeed()
    {
        const QString again = m_dir.filePath(QStringLiteral("again.db"));
        QCOMPARE(
            cli({QStringLiteral("sandbox"), QStringLiteral("create"), QStringLiteral("--users"),
                 QStringLiteral("5"), QStringLiteral("--items"), QStringLiteral("2000"),
                 QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out"), again})
                .exitCode,
            0);
        const Run first = cli({QStringLiteral("org"), QStringLiteral("info"), m_org});
        const Run second = cli({QStringLiteral("org"), QStringLiteral("info"), again});
        QCOMPARE(first.exitCode, 0);
        QVERIFY(first.out.contains(
            QStringLiteral("Schema version           %1").arg(Schema::CurrentVersion)));
        QVERIFY(first.out.contains(QStringLiteral("Users                    5")));
        QVERIFY(first.out.contains(QStringLiteral("  appointment            500")));
        auto withoutFile = [](QString text) {
            return text.remove(QRegularExpression(QStringLiteral("File .*\\n")));
        };
        QCOMPARE(withoutFile(second.out), withoutFile(first.out));
        const Run json =
            cli({QStringLiteral("org"), QStringLiteral("info"), QStringLiteral("--json"), m_org});
        QVERIFY(
            json.out.contains(QStringLiteral("\"schemaVersion\": %1").arg(Schema::CurrentVersion)));
    }

    void helpForEveryLevel_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("top") << QStringList{QStringLiteral("--help")} << "sandbox create";
        QTest::newRow("group") << QStringList{QStringLiteral("sandbox"), QStringLiteral("--help")}
                               << "sandbox create";
        QTest::newRow("sandbox create")
            << QStringList{QStringLiteral("sandbox"), QStringLiteral("create"),
                           QStringLiteral("--help")}
            << "--seed";
        QTest::newRow("org info") << QStringList{QStringLiteral("org"), QStringLiteral("info"),
                                                 QStringLiteral("--help")}
                                  << "--json";
        QTest::newRow("email explain")
            << QStringList{QStringLiteral("email"), QStringLiteral("explain"),
                           QStringLiteral("--help")}
            << "--message-id";
    }

    void helpForEveryLevel()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(mentions), qPrintable(run.out));
    }

    void filterCommands()
    {
        const QString filter = m_dir.filePath(QStringLiteral("narrow.xml"));
        QFile f(filter);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<fetch><entity name=\"appointment\"><filter><condition attribute=\"ownerid\" "
                "operator=\"eq-userid\"/>"
                "<condition attribute=\"scheduledstart\" operator=\"on-or-after\" "
                "value=\"2026-03-01\"/></filter></entity></fetch>");
        f.close();

        const Run describe = cli({QStringLiteral("filter"), QStringLiteral("describe"), filter});
        QCOMPARE(describe.exitCode, 0);
        QVERIFY2(describe.out.startsWith(QStringLiteral(
                     "Appointments that you own and whose start time is on or after")),
                 qPrintable(describe.out));
        QCOMPARE(cli({QStringLiteral("filter"), QStringLiteral("check"), filter}).exitCode, 0);

        // Alice-like user of the org: whoever owns a "My appointments" filter.
        QString user;
        {
            auto store = OrgStore::open(m_org, OrgStore::Access::ReadOnly);
            QVERIFY(store.ok());
            user = (*store)->users()->first().id;
        }
        const QStringList preview{QStringLiteral("filter"),     QStringLiteral("preview"),
                                  QStringLiteral("--org"),      m_org,
                                  QStringLiteral("--user"),     user,
                                  QStringLiteral("--type"),     QStringLiteral("appointment"),
                                  QStringLiteral("--proposed"), filter};
        const Run text = cli(preview);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Filters only limit CRM → Outlook")),
                 qPrintable(text.out));
        const Run json = cli(preview + QStringList{QStringLiteral("--json"),
                                                   QStringLiteral("--limit"), QStringLiteral("0")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonObject counts = doc.value(QStringLiteral("counts")).toObject();
        const int leaving = counts.value(QStringLiteral("leaving")).toInt();
        QCOMPARE(doc.value(QStringLiteral("leaving")).toArray().size(), leaving);
        for (const QJsonValue &record :
             doc.value(QStringLiteral("leaving")).toArray()) // each says why it leaves
            QVERIFY(record.toObject()
                        .value(QStringLiteral("failingCondition"))
                        .toObject()
                        .contains(QStringLiteral("sentence")));
        QVERIFY(counts.value(QStringLiteral("staying")).toInt() + leaving > 0);
    }

    // Real sandbox emails of each kind, explained: the kind is read from the
    // item (token, reply header, conversation index, lost token, forward,
    // stranger, in a subfolder, to a list or as a Bcc copy) and the
    // mailbox's user filters `responses` (or `none` for the last row).
    // Smart matching is off, as it is by default.
    void emailExplain_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("filtering");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("advice"); // empty: none
        QTest::newRow("token reply") << "token"
                                     << "responses"
                                     << "TOKEN"
                                     << "Tracked by its tracking token [CRM:" << QString();
        QTest::newRow("In-Reply-To") << "reply"
                                     << "responses"
                                     << "IN_REPLY_TO"
                                     << "Tracked because it replies to '" << QString();
        QTest::newRow("conversation index")
            << "indexed"
            << "responses"
            << "CONVERSATION"
            << "its conversation index continues that of '" << QString();
        QTest::newRow("lost token") << "lost"
                                    << "responses"
                                    << "NOT_TRACKED_NO_SIGNAL"
                                    << "(smart matching is switched off)"
                                    << "Track it in Outlook by hand, or move it to a tracked "
                                       "folder.";
        QTest::newRow("forward") << "forward"
                                 << "responses"
                                 << "NOT_TRACKED_NO_SIGNAL"
                                 << "does not reply to a tracked message"
                                 << "Track it in Outlook by hand";
        QTest::newRow("stranger") << "stranger"
                                  << "responses"
                                  << "NOT_TRACKED_NO_SIGNAL"
                                  << "has no tracking token, does not reply to a tracked "
                                     "message, and is not matched by its subject"
                                  << "Track it in Outlook by hand";
        QTest::newRow("moved by a rule") << "subfolder"
                                         << "responses"
                                         << "NOT_TRACKED_FOLDER"
                                         << "', not in the Inbox, and '"
                                         << "Move it back to the Inbox or make the folder 'Inbox/";
        QTest::newRow("to a list") << "list"
                                   << "responses"
                                   << "NOT_TRACKED_NO_RECIPIENT"
                                   << "@contoso.com, which is not a CRM user's address"
                                   << "must be in To or Cc, not only ";
        QTest::newRow("token reply, filtering none") << "token"
                                                     << "none"
                                                     << "NOT_TRACKED_FILTERING_NONE"
                                                     << "email filtering is set to none"
                                                     << "email filtering is set to none: choose";
    }

    void emailExplain()
    {
        QFETCH(QString, kind);
        QFETCH(QString, filtering);
        QFETCH(QString, code);
        QFETCH(QString, phrase);
        QFETCH(QString, advice);
        QString messageId, userName;
        {
            auto store = OrgStore::open(m_org, OrgStore::Access::ReadOnly);
            QVERIFY(store.ok());
            for (const User &user : *(*store)->users()) {
                if (emailFilteringName(user.emailFiltering) != filtering || !messageId.isEmpty())
                    continue;
                userName = user.name;
                SL_VERIFY_OK((*store)->forEachExchangeItem(
                    QStringLiteral("m-") + user.id, [&](const ExchangeItem &item) {
                        if (item.type == u"email" && kindOf(item) == kind)
                            messageId = item.id;
                        return messageId.isEmpty();
                    }));
            }
        }
        QVERIFY2(!messageId.isEmpty(), "the sandbox has no such email");
        const QStringList arguments{QStringLiteral("email"),        QStringLiteral("explain"),
                                    QStringLiteral("--org"),        m_org,
                                    QStringLiteral("--message-id"), messageId};
        const Run text = cli(arguments);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(phrase), qPrintable(text.out));
        // What would change it, after the explanation.
        QCOMPARE(text.out.contains(QStringLiteral("\nWhat would change it:\n  - ")),
                 !advice.isEmpty());
        QVERIFY2(text.out.contains(advice), qPrintable(text.out));
        if (code.startsWith(u"NOT_TRACKED")) // the user's filtering is part of the reason
            QVERIFY2(text.out.contains(userName), qPrintable(text.out));
        QVERIFY(!text.out.contains(QStringLiteral("%1")));
        const Run json = cli(arguments + QStringList{QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("messageId")).toString(), messageId);
        const QJsonObject decision =
            doc.value(QStringLiteral("decisions")).toArray().first().toObject();
        QCOMPARE(decision.value(QStringLiteral("code")).toString(), code);
        QCOMPARE(decision.value(QStringLiteral("user")).toString(), userName);
        QVERIFY(
            text.out.startsWith(decision.value(QStringLiteral("explanation")).toString() + u'\n'));
        const QJsonArray adviceLines = decision.value(QStringLiteral("advice")).toArray();
        QCOMPARE(adviceLines.isEmpty(), advice.isEmpty());
        for (const QJsonValue &line : adviceLines)
            QVERIFY(text.out.contains(QStringLiteral("  - ") + line.toString() + u'\n'));
        QCOMPARE(decision.value(QStringLiteral("facts"))
                     .toObject()
                     .value(QStringLiteral("emailFiltering"))
                     .toString(),
                 filtering);
    }

    void filterErrorsNameFileLineAndColumn()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken.xml"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<fetch><entity name=\"task\">\n<filter><condition attribute=\"subject\" "
                "operator=\"sounds-like\"/></filter></entity></fetch>");
        f.close();
        for (const QString &verb : {QStringLiteral("check"), QStringLiteral("describe")}) {
            const Run run = cli({QStringLiteral("filter"), verb, broken});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.startsWith(QStringLiteral("synclens-cli: %1:2:").arg(broken)),
                     qPrintable(run.err));
            QVERIFY2(run.err.contains(QStringLiteral("unsupported operator \"sounds-like\"")),
                     qPrintable(run.err));
        }
    }

    // Bad input: exit 2, a message on stderr naming the problem, no crash,
    // and no file changed.
    void badInput_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("problem");
        const QString org = QStringLiteral("ORG");
        QTest::newRow("a random file")
            << "random" << QStringList{QStringLiteral("org"), QStringLiteral("info"), org}
            << "not a SyncLens org";
        QTest::newRow("a text file")
            << "text" << QStringList{QStringLiteral("org"), QStringLiteral("info"), org}
            << "not a SyncLens org";
        QTest::newRow("truncated")
            << "truncated" << QStringList{QStringLiteral("org"), QStringLiteral("info"), org}
            << "truncated";
        QTest::newRow("newer schema")
            << "newer" << QStringList{QStringLiteral("org"), QStringLiteral("info"), org}
            << "newer SyncLens";
        QTest::newRow("missing file") << ""
                                      << QStringList{QStringLiteral("org"), QStringLiteral("info"),
                                                     QStringLiteral("/no/such.db")}
                                      << "no such file";
        QTest::newRow("no file") << "" << QStringList{QStringLiteral("org"), QStringLiteral("info")}
                                 << "exactly one FILE";
        QTest::newRow("unwritable out")
            << ""
            << QStringList{QStringLiteral("sandbox"), QStringLiteral("create"),
                           QStringLiteral("--out"), QStringLiteral("/proc/x.db")}
            << "cannot be written";
        QTest::newRow("missing folder")
            << ""
            << QStringList{QStringLiteral("sandbox"), QStringLiteral("create"),
                           QStringLiteral("--out"), QStringLiteral("/no/such/x.db")}
            << "does not exist";
        QTest::newRow("existing out")
            << "good"
            << QStringList{QStringLiteral("sandbox"), QStringLiteral("create"),
                           QStringLiteral("--out"), org}
            << "already exists";
        QTest::newRow("users 0") << ""
                                 << QStringList{QStringLiteral("sandbox"), QStringLiteral("create"),
                                                QStringLiteral("--users"), QStringLiteral("0"),
                                                QStringLiteral("--out"),   QStringLiteral("OUT")}
                                 << "from 1 to 10000, not 0";
        QTest::newRow("users abc")
            << "" << QStringList{QStringLiteral("sandbox"), QStringLiteral("create"),
                                 QStringLiteral("--users"), QStringLiteral("abc"),
                                 QStringLiteral("--out"),   QStringLiteral("OUT")}
            << "--users: expected a whole number";
        QTest::newRow("items -1") << "" << QStringList{QStringLiteral("sandbox"),
                                                       QStringLiteral("create"),
                                                       QStringLiteral("--items"),
                                                       QStringLiteral("-1"),
                                                       QStringLiteral("--out"),
                                                       QStringLiteral("OUT")}
                                  << "not -1";
        QTest::newRow("seed -5") << ""
                                 << QStringList{QStringLiteral("sandbox"), QStringLiteral("create"),
                                                QStringLiteral("--seed"),  QStringLiteral("-5"),
                                                QStringLiteral("--out"),   QStringLiteral("OUT")}
                                 << "--seed";
        QTest::newRow("history 400")
            << "" << QStringList{QStringLiteral("sandbox"),   QStringLiteral("create"),
                                 QStringLiteral("--history"), QStringLiteral("400"),
                                 QStringLiteral("--out"),     QStringLiteral("OUT")}
            << "days of history must be from 0 to 365";
        QTest::newRow("history abc")
            << "" << QStringList{QStringLiteral("sandbox"),   QStringLiteral("create"),
                                 QStringLiteral("--history"), QStringLiteral("abc"),
                                 QStringLiteral("--out"),     QStringLiteral("OUT")}
            << "--history: expected a whole number";
        QTest::newRow("no out") << ""
                                << QStringList{QStringLiteral("sandbox"), QStringLiteral("create")}
                                << "needs --out";
        QTest::newRow("unknown option")
            << ""
            << QStringList{QStringLiteral("sandbox"), QStringLiteral("create"),
                           QStringLiteral("--userz"), QStringLiteral("3")}
            << "userz";
        QTest::newRow("unknown command")
            << "" << QStringList{QStringLiteral("frobnicate")} << "unknown command";
        QTest::newRow("preview without org")
            << ""
            << QStringList{QStringLiteral("filter"), QStringLiteral("preview"),
                           QStringLiteral("--user"), QStringLiteral("x")}
            << "needs --org";
        QTest::newRow("preview of a bad type")
            << "good" << QStringList{QStringLiteral("filter"),     QStringLiteral("preview"),
                                     QStringLiteral("--org"),      org,
                                     QStringLiteral("--user"),     QStringLiteral("x"),
                                     QStringLiteral("--type"),     QStringLiteral("lead"),
                                     QStringLiteral("--proposed"), QStringLiteral("p.xml")}
            << "contact, appointment or task";
        QTest::newRow("preview of an unknown user")
            << "good" << QStringList{QStringLiteral("filter"),     QStringLiteral("preview"),
                                     QStringLiteral("--org"),      org,
                                     QStringLiteral("--user"),     QStringLiteral("nobody"),
                                     QStringLiteral("--type"),     QStringLiteral("task"),
                                     QStringLiteral("--proposed"), QStringLiteral("p.xml")}
            << "no user \"nobody\"";
        QTest::newRow("describe a missing file")
            << ""
            << QStringList{QStringLiteral("filter"), QStringLiteral("describe"),
                           QStringLiteral("/no/such.xml")}
            << "cannot be read";
        QTest::newRow("explain an unknown message id")
            << "good"
            << QStringList{QStringLiteral("email"),        QStringLiteral("explain"),
                           QStringLiteral("--org"),        org,
                           QStringLiteral("--message-id"), QStringLiteral("<nobody@nowhere>")}
            << "no email with the message id \"<nobody@nowhere>\"";
        QTest::newRow("explain without a message id")
            << "good"
            << QStringList{QStringLiteral("email"), QStringLiteral("explain"),
                           QStringLiteral("--org"), org}
            << "needs --message-id";
        QTest::newRow("explain in a random file")
            << "random" << QStringList{QStringLiteral("email"),        QStringLiteral("explain"),
                                       QStringLiteral("--org"),        org,
                                       QStringLiteral("--message-id"), QStringLiteral("x")}
            << "not a SyncLens org";
        QTest::newRow("unknown verb")
            << "" << QStringList{QStringLiteral("sandbox"), QStringLiteral("frobnicate")}
            << "unknown command";
    }

    void badInput()
    {
        QFETCH(QString, setup);
        QFETCH(QStringList, arguments);
        QFETCH(QString, problem);
        Test::TempOrg dir;
        const QString org = dir.path();
        const QString out = dir.dirPath() + QStringLiteral("/out.db");
        if (setup == u"random") {
            QFile f(org);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 4096; ++i)
                f.putChar(char((i * 131) % 256));
        } else if (setup == u"text") {
            QFile f(org);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name,email\nalice,alice@contoso.com\n");
        } else if (!setup.isEmpty()) {
            QVERIFY(QFile::copy(m_org, org));
            if (setup == u"truncated") {
                QFile f(org);
                QVERIFY(f.resize(f.size() / 3));
            } else if (setup == u"newer") {
                QCOMPARE(Test::execOnFile(org, {QStringLiteral("PRAGMA user_version = 99")}),
                         QString());
            }
        }
        for (QString &a : arguments) {
            if (a == u"ORG")
                a = org;
            else if (a == u"OUT")
                a = out;
        }
        const QByteArray before = hashOf(org);
        const QStringList filesBefore = QDir(dir.dirPath()).entryList(QDir::Files);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("synclens-cli: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(problem), qPrintable(run.err));
        QCOMPARE(hashOf(org), before);
        // A read-only open may leave SQLite's empty -wal and -shm beside the org.
        QStringList filesAfter = QDir(dir.dirPath()).entryList(QDir::Files);
        filesAfter.removeIf(
            [](const QString &name) { return name.endsWith(u"-wal") || name.endsWith(u"-shm"); });
        QCOMPARE(filesAfter, filesBefore);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
