#include "explain/explainer.h"
#include "store/orgstore.h"
#include "totext.h"

#include <QJsonArray>
#include <QTest>

using namespace SyncLens;

Q_DECLARE_METATYPE(ReasonCode)

// Model v2 in words: the delete rules by type, organizer, state and time,
// CRM_DELETE_KEPT and BACK_IN_SCOPE, each a sentence naming the people and
// the advice that would change it.
class TestExplainerDeletes : public QObject
{
    Q_OBJECT

    std::unique_ptr<OrgStore> m_store;

    static QJsonObject facts(const char *type,
                             std::initializer_list<QPair<const char *, QJsonValue>> more)
    {
        QJsonObject o{{QStringLiteral("type"), QLatin1String(type)}};
        for (const auto &[key, value] : more)
            o.insert(QLatin1String(key), value);
        return o;
    }

    ExplainedDecision explain(ReasonCode code, const QJsonObject &f, QStringList *advice = nullptr)
    {
        Explainer explainer(*m_store, QLocale(QLocale::English, QLocale::UnitedKingdom));
        const JournalEntry e{1,
                             QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC),
                             1,
                             QStringLiteral("m-alice"),
                             QStringLiteral("a1"),
                             code,
                             f};
        if (advice)
            *advice = explainer.advice(e);
        return explainer.explainEntry(e);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto store = OrgStore::createInMemory(QStringLiteral("Explain"));
        SL_VERIFY_OK(store);
        m_store = std::move(store).value();
        for (const auto &[id, name] : {std::pair{"alice", "Alice Adams"}, {"bob", "Bob Brown"}}) {
            SL_VERIFY_OK(m_store->upsertUser(User{QLatin1String(id), QLatin1String(name),
                                                  QLatin1String(id) + QStringLiteral("@x.com")}));
        }
        SL_VERIFY_OK(
            m_store->upsertMailbox(Mailbox{QStringLiteral("m-alice"), QStringLiteral("alice")}));
    }

    void sentences_data()
    {
        QTest::addColumn<ReasonCode>("code");
        QTest::addColumn<QJsonObject>("facts");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("advice");
        using R = ReasonCode;
        const QString of = QStringLiteral("organizerFuture");
        QTest::newRow("attendee deleted the meeting")
            << R::ExchangeDeleteUntracked
            << facts("appointment", {{"rule", of},
                                     {"organizer", QStringLiteral("bob")},
                                     {"organizerIsUser", false},
                                     {"active", true},
                                     {"ahead", true}})
            << QStringLiteral("Deleted in Alice Adams's Outlook, but Alice Adams is not the "
                              "organizer (Bob Brown is), so the meeting stays in CRM and is no "
                              "longer synchronised with Alice Adams's mailbox.")
            << QStringLiteral("ask Bob Brown");
        QTest::newRow("meeting already over")
            << R::ExchangeDeleteUntracked
            << facts("appointment", {{"rule", of},
                                     {"organizer", QStringLiteral("alice")},
                                     {"organizerIsUser", true},
                                     {"active", true},
                                     {"ahead", false}})
            << QStringLiteral("Deleted in Alice Adams's Outlook, but the meeting was already over, "
                              "so it stays in CRM and is no longer synchronised with Alice Adams's "
                              "mailbox.")
            << QStringLiteral("over or no longer active");
        QTest::newRow("meeting completed")
            << R::ExchangeDeleteUntracked
            << facts("appointment", {{"rule", of},
                                     {"organizerIsUser", true},
                                     {"active", false},
                                     {"statecode", 1},
                                     {"ahead", true}})
            << QStringLiteral("Deleted in Alice Adams's Outlook, but the meeting was completed, so "
                              "it stays in CRM and is no longer synchronised with Alice Adams's "
                              "mailbox.")
            << QStringLiteral("Delete it in CRM");
        QTest::newRow("meeting canceled")
            << R::ExchangeDeleteUntracked
            << facts("appointment", {{"rule", of},
                                     {"organizerIsUser", true},
                                     {"active", false},
                                     {"statecode", 2},
                                     {"ahead", true}})
            << QStringLiteral("Deleted in Alice Adams's Outlook, but the meeting was canceled, so "
                              "it stays in CRM and is no longer synchronised with Alice Adams's "
                              "mailbox.")
            << QStringLiteral("Delete it in CRM");
        QTest::newRow("task completed")
            << R::ExchangeDeleteUntracked
            << facts("task",
                     {{"rule", QStringLiteral("open")}, {"active", false}, {"statecode", 1}})
            << QStringLiteral("Deleted in Alice Adams's Outlook, but the task was completed, so it "
                              "stays in CRM and is no longer synchronised with Alice Adams's "
                              "mailbox.")
            << QStringLiteral("no longer open");
        QTest::newRow("contact, untrack")
            << R::ExchangeDeleteUntracked
            << facts("contact", {{"rule", QStringLiteral("untrack")}, {"active", true}})
            << QStringLiteral("Deleted in Alice Adams's Outlook. The org keeps the CRM record and "
                              "stops synchronising it with this mailbox.")
            << QStringLiteral("track a copy");
        QTest::newRow("organizer deleted a meeting ahead")
            << R::ExchangeDeletePropagated
            << facts("appointment",
                     {{"rule", of}, {"organizerIsUser", true}, {"active", true}, {"ahead", true}})
            << QStringLiteral("Deleted in Alice Adams's Outlook. Alice Adams organises the meeting "
                              "and it was active and still ahead, so it was deleted in CRM too and "
                              "left the CRM timeline.")
            << QStringLiteral("Exchange deletes of appointments");
        QTest::newRow("open task deleted")
            << R::ExchangeDeletePropagated
            << facts("task", {{"rule", QStringLiteral("open")}, {"active", true}})
            << QStringLiteral("Deleted in Alice Adams's Outlook while the task was still open, so "
                              "it was deleted in CRM too and left the CRM timeline.")
            << QStringLiteral("Exchange deletes of tasks");
        QTest::newRow("CRM_DELETE_KEPT, meeting over")
            << R::CrmDeleteKept << facts("appointment", {{"active", true}, {"ahead", false}})
            << QStringLiteral("Deleted in CRM, but the meeting was already over, so the copy stays "
                              "in Alice Adams's Outlook, no longer linked.")
            << QStringLiteral("by hand");
        QTest::newRow("CRM_DELETE_KEPT, meeting inactive")
            << R::CrmDeleteKept << facts("appointment", {{"active", false}, {"ahead", true}})
            << QStringLiteral("Deleted in CRM, but the meeting was no longer active, so the copy "
                              "stays in Alice Adams's Outlook, no longer linked.")
            << QStringLiteral("by hand");
        QTest::newRow("CRM_DELETE_KEPT, the owner's contact")
            << R::CrmDeleteKept << facts("contact", {{"ownerIsUser", true}})
            << QStringLiteral("Deleted in CRM, but Alice Adams owns the contact, so the copy stays "
                              "in Alice Adams's Outlook, no longer linked.")
            << QStringLiteral("by hand");
        QTest::newRow("BACK_IN_SCOPE with edits")
            << R::BackInScope
            << facts("appointment",
                     {{"filterName", QStringLiteral("My appointments")},
                      {"fields",
                       QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("location")},
                                              {QStringLiteral("old"), QStringLiteral("Room 4")},
                                              {QStringLiteral("new"), QStringLiteral("Room 7")}}}}})
            << QStringLiteral("Back in Alice Adams's sync filters (it matches “My appointments”), "
                              "so the Outlook copy caught up with the CRM changes it missed: "
                              "location from “Room 4” to “Room 7”.")
            << QStringLiteral("up to date again");
        QTest::newRow("BACK_IN_SCOPE, nothing missed")
            << R::BackInScope
            << facts("appointment", {{"filterName", QStringLiteral("My appointments")}})
            << QStringLiteral("Back in Alice Adams's sync filters (it matches “My appointments”); "
                              "nothing had changed in CRM meanwhile, so the Outlook copy was "
                              "already up to date.")
            << QStringLiteral("up to date again");
    }

    void sentences()
    {
        QFETCH(ReasonCode, code);
        QFETCH(QJsonObject, facts);
        QFETCH(QString, sentence);
        QFETCH(QString, advice);
        QStringList said;
        QCOMPARE(explain(code, facts, &said).sentence, sentence);
        QVERIFY2(said.join(u' ').contains(advice), qPrintable(said.join(u' ')));
    }

    // A health entry is rendered from its code and facts; an old entry that
    // kept its sentence shows it as it was.
    void healthEntriesNameTheChannel()
    {
        const QJsonObject act{{QStringLiteral("channel"), QStringLiteral("act")}};
        QCOMPARE(explain(ReasonCode::MailboxDisabledAuth, act).sentence,
                 QStringLiteral("Alice Adams's mailbox: Appointments, contacts and tasks: Exchange "
                                "refused the mailbox's credentials. This channel is disabled until "
                                "the mailbox is tested and enabled again; the other channels go "
                                "on."));
        QCOMPARE(explain(ReasonCode::Recovered, {}).sentence,
                 QStringLiteral("Alice Adams's mailbox: The mailbox synchronises again."));
        QCOMPARE(explain(ReasonCode::Recovered,
                         {{QStringLiteral("message"), QStringLiteral("Wieder da.")}})
                     .sentence,
                 QStringLiteral("Alice Adams's mailbox: Wieder da."));
    }
};

QTEST_GUILESS_MAIN(TestExplainerDeletes)
#include "tst_explainerdeletes.moc"
