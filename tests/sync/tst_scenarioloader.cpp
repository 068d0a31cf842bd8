#include "model/orgsettings.h"
#include "scenario/scenarioloader.h"
#include "totext.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace SyncLens;

namespace {

QString scenarioDir()
{
    return qEnvironmentVariable("SYNCLENS_SOURCE_DIR") + QStringLiteral("/resources/scenarios");
}

Scenario loadShipped(const char *name)
{
    const auto scenario = ScenarioLoader::load(scenarioDir() + u'/' + QLatin1String(name));
    if (!scenario)
        qFatal("%s", qPrintable(scenario.error().message));
    return *scenario;
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
}

// A small valid scenario around the given steps.
QByteArray withSteps(const char *steps)
{
    return QByteArray(R"({"format": "synclens-scenario/1", "title": "T",
"start": "2026-03-02T08:00:00Z",
"users": [{"id": "alice", "email": "alice@contoso.com"}, {"id": "bob", "email": "bob@contoso.com"}],
"mailboxes": [{"id": "m-alice", "user": "alice"}, {"id": "m-bob", "user": "bob"}],
"filters": [{"id": "f1", "user": "alice", "type": "contact",
  "fetchxml": "<fetch><entity name='contact'><filter><condition attribute='ownerid' operator='eq-userid'/></filter></entity></fetch>"}],
"records": [{"id": "c1", "type": "contact", "fields": {"parentcustomerid": "acc1"}},
            {"id": "acc1", "type": "account", "fields": {"name": "Fabrikam"}}],
"steps": )") +
           steps + "}";
}

Scenario loadSteps(const char *steps)
{
    const auto scenario = ScenarioLoader::loadFromData(withSteps(steps), QStringLiteral("t.json"));
    if (!scenario)
        qFatal("%s", qPrintable(scenario.error().message));
    return *scenario;
}

} // namespace

class TestScenarioLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyShippedScenarioLoads_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(scenarioDir());
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY2(files.size() >= 6, qPrintable(dir.path()));
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void everyShippedScenarioLoads()
    {
        QFETCH(QString, path);
        const auto scenario = ScenarioLoader::load(path);
        SL_VERIFY_OK(scenario);
        QCOMPARE(scenario->file, path);
        QCOMPARE(scenario->format, QStringLiteral("synclens-scenario/1"));
        QVERIFY(!scenario->title.isEmpty());
        QVERIFY(!scenario->story.isEmpty());
        QVERIFY(!scenario->steps.empty());
        QDateTime previous = scenario->start;
        for (const ScenarioStep &step : scenario->steps) {
            QVERIFY(step.at >= previous);
            previous = step.at;
            QVERIFY(step.line > 0 && step.column > 0);
            QCOMPARE(step.check.has_value(), step.kind == ScenarioStep::Kind::Expect);
            if (step.check)
                QVERIFY(!step.check->text.isEmpty());
        }
    }

    void readsTheSetup()
    {
        const Scenario s = loadShipped("06-mailbox-alerts.json");
        QCOMPARE(s.start, utc("2026-03-02T08:00:00Z"));
        QCOMPARE(s.users.size(), 2);
        QCOMPARE(s.users.at(1).name, QStringLiteral("Bob Brown"));
        QCOMPARE(s.users.at(1).emailFiltering, EmailFiltering::Responses);
        QCOMPARE(s.mailboxes.size(), 2);
        QVERIFY(s.mailboxes.at(0).approved);
        QVERIFY(!s.mailboxes.at(1).approved);
        QCOMPARE(s.mailboxes.at(1).userId, QStringLiteral("bob"));
        QCOMPARE(s.mailboxes.at(1).act, ChannelMode::Sss);
        QCOMPARE(s.filters.size(), 1);
        QCOMPARE(s.filters.at(0).type, QStringLiteral("appointment"));
        QVERIFY(s.filters.at(0).enabled);
        QCOMPARE(s.filters.at(0).modifiedOn, s.start);
        QVERIFY(s.records.isEmpty());
        QVERIFY(s.orgOverrides.isEmpty());

        const Scenario contacts = loadShipped("02-tracking-token.json");
        QCOMPARE(contacts.records.size(), 1);
        QCOMPARE(contacts.records.at(0).type, QStringLiteral("contact"));
        QCOMPARE(contacts.records.at(0).field(QStringLiteral("emailaddress1")),
                 QStringLiteral("dan@fabrikam.com"));
        QCOMPARE(contacts.records.at(0).createdOn, contacts.start);
    }

    void stepTimes()
    {
        const Scenario s = loadShipped("01-outlook-edit-overwrites-crm.json");
        QCOMPARE(s.steps.size(), size_t(17));
        const auto at = [&s](int number) { return s.steps.at(size_t(number - 1)).at; };
        QCOMPARE(at(1), utc("2026-03-02T08:00:00Z"));
        QCOMPARE(at(2), utc("2026-03-02T08:01:00Z")); // one minute after the step before
        QCOMPARE(at(3), utc("2026-03-02T08:02:00Z"));
        QCOMPARE(at(4), utc("2026-03-02T09:00:00Z"));
        QCOMPARE(at(17), utc("2026-03-02T09:24:00Z"));
        QCOMPARE(s.steps.at(3).number, 4);
        QCOMPARE(s.steps.at(3).kind, ScenarioStep::Kind::CrmUpdate);
        QCOMPARE(s.steps.at(3).line, 65);
        QCOMPARE(s.steps.at(3).column, 5);
    }

    void aFirstStepWithoutTimeHappensAtStart()
    {
        const Scenario s = loadSteps(R"([{"do": "sync"}, {"do": "sync"},
            {"at": "2026-03-02T09:30:00+01:00", "do": "sync"}])");
        QCOMPARE(s.steps.at(0).at, utc("2026-03-02T08:00:00Z"));
        QCOMPARE(s.steps.at(1).at, utc("2026-03-02T08:01:00Z"));
        QCOMPARE(s.steps.at(2).at, utc("2026-03-02T08:30:00Z"));
        QCOMPARE(s.steps.at(2).at.timeSpec(), Qt::UTC);
    }

    void checkTexts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("text");
        QTest::newRow("exchange")
            << "01-outlook-edit-overwrites-crm.json" << 2
            << R"(exchange a1 mailbox=m-alice exists=true fields={"location":"Room 4"})";
        QTest::newRow("last") << "01-outlook-edit-overwrites-crm.json" << 3
                              << "last a1 reason=OUT_CREATE";
        QTest::newRow("inScope") << "01-outlook-edit-overwrites-crm.json" << 6
                                 << "inScope a1 user=alice value=false";
        QTest::newRow("history")
            << "01-outlook-edit-overwrites-crm.json" << 17
            << "history a1 includes=OUT_CREATE,LEFT_SCOPE,OUT_SKIPPED_OUT_OF_SCOPE,"
               "IN_OVERWRITE_OUT_OF_SCOPE";
        QTest::newRow("email") << "02-tracking-token.json" << 8
                               << "email <r1@fabrikam.com> tracked=true reason=TOKEN regarding=c1";
        QTest::newRow("crm") << "05-untracked-outlook-meeting.json" << 4 << "crm x1 exists=false";
        QTest::newRow("mailboxStatus") << "06-mailbox-alerts.json" << 2
                                       << "mailboxStatus m-bob incoming=Failure "
                                          "alert=MAILBOX_NOT_APPROVED";
        QTest::newRow("mailboxStatus, all keys")
            << "06-mailbox-alerts.json" << 7
            << "mailboxStatus m-alice act=Failure enabled=false alert=MAILBOX_DISABLED_AUTH";
    }

    void checkTexts()
    {
        QFETCH(QString, file);
        QFETCH(int, step);
        QFETCH(QString, text);
        const Scenario s = loadShipped(qPrintable(file));
        const ScenarioStep &expect = s.steps.at(size_t(step - 1));
        QVERIFY(expect.check);
        QCOMPARE(expect.check->text, text);
    }

    void parsedChecks()
    {
        const Scenario s = loadShipped("06-mailbox-alerts.json");
        const ScenarioCheck &check = *s.steps.at(2).check;
        QCOMPARE(check.kind, ScenarioCheck::Kind::MailboxStatus);
        QCOMPARE(check.target, QStringLiteral("m-alice"));
        QCOMPARE(check.incoming, ChannelStatus::Success);
        QCOMPARE(check.act, ChannelStatus::Success);
        QVERIFY(!check.outgoing);
        QCOMPARE(check.enabled, true);
        QVERIFY(check.alert.isEmpty());

        const Scenario t = loadShipped("02-tracking-token.json");
        const ScenarioCheck &email = *t.steps.at(8).check;
        QCOMPARE(email.kind, ScenarioCheck::Kind::Email);
        QCOMPARE(email.tracked, false);
        QCOMPARE(email.reason, QStringLiteral("NOT_TRACKED_NO_SIGNAL"));
        QVERIFY(!email.exists);
    }

    void typedStepAccessors()
    {
        const Scenario token = loadShipped("02-tracking-token.json");
        const ScenarioEmail sent = token.steps.at(0).email();
        QCOMPARE(sent.id, QStringLiteral("<q1@contoso.com>"));
        QCOMPARE(sent.from, QStringLiteral("alice"));
        QCOMPARE(sent.to, QStringList{QStringLiteral("dan@fabrikam.com")});
        QVERIFY(sent.cc.isEmpty());
        QCOMPARE(sent.regarding, QStringLiteral("c1"));

        const ScenarioStep &receive = token.steps.at(4);
        QCOMPARE(receive.kind, ScenarioStep::Kind::ExchangeReceive);
        QCOMPARE(receive.mailbox(), QStringLiteral("m-alice"));
        const ExchangeItem mail = receive.exchangeItem();
        QCOMPARE(mail.type, QStringLiteral("email"));
        QCOMPARE(mail.mailboxId, QStringLiteral("m-alice"));
        QCOMPARE(mail.id, QStringLiteral("<r1@fabrikam.com>"));
        QCOMPARE(mail.fields.value(u"subject").toString(),
                 QStringLiteral("RE: Quote for 40 seats [CRM:000001]"));
        QCOMPARE(mail.createdOn, receive.at);

        const Scenario meeting = loadShipped("05-untracked-outlook-meeting.json");
        const ExchangeItem created = meeting.steps.at(0).exchangeItem();
        QCOMPARE(created.type, QStringLiteral("appointment"));
        QCOMPARE(created.id, QStringLiteral("x1"));
        QCOMPARE(created.fields.value(u"location").toString(), QStringLiteral("Lobby"));
        QCOMPARE(meeting.steps.at(4).kind, ScenarioStep::Kind::ExchangeTrack);
        QCOMPARE(meeting.steps.at(4).id(), QStringLiteral("x1"));
        QCOMPARE(meeting.steps.at(4).regarding(), QStringLiteral("c1"));

        const Scenario alerts = loadShipped("06-mailbox-alerts.json");
        const ScenarioFault fault = alerts.steps.at(3).fault();
        QCOMPARE(fault.mailbox, QStringLiteral("m-alice"));
        QCOMPARE(fault.kind, ScenarioFault::Kind::Auth);
        QCOMPARE(fault.cycles, 1);
        const CrmRecord demo = alerts.steps.at(4).record();
        QCOMPARE(demo.id, QStringLiteral("a2"));
        QCOMPARE(demo.createdOn, utc("2026-03-02T09:01:00Z"));
        QCOMPARE(demo.field(QStringLiteral("location")), QStringLiteral("Teams"));
        Mailbox disabled = alerts.mailboxes.at(0);
        disabled.enabled = false;
        const Mailbox enabled = alerts.steps.at(10).appliedTo(disabled);
        QVERIFY(enabled.enabled);
        QCOMPARE(enabled.act, ChannelMode::Sss);

        const Scenario contacts = loadShipped("04-contact-falls-out-of-filter.json");
        QCOMPARE(contacts.steps.at(3).fields().value(u"statecode").toInt(), 1);
        QCOMPARE(contacts.steps.at(11).settings(),
                 QJsonObject({{QStringLiteral("sync"), QJsonObject{{QStringLiteral("outOfScope"),
                                                                    QStringLiteral("delete")}}}}));
    }

    void stepsThatChangeTheSetup()
    {
        const Scenario s = loadSteps(R"([
            {"do": "user.set", "id": "alice", "emailFiltering": "all"},
            {"do": "filter.set", "filter": {"id": "f1", "user": "alice", "type": "contact",
             "enabled": false, "name": "Off",
             "fetchxml": "<fetch><entity name='contact'/></fetch>"}},
            {"do": "filter.remove", "id": "f1"},
            {"do": "filter.set", "filter": {"id": "f1", "user": "bob", "type": "task",
             "fetchxml": "<fetch><entity name='task'/></fetch>"}},
            {"do": "mailbox.set", "id": "m-bob", "outgoing": "none", "approved": false},
            {"do": "fault", "mailbox": "m-bob", "kind": "throttle", "cycles": 3},
            {"do": "org.set", "settings": {"smartMatching": {"minAddressCount": 3}}}])");
        QCOMPARE(s.steps.at(0).appliedTo(s.users.at(0)).emailFiltering, EmailFiltering::All);
        QCOMPARE(s.steps.at(0).appliedTo(s.users.at(0)).email, s.users.at(0).email);
        const SyncFilter replaced = s.steps.at(1).filter();
        QVERIFY(!replaced.enabled);
        QCOMPARE(replaced.name, QStringLiteral("Off"));
        QCOMPARE(replaced.modifiedOn, s.steps.at(1).at);
        QCOMPARE(s.steps.at(2).id(), QStringLiteral("f1"));
        QCOMPARE(s.steps.at(3).filter().name, QStringLiteral("f1"));
        const Mailbox bob = s.steps.at(4).appliedTo(s.mailboxes.at(1));
        QCOMPARE(bob.outgoing, ChannelMode::None);
        QCOMPARE(bob.incoming, ChannelMode::Sss);
        QVERIFY(!bob.approved);
        QCOMPARE(s.steps.at(5).fault().kind, ScenarioFault::Kind::Throttle);
        QCOMPARE(s.steps.at(5).fault().cycles, 3);
    }

    void idsAcrossMailboxesAndSides()
    {
        // The same message id may arrive in two mailboxes, and a CRM email may
        // arrive in a mailbox; an item created in Outlook may be updated in CRM.
        const Scenario s = loadSteps(R"([
            {"do": "crm.sendEmail", "email": {"id": "<a@x>", "from": "alice",
             "to": ["bob@contoso.com"], "subject": "Hi", "regarding": "c1"}},
            {"do": "exchange.receive", "mailbox": "m-bob", "email": {"id": "<a@x>",
             "from": "alice@contoso.com", "to": ["bob@contoso.com"], "subject": "Hi"}},
            {"do": "exchange.receive", "mailbox": "m-alice", "email": {"id": "<b@x>",
             "from": "dan@fabrikam.com", "to": ["alice@contoso.com", "bob@contoso.com"],
             "subject": "Both", "inReplyTo": "<a@x>", "folder": "Projects",
             "conversationIndex": "01d0a5b2c3d4e5f60718293a4b5c6d7e8f9000112233"}},
            {"do": "exchange.receive", "mailbox": "m-bob", "email": {"id": "<b@x>",
             "from": "dan@fabrikam.com", "to": ["alice@contoso.com", "bob@contoso.com"],
             "subject": "Both"}},
            {"do": "exchange.trackFolder", "mailbox": "m-alice", "folder": "Projects",
             "regarding": "acc1"},
            {"do": "exchange.create", "mailbox": "m-alice", "item": {"id": "t1", "type": "task"}},
            {"do": "exchange.track", "mailbox": "m-alice", "id": "t1"},
            {"do": "crm.update", "id": "t1", "fields": {"statecode": 1, "description": null}},
            {"do": "exchange.update", "mailbox": "m-alice", "id": "t1",
             "fields": {"scheduledend": "2026-03-05"}},
            {"do": "exchange.delete", "mailbox": "m-alice", "id": "t1"},
            {"do": "crm.delete", "id": "c1"},
            {"do": "sync", "mailbox": "m-bob"},
            {"do": "expect", "email": "<b@x>", "mailbox": "m-bob", "tracked": false},
            {"do": "expect", "history": "t1", "mailbox": "m-alice", "includes": ["IN_CREATE"]},
            {"do": "expect", "crm": "t1", "fields": {"description": null}},
            {"do": "expect", "inScope": "c1", "user": "bob", "value": false}])");
        QCOMPARE(s.steps.size(), size_t(16));
        QCOMPARE(s.steps.at(2).exchangeItem().folder, QStringLiteral("Projects"));
        QCOMPARE(s.steps.at(2).email().inReplyTo, QStringLiteral("<a@x>"));
        QCOMPARE(s.steps.at(4).folder(), QStringLiteral("Projects"));
        QVERIFY(s.steps.at(7).fields().value(u"description").isNull());
        QCOMPARE(s.steps.at(12).check->text,
                 QStringLiteral("email <b@x> mailbox=m-bob tracked=false"));
        QCOMPARE(s.steps.at(14).check->text,
                 QStringLiteral(R"(crm t1 fields={"description":null})"));
    }

    void orgOverrides()
    {
        QByteArray text = withSteps("[]");
        text.replace(R"("title": "T",)",
                     R"("title": "T", "org": {"sync": {"outOfScope": "delete"},
                         "fields": {"appointment": {"location": "toCrm"}}},)");
        const auto s = ScenarioLoader::loadFromData(text, QStringLiteral("t.json"));
        SL_VERIFY_OK(s);
        const auto settings = OrgSettings().withOverrides(s->orgOverrides);
        SL_VERIFY_OK(settings);
        QCOMPARE(settings->sync.outOfScope, OutOfScopeAction::Delete);
        QCOMPARE(settings->direction(QStringLiteral("appointment"), QStringLiteral("location")),
                 FieldDirection::ToCrm);
    }

    void aFileThatCannotBeRead()
    {
        const QString path = scenarioDir() + QStringLiteral("/no-such-file.json");
        const auto s = ScenarioLoader::load(path);
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::NotFound);
        QVERIFY(s.error().message.startsWith(path + QStringLiteral(": ")));
    }

    // Every prefix of a valid file is refused with a position, never a crash;
    // only the prefixes that still hold the whole object load.
    void everyTruncationGivesAPositionedError()
    {
        QFile file(scenarioDir() + QStringLiteral("/01-outlook-edit-overwrites-crm.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray full = file.readAll();
        const qsizetype end = full.lastIndexOf('}') + 1;
        for (qsizetype size = 0; size < full.size(); ++size) {
            const QByteArray prefix = full.left(size);
            const auto s = ScenarioLoader::loadFromData(prefix, QStringLiteral("cut.json"));
            if (size >= end) {
                SL_VERIFY_OK(s);
                continue;
            }
            QVERIFY2(!s, qPrintable(QString::number(size)));
            verifyPositioned(s.error(), prefix);
        }
    }

    void mutatedFilesNeverCrash()
    {
        QFile file(scenarioDir() + QStringLiteral("/06-mailbox-alerts.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        QRandomGenerator random(6);
        const char interesting[] = "{}[],:\"\\ 0-eE.tfnu\xC3\xFF";
        for (int round = 0; round < 3000; ++round) {
            QByteArray text = original;
            for (int edits = 1 + int(random.bounded(3)); edits > 0; --edits) {
                const auto at = qsizetype(random.bounded(int(text.size())));
                const char c = interesting[random.bounded(int(sizeof interesting) - 1)];
                if (random.bounded(2) == 0)
                    text[at] = c;
                else
                    text.insert(at, c);
            }
            const auto s = ScenarioLoader::loadFromData(text, QStringLiteral("m.json"));
            if (!s)
                verifyPositioned(s.error(), text);
        }
    }

private:
    static void verifyPositioned(const Error &error, const QByteArray &text)
    {
        QVERIFY2(error.line >= 1 && error.column >= 1, qPrintable(error.message));
        QVERIFY2(error.line <= text.count('\n') + 1, qPrintable(error.message));
        const QString position = QStringLiteral(":%1:%2: ").arg(error.line).arg(error.column);
        QVERIFY2(error.message.indexOf(position) == error.message.indexOf(u':'),
                 qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestScenarioLoader)
#include "tst_scenarioloader.moc"
