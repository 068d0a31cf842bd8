#include "scenariotext.h"

using namespace SyncLens;
using namespace SyncLens::Test;

class TestScenarioStepErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errors_data()
    {
        addErrorColumns();
        stepRows();
        crmAndExchangeRows();
        checkRows();
    }

    void errors() { verifyError(); }

private:
    static void stepRows()
    {
        using P = Part;
        row("unknown kind", P::Steps, R"([{"do": `"crm.upsert"}])",
            R"("do" must be one of crm.create, crm.update)");
        row("do missing", P::Steps, R"([`{"at": "2026-03-02T08:00:00Z"}])",
            R"("do" is missing in step 1)");
        row("a step that is no object", P::Steps, R"([`"sync"])",
            "step 1 must be an object, not a string");
        row("unknown key in sync", P::Steps, R"([{"do": "sync", `"mailbx": "m-alice"}])",
            R"(unknown key "mailbx" in step 1; expected one of do, at, mailbox)");
        row("at not a date", P::Steps, R"([{"at": `"08:00", "do": "sync"}])",
            R"("at" must be an ISO 8601 date and time with a time zone)");
        row("at before start", P::Steps, R"([{"at": `"2026-03-02T07:59:00Z", "do": "sync"}])",
            R"("at" 2026-03-02T07:59:00Z is before the scenario's start, 2026-03-02T08:00:00Z)");
        row("time goes back", P::Steps,
            "[{\"at\": \"2026-03-02T09:00:00Z\", \"do\": \"sync\"},\n"
            " {\"at\": `\"2026-03-02T08:30:00Z\", \"do\": \"sync\"}]",
            "is before step 1, at 2026-03-02T09:00:00Z; time never goes back");
        row("time goes back past an implicit minute", P::Steps,
            R"([{"at": "2026-03-02T09:00:00Z", "do": "sync"}, {"do": "sync"},
                {"at": `"2026-03-02T09:00:30Z", "do": "sync"}])",
            "is before step 2, at 2026-03-02T09:01:00Z");
        row("sync: unknown mailbox", P::Steps, R"([{"do": "sync", "mailbox": `"m-bob"}])",
            R"(unknown mailbox "m-bob")");
        row("fault: kind", P::Steps, R"([{"do": "fault", "mailbox": "m-alice", "kind": `"crash"}])",
            R"("kind" must be one of auth, transient, throttle; not "crash")");
        row("fault: channel", P::Steps,
            R"([{"do": "fault", "mailbox": "m-alice", "kind": "auth", "channel": `"calendar"}])",
            R"("channel" must be one of incoming, outgoing, act; not "calendar")");
        row("fault: no cycles", P::Steps,
            R"([{"do": "fault", "mailbox": "m-alice", "kind": "auth", "cycles": `0}])",
            R"("cycles" must be a whole number from 1 to 1000)");
        row("fault: half a cycle", P::Steps,
            R"([{"do": "fault", "mailbox": "m-alice", "kind": "auth", "cycles": `1.5}])",
            R"("cycles" must be a whole number)");
        row("fault: kind missing", P::Steps, R"([`{"do": "fault", "mailbox": "m-alice"}])",
            R"("kind" is missing in step 1)");
        row("filter.remove: unknown", P::Steps, R"([{"do": "filter.remove", "id": `"f-none"}])",
            R"(unknown filter "f-none")");
        row("filter.remove: twice", P::Steps,
            R"([{"do": "filter.remove", "id": "f-appt"}, {"do": "filter.remove", "id": `"f-appt"}])",
            R"(unknown filter "f-appt")");
        row("filter.set: bad fetchxml", P::Steps,
            R"([{"do": "filter.set", "filter": {"id": "f-appt", "user": "alice", "type": "task", "fetchxml": `"<fetch"}}])",
            R"("fetchxml" does not parse)");
        row("user.set: unknown user", P::Steps, R"([{"do": "user.set", "id": `"bob"}])",
            R"(unknown user "bob")");
        row("user.set: emailFiltering", P::Steps,
            R"([{"do": "user.set", "id": "alice", "emailFiltering": `"most"}])",
            R"("emailFiltering" must be one of)");
        row("user.set: id is not a field", P::Steps,
            R"([{"do": "user.set", "id": "alice", `"user": "alice"}])",
            R"(unknown key "user" in step 1; expected one of do, at, id, name, email, emailFiltering)");
        row("mailbox.set: act", P::Steps,
            R"([{"do": "mailbox.set", "id": "m-alice", "act": `"on"}])",
            R"("act" must be one of sss, none; not "on")");
        row("mailbox.set: enabled", P::Steps,
            R"([{"do": "mailbox.set", "id": "m-alice", "enabled": `"true"}])",
            R"("enabled" must be true or false, not a string)");
        row("org.set: bad setting", P::Steps,
            R"([{"do": "org.set", "settings": {"sync": {`"exchangeDelete": "purge"}}}])",
            "org setting sync.exchangeDelete: expected one of: untrack, delete");
        row("org.set: exchangeDelete for every type", P::Steps,
            R"([{"do": "org.set", "settings": {"sync": {`"exchangeDelete": "organizerFuture"}}}])",
            "org setting sync.exchangeDelete: expected one of: untrack, delete, or an object");
        row("org.set: exchangeDelete per type", P::Steps,
            R"([{"do": "org.set", "settings": {"sync": {"exchangeDelete": {`"task": "organizerFuture"}}}}])",
            "org setting sync.exchangeDelete.task: expected one of: open, untrack, delete");
        row("org.set: exchangeDelete of an unknown type", P::Steps,
            R"([{"do": "org.set", "settings": {"sync": {"exchangeDelete": {"appointment": "delete", `"lead": "delete"}}}}])",
            "org setting sync.exchangeDelete.lead: unknown record type");
        row("org.set: settings missing", P::Steps, R"([`{"do": "org.set"}])",
            R"("settings" is missing in step 1)");
    }

    static void crmAndExchangeRows()
    {
        using P = Part;
        row("crm.update: misspelt key", P::Steps,
            R"([{"do": "crm.update", "id": "a1", `"feilds": {}}])",
            R"(unknown key "feilds" in step 1; expected one of do, at, id, fields)");
        row("crm.update: fields missing", P::Steps, R"([`{"do": "crm.update", "id": "a1"}])",
            R"("fields" is missing in step 1)");
        row("crm.update: unknown id", P::Steps,
            R"([{"do": "crm.update", "id": `"a9", "fields": {}}])",
            R"(unknown record or item "a9")");
        row("crm.update: used before it is created", P::Steps,
            R"([{"do": "crm.update", "id": `"a2", "fields": {}},
                {"do": "crm.create", "record": {"id": "a2", "type": "task"}}])",
            R"(unknown record or item "a2")");
        row("crm.update: a date", P::Steps,
            R"([{"do": "crm.update", "id": "a1", "fields": {"scheduledstart": `5}}])",
            R"("scheduledstart" must be an ISO 8601 date)");
        row("crm.create: duplicate id", P::Steps,
            R"([{"do": "crm.create", "record": {"id": `"a1", "type": "task"}}])",
            R"(duplicate id "a1")");
        row("crm.create: unknown key", P::Steps,
            R"([{"do": "crm.create", "record": {"id": "a2", "type": "task", `"owner": "alice"}}])",
            R"(unknown key "owner" in step 1, record; expected one of id, type, fields)");
        row("crm.delete: unknown id", P::Steps, R"([{"do": "crm.delete", "id": `"zz"}])",
            R"(unknown record or item "zz")");
        row("crm.sendEmail: unknown sender", P::Steps,
            R"([{"do": "crm.sendEmail", "email": {"id": "<q@x>", "from": `"zed", "to": [], "subject": "S"}}])",
            R"(unknown user "zed")");
        row("crm.sendEmail: to is no list", P::Steps,
            R"([{"do": "crm.sendEmail", "email": {"id": "<q@x>", "from": "alice", "to": `"dan@x.com", "subject": "S"}}])",
            R"("to" must be a list, not a string)");
        row("crm.sendEmail: a recipient that is no address", P::Steps,
            R"([{"do": "crm.sendEmail", "email": {"id": "<q@x>", "from": "alice", "to": ["dan@x.com", `"dan"], "subject": "S"}}])",
            R"("to"[1] must be an email address, not "dan")");
        row("crm.sendEmail: subject missing", P::Steps,
            R"([{"do": "crm.sendEmail", "email": `{"id": "<q@x>", "from": "alice", "to": []}}])",
            R"("subject" is missing in step 1, email)");
        row("crm.sendEmail: unknown regarding", P::Steps,
            R"([{"do": "crm.sendEmail", "email": {"id": "<q@x>", "from": "alice", "to": [], "subject": "S", "regarding": `"acc9"}}])",
            R"(unknown record or item "acc9")");
        row("exchange.receive: unknown mailbox", P::Steps,
            R"([{"do": "exchange.receive", "mailbox": `"m-x", "email": {}}])",
            R"(unknown mailbox "m-x")");
        row("exchange.receive: from a user id", P::Steps,
            R"([{"do": "exchange.receive", "mailbox": "m-alice", "email": {"id": "<r@x>", "from": `"dan", "to": [], "subject": "S"}}])",
            R"("from" must be an email address, not "dan")");
        row("exchange.receive: conversation index", P::Steps,
            R"([{"do": "exchange.receive", "mailbox": "m-alice", "email": {"id": "<r@x>", "from": "d@x.com", "to": [], "subject": "S", "conversationIndex": `"xyz"}}])",
            R"("conversationIndex" must be hexadecimal)");
        row("exchange.receive: twice in one mailbox", P::Steps,
            R"([{"do": "exchange.receive", "mailbox": "m-alice", "email": {"id": "<r@x>", "from": "d@x.com", "to": [], "subject": "S"}},
                {"do": "exchange.receive", "mailbox": "m-alice", "email": {"id": `"<r@x>", "from": "d@x.com", "to": [], "subject": "S"}}])",
            R"(email "<r@x>" already arrived in mailbox "m-alice" (line 11, column 76))");
        row("exchange.receive: the id of an appointment", P::Steps,
            R"([{"do": "exchange.receive", "mailbox": "m-alice", "email": {"id": `"a1", "from": "d@x.com", "to": [], "subject": "S"}}])",
            R"("a1" is already a record or item of type appointment, not an email)");
        row("exchange.create: type", P::Steps,
            R"([{"do": "exchange.create", "mailbox": "m-alice", "item": {"id": "x1", "type": `"email"}}])",
            R"("type" must be one of appointment, task, contact; not "email")");
        row("exchange.create: a CRM record's id", P::Steps,
            R"([{"do": "exchange.create", "mailbox": "m-alice", "item": {"id": `"a1", "type": "task"}}])",
            R"(duplicate id "a1")");
        row("exchange.update: unknown item", P::Steps,
            R"([{"do": "exchange.update", "mailbox": "m-alice", "id": `"x9", "fields": {}}])",
            R"(unknown record or item "x9")");
        row("exchange.delete: regarding is not its key", P::Steps,
            R"([{"do": "exchange.delete", "mailbox": "m-alice", "id": "a1", `"regarding": "c1"}])",
            R"(unknown key "regarding" in step 1; expected one of do, at, mailbox, id)");
        row("exchange.trackFolder: empty folder", P::Steps,
            R"([{"do": "exchange.trackFolder", "mailbox": "m-alice", "folder": `""}])",
            R"("folder" must not be empty)");
        row("exchange.track: unknown regarding", P::Steps,
            R"([{"do": "exchange.track", "mailbox": "m-alice", "id": "a1", "regarding": `"acc9"}])",
            R"(unknown record or item "acc9")");
    }

    static void checkRows()
    {
        using P = Part;
        row("expect: no check", P::Steps, R"([`{"do": "expect"}])",
            "step 1 needs one check: crm, exchange, email, inScope, last, history, mailboxStatus");
        row("expect: misspelt check", P::Steps, R"([{"do": "expect", `"crn": "a1"}])",
            R"(unknown key "crn" in step 1; an expect step needs one check)");
        row("expect: two checks", P::Steps,
            R"([{"do": "expect", "crm": "a1", `"last": "a1", "reason": "OUT_CREATE"}])",
            R"(step 1 has two checks, "crm" and "last")");
        row("expect: unknown reason code", P::Steps,
            R"([{"do": "expect", "last": "a1", "reason": `"LEFT_SCOPES"}])",
            R"("reason": unknown reason code "LEFT_SCOPES")");
        row("expect: unknown code in a history", P::Steps,
            R"([{"do": "expect", "history": "a1", "includes": ["OUT_CREATE", `"OUT_DELETE"]}])",
            R"("includes"[1]: unknown reason code "OUT_DELETE")");
        row("expect: empty history", P::Steps,
            R"([{"do": "expect", "history": "a1", "includes": `[]}])",
            R"("includes" must be a list of one or more reason codes)");
        row("expect: last without reason", P::Steps, R"([`{"do": "expect", "last": "a1"}])",
            R"("reason" is missing in step 1)");
        row("expect: channel status", P::Steps,
            R"([{"do": "expect", "mailboxStatus": "m-alice", "incoming": `"Failed"}])",
            R"("incoming" must be one of NotRun, Success, Failure; not "Failed")");
        row("expect: disabled is a list", P::Steps,
            R"([{"do": "expect", "mailboxStatus": "m-alice", "disabled": `"act"}])",
            R"("disabled" must be a list)");
        row("expect: disabled names channels", P::Steps,
            R"([{"do": "expect", "mailboxStatus": "m-alice", "disabled": ["act", `"calendar"]}])",
            R"(must be one of incoming, outgoing, act; not "calendar")");
        row("expect: unknown alert", P::Steps,
            R"([{"do": "expect", "mailboxStatus": "m-alice", "alert": `"DISABLED"}])",
            R"("alert": unknown reason code "DISABLED")");
        row("expect: status of an unknown mailbox", P::Steps,
            R"([{"do": "expect", "mailboxStatus": `"m-bob"}])", R"(unknown mailbox "m-bob")");
        row("expect: exchange without mailbox", P::Steps,
            R"([`{"do": "expect", "exchange": "a1"}])", R"("mailbox" is missing in step 1)");
        row("expect: crm with a mailbox", P::Steps,
            R"([{"do": "expect", "crm": "a1", `"mailbox": "m-alice"}])",
            R"(unknown key "mailbox" in step 1; expected one of do, at, crm, exists, fields)");
        row("expect: email check of an appointment", P::Steps,
            R"([{"do": "expect", "email": `"a1", "tracked": true}])",
            R"("a1" is a record or item of type appointment, not an email)");
        row("expect: inScope of an email", P::Steps,
            R"([{"do": "crm.sendEmail", "email": {"id": "<q@x>", "from": "alice", "to": [], "subject": "S"}},
                {"do": "expect", "inScope": `"<q@x>", "user": "alice", "value": true}])",
            R"("inScope" needs a contact, appointment or task; "<q@x>" is of type email)");
        row("expect: inScope without value", P::Steps,
            R"([`{"do": "expect", "inScope": "a1", "user": "alice"}])",
            R"("value" is missing in step 1)");
        row("expect: inScope of an unknown user", P::Steps,
            R"([{"do": "expect", "inScope": "a1", "user": `"bob", "value": true}])",
            R"(unknown user "bob")");
        row("expect: exists as text", P::Steps,
            R"([{"do": "expect", "crm": "a1", "exists": `"yes"}])",
            R"("exists" must be true or false, not a string)");
        row("expect: fields of a record that must not exist", P::Steps,
            R"([{"do": "expect", "crm": "a1", "exists": false, `"fields": {}}])",
            R"("fields" cannot be checked on a record that is expected not to exist)");
        row("expect: a field of the wrong type", P::Steps,
            R"([{"do": "expect", "crm": "a1", "fields": {"scheduledstart": `"soon"}}])",
            R"("scheduledstart" must be an ISO 8601 date)");
        row("expect: unknown item", P::Steps,
            R"([{"do": "expect", "last": `"zz", "reason": "SENT"}])",
            R"(unknown record or item "zz")");
        row("expect: unknown regarding", P::Steps,
            R"([{"do": "crm.sendEmail", "email": {"id": "<q@x>", "from": "alice", "to": [], "subject": "S"}},
                {"do": "expect", "email": "<q@x>", "regarding": `"acc9"}])",
            R"(unknown record or item "acc9")");
    }
};

QTEST_GUILESS_MAIN(TestScenarioStepErrors)
#include "tst_scenariosteperrors.moc"
