#include "scenariotext.h"

using namespace SyncLens;
using namespace SyncLens::Test;

class TestScenarioErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theBaseScenarioIsValid()
    {
        SL_VERIFY_OK(
            ScenarioLoader::loadFromData(Parts().text().toUtf8(), QStringLiteral("s.json")));
    }

    void errors_data()
    {
        addErrorColumns();
        topLevelRows();
        setupRows();
        orgRows();
    }

    void errors() { verifyError(); }

private:
    static void topLevelRows()
    {
        using P = Part;
        rawRow("not an object", "`[1]", "holds one JSON object, not a list");
        rawRow("JSON syntax", "{\"format\": \"synclens-scenario/1\"`,}",
               "trailing comma before '}'");
        row("format of another version", P::Head,
            R"({"format": `"synclens-scenario/2", "title": "T", "start": "2026-03-02T08:00:00Z")",
            R"("format" must be "synclens-scenario/1", not "synclens-scenario/2")");
        row("format missing", P::Head, R"(`{"title": "T", "start": "2026-03-02T08:00:00Z")",
            R"("format" is missing)");
        row("format a number", P::Head, R"({"format": `1, "title": "T")", "not a number");
        row("unknown top-level key", P::Head,
            (QByteArray(kHead) + R"(, `"titel": "x")").constData(),
            R"(unknown key "titel" in the scenario; expected one of format, title, start, steps)");
        row("title missing", P::Head,
            R"(`{"format": "synclens-scenario/1", "start": "2026-03-02T08:00:00Z")",
            R"("title" is missing in the scenario)");
        row("title a number", P::Head,
            R"({"format": "synclens-scenario/1", "title": `5, "start": "2026-03-02T08:00:00Z")",
            R"("title" must be a string, not a number)");
        row("story a list", P::Head, (QByteArray(kHead) + R"(, "story": `[])").constData(),
            R"("story" must be a string, not a list)");
        row("start not a date", P::Head,
            R"({"format": "synclens-scenario/1", "title": "T", "start": `"next Monday")",
            R"("start" must be an ISO 8601 date and time with a time zone)");
        row("start without a zone", P::Head,
            R"({"format": "synclens-scenario/1", "title": "T", "start": `"2026-03-02T08:00:00")",
            R"(not "2026-03-02T08:00:00")");
        row("start on 30 February", P::Head,
            R"({"format": "synclens-scenario/1", "title": "T", "start": `"2026-02-30T08:00:00Z")",
            R"("2026-02-30T08:00:00Z")");
        row("steps not a list", P::Steps, R"(`{"do": "sync"})", R"("steps" must be a list)");
    }

    static void setupRows()
    {
        using P = Part;
        row("user: unknown key", P::Users, R"([{"id": "alice", `"mail": "a@b.c"}])",
            R"(unknown key "mail" in users[0]; expected one of id, name, email, emailFiltering)");
        row("user: email missing", P::Users, R"([`{"id": "alice"}])",
            R"("email" is missing in users[0])");
        row("user: email not an address", P::Users, R"([{"id": "alice", "email": `"alice"}])",
            R"("email" must be an email address, not "alice")");
        row("user: empty id", P::Users, R"([{"id": `"", "email": "x@y.z"}])",
            R"("id" must not be empty)");
        row("user: emailFiltering", P::Users,
            R"([{"id": "alice", "email": "a@b.c", "emailFiltering": `"sometimes"}])",
            R"("emailFiltering" must be one of all, responses, records, emailEnabled, none; not "sometimes")");
        row("user: duplicate id", P::Users,
            "[{\"id\": \"alice\", \"email\": \"a@b.c\"},\n {\"id\": `\"alice\", \"email\": "
            "\"d@b.c\"}]",
            R"(duplicate id "alice" (first at line 2, column 18))");
        row("user: timeZone not an IANA name", P::Users,
            R"([{"id": "alice", "email": "a@b.c", "timeZone": `"Europe/Pariss"}])",
            R"("timeZone" must be an IANA time zone name such as Europe/Paris)");
        auto teams = [](const char *text) { return (QByteArray(kHead) + ", \"teams\": " + text); };
        row("team: unknown member", P::Head,
            teams(R"([{"id": "t1", "members": ["alice", `"zed"]}])").constData(),
            R"(unknown user "zed")");
        row("team: a user's id", P::Head, teams(R"([{"id": `"alice", "members": []}])").constData(),
            R"("alice" is already a user's id)");
        row("team: members missing", P::Head, teams(R"([`{"id": "t1"}])").constData(),
            R"("members" is missing in teams[0])");
        row("mailbox: unknown user", P::Mailboxes, R"([{"id": "m-alice", "user": `"bob"}])",
            R"(unknown user "bob")");
        row("mailbox: channel mode", P::Mailboxes,
            R"([{"id": "m-alice", "user": "alice", "incoming": `"exchange"}])",
            R"("incoming" must be one of sss, none; not "exchange")");
        row("mailbox: approved a string", P::Mailboxes,
            R"([{"id": "m-alice", "user": "alice", "approved": `"yes"}])",
            R"("approved" must be true or false, not a string)");
        row("mailbox: two for one user", P::Mailboxes,
            R"([{"id": "m-alice", "user": "alice"}, {"id": "m-2", "user": `"alice"}])",
            R"(user "alice" already has mailbox "m-alice")");
        row("mailbox: duplicate id", P::Mailboxes,
            R"([{"id": "m1", "user": "alice"}, {"id": `"m1", "user": "carol"}])",
            R"(duplicate id "m1")");
        row("filter: fetchxml does not parse", P::Filters,
            R"([{"id": "f", "user": "alice", "type": "task", "fetchxml": `"<fetch><entity name='task'><filter><condition/></filter></entity></fetch>"}])",
            R"("fetchxml" does not parse: line 1, column )");
        row("filter: malformed XML", P::Filters,
            R"([{"id": "f", "user": "alice", "type": "task", "fetchxml": `"<fetch>"}])",
            R"("fetchxml" does not parse)");
        row("filter: type", P::Filters,
            R"([{"id": "f", "user": "alice", "type": `"email", "fetchxml": "<fetch/>"}])",
            R"("type" must be one of contact, appointment, task; not "email")");
        row("filter: type and entity differ", P::Filters,
            R"([{"id": "f", "user": "alice", "type": "contact", "fetchxml": `"<fetch><entity name='task'/></fetch>"}])",
            R"("fetchxml" queries task records, but the filter's type is contact)");
        row("filter: unknown user", P::Filters,
            R"([{"id": "f", "user": `"zed", "type": "task", "fetchxml": "<fetch/>"}])",
            R"(unknown user "zed")");
        row("filter: enabled", P::Filters,
            R"([{"id": "f", "user": "alice", "type": "task", "enabled": `1, "fetchxml": "<fetch/>"}])",
            R"("enabled" must be true or false, not a number)");
        row("filter: fetchxml missing", P::Filters,
            R"([`{"id": "f", "user": "alice", "type": "task"}])",
            R"("fetchxml" is missing in filters[0])");
        row("record: choice as text", P::Records,
            R"([{"id": "c1", "type": "contact", "fields": {"statecode": `"Active"}}])",
            R"("statecode" must be a whole number)");
        row("record: unknown choice", P::Records,
            R"([{"id": "c1", "type": "contact", "fields": {"statecode": `7}}])",
            R"("statecode" must be one of 0 (Active), 1 (Inactive); not 7)");
        row("record: unknown owner", P::Records,
            R"([{"id": "c1", "type": "contact", "fields": {"ownerid": `"bob"}}])",
            R"(unknown user "bob")");
        row("record: date", P::Records,
            R"([{"id": "a1", "type": "appointment", "fields": {"scheduledstart": `"next Monday"}}])",
            R"("scheduledstart" must be an ISO 8601 date)");
        row("record: unknown regarding", P::Records,
            R"([{"id": "a1", "type": "appointment", "fields": {"regardingobjectid": `"zz"}}])",
            R"(unknown record or item "zz")");
        row("record: duplicate id", P::Records,
            R"([{"id": "a1", "type": "task"}, {"id": `"a1", "type": "contact"}])",
            R"(duplicate id "a1")");
        row("record: type missing", P::Records, R"([`{"id": "a1"}])",
            R"("type" is missing in records[0])");
        row("record: an object as a value", P::Records,
            R"([{"id": "x", "type": "lead", "fields": {"custom": `{"a": 1}}}])",
            R"("custom" must be a string, a number, true or false, or a list of those; not an object)");
        row("record: null", P::Records,
            R"([{"id": "a1", "type": "appointment", "fields": {"subject": `null}}])",
            R"("subject" cannot be null here)");
    }

    static void orgRows()
    {
        using P = Part;
        auto org = [](const char *text) { return (QByteArray(kHead) + ", \"org\": " + text); };
        row("org: unknown setting", P::Head, org(R"({"sync": {`"outOfScop": "keep"}})").constData(),
            "org setting sync.outOfScop: unknown setting");
        row("org: bad value", P::Head, org(R"({"sync": {`"outOfScope": "remove"}})").constData(),
            "org setting sync.outOfScope: expected one of: keep, delete");
        row("org: a section that is no object", P::Head, org(R"({`"tracking": true})").constData(),
            "org setting tracking");
        row("org: unknown section", P::Head, org(R"({"sync": {}, `"trackng": {}})").constData(),
            "org setting trackng: unknown setting");
        row("org: not a whole number", P::Head,
            org(R"({"smartMatching": {"enabled": true, `"minAddressCount": 2.5}})").constData(),
            "org setting smartMatching.minAddressCount");
        row("org: field direction", P::Head,
            org(R"({"fields": {"task": {`"subject": "up"}}})").constData(),
            "org setting fields.task.subject");
        row("org: a list", P::Head, org("`[]").constData(),
            R"("org" must be an object, not a list)");
    }
};

QTEST_GUILESS_MAIN(TestScenarioErrors)
#include "tst_scenarioerrors.moc"
