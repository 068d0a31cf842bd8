#include "explain/explainer.h"
#include "explain/whysearch.h"
#include "scenario/scenarioloader.h"
#include "scenario/scenarioplayer.h"
#include "store/orgstore.h"
#include "totext.h"

#include <QJsonArray>
#include <QTest>

using namespace SyncLens;

Q_DECLARE_METATYPE(ReasonCode)

namespace {

QJsonObject changes(const char *field, const char *from, const char *to)
{
    return QJsonObject{{QStringLiteral("field"), QLatin1String(field)},
                       {QStringLiteral("old"), QLatin1String(from)},
                       {QStringLiteral("new"), QLatin1String(to)}};
}

QJsonObject excluded()
{
    const QJsonObject condition{{QStringLiteral("entity"), QStringLiteral("appointment")},
                                {QStringLiteral("attribute"), QStringLiteral("ownerid")},
                                {QStringLiteral("operator"), QStringLiteral("eq-userid")},
                                {QStringLiteral("values"), QJsonArray{}}};
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("f-appt")},
                       {QStringLiteral("name"), QStringLiteral("My appointments")},
                       {QStringLiteral("conditions"), QJsonArray{condition}}};
}

} // namespace

// Every decision reads as a sentence with its facts, and the latest one says
// what would change the outcome.
class TestExplainer : public QObject
{
    Q_OBJECT

    std::unique_ptr<OrgStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        auto store = OrgStore::createInMemory(QStringLiteral("Explain"));
        SL_VERIFY_OK(store);
        m_store = std::move(store).value();
        SL_VERIFY_OK(
            m_store->upsertUser(User{QStringLiteral("alice"), QStringLiteral("Alice Adams"),
                                     QStringLiteral("alice@contoso.com")}));
        SL_VERIFY_OK(
            m_store->upsertMailbox(Mailbox{QStringLiteral("m-alice"), QStringLiteral("alice")}));
    }

    void sentences_data()
    {
        QTest::addColumn<ReasonCode>("code");
        QTest::addColumn<QJsonObject>("facts");
        QTest::addColumn<QStringList>("mentions");
        QTest::addColumn<bool>("hasAdvice");
        const QJsonObject type{{QStringLiteral("type"), QStringLiteral("appointment")}};
        auto with = [&](QJsonObject o) {
            o.insert(QStringLiteral("type"), QStringLiteral("appointment"));
            return o;
        };
        const QJsonObject out{{QStringLiteral("filters"), QJsonArray{excluded()}}};
        QTest::newRow("OUT_CREATE")
            << ReasonCode::OutCreate
            << with({{QStringLiteral("filter"), QStringLiteral("f-appt")},
                     {QStringLiteral("filterName"), QStringLiteral("My appointments")}})
            << QStringList{QStringLiteral("Alice Adams"), QStringLiteral("My appointments")}
            << false;
        QTest::newRow("OUT_UPDATE")
            << ReasonCode::OutUpdate
            << with({{QStringLiteral("fields"),
                      QJsonArray{changes("location", "Room 4", "Room 7")}}})
            << QStringList{QStringLiteral("Room 4"), QStringLiteral("Room 7"),
                           QStringLiteral("location")}
            << false;
        QTest::newRow("LEFT_SCOPE")
            << ReasonCode::LeftScope << with(out)
            << QStringList{QStringLiteral("that you own"), QStringLiteral("still change CRM")}
            << true;
        QTest::newRow("LEFT_SCOPE_DELETED")
            << ReasonCode::LeftScopeDeleted << with(out)
            << QStringList{QStringLiteral("deleted from Outlook")} << true;
        QJsonObject skipped = with(out);
        skipped.insert(
            QStringLiteral("unsent"),
            QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("location")},
                                   {QStringLiteral("crm"), QStringLiteral("Room 7")},
                                   {QStringLiteral("exchange"), QStringLiteral("Room 4")}}});
        QTest::newRow("OUT_SKIPPED_OUT_OF_SCOPE")
            << ReasonCode::OutSkippedOutOfScope << skipped
            << QStringList{QStringLiteral("Room 7"), QStringLiteral("Room 4")} << true;
        QTest::newRow("NOT_IN_SCOPE")
            << ReasonCode::NotInScope << with(out)
            << QStringList{QStringLiteral("Not copied"), QStringLiteral("My appointments")} << true;
        QJsonObject today = excluded();
        today.insert(
            QStringLiteral("conditions"),
            QJsonArray{QJsonObject{{QStringLiteral("entity"), QStringLiteral("appointment")},
                                   {QStringLiteral("attribute"), QStringLiteral("scheduledstart")},
                                   {QStringLiteral("operator"), QStringLiteral("today")},
                                   {QStringLiteral("values"), QJsonArray{}}}});
        QTest::newRow("NOT_IN_SCOPE, today in the user's time zone")
            << ReasonCode::NotInScope
            << with({{QStringLiteral("filters"), QJsonArray{today}},
                     {QStringLiteral("timeZone"), QStringLiteral("Europe/Paris")}})
            << QStringList{QStringLiteral(
                   "whose start time is today in Alice Adams's time zone, Europe/Paris")}
            << true;
        QTest::newRow("NOT_IN_SCOPE, no filter")
            << ReasonCode::NotInScope << with({{QStringLiteral("noFilter"), true}})
            << QStringList{QStringLiteral("no sync filter for appointments")} << true;
        QTest::newRow("CRM_DELETE") << ReasonCode::CrmDelete << type
                                    << QStringList{QStringLiteral("Deleted in CRM")} << true;
        QTest::newRow("IN_CREATE")
            << ReasonCode::InCreate << type << QStringList{QStringLiteral("tracked it")} << false;
        QTest::newRow("IN_NOT_TRACKED") << ReasonCode::InNotTracked << type
                                        << QStringList{QStringLiteral("not tracked")} << true;
        QTest::newRow("IN_UPDATE") << ReasonCode::InUpdate
                                   << with({{QStringLiteral("fields"),
                                             QJsonArray{changes("subject", "Review", "Review!")}}})
                                   << QStringList{QStringLiteral("“Review!”")} << false;
        QTest::newRow("IN_OVERWRITE_OUT_OF_SCOPE")
            << ReasonCode::InOverwriteOutOfScope
            << with({{QStringLiteral("fields"),
                      QJsonArray{changes("location", "Room 7", "Room 4")}}})
            << QStringList{QStringLiteral("overwrote"), QStringLiteral("Room 7"),
                           QStringLiteral("Room 4")}
            << true;
        QTest::newRow("CONFLICT_EXCHANGE_WON")
            << ReasonCode::ConflictExchangeWon << type
            << QStringList{QStringLiteral("Outlook edit")} << true;
        QTest::newRow("CONFLICT_CRM_WON") << ReasonCode::ConflictCrmWon << type
                                          << QStringList{QStringLiteral("CRM edit")} << false;
        QTest::newRow("EXCHANGE_DELETE_UNTRACKED")
            << ReasonCode::ExchangeDeleteUntracked << type
            << QStringList{QStringLiteral("keeps the CRM record")} << true;
        QTest::newRow("EXCHANGE_DELETE_PROPAGATED")
            << ReasonCode::ExchangeDeletePropagated << type
            << QStringList{QStringLiteral("deleted in CRM too")} << true;
        const QJsonObject health{{QStringLiteral("message"), QStringLiteral("Something broke.")}};
        for (ReasonCode code : {ReasonCode::MailboxNotApproved, ReasonCode::MailboxDisabledAuth,
                                ReasonCode::TransientFailure, ReasonCode::MailboxDisabledTransient,
                                ReasonCode::Recovered}) {
            const bool advice = code == ReasonCode::MailboxNotApproved ||
                                code == ReasonCode::MailboxDisabledAuth ||
                                code == ReasonCode::MailboxDisabledTransient;
            QTest::newRow(qPrintable(reasonCodeName(code)))
                << code << health << QStringList{QStringLiteral("Something broke.")} << advice;
        }
    }

    void sentences()
    {
        QFETCH(ReasonCode, code);
        QFETCH(QJsonObject, facts);
        QFETCH(QStringList, mentions);
        QFETCH(bool, hasAdvice);
        Explainer explainer(*m_store, QLocale(QLocale::English, QLocale::UnitedKingdom));
        const JournalEntry e{1,
                             QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC),
                             1,
                             QStringLiteral("m-alice"),
                             QStringLiteral("a1"),
                             code,
                             facts};
        const ExplainedDecision d = explainer.explainEntry(e);
        QVERIFY(!d.sentence.contains(reasonCodeName(code)));
        QVERIFY2(d.sentence.contains(QStringLiteral("Alice Adams")) ||
                     code == ReasonCode::CrmDelete || code == ReasonCode::OutUpdate,
                 qPrintable(d.sentence));
        for (const QString &m : mentions)
            QVERIFY2(d.sentence.contains(m), qPrintable(d.sentence + QStringLiteral(" ≠ ") + m));
        QCOMPARE(!explainer.advice(e).isEmpty(), hasAdvice);
        QVERIFY(d.details.last().contains(QStringLiteral("m-alice")));
    }

    // A field that had no value is written without "old" since 8 December
    // 2026, and with "old": null before: both read as the value it was given.
    void fieldsWithoutOldValuesReadAsBefore()
    {
        Explainer explainer(*m_store, QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto entry = [](const QJsonObject &field) {
            const QJsonObject facts{
                {QStringLiteral("type"), QStringLiteral("appointment")},
                {QStringLiteral("filter"), QStringLiteral("f-appt")},
                {QStringLiteral("filterName"), QStringLiteral("My appointments")},
                {QStringLiteral("fields"), QJsonArray{field}}};
            return JournalEntry{1,
                                QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC),
                                1,
                                QStringLiteral("m-alice"),
                                QStringLiteral("a1"),
                                ReasonCode::OutCreate,
                                facts};
        };
        const QJsonObject now{{QStringLiteral("field"), QStringLiteral("location")},
                              {QStringLiteral("new"), QStringLiteral("Cafeteria")}};
        QJsonObject before = now;
        before.insert(QStringLiteral("old"), QJsonValue::Null);
        const ExplainedDecision d = explainer.explainEntry(entry(now));
        const QString details = d.details.join(QLatin1Char('\n'));
        QVERIFY2(details.contains(QStringLiteral("Cafeteria")), qPrintable(details));
        QVERIFY2(!details.contains(QStringLiteral(" from ")), qPrintable(details));
        const ExplainedDecision old = explainer.explainEntry(entry(before));
        QCOMPARE(old.sentence, d.sentence);
        QCOMPARE(old.details, d.details);
    }

    // Email decisions read in the tracking module's words, with the mailbox's user.
    void everyEmailCodeReads()
    {
        Explainer explainer(*m_store, QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QJsonObject facts{{QStringLiteral("token"), QStringLiteral("[CRM:000001]")},
                                {QStringLiteral("subject"), QStringLiteral("quote")},
                                {QStringLiteral("emailFiltering"), QStringLiteral("responses")}};
        for (ReasonCode code : allReasonCodes()) {
            if (int(code) > int(ReasonCode::SendFailedMailbox))
                continue; // §2 codes come first in the enum
            const JournalEntry e{1,
                                 QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC),
                                 1,
                                 QStringLiteral("m-alice"),
                                 QStringLiteral("<m1@x>"),
                                 code,
                                 facts};
            const QString sentence = explainer.explainEntry(e).sentence;
            QVERIFY2(sentence.size() > 20 && !sentence.contains(reasonCodeName(code)),
                     qPrintable(reasonCodeName(code) + QStringLiteral(": ") + sentence));
        }
        const JournalEntry notTracked{1,
                                      {},
                                      1,
                                      QStringLiteral("m-alice"),
                                      QStringLiteral("<m1@x>"),
                                      ReasonCode::NotTrackedNoSignal,
                                      facts};
        QVERIFY(explainer.advice(notTracked).join(u' ').contains(QStringLiteral("Alice Adams")));
    }

    // The gallery's email stories, told back from the journal: the sentence
    // and what would change it name the folder, the list, the other case.
    void emailStoriesFromTheJournal_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("advice");
        QTest::newRow("a rule moved the reply")
            << "32-rule-moved-reply.json"
            << "<r1@fabrikam.com>"
            << "Alice Adams's folder 'Inbox/Fabrikam', not in the Inbox"
            << "Move it back to the Inbox or make the folder 'Inbox/Fabrikam' a tracked folder.";
        QTest::newRow("mail to the sales list")
            << "33-sales-list.json"
            << "<a1@fabrikam.com>"
            << "it was sent to sales@contoso.com, which is not a CRM user's address"
            << "not only sales@contoso.com.";
        QTest::newRow("the reply went to the old case")
            << "34-reply-to-old-case.json"
            << "<d1@fabrikam.com>"
            << "In-Reply-To is tried before the token"
            << "If it belongs with 'About your invoice', change its regarding in CRM";
    }

    void emailStoriesFromTheJournal()
    {
        QFETCH(QString, file);
        QFETCH(QString, item);
        QFETCH(QString, sentence);
        QFETCH(QString, advice);
        auto scenario = ScenarioLoader::load(qEnvironmentVariable("SYNCLENS_SOURCE_DIR") +
                                             QStringLiteral("/resources/scenarios/") + file);
        SL_VERIFY_OK(scenario);
        ScenarioPlayer player(*scenario);
        SL_VERIFY_OK(player.start());
        SL_VERIFY_OK(player.playToEnd());
        Explainer explainer(player.store(), QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto x = explainer.explain(item);
        SL_VERIFY_OK(x);
        QVERIFY(!x->decisions.isEmpty());
        const QString text = x->decisions.first().sentence;
        QVERIFY2(text.contains(sentence), qPrintable(text));
        QVERIFY2(x->advice.join(u'\n').contains(advice) ||
                     explainer.advice(x->decisions.first().entry).join(u'\n').contains(advice),
                 qPrintable(x->advice.join(u'\n')));
    }

    // sss-model §5: an email outside the Inbox or sent to a list is missing
    // from the CRM timeline; one tracked by In-Reply-To is not.
    void emailSymptoms()
    {
        using S = WhySearch::Symptom;
        QCOMPARE(WhySearch::symptomOf(ReasonCode::NotTrackedFolder),
                 std::optional(S::MissingFromCrm));
        QCOMPARE(WhySearch::symptomOf(ReasonCode::NotTrackedNoRecipient),
                 std::optional(S::MissingFromCrm));
        QCOMPARE(WhySearch::symptomOf(ReasonCode::InReplyTo), std::optional<S>());
    }

    // The seed's story, told back from the journal.
    void theSeedsStoryFromTheJournal()
    {
        auto scenario = ScenarioLoader::load(qEnvironmentVariable("SYNCLENS_SOURCE_DIR") +
                                             QStringLiteral("/resources/scenarios/"
                                                            "01-outlook-edit-overwrites-crm.json"));
        SL_VERIFY_OK(scenario);
        ScenarioPlayer player(*scenario);
        SL_VERIFY_OK(player.start());
        SL_VERIFY_OK(player.playToEnd());
        Explainer explainer(player.store(), QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto x = explainer.explain(QStringLiteral("a1"));
        SL_VERIFY_OK(x);
        QCOMPARE(x->title, QStringLiteral("Quarterly review with Fabrikam (agenda attached)"));
        QCOMPARE(x->decisions.size(), 4);
        QVERIFY(x->decisions[0].sentence.contains(QStringLiteral("“My upcoming appointments”")));
        QVERIFY(x->decisions[1].sentence.contains(QStringLiteral("that you own")));
        QVERIFY(x->decisions[2].sentence.contains(QStringLiteral("“Room 7”")));
        QVERIFY(x->decisions[3].sentence.contains(QStringLiteral("from “Room 7” to “Room 4”")));
        QVERIFY(!x->advice.isEmpty());

        WhySearch why(player.store(), QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto found = why.search(QStringLiteral("quarterly review"));
        SL_VERIFY_OK(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, QStringLiteral("a1"));
        QList<WhySearch::Symptom> symptoms;
        for (const auto &c : found->first().causes)
            symptoms.append(c.symptom);
        QVERIFY(symptoms.contains(WhySearch::Symptom::CrmEditLost));
        QVERIFY(symptoms.contains(WhySearch::Symptom::CrmEditNotInOutlook));
        QVERIFY(why.search(QStringLiteral("no such meeting"))->isEmpty());

        // A cancelled search stops between items and says so.
        std::atomic_bool cancel{true};
        why.setCancelFlag(&cancel);
        auto stopped = why.search(QStringLiteral("quarterly review"));
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().code, Error::Code::Cancelled);
        cancel = false;
        SL_VERIFY_OK(why.search(QStringLiteral("quarterly review")));
    }
};

QTEST_GUILESS_MAIN(TestExplainer)
#include "tst_explainer.moc"
