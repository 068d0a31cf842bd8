#include "schema.h"

namespace SyncLens::Schema {

namespace {

// Version 1: the first SyncLens store.
QStringList version1()
{
    return {
        QStringLiteral(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE users (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
                       " email TEXT NOT NULL, email_filtering TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE mailboxes (id TEXT PRIMARY KEY,"
                       " user_id TEXT NOT NULL REFERENCES users(id),"
                       " incoming TEXT NOT NULL, outgoing TEXT NOT NULL, act TEXT NOT NULL,"
                       " approved INTEGER NOT NULL, enabled INTEGER NOT NULL,"
                       " incoming_status TEXT NOT NULL, outgoing_status TEXT NOT NULL,"
                       " act_status TEXT NOT NULL, failures INTEGER NOT NULL DEFAULT 0,"
                       " last_cycle INTEGER, retry_after INTEGER)"),
        QStringLiteral("CREATE TABLE filters (id TEXT PRIMARY KEY,"
                       " user_id TEXT NOT NULL REFERENCES users(id), type TEXT NOT NULL,"
                       " name TEXT NOT NULL, fetchxml TEXT NOT NULL, enabled INTEGER NOT NULL,"
                       " modified_on INTEGER)"),
        QStringLiteral("CREATE TABLE crm_records (id TEXT PRIMARY KEY, type TEXT NOT NULL,"
                       " fields TEXT NOT NULL, created_on INTEGER, modified_on INTEGER,"
                       " deleted INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX crm_records_type ON crm_records (type)"),
        QStringLiteral("CREATE TABLE exchange_items ("
                       " mailbox_id TEXT NOT NULL REFERENCES mailboxes(id), id TEXT NOT NULL,"
                       " type TEXT NOT NULL, fields TEXT NOT NULL, folder TEXT,"
                       " track_requested INTEGER NOT NULL DEFAULT 0, regarding_id TEXT,"
                       " created_on INTEGER, modified_on INTEGER,"
                       " deleted INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (mailbox_id, id))"),
        QStringLiteral("CREATE TABLE links (mailbox_id TEXT NOT NULL, item_id TEXT NOT NULL,"
                       " state TEXT NOT NULL, in_scope INTEGER NOT NULL, last_synced INTEGER,"
                       " PRIMARY KEY (mailbox_id, item_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE journal (id INTEGER PRIMARY KEY, time INTEGER NOT NULL,"
                       " cycle INTEGER NOT NULL, mailbox_id TEXT, item_id TEXT,"
                       " code TEXT NOT NULL, facts TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX journal_item ON journal (item_id, time)"),
        QStringLiteral("CREATE TABLE alerts (id INTEGER PRIMARY KEY, mailbox_id TEXT NOT NULL,"
                       " time INTEGER NOT NULL, severity TEXT NOT NULL, code TEXT NOT NULL,"
                       " message TEXT NOT NULL)"),
    };
}

// Version 2: named sequences (tracking tokens) get a table of their own instead
// of "sequence.NAME" rows in meta, and the journal and alerts are indexed for
// the per-mailbox queries of the monitor.
QStringList version2()
{
    return {
        QStringLiteral("CREATE TABLE sequences (name TEXT PRIMARY KEY,"
                       " value INTEGER NOT NULL) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO sequences (name, value)"
                       " SELECT substr(key, 10), CAST(value AS INTEGER) FROM meta"
                       " WHERE key LIKE 'sequence.%'"),
        QStringLiteral("DELETE FROM meta WHERE key LIKE 'sequence.%'"),
        QStringLiteral("CREATE INDEX journal_mailbox_time ON journal (mailbox_id, time)"),
        QStringLiteral("CREATE INDEX journal_code ON journal (code)"),
        QStringLiteral("CREATE INDEX alerts_mailbox ON alerts (mailbox_id, time)"),
        QStringLiteral("CREATE INDEX exchange_items_type ON exchange_items (type)"),
    };
}

// Version 3: incremental sync. Every CRM record and Exchange item carries the
// org-wide change number of its last write (existing rows get their row id,
// so a migrated org looks all new to its first cycle); mailboxes remember the
// change number they have seen and their injected faults; links keep the
// values both sides last agreed on; change marks stamp what has no row of
// its own to stamp (a user's filters, the org settings).
QStringList version3()
{
    return {
        QStringLiteral("ALTER TABLE crm_records ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE crm_records SET change_seq = rowid"),
        QStringLiteral("CREATE INDEX crm_records_change ON crm_records (change_seq)"),
        QStringLiteral(
            "ALTER TABLE exchange_items ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE exchange_items SET change_seq = rowid"),
        QStringLiteral(
            "CREATE INDEX exchange_items_change ON exchange_items (mailbox_id, change_seq)"),
        QStringLiteral("ALTER TABLE links ADD COLUMN synced TEXT NOT NULL DEFAULT '{}'"),
        QStringLiteral("ALTER TABLE mailboxes ADD COLUMN last_seq INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE mailboxes ADD COLUMN fault TEXT NOT NULL DEFAULT 'none'"),
        QStringLiteral("ALTER TABLE mailboxes ADD COLUMN fault_cycles INTEGER NOT NULL DEFAULT 0"),
        // Counts by reason code per mailbox, answered from the index alone.
        QStringLiteral("CREATE INDEX journal_mailbox_code ON journal (mailbox_id, code)"),
        QStringLiteral("CREATE TABLE change_marks (name TEXT PRIMARY KEY,"
                       " seq INTEGER NOT NULL) WITHOUT ROWID"),
    };
}

// Version 4: the history of sync filters. Each change made through SyncLens
// (save, remove, restore, undo) appends the filter as it is afterwards, with
// the time and the author, so that a change can be undone and any earlier
// version brought back.
QStringList version4()
{
    return {
        QStringLiteral("CREATE TABLE filter_versions (id INTEGER PRIMARY KEY,"
                       " filter_id TEXT NOT NULL, user_id TEXT NOT NULL, type TEXT NOT NULL,"
                       " name TEXT NOT NULL, fetchxml TEXT NOT NULL, enabled INTEGER NOT NULL,"
                       " modified_on INTEGER, change TEXT NOT NULL, time INTEGER NOT NULL,"
                       " author TEXT NOT NULL, based_on INTEGER NOT NULL DEFAULT 0,"
                       " present INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX filter_versions_filter ON filter_versions (filter_id, id)"),
        QStringLiteral("CREATE INDEX filter_versions_user ON filter_versions (user_id, id)"),
    };
}

// Version 5 (model v2): health per channel, and alerts without sentences.
// A mailbox keeps each channel's own state (disabled, failures in a row,
// back-off, injected fault) and where its incoming email stands, as one JSON
// object. An alert keeps a code and facts, rendered when shown in the
// language of that moment; older alerts keep their sentence as the fact "text".
QStringList version5()
{
    return {
        QStringLiteral("ALTER TABLE mailboxes ADD COLUMN channel_state TEXT NOT NULL DEFAULT '{}'"),
        QStringLiteral("ALTER TABLE alerts ADD COLUMN facts TEXT NOT NULL DEFAULT '{}'"),
        QStringLiteral("UPDATE alerts SET facts = json_object('text', message), message = ''"),
    };
}

// Version 6 (5 is another change's): each user's time zone, in which
// calendar-based filter operators count days, and teams, which can own
// records and whose members eq-userteams matches (sss-model §1).
QStringList version6()
{
    return {
        QStringLiteral("ALTER TABLE users ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC'"),
        QStringLiteral("CREATE TABLE teams (id TEXT PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE team_members (team_id TEXT NOT NULL REFERENCES teams(id),"
                       " user_id TEXT NOT NULL, PRIMARY KEY (team_id, user_id)) WITHOUT ROWID"),
    };
}

// Version 7: live mode (issue 14). What Dataverse says of a mailbox beyond the
// engine's model (users' and queues' mailboxes, approval in four states,
// delivery methods, the three enable flags, last sync and error, postponed
// times), the kind of each imported sync filter (outlook or offline), the
// filter templates, and what the import could not read (per user). Versions
// 5 and 6 belong to other work and may be empty here.
QStringList version7()
{
    return {
        QStringLiteral("CREATE TABLE live_mailboxes (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
                       " address TEXT NOT NULL, owner_id TEXT, owner_type TEXT NOT NULL,"
                       " incoming_status TEXT NOT NULL, outgoing_status TEXT NOT NULL,"
                       " act_status TEXT NOT NULL, approval TEXT NOT NULL,"
                       " incoming_method INTEGER NOT NULL, outgoing_method INTEGER NOT NULL,"
                       " act_method INTEGER NOT NULL, incoming_enabled INTEGER NOT NULL,"
                       " outgoing_enabled INTEGER NOT NULL, act_enabled INTEGER NOT NULL,"
                       " last_success INTEGER, last_attempt INTEGER, last_error TEXT NOT NULL,"
                       " last_error_code TEXT NOT NULL, last_error_time INTEGER,"
                       " error_count INTEGER NOT NULL, postponed_processing INTEGER,"
                       " postponed_sending INTEGER, postponed_receiving INTEGER,"
                       " postponed_act INTEGER, postponed_test INTEGER)"),
        QStringLiteral("CREATE TABLE live_filter_kinds (filter_id TEXT PRIMARY KEY,"
                       " kind TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE live_templates (id TEXT PRIMARY KEY, type TEXT NOT NULL,"
                       " name TEXT NOT NULL, kind TEXT NOT NULL, fetchxml TEXT NOT NULL,"
                       " is_default INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE live_notes (id INTEGER PRIMARY KEY, subject TEXT NOT NULL,"
                       " message TEXT NOT NULL)"),
    };
}

// Version 8 belongs to another change (h-act); until that is merged, a
// statement that changes nothing keeps the versions contiguous.
QStringList version8()
{
    return {QStringLiteral("SELECT 1")};
}

// Version 9 (8 is another change's): live filters (issue 15). The ETag each
// sync filter was read or last written with, so that a save sends If-Match on
// it; and, for each filter version SyncLens wrote to a live org, the org and
// the ETags before and after (the filter before is the previous version).
QStringList version9()
{
    return {
        QStringLiteral("CREATE TABLE live_filter_etags (filter_id TEXT PRIMARY KEY,"
                       " etag TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE live_filter_writes (version_id INTEGER PRIMARY KEY,"
                       " org TEXT NOT NULL, etag_before TEXT NOT NULL,"
                       " etag_after TEXT NOT NULL)"),
    };
}

// Version 10: the org's events (issue 17). Each change that makes the engine
// decide again — a filter saved, a setting or a user's email filtering
// changed, a mailbox approved or enabled — at the org's time, so that the
// timeline can draw the cause beside its effects.
QStringList version10()
{
    return {
        QStringLiteral("CREATE TABLE org_events (id INTEGER PRIMARY KEY, time INTEGER NOT NULL,"
                       " kind TEXT NOT NULL, user_id TEXT NOT NULL, mailbox_id TEXT NOT NULL,"
                       " author TEXT NOT NULL, filter_version INTEGER NOT NULL,"
                       " facts TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX org_events_time ON org_events (time)"),
    };
}

// Version 11: Exchange items lose their index by type. Only the count of
// live items by type reads it, and that query scans the table either way
// (0.10 s with it, 0.12 s without, for a 1M-item org); every item written
// paid for it: 2 % of a first cycle's instructions (6 December).
QStringList version11()
{
    return {
        QStringLiteral("DROP INDEX IF EXISTS exchange_items_type"),
    };
}

// Version 12: counts by reason code kept per mailbox instead of two indexes
// over the journal. The indexes (code) and (mailbox_id, code) cost every
// decision two entries, 8.6 % of a first cycle's instructions (callgrind,
// 20,000 items, 6 December), and each count still read one entry per
// decision; journal_counts holds one row per mailbox and code, added to as
// each transaction commits (OrgStore::transaction()).
QStringList version12()
{
    return {
        QStringLiteral("CREATE TABLE journal_counts (mailbox_id TEXT NOT NULL, code TEXT NOT NULL,"
                       " entries INTEGER NOT NULL, PRIMARY KEY (mailbox_id, code)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO journal_counts (mailbox_id, code, entries)"
                       " SELECT coalesce(mailbox_id, ''), code, count(*) FROM journal"
                       " GROUP BY 1, 2"),
        QStringLiteral("DROP INDEX IF EXISTS journal_code"),
        QStringLiteral("DROP INDEX IF EXISTS journal_mailbox_code"),
    };
}

} // namespace

QStringList migrationTo(int version)
{
    switch (version) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    case 6:
        return version6();
    case 7:
        return version7();
    case 8:
        return version8();
    case 9:
        return version9();
    case 10:
        return version10();
    case 11:
        return version11();
    case 12:
        return version12();
    default:
        return {};
    }
}

} // namespace SyncLens::Schema
