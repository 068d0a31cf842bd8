<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>SyncLens::AlertListModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a reason code such as MAILBOX_NOT_APPROVED, %2 its meaning</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <extracomment>The time of an alert (simulated clock, UTC)</extracomment>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>SyncLens::BulkApplyDialog</name>
    <message>
        <source>Apply “%1” to Other Users</source>
        <extracomment>%1 a filter&apos;s name</extracomment>
        <translation>„%1“ auf andere Benutzer anwenden</translation>
    </message>
    <message>
        <source>Tick the users who should get “%1”. Each gets a copy (replacing their filter of the same name); the table shows what it does to each user&apos;s %2 before anything is saved.</source>
        <translation>Markieren Sie die Benutzer, die „%1“ erhalten sollen. Jeder erhält eine Kopie (die seinen gleichnamigen Filter ersetzt); die Tabelle zeigt, was sie bei jedem Benutzer bewirkt (%2), bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <source>Users and what the filter would do to their scope</source>
        <translation>Benutzer und was der Filter mit ihrem Bereich bewirken würde</translation>
    </message>
    <message>
        <source>&amp;Disable their other filters of %1</source>
        <extracomment>%1 e.g. &quot;appointments&quot;</extracomment>
        <translation>Andere Filter dieser Benutzer (%1) &amp;deaktivieren</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n user(s)</source>
        <translation>
            <numerusform>Auf %n Benutzer anwenden</numerusform>
            <numerusform>Auf %n Benutzer anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>No user is ticked.</source>
        <translation>Es ist kein Benutzer markiert.</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <source>In all: %1 enter, %2 leave, %3 stay. Filters only limit CRM → Outlook: leaving records stay in Outlook without CRM changes, and edits there still change CRM.</source>
        <extracomment>%1 e.g. &quot;12 appointments&quot;</extracomment>
        <translation>Insgesamt: %1 neu im Bereich, %2 verlassen den Bereich, %3 bleiben im Bereich. Filter begrenzen nur CRM → Outlook: Datensätze, die den Bereich verlassen, bleiben ohne CRM-Änderungen in Outlook, und Änderungen dort ändern weiterhin CRM.</translation>
    </message>
    <message>
        <source>Writing to %1…</source>
        <translation>Wird in %1 geschrieben…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>Write to %n user(s) in %1</source>
        <translation>
            <numerusform>Für %n Benutzer in %1 schreiben</numerusform>
            <numerusform>Für %n Benutzer in %1 schreiben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLens::BulkPreviewModel</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Their filters of this type now</source>
        <translation>Aktuelle Filter dieses Typs</translation>
    </message>
    <message>
        <source>Entering</source>
        <translation>Neu im Bereich</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Verlassen den Bereich</translation>
    </message>
    <message>
        <source>Staying</source>
        <translation>Bleiben im Bereich</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>SyncLens::CauseDescriber</name>
    <message>
        <source>(FetchXML that cannot be read)</source>
        <translation>(nicht lesbares FetchXML)</translation>
    </message>
    <message>
        <source>all email messages</source>
        <translation>alle E-Mail-Nachrichten</translation>
    </message>
    <message>
        <source>email messages in response to CRM email</source>
        <translation>E-Mail-Nachrichten als Antwort auf CRM-E-Mails</translation>
    </message>
    <message>
        <source>email messages from leads, contacts and accounts</source>
        <translation>E-Mail-Nachrichten von Leads, Kontakten und Firmen</translation>
    </message>
    <message>
        <source>email messages from email-enabled records</source>
        <translation>E-Mail-Nachrichten von E-Mail-aktivierten Datensätzen</translation>
    </message>
    <message>
        <source>no email messages</source>
        <translation>keine E-Mail-Nachrichten</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <extracomment>an org setting and its new value, e.g. sync.outOfScope = delete</extracomment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>There is no filter version %1.</source>
        <translation>Es gibt keine Filterversion %1.</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>ein Administrator</translation>
    </message>
    <message>
        <source>%1 changed their sync filter “%2”</source>
        <extracomment>%1 who, %2 the filter&apos;s name: a user changed a filter of their own</extracomment>
        <translation>%1 hat den eigenen Synchronisierungsfilter „%2“ geändert</translation>
    </message>
    <message>
        <source>%1 removed their sync filter “%2”</source>
        <translation>%1 hat den eigenen Synchronisierungsfilter „%2“ entfernt</translation>
    </message>
    <message>
        <source>%1 removed the sync filter “%2” of %3</source>
        <extracomment>%1 who, %2 the filter&apos;s name, %3 whose filter</extracomment>
        <translation>%1 hat den Synchronisierungsfilter „%2“ von %3 entfernt</translation>
    </message>
    <message>
        <source>%1 created the sync filter “%2” of %3</source>
        <translation>%1 hat den Synchronisierungsfilter „%2“ von %3 erstellt</translation>
    </message>
    <message>
        <source>%1 changed the sync filter “%2” of %3</source>
        <translation>%1 hat den Synchronisierungsfilter „%2“ von %3 geändert</translation>
    </message>
    <message>
        <source>An administrator</source>
        <translation>Ein Administrator</translation>
    </message>
    <message>
        <source>%1 changed the org&apos;s synchronization settings</source>
        <translation>%1 hat die Synchronisierungseinstellungen der Organisation geändert</translation>
    </message>
    <message>
        <source>%1 changed which email messages are tracked automatically</source>
        <extracomment>%1 whose setting; then which email messages are tracked, before and after</extracomment>
        <translation>%1 hat geändert, welche E-Mail-Nachrichten automatisch nachverfolgt werden</translation>
    </message>
    <message>
        <source>%1 approved the mailbox of %2</source>
        <translation>%1 hat das Postfach von %2 genehmigt</translation>
    </message>
    <message>
        <source>%1 withdrew the approval of the mailbox of %2</source>
        <translation>%1 hat die Genehmigung des Postfachs von %2 zurückgezogen</translation>
    </message>
    <message>
        <source>%1 enabled the mailbox of %2 (Test &amp; Enable)</source>
        <translation>%1 hat das Postfach von %2 aktiviert („Testen &amp; aktivieren“)</translation>
    </message>
    <message>
        <source>%1 disabled the mailbox of %2</source>
        <translation>%1 hat das Postfach von %2 deaktiviert</translation>
    </message>
    <message>
        <source>The mailbox of %1 started failing</source>
        <translation>Beim Postfach von %1 traten Fehler auf</translation>
    </message>
    <message>
        <source>The mailbox of %1 recovered</source>
        <translation>Das Postfach von %1 funktioniert wieder</translation>
    </message>
</context>
<context>
    <name>SyncLens::CauseDialog</name>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>%1 · version %2 of the filter</source>
        <translation>%1 · Version %2 des Filters</translation>
    </message>
    <message>
        <source>The filter did not exist.</source>
        <translation>Der Filter existierte nicht.</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>Neue Werte</translation>
    </message>
    <message>
        <source>The filter was removed.</source>
        <translation>Der Filter wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>SyncLens::Cli::Command</name>
    <message>
        <source>--org FILE is needed</source>
        <translation>--org DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>--%1: expected a whole number, not &quot;%2&quot;</source>
        <translation>--%1: erwartet wurde eine ganze Zahl, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Usage: synclens-cli COMMAND [options]

SyncLens makes Dynamics 365 Server-Side Synchronization visible.

Commands:
</source>
        <translation>Verwendung: synclens-cli BEFEHL [Optionen]

SyncLens macht die serverseitige Synchronisierung von Dynamics 365 sichtbar.

Befehle:
</translation>
    </message>
    <message>
        <source>Commands of %1:
</source>
        <translation>Befehle von %1:
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run &apos;synclens-cli --help&apos; for the list</source>
        <translation>unbekannter Befehl &quot;%1&quot;; &apos;synclens-cli --help&apos; zeigt die Liste</translation>
    </message>
    <message>
        <source>Org</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <source>Sync filters</source>
        <translation>Synchronisierungsfilter</translation>
    </message>
    <message>
        <source>CRM records</source>
        <translation>CRM-Datensätze</translation>
    </message>
    <message>
        <source>Exchange items</source>
        <translation>Exchange-Elemente</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Journaleinträge</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Show what an org file holds: counts per type, users, mailboxes, schema version.</source>
        <translation>Zeigen, was eine Organisationsdatei enthält: Anzahlen pro Typ, Benutzer, Postfächer, Schemaversion.</translation>
    </message>
    <message>
        <source>Explain why an email is, or is not, tracked in CRM.</source>
        <translation>Erklären, warum eine E-Mail in CRM nachverfolgt wird oder nicht.</translation>
    </message>
    <message>
        <source>The org file.</source>
        <translation>Die Organisationsdatei.</translation>
    </message>
    <message>
        <source>The email&apos;s message id, as in the mailbox.</source>
        <translation>Die Nachrichten-ID der E-Mail, wie im Postfach.</translation>
    </message>
    <message>
        <source>email explain needs --%1</source>
        <translation>email explain braucht --%1</translation>
    </message>
    <message>
        <source>no email with the message id &quot;%1&quot; in any mailbox of %2</source>
        <translation>keine E-Mail mit der Nachrichten-ID &quot;%1&quot; in einem Postfach von %2</translation>
    </message>
    <message>
        <source>In %1&apos;s mailbox (%2):
</source>
        <translation>Im Postfach von %1 (%2):
</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>Explain an item&apos;s history in plain language, and what would change it.</source>
        <translation>Den Verlauf eines Elements in einfachen Worten erklären, und was ihn ändern würde.</translation>
    </message>
    <message>
        <source>The item&apos;s id (a record id or an email&apos;s message id).</source>
        <translation>Die ID des Elements (eine Datensatz-ID oder die Nachrichten-ID einer E-Mail).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>explain needs --item ID</source>
        <translation>explain braucht --item ID</translation>
    </message>
    <message>
        <source>%1: no decision about item %2 (is it synchronised yet?)</source>
        <translation>%1: keine Entscheidung zum Element %2 (wurde es schon synchronisiert?)</translation>
    </message>
    <message>
        <source>%1 (%2 %3)

</source>
        <translation>%1 (%2 %3)

</translation>
    </message>
    <message>
        <source>What would change it:
</source>
        <translation>Was es ändern würde:
</translation>
    </message>
    <message>
        <source>Find items by subject, person or id and say why they moved or did not.</source>
        <translation>Elemente nach Betreff, Person oder ID finden und sagen, warum sie übertragen wurden oder nicht.</translation>
    </message>
    <message>
        <source>What you remember: a subject, a name or an id.</source>
        <translation>Woran Sie sich erinnern: ein Betreff, ein Name oder eine ID.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>why needs the text to search for</source>
        <translation>why braucht den Text, nach dem gesucht werden soll</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.
</source>
        <translation>Nichts gefunden für „%1“.
</translation>
    </message>
    <message>
        <source>%1 (%2 %3)
</source>
        <translation>%1 (%2 %3)
</translation>
    </message>
    <message>
        <source>  Latest: %1
</source>
        <translation>  Zuletzt: %1
</translation>
    </message>
    <message>
        <source>List the engine&apos;s decisions, newest first, by item, mailbox or code.</source>
        <translation>Die Entscheidungen der Engine auflisten, neueste zuerst, nach Element, Postfach oder Code.</translation>
    </message>
    <message>
        <source>Only this item.</source>
        <translation>Nur dieses Element.</translation>
    </message>
    <message>
        <source>Only this mailbox.</source>
        <translation>Nur dieses Postfach.</translation>
    </message>
    <message>
        <source>Only this reason code (e.g. LEFT_SCOPE).</source>
        <translation>Nur dieser Ursachencode (z. B. LEFT_SCOPE).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>At most this many (default 100).</source>
        <translation>Höchstens so viele (Standard 100).</translation>
    </message>
    <message>
        <source>--code: unknown reason code &quot;%1&quot;</source>
        <translation>--code: unbekannter Ursachencode &quot;%1&quot;</translation>
    </message>
    <message>
        <source>org info needs exactly one FILE</source>
        <translation>org info braucht genau eine DATEI</translation>
    </message>
    <message>
        <source>Create a deterministic sandbox org: people, companies, meetings, tasks, filters and a year of email.</source>
        <translation>Eine deterministische Sandbox-Organisation erstellen: Personen, Firmen, Besprechungen, Aufgaben, Filter und ein Jahr E-Mail.</translation>
    </message>
    <message>
        <source>Number of users and mailboxes (1 to 10000).</source>
        <translation>Anzahl der Benutzer und Postfächer (1 bis 10000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of CRM records and Exchange items in all.</source>
        <translation>Anzahl der CRM-Datensätze und Exchange-Elemente insgesamt.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Seed: the same seed gives the same org.</source>
        <translation>Startwert: derselbe Startwert ergibt dieselbe Organisation.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The org file to write.</source>
        <translation>Die zu schreibende Organisationsdatei.</translation>
    </message>
    <message>
        <source>The org&apos;s name.</source>
        <translation>Der Name der Organisation.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>DATEI ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <source>sandbox create needs --out FILE</source>
        <translation>sandbox create braucht --out DATEI</translation>
    </message>
    <message>
        <source>--seed: expected a whole number from 0, not %1</source>
        <translation>--seed: erwartet wurde eine ganze Zahl ab 0, nicht %1</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>%1 wird erstellt</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 needs exactly one FILE (or - for standard input)</source>
        <translation>%1 braucht genau eine DATEI (oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>Say in plain language what a FetchXML sync filter selects.</source>
        <translation>In einfachen Worten sagen, was ein FetchXML-Synchronisierungsfilter auswählt.</translation>
    </message>
    <message>
        <source>The FetchXML file, or - for standard input.</source>
        <translation>Die FetchXML-Datei oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>FILE|-</source>
        <translation>DATEI|-</translation>
    </message>
    <message>
        <source>Check a FetchXML sync filter; errors name their line and column.</source>
        <translation>Einen FetchXML-Synchronisierungsfilter prüfen; Fehler nennen ihre Zeile und Spalte.</translation>
    </message>
    <message>
        <source>%1: a valid sync filter
</source>
        <translation>%1: ein gültiger Synchronisierungsfilter
</translation>
    </message>
    <message>
        <source>%1: a filter of %2 records, not of %3 records</source>
        <translation>%1: ein Filter für Datensätze vom Typ %2, nicht vom Typ %3</translation>
    </message>
    <message>
        <source>filter preview needs --%1</source>
        <translation>filter preview braucht --%1</translation>
    </message>
    <message>
        <source>--type must be contact, appointment or task, not &quot;%1&quot;</source>
        <translation>--type muss contact, appointment oder task sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has no user &quot;%2&quot;</source>
        <translation>%1 hat keinen Benutzer &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the stored filter %2 (%3) is broken: %4</source>
        <translation>%1: der gespeicherte Filter %2 (%3) ist fehlerhaft: %4</translation>
    </message>
    <message>
        <source>  — now fails: %1</source>
        <translation>  — erfüllt jetzt nicht mehr: %1</translation>
    </message>
    <message>
        <source>  … and %1 more
</source>
        <translation>  … und %1 weitere
</translation>
    </message>
    <message>
        <source>Preview which records a proposed filter brings into or out of a user&apos;s scope.</source>
        <translation>Vorschau, welche Datensätze ein vorgeschlagener Filter in den Bereich eines Benutzers bringt oder daraus entfernt.</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>The user&apos;s id.</source>
        <translation>Die ID des Benutzers.</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>contact, appointment or task.</source>
        <translation>contact, appointment oder task.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>The proposed filter: replaces the user&apos;s filters of that type.</source>
        <translation>Der vorgeschlagene Filter: ersetzt die Filter des Benutzers für diesen Typ.</translation>
    </message>
    <message>
        <source>Records listed per group (0: all).</source>
        <translation>Aufgelistete Datensätze pro Gruppe (0: alle).</translation>
    </message>
    <message>
        <source>Preview for %1 (%2), %3 records
</source>
        <translation>Vorschau für %1 (%2), Datensätze vom Typ %3
</translation>
    </message>
    <message>
        <source>Current:  %1 — %2
</source>
        <translation>Aktuell:       %1 — %2
</translation>
    </message>
    <message>
        <source>Proposed: %1
</source>
        <translation>Vorgeschlagen: %1
</translation>
    </message>
    <message>
        <source>Entering %1, leaving %2, staying %3, outside %4
</source>
        <translation>Neu im Bereich: %1, verlassen den Bereich: %2, bleiben im Bereich: %3, außerhalb: %4
</translation>
    </message>
    <message>
        <source>Entering</source>
        <translation>Neu im Bereich</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Verlassen den Bereich</translation>
    </message>
    <message>
        <source>Staying</source>
        <translation>Bleiben im Bereich</translation>
    </message>
    <message>
        <source>Play scenario files as checks: a PASS or FAIL line per check.</source>
        <translation>Szenariodateien als Prüfungen abspielen: eine PASS- oder FAIL-Zeile pro Prüfung.</translation>
    </message>
    <message>
        <source>Scenario files.</source>
        <translation>Szenariodateien.</translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation>DATEI…</translation>
    </message>
    <message>
        <source>scenario run needs at least one FILE</source>
        <translation>scenario run braucht mindestens eine DATEI</translation>
    </message>
    <message>
        <source>Run synchronisation cycles on an org&apos;s simulated clock.</source>
        <translation>Synchronisierungszyklen auf der simulierten Uhr einer Organisation ausführen.</translation>
    </message>
    <message>
        <source>Run cycles a step apart until this time (ISO 8601, UTC).</source>
        <translation>Zyklen im Abstand eines Schritts bis zu diesem Zeitpunkt ausführen (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Run this many cycles (default 1).</source>
        <translation>So viele Zyklen ausführen (Standard 1).</translation>
    </message>
    <message>
        <source>Simulated minutes between cycles (default 15).</source>
        <translation>Simulierte Minuten zwischen den Zyklen (Standard 15).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <source>give --until or --cycles, not both</source>
        <translation>geben Sie --until oder --cycles an, nicht beides</translation>
    </message>
    <message>
        <source>--step and --cycles must be at least 1</source>
        <translation>--step und --cycles müssen mindestens 1 sein</translation>
    </message>
    <message>
        <source>--until: &quot;%1&quot; is not an ISO 8601 time</source>
        <translation>--until: &quot;%1&quot; ist keine Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>--until %1 is before the org&apos;s clock (%2)</source>
        <translation>--until %1 liegt vor der Uhr der Organisation (%2)</translation>
    </message>
    <message>
        <source>Synchronising</source>
        <translation>Synchronisierung läuft</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) to %1: %2 decisions in %3 s
</source>
        <translation>
            <numerusform>%n Zyklus bis %1: %2 Entscheidungen in %3 s
</numerusform>
            <numerusform>%n Zyklen bis %1: %2 Entscheidungen in %3 s
</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to a Dynamics 365 org and keep the sign-in in the system keychain.</source>
        <translation>Bei einer Dynamics-365-Organisation anmelden und die Anmeldung im Schlüsselbund des Systems behalten.</translation>
    </message>
    <message>
        <source>The environment URL, such as https://contoso.crm.dynamics.com.</source>
        <translation>Die URL der Umgebung, etwa https://contoso.crm.dynamics.com.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The tenant: organizations (default), a domain or a tenant id.</source>
        <translation>Der Mandant: organizations (Vorgabe), eine Domäne oder eine Mandanten-ID.</translation>
    </message>
    <message>
        <source>The application (client) id; Microsoft&apos;s sample public client by default.</source>
        <translation>Die Anwendungs-ID (Client-ID); standardmäßig der öffentliche Beispiel-Client von Microsoft.</translation>
    </message>
    <message>
        <source>The sign-in authority (default https://login.microsoftonline.com).</source>
        <translation>Die Anmeldeautorität (Vorgabe https://login.microsoftonline.com).</translation>
    </message>
    <message>
        <source>Sign in in a browser: prints the URL to open and waits for the answer on 127.0.0.1.</source>
        <translation>Im Browser anmelden: gibt die zu öffnende URL aus und wartet auf 127.0.0.1 auf die Antwort.</translation>
    </message>
    <message>
        <source>Sign in on any device with a code (for SSH sessions).</source>
        <translation>Auf einem beliebigen Gerät mit einem Code anmelden (für SSH-Sitzungen).</translation>
    </message>
    <message>
        <source>Read an application user&apos;s client secret from standard input, check it and keep it in the keychain.</source>
        <translation>Das Client-Geheimnis eines Anwendungsbenutzers von der Standardeingabe lesen, prüfen und im Schlüsselbund behalten.</translation>
    </message>
    <message>
        <source>live login needs one of --browser, --device-code or --client-secret-stdin</source>
        <translation>live login braucht eine der Optionen --browser, --device-code oder --client-secret-stdin</translation>
    </message>
    <message>
        <source>live login needs --url URL</source>
        <translation>live login braucht --url URL</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:
%1
</source>
        <translation>Öffnen Sie diese Adresse in einem Browser, um sich anzumelden:
%1
</translation>
    </message>
    <message>
        <source>To sign in, open %1 on any device and enter the code %2 (before %3 UTC).
</source>
        <translation>Öffnen Sie zur Anmeldung %1 auf einem beliebigen Gerät und geben Sie den Code %2 ein (vor %3 UTC).
</translation>
    </message>
    <message>
        <source>--client-secret-stdin: nothing came on standard input</source>
        <translation>--client-secret-stdin: auf der Standardeingabe kam nichts an</translation>
    </message>
    <message>
        <source>Waiting for the browser&apos;s answer on 127.0.0.1:%1 (Ctrl+C stops)…</source>
        <translation>Warte auf die Antwort des Browsers auf 127.0.0.1:%1 (Strg+C bricht ab)…</translation>
    </message>
    <message>
        <source>Waiting for the sign-in at %1 (Ctrl+C stops)…</source>
        <translation>Warte auf die Anmeldung bei %1 (Strg+C bricht ab)…</translation>
    </message>
    <message>
        <source>signed in, but the sign-in could not be kept: %1</source>
        <translation>angemeldet, aber die Anmeldung konnte nicht behalten werden: %1</translation>
    </message>
    <message>
        <source>The client secret for %1 works; it is kept in the system keychain.
</source>
        <translation>Das Client-Geheimnis für %1 funktioniert; es liegt im Schlüsselbund des Systems.
</translation>
    </message>
    <message>
        <source>Signed in to %1; the sign-in is kept in the system keychain.
</source>
        <translation>Bei %1 angemeldet; die Anmeldung liegt im Schlüsselbund des Systems.
</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>List sync filters: owner, record type, kind, active, FetchXML, sentence.</source>
        <translation>Synchronisierungsfilter auflisten: Besitzer, Datensatztyp, Art, aktiv, FetchXML, Satz.</translation>
    </message>
    <message>
        <source>Only this user&apos;s filters (id, address or name).</source>
        <translation>Nur die Filter dieses Benutzers (ID, Adresse oder Name).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>no user &quot;%1&quot; in %2</source>
        <translation>kein Benutzer &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>(cannot be read: %1)</source>
        <translation>(nicht lesbar: %1)</translation>
    </message>
    <message>
        <source>%1  %2 &lt;%3&gt;  %4  &quot;%5&quot;  %6, %7
  %8
</source>
        <translation>%1  %2 &lt;%3&gt;  %4  &quot;%5&quot;  %6, %7
  %8
</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Read a Dynamics 365 org (read-only) into an org file.</source>
        <translation>Eine Dynamics-365-Organisation (nur lesend) in eine Organisationsdatei einlesen.</translation>
    </message>
    <message>
        <source>The environment URL, e.g. https://contoso.crm.dynamics.com.</source>
        <translation>Die URL der Umgebung, z. B. https://contoso.crm.dynamics.com.</translation>
    </message>
    <message>
        <source>The org file to write (replaced only when complete).</source>
        <translation>Die zu schreibende Organisationsdatei (erst ersetzt, wenn vollständig).</translation>
    </message>
    <message>
        <source>The Microsoft Entra tenant.</source>
        <translation>Der Microsoft-Entra-Mandant.</translation>
    </message>
    <message>
        <source>The app registration&apos;s id.</source>
        <translation>Die ID der App-Registrierung.</translation>
    </message>
    <message>
        <source>browser, device-code or client-secret (the secret from SYNCLENS_CLIENT_SECRET or the keychain).</source>
        <translation>browser, device-code oder client-secret (das Geheimnis aus SYNCLENS_CLIENT_SECRET oder dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>Alerts and tracked emails of the last N days (default 14).</source>
        <translation>Warnungen und nachverfolgte E-Mails der letzten N Tage (Standard 14).</translation>
    </message>
    <message>
        <source>live import needs --url URL and --out FILE</source>
        <translation>live import braucht --url URL und --out DATEI</translation>
    </message>
    <message>
        <source>--days must be between 1 and 3650</source>
        <translation>--days muss zwischen 1 und 3650 liegen</translation>
    </message>
    <message>
        <source>Read a live org file&apos;s org again, signed in the same way.</source>
        <translation>Die Organisation einer Live-Datei erneut lesen, mit derselben Anmeldung.</translation>
    </message>
    <message>
        <source>The live org file.</source>
        <translation>Die Live-Organisationsdatei.</translation>
    </message>
    <message>
        <source>%1: %2 read</source>
        <translation>%1: %2 gelesen</translation>
    </message>
    <message>
        <source>The org is busy (HTTP 429) while reading %1: waiting %2 s as it asks…</source>
        <translation>Die Organisation ist ausgelastet (HTTP 429) beim Lesen von %1: es wird wie verlangt %2 s gewartet…</translation>
    </message>
    <message>
        <source>%1 users, %2 mailboxes, %3 alerts, %4 sync filters, %5 records, %6 emails (%7 requests)</source>
        <translation>%1 Benutzer, %2 Postfächer, %3 Warnungen, %4 Synchronisierungsfilter, %5 Datensätze, %6 E-Mails (%7 Anfragen)</translation>
    </message>
    <message>
        <source>--authority: %1</source>
        <translation>--authority: %1</translation>
    </message>
    <message>
        <source>--auth must be browser, device-code or client-secret, not &quot;%1&quot;</source>
        <translation>--auth muss browser, device-code oder client-secret sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--auth client-secret needs --tenant and --client-id (the application user&apos;s app registration)</source>
        <translation>--auth client-secret braucht --tenant und --client-id (die App-Registrierung des Anwendungsbenutzers)</translation>
    </message>
    <message>
        <source>No client secret for %1 and client id %2: set SYNCLENS_CLIENT_SECRET, or save it with synclens-cli live login --client-secret-stdin</source>
        <translation>Kein geheimer Clientschlüssel für %1 und Client-ID %2: setzen Sie SYNCLENS_CLIENT_SECRET oder speichern Sie ihn mit synclens-cli live login --client-secret-stdin</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>  incoming %1, outgoing %2, act %3; approval %4
</source>
        <translation>  eingehend %1, ausgehend %2, ACT %3; Genehmigung %4
</translation>
    </message>
    <message>
        <source>  enabled: incoming %1, outgoing %2, act %3
</source>
        <translation>  aktiviert: eingehend %1, ausgehend %2, ACT %3
</translation>
    </message>
    <message>
        <source>  last successful sync %1
</source>
        <translation>  letzte erfolgreiche Synchronisierung %1
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>  last error: %1
</source>
        <translation>  letzter Fehler: %1
</translation>
    </message>
    <message>
        <source>List mailboxes with their statuses, approval, last sync and alerts.</source>
        <translation>Postfächer mit Status, Genehmigung, letzter Synchronisierung und Warnungen auflisten.</translation>
    </message>
    <message>
        <source>
Run &apos;synclens-cli COMMAND --help&apos; for a command&apos;s options.
Exit status: 0 done, 1 a check failed, 2 bad input or usage, 3 the org or
the network refused.
</source>
        <translation>
&apos;synclens-cli BEFEHL --help&apos; zeigt die Optionen eines Befehls.
Exit-Status: 0 erledigt, 1 eine Prüfung schlug fehl, 2 ungültige Eingabe oder Verwendung,
3 die Organisation oder das Netzwerk hat abgelehnt.
</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1 — %2 (%3): </source>
        <translation>%1 — %2 (%3): </translation>
    </message>
    <message>
        <source>not checked: %1
</source>
        <translation>nicht geprüft: %1
</translation>
    </message>
    <message>
        <source>Dataverse agrees: %1 of %2
</source>
        <translation>Dataverse stimmt überein: %1 von %2
</translation>
    </message>
    <message>
        <source>differs on %1 of %2 records
</source>
        <translation>weicht bei %1 von %2 Datensätzen ab
</translation>
    </message>
    <message>
        <source>  %1  only in %2: %3
</source>
        <translation>  %1  nur in %2: %3
</translation>
    </message>
    <message>
        <source>SyncLens</source>
        <translation>SyncLens</translation>
    </message>
    <message>
        <source>Dataverse</source>
        <translation>Dataverse</translation>
    </message>
    <message>
        <source>Dataverse agrees on %1 of %2 records of %3 filters (%4 differ); %5 requests, %6 s
</source>
        <translation>Dataverse stimmt bei %1 von %2 Datensätzen aus %3 Filtern überein (%4 weichen ab); %5 Anfragen, %6 s
</translation>
    </message>
    <message>
        <source>Check SyncLens&apos;s evaluation of the sync filters against the org&apos;s own.</source>
        <translation>Die Auswertung der Synchronisierungsfilter durch SyncLens mit der Auswertung der Organisation vergleichen.</translation>
    </message>
    <message>
        <source>Only this user&apos;s filters (id or email address).</source>
        <translation>Nur die Filter dieses Benutzers (ID oder E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>Read everything again, not only what changed since the last read (records deleted in the org go only then).</source>
        <translation>Alles erneut lesen, nicht nur das seit dem letzten Lesen Geänderte (in der Organisation gelöschte Datensätze verschwinden nur dabei).</translation>
    </message>
    <message>
        <source>%1 rows that did not change were kept from the last read</source>
        <translation>%1 unveränderte Zeilen wurden aus dem letzten Lesevorgang übernommen</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:
%1</source>
        <translation>Öffnen Sie diese Adresse in einem Browser, um sich anzumelden:
%1</translation>
    </message>
    <message>
        <source>To sign in, open %1 on any device and enter the code %2.</source>
        <translation>Öffnen Sie zur Anmeldung %1 auf einem beliebigen Gerät und geben Sie den Code %2 ein.</translation>
    </message>
    <message>
        <source>%1 is not a live org (it is a %2 org); use live import first</source>
        <translation>%1 ist keine Live-Organisation (sondern eine %2-Organisation); verwenden Sie zuerst live import</translation>
    </message>
    <message>
        <source>%1 was imported with --auth %2; this command signs in with client-secret only in this build</source>
        <translation>%1 wurde mit --auth %2 importiert; in diesem Build meldet sich dieser Befehl nur mit client-secret an</translation>
    </message>
    <message>
        <source>%1; use live import</source>
        <translation>%1; verwenden Sie live import</translation>
    </message>
    <message>
        <source>Days the org lives before it is handed over: email arrives, meetings move, filters change, and the engine runs its cycles across them (0 to 365; 0: none).</source>
        <translation>Tage, die die Organisation vor der Übergabe durchläuft: E-Mails treffen ein, Besprechungen werden verschoben, Filter ändern sich, und die Engine führt dabei ihre Zyklen aus (0 bis 365; 0: keine).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>Created %1: %2 users, %3 items, seed %4, %5 days of history, in %6 s
</source>
        <translation>%1 erstellt: %2 Benutzer, %3 Elemente, Startwert %4, %5 Tage Verlauf, in %6 s
</translation>
    </message>
    <message>
        <source>--page-size must be a4 or letter, not &quot;%1&quot;</source>
        <translation>--page-size muss a4 oder letter sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Das PDF wird geschrieben</translation>
    </message>
    <message>
        <source>Write the org&apos;s sync policy report as HTML or PDF.</source>
        <translation>Den Bericht zur Synchronisierungsrichtlinie der Organisation als HTML oder PDF schreiben.</translation>
    </message>
    <message>
        <source>The report to write: FILE.html or FILE.pdf.</source>
        <translation>Der zu schreibende Bericht: DATEI.html oder DATEI.pdf.</translation>
    </message>
    <message>
        <source>The report&apos;s language: en, de or fr.</source>
        <translation>Die Sprache des Berichts: en, de oder fr.</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Only this user (id, address or name); may be repeated.</source>
        <translation>Nur dieser Benutzer (ID, Adresse oder Name); kann wiederholt werden.</translation>
    </message>
    <message>
        <source>PDF pages: a4 or letter (default: by the language&apos;s country).</source>
        <translation>PDF-Seiten: a4 oder letter (Standard: nach dem Land der Sprache).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>report needs --%1</source>
        <translation>report braucht --%1</translation>
    </message>
    <message>
        <source>--lang must be en, de or fr, not &quot;%1&quot;</source>
        <translation>--lang muss en, de oder fr sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a PDF needs the program&apos;s graphics library</source>
        <translation>ein PDF braucht die Grafikbibliothek des Programms</translation>
    </message>
    <message>
        <source>Gathering the report</source>
        <translation>Die Daten für den Bericht werden gesammelt</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 users, %3 findings)
</source>
        <translation>%1 geschrieben (%2 Benutzer, %3 Befunde)
</translation>
    </message>
    <message>
        <source>%1 records deleted in the org since the last read were removed</source>
        <translation>%1 seit dem letzten Lesen in der Organisation gelöschte Datensätze wurden entfernt</translation>
    </message>
</context>
<context>
    <name>SyncLens::Cli::ProgressPrinter</name>
    <message>
        <source>%1: %2% (%3 of %4)</source>
        <extracomment>progress in a log: &quot;Creating org: 40% (400 of 1000)&quot;</extracomment>
        <translation>%1: %2 % (%3 von %4)</translation>
    </message>
</context>
<context>
    <name>SyncLens::ClientCredentialsProvider</name>
    <message>
        <source>The sign-in service refused the client id %1 or its secret: check the secret (SYNCLENS_CLIENT_SECRET or the one saved by live login) and that the app registration exists in tenant %2. It said: &quot;%3&quot;</source>
        <translation>Der Anmeldedienst hat die Client-ID %1 oder ihren geheimen Schlüssel abgelehnt: prüfen Sie den Schlüssel (SYNCLENS_CLIENT_SECRET oder den von live login gespeicherten) und ob die App-Registrierung im Mandanten %2 existiert. Er sagte: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>The sign-in service refused the request for tenant &quot;%1&quot;: check the tenant (a domain like contoso.onmicrosoft.com or its id) and the authority %2. It said: &quot;%3&quot;</source>
        <translation>Der Anmeldedienst hat die Anfrage für den Mandanten &quot;%1&quot; abgelehnt: prüfen Sie den Mandanten (eine Domäne wie contoso.onmicrosoft.com oder seine ID) und die Autorität %2. Er sagte: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>The sign-in service does not know the environment %1 as a resource: check the URL. It said: &quot;%2&quot;</source>
        <translation>Der Anmeldedienst kennt die Umgebung %1 nicht als Ressource: prüfen Sie die URL. Er sagte: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Sign-in failed (HTTP %1%2). It said: &quot;%3&quot;</source>
        <translation>Anmeldung fehlgeschlagen (HTTP %1%2). Der Dienst sagte: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Cannot reach the sign-in service at %1: %2</source>
        <translation>Der Anmeldedienst unter %1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>SyncLens::ClientSecretSignIn</name>
    <message>
        <source>The client secret is empty.</source>
        <translation>Das Client-Geheimnis ist leer.</translation>
    </message>
</context>
<context>
    <name>SyncLens::CompiledFilter</name>
    <message>
        <source>no records of type %1 are loaded</source>
        <translation>es sind keine Datensätze vom Typ %1 geladen</translation>
    </message>
    <message>
        <source>condition on %1: %2</source>
        <translation>Bedingung für %1: %2</translation>
    </message>
    <message>
        <source>no link-entity is called &quot;%1&quot;</source>
        <translation>keine link-entity heißt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the column was not loaded</source>
        <translation>die Spalte wurde nicht geladen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not fit operator %2</source>
        <translation>&quot;%1&quot; passt nicht zum Operator %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2</source>
        <translation>&quot;%1&quot; ist kein Wert vom Typ %2</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>link-entity %1: its columns were not loaded</source>
        <translation>link-entity %1: ihre Spalten wurden nicht geladen</translation>
    </message>
</context>
<context>
    <name>SyncLens::ConditionGroupWidget</name>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>All of these (and)</source>
        <translation>Alle dieser Bedingungen (und)</translation>
    </message>
    <message>
        <source>Any of these (or)</source>
        <translation>Eine dieser Bedingungen (oder)</translation>
    </message>
    <message>
        <source>How the conditions of this group combine</source>
        <translation>Wie die Bedingungen dieser Gruppe verknüpft werden</translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation>Diese Gruppe entfernen</translation>
    </message>
    <message>
        <source>Remove this group and its conditions</source>
        <translation>Diese Gruppe und ihre Bedingungen entfernen</translation>
    </message>
</context>
<context>
    <name>SyncLens::ConditionRowWidget</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
</context>
<context>
    <name>SyncLens::ConditionTreeEditor</name>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>This filter joins related records (&lt;link-entity&gt;), which the condition editor cannot show. Edit it as FetchXML; the sentence and the preview follow.</source>
        <translation>Dieser Filter verknüpft zugehörige Datensätze (&lt;link-entity&gt;), die der Bedingungseditor nicht anzeigen kann. Bearbeiten Sie ihn als FetchXML; der Satz und die Vorschau passen sich an.</translation>
    </message>
    <message>
        <source>This filter has several top-level &lt;filter&gt; elements, which the condition editor cannot show. Edit it as FetchXML; the sentence and the preview follow.</source>
        <translation>Dieser Filter hat mehrere &lt;filter&gt;-Elemente auf oberster Ebene, die der Bedingungseditor nicht anzeigen kann. Bearbeiten Sie ihn als FetchXML; der Satz und die Vorschau passen sich an.</translation>
    </message>
    <message>
        <source>This filter has conditions on related records (entityname), which the condition editor cannot show. Edit it as FetchXML.</source>
        <translation>Dieser Filter hat Bedingungen für zugehörige Datensätze (entityname), die der Bedingungseditor nicht anzeigen kann. Bearbeiten Sie ihn als FetchXML.</translation>
    </message>
</context>
<context>
    <name>SyncLens::ConditionValueEditor</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <extracomment>accessible name of a condition&apos;s value editor; %1 is a field (&quot;start time&quot;)</extracomment>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>values separated by ;</source>
        <translation>Werte durch ; getrennt</translation>
    </message>
</context>
<context>
    <name>SyncLens::ConnectDialog</name>
    <message>
        <source>Connect to Dynamics 365</source>
        <translation>Mit Dynamics 365 verbinden</translation>
    </message>
    <message>
        <source>&amp;Remembered:</source>
        <translation>&amp;Zuletzt verwendet:</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Remove this connection from the list (its saved sign-in stays in the system keychain).</source>
        <translation>Diese Verbindung aus der Liste entfernen (ihre gespeicherte Anmeldung bleibt im Schlüsselbund des Systems).</translation>
    </message>
    <message>
        <source>Environment &amp;URL:</source>
        <translation>&amp;Umgebungs-URL:</translation>
    </message>
    <message>
        <source>https://contoso.crm.dynamics.com</source>
        <translation>https://contoso.crm.dynamics.com</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Anmelde&amp;methode:</translation>
    </message>
    <message>
        <source>In the web browser</source>
        <translation>Im Webbrowser</translation>
    </message>
    <message>
        <source>With a device code (any device)</source>
        <translation>Mit einem Gerätecode (beliebiges Gerät)</translation>
    </message>
    <message>
        <source>With a client secret (application user)</source>
        <translation>Mit einem Client-Geheimnis (Anwendungsbenutzer)</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Kept in the system keychain only</source>
        <translation>Nur im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>Ma&amp;ndant:</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Aut&amp;hority:</source>
        <translation>Aut&amp;orität:</translation>
    </message>
    <message>
        <source>C&amp;opy Code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>None yet: connections you sign in to appear here</source>
        <translation>Noch keine: Verbindungen, bei denen Sie sich anmelden, erscheinen hier</translation>
    </message>
    <message>
        <source>device code</source>
        <translation>Gerätecode</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign in in the browser window that opened. SyncLens waits for its answer on this computer (127.0.0.1).</source>
        <translation>Melden Sie sich im geöffneten Browserfenster an. SyncLens wartet auf diesem Computer (127.0.0.1) auf seine Antwort.</translation>
    </message>
    <message>
        <source>Asking for a sign-in code…</source>
        <translation>Fordere einen Anmeldecode an…</translation>
    </message>
    <message>
        <source>Enter the application user&apos;s client secret.</source>
        <translation>Geben Sie das Client-Geheimnis des Anwendungsbenutzers ein.</translation>
    </message>
    <message>
        <source>Checking the client secret…</source>
        <translation>Prüfe das Client-Geheimnis…</translation>
    </message>
    <message>
        <source>On any device, open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; and enter this code:</source>
        <translation>Öffnen Sie auf einem beliebigen Gerät &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; und geben Sie diesen Code ein:</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>SyncLens then writes nothing to the org: the filter designer&apos;s Save, Delete, Undo and Apply to Other Users stay off.</source>
        <translation>SyncLens schreibt dann nichts in die Organisation: „Speichern“, „Löschen“, „Rückgängig machen“ und „Auf andere Benutzer anwenden“ im Filter-Designer bleiben deaktiviert.</translation>
    </message>
</context>
<context>
    <name>SyncLens::CredentialStore</name>
    <message>
        <source>The system keychain refused: %1</source>
        <translation>Der Schlüsselbund des Systems hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>SyncLens::DatabaseFile</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: keine Datei</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a SyncLens org database (not an SQLite file)</source>
        <translation>%1: keine SyncLens-Organisationsdatenbank (keine SQLite-Datei)</translation>
    </message>
    <message>
        <source>%1: damaged SQLite header (page size %2)</source>
        <translation>%1: beschädigter SQLite-Header (Seitengröße %2)</translation>
    </message>
    <message>
        <source>%1: the file is truncated (%2 bytes of %3); restore it from a backup</source>
        <translation>%1: die Datei ist abgeschnitten (%2 von %3 Bytes); stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
</context>
<context>
    <name>SyncLens::DataverseClient</name>
    <message>
        <source>&quot;%1&quot; is not an environment URL; give one like https://contoso.crm.dynamics.com</source>
        <translation>&quot;%1&quot; ist keine Umgebungs-URL; geben Sie eine wie https://contoso.crm.dynamics.com an</translation>
    </message>
    <message>
        <source>%1 uses plain http://, which SyncLens refuses except on this computer (127.0.0.1); use https://</source>
        <translation>%1 verwendet unverschlüsseltes http://, das SyncLens nur auf diesem Computer (127.0.0.1) zulässt; verwenden Sie https://</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>HTTP 429</source>
        <translation>HTTP 429</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 at byte %2 of %3</source>
        <translation>%1 bei Byte %2 von %3</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>SyncLens::DataverseErrors</name>
    <message>
        <source> The org said: &quot;%1&quot;</source>
        <translation> Die Organisation sagte: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reading %1 on behalf of another user was refused (HTTP 403): the signed-in account needs the privilege to manage users&apos; synchronization filters (prvAdminFilter) or to act on behalf of another user.%2</source>
        <translation>Das Lesen von %1 im Namen eines anderen Benutzers wurde abgelehnt (HTTP 403): das angemeldete Konto braucht das Recht, Synchronisierungsfilter von Benutzern zu verwalten (prvAdminFilter), oder im Namen anderer Benutzer zu handeln.%2</translation>
    </message>
    <message>
        <source>The signed-in account may not read %1 (HTTP 403): it lacks the privilege %2. Ask an administrator to give it a role that has it.%3</source>
        <translation>Das angemeldete Konto darf %1 nicht lesen (HTTP 403): ihm fehlt das Recht %2. Bitten Sie einen Administrator um eine Rolle, die es hat.%3</translation>
    </message>
    <message>
        <source>%1 answered 404 Not Found for %2: is %3 the URL of a Dataverse environment (like https://contoso.crm.dynamics.com)?%4</source>
        <translation>%1 antwortete 404 Not Found für %2: ist %3 die URL einer Dataverse-Umgebung (wie https://contoso.crm.dynamics.com)?%4</translation>
    </message>
    <message>
        <source>The org refused the query for %1 as invalid (HTTP 400).%2</source>
        <translation>Die Organisation hat die Abfrage für %1 als ungültig abgelehnt (HTTP 400).%2</translation>
    </message>
    <message>
        <source>Reading %1 failed with HTTP %2.%3</source>
        <translation>Das Lesen von %1 schlug mit HTTP %2 fehl.%3</translation>
    </message>
    <message>
        <source>The org refused the sign-in while reading %1 (HTTP 401), also with a fresh token: sign in again (synclens-cli live login) or check that the account is a user of this environment.%2</source>
        <translation>Die Organisation hat die Anmeldung beim Lesen von %1 abgelehnt (HTTP 401), auch mit einem neuen Token: melden Sie sich erneut an (synclens-cli live login) oder prüfen Sie, ob das Konto ein Benutzer dieser Umgebung ist.%2</translation>
    </message>
    <message>
        <source>Cannot find the host %1 while reading %2: check the environment URL and the network.</source>
        <translation>Der Host %1 wurde beim Lesen von %2 nicht gefunden: prüfen Sie die Umgebungs-URL und das Netzwerk.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed while reading %2 (%3); SyncLens never ignores certificate errors.</source>
        <translation>Die sichere Verbindung zu %1 ist beim Lesen von %2 fehlgeschlagen (%3); SyncLens ignoriert nie Zertifikatsfehler.</translation>
    </message>
    <message>
        <source>Reading %1 from %2 failed: %3</source>
        <translation>Das Lesen von %1 von %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The answer to %1 is not a complete JSON document (%2); nothing of it was used. Try again; if it persists, the URL may not be a Dataverse org.</source>
        <translation>Die Antwort auf %1 ist kein vollständiges JSON-Dokument (%2); nichts davon wurde verwendet. Versuchen Sie es erneut; wenn es bleibt, ist die URL vielleicht keine Dataverse-Organisation.</translation>
    </message>
    <message>
        <source>Reading %1 failed %2 times (%3); the org or the network is not available now. Try again later.</source>
        <translation>Das Lesen von %1 ist %2-mal fehlgeschlagen (%3); die Organisation oder das Netzwerk ist gerade nicht verfügbar. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Cancelled while reading %1.</source>
        <translation>Beim Lesen von %1 abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SyncLens::DayStory</name>
    <message>
        <source>There is no user %1 in this org.</source>
        <translation>In dieser Organisation gibt es keinen Benutzer %1.</translation>
    </message>
    <message>
        <source>%1 has no mailbox.</source>
        <translation>%1 hat kein Postfach.</translation>
    </message>
</context>
<context>
    <name>SyncLens::DayView</name>
    <message>
        <source>Day View</source>
        <translation>Tagesansicht</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>What happened that day</source>
        <translation>Was an diesem Tag geschah</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>There is no user %1 in this org.</source>
        <translation>In dieser Organisation gibt es keinen Benutzer %1.</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <extracomment>a line of the day view: the time, the item or the change, what happened</extracomment>
        <translation>%1  %2 — %3</translation>
    </message>
    <message>
        <source>Nothing happened to %1&apos;s meetings, tasks or contacts that day.</source>
        <translation>An diesem Tag ist mit den Besprechungen, Aufgaben und Kontakten von %1 nichts geschehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) happened to %1&apos;s meetings, tasks and contacts.</source>
        <translation>
            <numerusform>Mit den Besprechungen, Aufgaben und Kontakten von %1 ist %n Sache geschehen.</numerusform>
            <numerusform>Mit den Besprechungen, Aufgaben und Kontakten von %1 sind %n Dinge geschehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed.</source>
        <translation>
            <numerusform>%n weiterer Eintrag nicht aufgeführt.</numerusform>
            <numerusform>%n weitere Einträge nicht aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Day View — %1, %2</source>
        <translation>Tagesansicht — %1, %2</translation>
    </message>
</context>
<context>
    <name>SyncLens::DraftStore</name>
    <message>
        <source>%1 cannot be created</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SyncLens::ExplainPanel</name>
    <message>
        <source>Open Filt&amp;er…</source>
        <translation>&amp;Filter öffnen…</translation>
    </message>
    <message>
        <source>Show M&amp;ailbox</source>
        <translation>Postfach an&amp;zeigen</translation>
    </message>
    <message>
        <source>What would change it</source>
        <translation>Was es ändern würde</translation>
    </message>
    <message>
        <source>No item chosen</source>
        <translation>Kein Element ausgewählt</translation>
    </message>
    <message>
        <source>Search above, then choose an item.</source>
        <translation>Suchen Sie oben, und wählen Sie dann ein Element aus.</translation>
    </message>
    <message>
        <source>Why did my meeting … disappear? Type a subject, person or id</source>
        <translation>Warum ist meine Besprechung … verschwunden? Geben Sie einen Betreff, eine Person oder eine ID ein</translation>
    </message>
    <message>
        <source>Search items</source>
        <translation>Elemente suchen</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Items found</source>
        <translation>Gefundene Elemente</translation>
    </message>
    <message>
        <source>Histor&amp;y, oldest first:</source>
        <translation>&amp;Verlauf, älteste zuerst:</translation>
    </message>
    <message>
        <source>The item&apos;s decisions</source>
        <translation>Die Entscheidungen zu diesem Element</translation>
    </message>
    <message>
        <source>A scenario&apos;s org is not searched: its steps choose the item.</source>
        <translation>Die Organisation eines Szenarios wird nicht durchsucht: Seine Schritte wählen das Element.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No item matches “%1”.</source>
        <translation>Kein Element entspricht „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n items; type more to narrow them.</source>
        <translation>
            <numerusform>Das erste Element (%n); geben Sie mehr ein, um die Auswahl einzugrenzen.</numerusform>
            <numerusform>Die ersten %n Elemente; geben Sie mehr ein, um die Auswahl einzugrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) found.</source>
        <translation>
            <numerusform>%n Element gefunden.</numerusform>
            <numerusform>%n Elemente gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 the item&apos;s type (Appointment, Task, …), %2 its id</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — no decision about it yet: has a cycle run since it was made?</source>
        <translation>%1 — noch keine Entscheidung dazu: Wurde seit seiner Erstellung ein Zyklus ausgeführt?</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Show the &amp;Change</source>
        <translation>&amp;Änderung anzeigen</translation>
    </message>
    <message>
        <source>&amp;Day View</source>
        <translation>&amp;Tagesansicht</translation>
    </message>
</context>
<context>
    <name>SyncLens::Explainer</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 von %2 auf %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>there is no sync filter for %1</source>
        <translation>es gibt keinen Synchronisierungsfilter für %1</translation>
    </message>
    <message>
        <source>it does not match “%1”</source>
        <translation>der Datensatz entspricht nicht „%1“</translation>
    </message>
    <message>
        <source>either %1 or %2</source>
        <extracomment>the branches of an &quot;or&quot; the record fails: either A, B or C</extracomment>
        <translation>entweder %1 oder %2</translation>
    </message>
    <message>
        <source>“%1” takes only %2 %3</source>
        <extracomment>e.g. “My appointments” takes only appointments that you own</extracomment>
        <translation>„%1“ erfasst nur %2, %3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Filter: %1 (%2)</source>
        <translation>Filter: %1 (%2)</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Felder: %1</translation>
    </message>
    <message>
        <source>Tracking token: %1</source>
        <translation>Token zur Nachverfolgung: %1</translation>
    </message>
    <message>
        <source>Matched header: %1</source>
        <translation>Übereinstimmender Header: %1</translation>
    </message>
    <message>
        <source>Shared addresses: %1</source>
        <translation>Gemeinsame Adressen: %1</translation>
    </message>
    <message>
        <source>Mailbox: %1 (%2), cycle %3 at %4</source>
        <translation>Postfach: %1 (%2), Zyklus %3 um %4</translation>
    </message>
    <message>
        <source>%1&apos;s mailbox: %2</source>
        <translation>Postfach von %1: %2</translation>
    </message>
    <message>
        <source>Copied to %1&apos;s Outlook because it matches the sync filter “%2”.</source>
        <translation>In Outlook von %1 kopiert, weil der Datensatz dem Synchronisierungsfilter „%2“ entspricht.</translation>
    </message>
    <message>
        <source>Copied to %1&apos;s Outlook.</source>
        <translation>In Outlook von %1 kopiert.</translation>
    </message>
    <message>
        <source>CRM changes were sent to %1&apos;s Outlook: %2.</source>
        <translation>CRM-Änderungen wurden an Outlook von %1 gesendet: %2.</translation>
    </message>
    <message>
        <source>Left %1&apos;s sync filters: %2. The copy stays in Outlook but no longer receives CRM changes, and edits made to it in Outlook still change CRM.</source>
        <translation>Hat die Synchronisierungsfilter von %1 verlassen: %2. Die Kopie bleibt in Outlook, erhält aber keine CRM-Änderungen mehr, und Änderungen, die in Outlook daran vorgenommen werden, ändern CRM weiterhin.</translation>
    </message>
    <message>
        <source>Left %1&apos;s sync filters: %2. The org removes copies that leave scope, so it was deleted from Outlook.</source>
        <translation>Hat die Synchronisierungsfilter von %1 verlassen: %2. Die Organisation entfernt Kopien, die den Bereich verlassen, daher wurde sie aus Outlook gelöscht.</translation>
    </message>
    <message>
        <source>%1 %2 (Outlook still shows %3)</source>
        <translation>%1 %2 (Outlook zeigt noch %3)</translation>
    </message>
    <message>
        <source>A CRM change was not sent to %1&apos;s Outlook: %2. The record is outside their sync filters: %3.</source>
        <translation>Eine CRM-Änderung wurde nicht an Outlook von %1 gesendet: %2. Der Datensatz liegt außerhalb der Synchronisierungsfilter dieses Benutzers: %3.</translation>
    </message>
    <message>
        <source>Not copied to %1&apos;s Outlook: %2.</source>
        <translation>Nicht in Outlook von %1 kopiert: %2.</translation>
    </message>
    <message>
        <source>Deleted in CRM, so its copy was removed from %1&apos;s Outlook.</source>
        <translation>In CRM gelöscht, daher wurde die Kopie aus Outlook von %1 entfernt.</translation>
    </message>
    <message>
        <source>%1 tracked it in Outlook, so it was created in CRM, owned by %1 and regarding %2.</source>
        <translation>%1 hat es in Outlook nachverfolgt, daher wurde es in CRM erstellt, mit %1 als Besitzer und mit Bezug auf %2.</translation>
    </message>
    <message>
        <source>%1 tracked it in Outlook, so it was created in CRM, owned by %1.</source>
        <translation>%1 hat es in Outlook nachverfolgt, daher wurde es in CRM erstellt, mit %1 als Besitzer.</translation>
    </message>
    <message>
        <source>Created in %1&apos;s Outlook but not tracked, so it stays in Outlook only and is not on the CRM timeline.</source>
        <translation>In Outlook von %1 erstellt, aber nicht nachverfolgt, daher bleibt es nur in Outlook und erscheint nicht auf der CRM-Zeitachse.</translation>
    </message>
    <message>
        <source>An edit in %1&apos;s Outlook changed CRM: %2.</source>
        <translation>Eine Änderung in Outlook von %1 hat CRM geändert: %2.</translation>
    </message>
    <message>
        <source>An edit in %1&apos;s Outlook overwrote CRM: %2. The record is outside %1&apos;s sync filters, so the CRM change had never reached Outlook, and Outlook&apos;s older value won.</source>
        <translation>Eine Änderung in Outlook von %1 hat CRM überschrieben: %2. Der Datensatz liegt außerhalb der Synchronisierungsfilter von %1, daher hatte die CRM-Änderung Outlook nie erreicht, und der ältere Wert aus Outlook hat sich durchgesetzt.</translation>
    </message>
    <message>
        <source>Changed in both CRM and %1&apos;s Outlook since the last cycle; the Outlook edit was the later one (or they were at the same time), so it won: %2.</source>
        <translation>Seit dem letzten Zyklus sowohl in CRM als auch in Outlook von %1 geändert; die Änderung in Outlook war die spätere (oder beide waren gleichzeitig), daher hat sie sich durchgesetzt: %2.</translation>
    </message>
    <message>
        <source>Changed in both CRM and %1&apos;s Outlook since the last cycle; the CRM edit was the later one, so it won and was copied to Outlook: %2.</source>
        <translation>Seit dem letzten Zyklus sowohl in CRM als auch in Outlook von %1 geändert; die Änderung in CRM war die spätere, daher hat sie sich durchgesetzt und wurde nach Outlook kopiert: %2.</translation>
    </message>
    <message>
        <source>Deleted in %1&apos;s Outlook. The org keeps the CRM record and stops synchronising it with this mailbox.</source>
        <translation>In Outlook von %1 gelöscht. Die Organisation behält den CRM-Datensatz und synchronisiert ihn nicht mehr mit diesem Postfach.</translation>
    </message>
    <message>
        <source>Deleted in %1&apos;s Outlook, and the org deletes linked CRM records, so it was deleted in CRM too and left the CRM timeline.</source>
        <translation>In Outlook von %1 gelöscht, und die Organisation löscht verknüpfte CRM-Datensätze, daher wurde er auch in CRM gelöscht und ist nicht mehr auf der CRM-Zeitachse.</translation>
    </message>
    <message>
        <source>Enable, approve or set outgoing email to Server-Side Synchronization on the sender&apos;s mailbox; the email goes at the next cycle after that.</source>
        <translation>Aktivieren oder genehmigen Sie das Postfach des Absenders, oder stellen Sie dort ausgehende E-Mail auf serverseitige Synchronisierung um; die E-Mail wird danach im nächsten Zyklus gesendet.</translation>
    </message>
    <message>
        <source>Give %1 a sync filter for this type of record.</source>
        <translation>Geben Sie %1 einen Synchronisierungsfilter für diesen Datensatztyp.</translation>
    </message>
    <message>
        <source>Widen %1&apos;s filter %2 so that it includes this record.</source>
        <translation>Erweitern Sie den Filter %2 von %1, sodass er diesen Datensatz einschließt.</translation>
    </message>
    <message>
        <source>Or set out-of-scope records to be removed from Outlook, so that a stale copy cannot overwrite CRM.</source>
        <translation>Oder legen Sie fest, dass Datensätze außerhalb des Bereichs aus Outlook entfernt werden, damit eine veraltete Kopie CRM nicht überschreiben kann.</translation>
    </message>
    <message>
        <source>Enter the lost CRM value again.</source>
        <translation>Geben Sie den verlorenen CRM-Wert erneut ein.</translation>
    </message>
    <message>
        <source>Bring the record back into %1&apos;s filters, delete the stale copy in Outlook, or set out-of-scope records to be removed from Outlook.</source>
        <translation>Bringen Sie den Datensatz wieder in die Filter von %1, löschen Sie die veraltete Kopie in Outlook, oder legen Sie fest, dass Datensätze außerhalb des Bereichs aus Outlook entfernt werden.</translation>
    </message>
    <message>
        <source>If the CRM value was the right one, enter it again; it reaches Outlook at the next cycle.</source>
        <translation>Wenn der CRM-Wert der richtige war, geben Sie ihn erneut ein; er erreicht Outlook im nächsten Zyklus.</translation>
    </message>
    <message>
        <source>Track it in Outlook (Track, with a regarding record) to bring it into CRM.</source>
        <translation>Verfolgen Sie es in Outlook nach (Nachverfolgen, mit einem Bezugsdatensatz), um es in CRM zu übernehmen.</translation>
    </message>
    <message>
        <source>The record is still in CRM. To have it in Outlook again, track a copy in Outlook.</source>
        <translation>Der Datensatz ist noch in CRM. Damit er wieder in Outlook erscheint, verfolgen Sie eine Kopie in Outlook nach.</translation>
    </message>
    <message>
        <source>Restore the record in CRM. To keep CRM records when Outlook copies are deleted, set Exchange deletes to stop tracking instead.</source>
        <translation>Stellen Sie den Datensatz in CRM wieder her. Damit CRM-Datensätze erhalten bleiben, wenn Outlook-Kopien gelöscht werden, legen Sie fest, dass Löschungen in Exchange stattdessen nur die Nachverfolgung beenden.</translation>
    </message>
    <message>
        <source>Restore the record in CRM to have it in Outlook again.</source>
        <translation>Stellen Sie den Datensatz in CRM wieder her, damit er wieder in Outlook erscheint.</translation>
    </message>
    <message>
        <source>Approve %1&apos;s mailbox.</source>
        <translation>Genehmigen Sie das Postfach von %1.</translation>
    </message>
    <message>
        <source>Fix the cause, then run Test &amp; Enable on %1&apos;s mailbox.</source>
        <translation>Beheben Sie die Ursache, und führen Sie dann „Testen &amp; aktivieren“ für das Postfach von %1 aus.</translation>
    </message>
    <message>
        <source>Deleted in %1&apos;s Outlook, but %1 is not the organizer (%2 is), so the meeting stays in CRM and is no longer synchronised with %1&apos;s mailbox.</source>
        <extracomment>%1 deleted the meeting in Outlook; %2 organises it</extracomment>
        <translation>In Outlook von %1 gelöscht, aber %1 ist nicht der Organisator (das ist %2), daher bleibt die Besprechung in CRM und wird nicht mehr mit dem Postfach von %1 synchronisiert.</translation>
    </message>
    <message>
        <source>Deleted in %1&apos;s Outlook, but the meeting was canceled, so it stays in CRM and is no longer synchronised with %1&apos;s mailbox.</source>
        <translation>In Outlook von %1 gelöscht, aber die Besprechung war abgesagt, daher bleibt sie in CRM und wird nicht mehr mit dem Postfach von %1 synchronisiert.</translation>
    </message>
    <message>
        <source>Deleted in %1&apos;s Outlook, but the meeting was completed, so it stays in CRM and is no longer synchronised with %1&apos;s mailbox.</source>
        <translation>In Outlook von %1 gelöscht, aber die Besprechung war abgeschlossen, daher bleibt sie in CRM und wird nicht mehr mit dem Postfach von %1 synchronisiert.</translation>
    </message>
    <message>
        <source>Deleted in %1&apos;s Outlook, but the meeting was already over, so it stays in CRM and is no longer synchronised with %1&apos;s mailbox.</source>
        <translation>In Outlook von %1 gelöscht, aber die Besprechung war schon vorbei, daher bleibt sie in CRM und wird nicht mehr mit dem Postfach von %1 synchronisiert.</translation>
    </message>
    <message>
        <source>Deleted in %1&apos;s Outlook, but the task was canceled, so it stays in CRM and is no longer synchronised with %1&apos;s mailbox.</source>
        <translation>In Outlook von %1 gelöscht, aber die Aufgabe war abgebrochen, daher bleibt sie in CRM und wird nicht mehr mit dem Postfach von %1 synchronisiert.</translation>
    </message>
    <message>
        <source>Deleted in %1&apos;s Outlook, but the task was completed, so it stays in CRM and is no longer synchronised with %1&apos;s mailbox.</source>
        <translation>In Outlook von %1 gelöscht, aber die Aufgabe war erledigt, daher bleibt sie in CRM und wird nicht mehr mit dem Postfach von %1 synchronisiert.</translation>
    </message>
    <message>
        <source>Deleted in %1&apos;s Outlook. %1 organises the meeting and it was active and still ahead, so it was deleted in CRM too and left the CRM timeline.</source>
        <translation>In Outlook von %1 gelöscht. %1 organisiert die Besprechung, und sie war aktiv und lag noch in der Zukunft, daher wurde sie auch in CRM gelöscht und verschwand aus der CRM-Zeitachse.</translation>
    </message>
    <message>
        <source>Deleted in %1&apos;s Outlook while the task was still open, so it was deleted in CRM too and left the CRM timeline.</source>
        <translation>In Outlook von %1 gelöscht, während die Aufgabe noch offen war, daher wurde sie auch in CRM gelöscht und verschwand aus der CRM-Zeitachse.</translation>
    </message>
    <message>
        <source>Deleted in CRM, but %1 owns the contact, so the copy stays in %1&apos;s Outlook, no longer linked.</source>
        <translation>In CRM gelöscht, aber %1 ist Besitzer des Kontakts, daher bleibt die Kopie in Outlook von %1, nicht mehr verknüpft.</translation>
    </message>
    <message>
        <source>Deleted in CRM, but the meeting was no longer active, so the copy stays in %1&apos;s Outlook, no longer linked.</source>
        <translation>In CRM gelöscht, aber die Besprechung war nicht mehr aktiv, daher bleibt die Kopie in Outlook von %1, nicht mehr verknüpft.</translation>
    </message>
    <message>
        <source>Deleted in CRM, but the meeting was already over, so the copy stays in %1&apos;s Outlook, no longer linked.</source>
        <translation>In CRM gelöscht, aber die Besprechung war schon vorbei, daher bleibt die Kopie in Outlook von %1, nicht mehr verknüpft.</translation>
    </message>
    <message>
        <source>Back in %1&apos;s sync filters (it matches “%2”); nothing had changed in CRM meanwhile, so the Outlook copy was already up to date.</source>
        <translation>Wieder in den Synchronisierungsfiltern von %1 (passt zu „%2“); in CRM hatte sich inzwischen nichts geändert, daher war die Outlook-Kopie schon aktuell.</translation>
    </message>
    <message>
        <source>Back in %1&apos;s sync filters (it matches “%2”), so the Outlook copy caught up with the CRM changes it missed: %3.</source>
        <translation>Wieder in den Synchronisierungsfiltern von %1 (passt zu „%2“), daher hat die Outlook-Kopie die verpassten CRM-Änderungen nachgeholt: %3.</translation>
    </message>
    <message>
        <source>Only the organizer&apos;s delete removes the meeting from CRM: ask %1 to cancel it, or delete it in CRM.</source>
        <translation>Nur das Löschen durch den Organisator entfernt die Besprechung aus CRM: Bitten Sie %1, sie abzusagen, oder löschen Sie sie in CRM.</translation>
    </message>
    <message>
        <source>Delete it in CRM if it should go: a meeting that is over or no longer active, and a task that is no longer open, stay in CRM when deleted in Outlook.</source>
        <translation>Löschen Sie den Datensatz in CRM, wenn er weg soll: Eine vergangene oder nicht mehr aktive Besprechung und eine nicht mehr offene Aufgabe bleiben in CRM, wenn sie in Outlook gelöscht werden.</translation>
    </message>
    <message>
        <source>Restore the record in CRM. To keep these records in CRM when they are deleted in Outlook, set Exchange deletes of %1 to stop tracking.</source>
        <translation>Stellen Sie den Datensatz in CRM wieder her. Damit solche Datensätze in CRM bleiben, wenn sie in Outlook gelöscht werden, stellen Sie das Löschen in Exchange für %1 auf „Nachverfolgung beenden“.</translation>
    </message>
    <message>
        <source>Delete the copy in %1&apos;s Outlook by hand if it should go too.</source>
        <translation>Löschen Sie die Kopie in Outlook von %1 von Hand, wenn sie auch weg soll.</translation>
    </message>
    <message>
        <source>Nothing to do: the copy in %1&apos;s Outlook is up to date again.</source>
        <translation>Nichts zu tun: Die Kopie in Outlook von %1 ist wieder aktuell.</translation>
    </message>
    <message>
        <source>This followed a change at %1: %2.</source>
        <extracomment>%1 when the change was made, %2 the change</extracomment>
        <translation>Dies folgte auf eine Änderung am %1: %2.</translation>
    </message>
    <message>
        <source>Tracked by Server-Side Synchronization for %1 in Dynamics 365: its correlationmethod is %2 (%3), the rule %4.</source>
        <extracomment>%1 a user&apos;s name, %2 Dataverse&apos;s name of the value (InReplyTo…), %3 its number, %4 the reason code</extracomment>
        <translation>Von der serverseitigen Synchronisierung für %1 in Dynamics 365 nachverfolgt: seine correlationmethod ist %2 (%3), die Regel %4.</translation>
    </message>
</context>
<context>
    <name>SyncLens::ExplanationModel</name>
    <message>
        <source>When (UTC)</source>
        <extracomment>The time of a decision (simulated clock, UTC)</extracomment>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a reason code such as NOT_IN_SCOPE, %2 its meaning</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the filter.</source>
        <translation>Drücken Sie die Eingabetaste oder doppelklicken Sie, um den Filter zu öffnen.</translation>
    </message>
    <message>
        <source>Press Enter or double-click to show the mailbox.</source>
        <translation>Drücken Sie die Eingabetaste oder doppelklicken Sie, um das Postfach anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>SyncLens::FakeCrm</name>
    <message>
        <source>Serves a sandbox org as a fake Dynamics 365 (Dataverse Web API and sign-in) on 127.0.0.1.</source>
        <translation>Stellt eine Sandbox-Organisation als nachgebildetes Dynamics 365 (Dataverse-Web-API und Anmeldung) auf 127.0.0.1 bereit.</translation>
    </message>
    <message>
        <source>The sandbox org file.</source>
        <translation>Die Sandbox-Organisationsdatei.</translation>
    </message>
    <message>
        <source>The port (0: any free one).</source>
        <translation>Der Port (0: ein beliebiger freier).</translation>
    </message>
    <message>
        <source>Rows per page at most.</source>
        <translation>Höchstens so viele Zeilen pro Seite.</translation>
    </message>
    <message>
        <source>--org FILE is required</source>
        <translation>--org DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>cannot read the fault &quot;%1&quot; (%2)</source>
        <translation>der Fehler &quot;%1&quot; ist nicht lesbar (%2)</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1</source>
        <translation>kann nicht auf 127.0.0.1:%1 lauschen</translation>
    </message>
    <message>
        <source>serving %1 at %2 (tenant %3, client id %4, secret %5)</source>
        <translation>stelle %1 unter %2 bereit (Mandant %3, Client-ID %4, Schlüssel %5)</translation>
    </message>
    <message>
        <source>A fault at the Nth request: KIND@N or KIND@NxCOUNT (401 429 503 slow truncate drop), or check-differ.</source>
        <translation>Ein Fehler bei der N-ten Anfrage: KIND@N oder KIND@NxCOUNT (401 429 503 slow truncate drop) oder check-differ.</translation>
    </message>
    <message>
        <source>An entity set (contacts…) whose table is not enabled for change tracking.</source>
        <translation>Eine Entitätsmenge (contacts…), deren Tabelle nicht für die Änderungsnachverfolgung aktiviert ist.</translation>
    </message>
</context>
<context>
    <name>SyncLens::FetchValue</name>
    <message>
        <source>operator &quot;%1&quot; takes no value</source>
        <translation>Operator &quot;%1&quot; nimmt keinen Wert an</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; needs a value</source>
        <translation>Operator &quot;%1&quot; braucht einen Wert</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; takes one value, not %2</source>
        <translation>Operator &quot;%1&quot; nimmt einen Wert an, nicht %2</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; needs two values (from and to), not %2</source>
        <translation>Operator &quot;%1&quot; braucht zwei Werte (von und bis), nicht %2</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; needs at least one &lt;value&gt;</source>
        <translation>Operator &quot;%1&quot; braucht mindestens ein &lt;value&gt;</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; needs a whole number, not &quot;%2&quot;</source>
        <translation>Operator &quot;%1&quot; braucht eine ganze Zahl, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; needs a date such as 2026-03-01, not &quot;%2&quot;</source>
        <translation>Operator &quot;%1&quot; braucht ein Datum wie 2026-03-01, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the %1 is a %2; &quot;%3&quot; is not one</source>
        <extracomment>%1 a field&apos;s display name, %2 its type (&quot;date&quot;, &quot;number&quot;), %3 the bad value</extracomment>
        <translation>das Feld %1 hat den Typ %2; &quot;%3&quot; ist kein solcher Wert</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>yes/no value</source>
        <translation>Ja/Nein-Wert</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>reference to a record</source>
        <translation>Verweis auf einen Datensatz</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; applies to dates; the %2 is a %3</source>
        <extracomment>%1 operator, %2 field, %3 its type</extracomment>
        <translation>Operator &quot;%1&quot; gilt für Datumswerte; das Feld %2 hat den Typ %3</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; compares text; the %2 is a %3</source>
        <translation>Operator &quot;%1&quot; vergleicht Text; das Feld %2 hat den Typ %3</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; applies to a user field; the %2 is a %3</source>
        <translation>Operator &quot;%1&quot; gilt für ein Benutzerfeld; das Feld %2 hat den Typ %3</translation>
    </message>
</context>
<context>
    <name>SyncLens::FetchXmlEditor</name>
    <message>
        <source>FetchXML</source>
        <translation>FetchXML</translation>
    </message>
</context>
<context>
    <name>SyncLens::FetchXmlPaging</name>
    <message>
        <source>The org sent a paging cookie SyncLens cannot read: %1</source>
        <translation>Die Organisation schickte ein Paging-Cookie, das SyncLens nicht lesen kann: %1</translation>
    </message>
    <message>
        <source>FetchXML cannot be paged: %1 (line %2, column %3)</source>
        <translation>FetchXML kann nicht seitenweise gelesen werden: %1 (Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>no &lt;fetch&gt;</source>
        <translation>kein &lt;fetch&gt;</translation>
    </message>
    <message>
        <source>FetchXML without an &lt;entity&gt;</source>
        <translation>FetchXML ohne &lt;entity&gt;</translation>
    </message>
</context>
<context>
    <name>SyncLens::FetchXmlParser</name>
    <message>
        <source>expected &lt;fetch&gt; as the root element</source>
        <translation>erwartet wurde &lt;fetch&gt; als Stammelement</translation>
    </message>
    <message>
        <source>one &lt;entity&gt;</source>
        <translation>ein &lt;entity&gt;</translation>
    </message>
    <message>
        <source>&lt;fetch&gt; has no &lt;entity&gt;</source>
        <translation>&lt;fetch&gt; hat kein &lt;entity&gt;</translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation>fehlerhaftes XML: %1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>unexpected &lt;%1&gt;; expected %2</source>
        <extracomment>%1 is an element name, %2 what may stand there</extracomment>
        <translation>unerwartetes &lt;%1&gt;; erwartet wurde %2</translation>
    </message>
    <message>
        <source>&lt;%1&gt; needs a &quot;%2&quot; attribute</source>
        <translation>&lt;%1&gt; braucht ein Attribut &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no child element</source>
        <translation>kein untergeordnetes Element</translation>
    </message>
    <message>
        <source>&lt;attribute&gt;, &lt;all-attributes&gt;, &lt;order&gt;, &lt;filter&gt; or &lt;link-entity&gt;</source>
        <translation>&lt;attribute&gt;, &lt;all-attributes&gt;, &lt;order&gt;, &lt;filter&gt; oder &lt;link-entity&gt;</translation>
    </message>
    <message>
        <source>descending must be true or false, not &quot;%1&quot;</source>
        <translation>descending muss true oder false sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>filter type must be &quot;and&quot; or &quot;or&quot;, not &quot;%1&quot;</source>
        <translation>der Filtertyp muss &quot;and&quot; oder &quot;or&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&lt;condition&gt; or &lt;filter&gt;</source>
        <translation>&lt;condition&gt; oder &lt;filter&gt;</translation>
    </message>
    <message>
        <source>link-type must be &quot;inner&quot; or &quot;outer&quot;, not &quot;%1&quot;</source>
        <translation>link-type muss &quot;inner&quot; oder &quot;outer&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&lt;attribute&gt;, &lt;all-attributes&gt;, &lt;filter&gt; or &lt;link-entity&gt;</source>
        <translation>&lt;attribute&gt;, &lt;all-attributes&gt;, &lt;filter&gt; oder &lt;link-entity&gt;</translation>
    </message>
    <message>
        <source>unsupported operator &quot;%1&quot;</source>
        <translation>nicht unterstützter Operator &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&lt;value&gt;</source>
        <translation>&lt;value&gt;</translation>
    </message>
</context>
<context>
    <name>SyncLens::FieldCatalog</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>regarding record</source>
        <translation>Bezug</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>creation date</source>
        <translation>Erstellungsdatum</translation>
    </message>
    <message>
        <source>last modification</source>
        <translation>letzte Änderung</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>all-day flag</source>
        <translation>Ganztägig-Kennzeichen</translation>
    </message>
    <message>
        <source>percent complete</source>
        <translation>Prozent abgeschlossen</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>vollständiger Name</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>business phone</source>
        <translation>Telefon (geschäftlich)</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>record id</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Records of type %1</source>
        <extracomment>%1 is an entity&apos;s logical name, e.g. &quot;new_project&quot;</extracomment>
        <translation>Datensätze vom Typ %1</translation>
    </message>
    <message>
        <source>appointments</source>
        <extracomment>inside a sentence (&quot;All appointments&quot;); a language whose nouns keep their capital (German) translates it capitalised</extracomment>
        <translation>Termine</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>records of type %1</source>
        <extracomment>%1 is an entity&apos;s logical name, e.g. &quot;new_project&quot;</extracomment>
        <translation>Datensätze vom Typ %1</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>organizer</source>
        <translation>Organisator</translation>
    </message>
</context>
<context>
    <name>SyncLens::FilterDescriber</name>
    <message>
        <source>All %1</source>
        <extracomment>%1 is a plural within a sentence, such as &quot;appointments&quot;</extracomment>
        <translation>Alle %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 plural entity (&quot;Appointments&quot;), %2 the conditions (&quot;that you own and …&quot;)</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>that have a related %1</source>
        <extracomment>%1 a related record type, e.g. &quot;account&quot;</extracomment>
        <translation>die einen verknüpften Datensatz vom Typ %1 haben</translation>
    </message>
    <message>
        <source>that have a related %1 %2</source>
        <extracomment>%1 a related record type, %2 its conditions</extracomment>
        <translation>die verknüpfte Datensätze vom Typ %1 haben, %2</translation>
    </message>
    <message>
        <source>that have no related %1</source>
        <translation>die keinen verknüpften Datensatz vom Typ %1 haben</translation>
    </message>
    <message>
        <source>%1 of the related %2</source>
        <extracomment>%1 a field, %2 a related record type: &quot;city of the related account&quot;</extracomment>
        <translation>%1 des verknüpften Datensatzes (%2)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>either %1 or %2</source>
        <extracomment>%1 the first alternatives, %2 the last one</extracomment>
        <translation>entweder %1 oder %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>%1 the first conditions, %2 the last one</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 at %2 UTC</source>
        <extracomment>%1 a date, %2 a time of day in UTC</extracomment>
        <translation>%1 um %2 UTC</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>whose %1 is %2</source>
        <translation>deren %1 %2 ist</translation>
    </message>
    <message>
        <source>whose %1 is not %2</source>
        <translation>deren %1 nicht %2 ist</translation>
    </message>
    <message>
        <source>whose %1 is after %2</source>
        <translation>deren %1 nach %2 liegt</translation>
    </message>
    <message>
        <source>whose %1 is greater than %2</source>
        <translation>deren %1 größer als %2 ist</translation>
    </message>
    <message>
        <source>whose %1 is on or after %2</source>
        <translation>deren %1 am oder nach dem %2 liegt</translation>
    </message>
    <message>
        <source>whose %1 is at least %2</source>
        <translation>deren %1 mindestens %2 ist</translation>
    </message>
    <message>
        <source>whose %1 is before %2</source>
        <translation>deren %1 vor %2 liegt</translation>
    </message>
    <message>
        <source>whose %1 is less than %2</source>
        <translation>deren %1 kleiner als %2 ist</translation>
    </message>
    <message>
        <source>whose %1 is on or before %2</source>
        <translation>deren %1 am oder vor dem %2 liegt</translation>
    </message>
    <message>
        <source>whose %1 is at most %2</source>
        <translation>deren %1 höchstens %2 ist</translation>
    </message>
    <message>
        <source>whose %1 does not contain %2</source>
        <translation>deren %1 %2 nicht enthält</translation>
    </message>
    <message>
        <source>whose %1 contains %2</source>
        <translation>deren %1 %2 enthält</translation>
    </message>
    <message>
        <source>whose %1 does not begin with %2</source>
        <translation>deren %1 nicht mit %2 beginnt</translation>
    </message>
    <message>
        <source>whose %1 begins with %2</source>
        <translation>deren %1 mit %2 beginnt</translation>
    </message>
    <message>
        <source>whose %1 does not end with %2</source>
        <translation>deren %1 nicht mit %2 endet</translation>
    </message>
    <message>
        <source>whose %1 ends with %2</source>
        <translation>deren %1 mit %2 endet</translation>
    </message>
    <message>
        <source>whose %1 does not match the pattern %2</source>
        <translation>deren %1 nicht dem Muster %2 entspricht</translation>
    </message>
    <message>
        <source>whose %1 matches the pattern %2</source>
        <translation>deren %1 dem Muster %2 entspricht</translation>
    </message>
    <message>
        <source>whose %1 is none of %2</source>
        <translation>deren %1 keiner der Werte %2 ist</translation>
    </message>
    <message>
        <source>whose %1 is between %2 and %3</source>
        <translation>deren %1 zwischen %2 und %3 liegt</translation>
    </message>
    <message>
        <source>whose %1 is not between %2 and %3</source>
        <translation>deren %1 nicht zwischen %2 und %3 liegt</translation>
    </message>
    <message>
        <source>with no %1</source>
        <translation>deren %1 leer ist</translation>
    </message>
    <message>
        <source>with a %1</source>
        <translation>deren %1 ausgefüllt ist</translation>
    </message>
    <message>
        <source>that you own</source>
        <translation>die Sie besitzen</translation>
    </message>
    <message>
        <source>whose %1 is you</source>
        <translation>deren %1 Sie sind</translation>
    </message>
    <message>
        <source>that someone else owns</source>
        <translation>die jemand anderes besitzt</translation>
    </message>
    <message>
        <source>whose %1 is someone other than you</source>
        <translation>deren %1 jemand anderes als Sie ist</translation>
    </message>
    <message>
        <source>that you or one of your teams own</source>
        <translation>die Sie oder eines Ihrer Teams besitzen</translation>
    </message>
    <message>
        <source>whose %1 is you or one of your teams</source>
        <translation>deren %1 Sie oder eines Ihrer Teams ist</translation>
    </message>
    <message>
        <source>whose %1 is your business unit</source>
        <translation>deren %1 Ihre Unternehmenseinheit ist</translation>
    </message>
    <message>
        <source>whose %1 is not your business unit</source>
        <translation>deren %1 nicht Ihre Unternehmenseinheit ist</translation>
    </message>
    <message>
        <source>whose %1 is on %2</source>
        <translation>deren %1 am %2 liegt</translation>
    </message>
    <message>
        <source>whose %1 meets the condition %2 %3</source>
        <translation>deren %1 die Bedingung %2 %3 erfüllt</translation>
    </message>
    <message>
        <source>whose %1 is today</source>
        <translation>deren %1 heute ist</translation>
    </message>
    <message>
        <source>whose %1 was yesterday</source>
        <translation>deren %1 gestern war</translation>
    </message>
    <message>
        <source>whose %1 is tomorrow</source>
        <translation>deren %1 morgen ist</translation>
    </message>
    <message>
        <source>whose %1 is this week</source>
        <translation>deren %1 in dieser Woche liegt</translation>
    </message>
    <message>
        <source>whose %1 was last week</source>
        <translation>deren %1 in der letzten Woche lag</translation>
    </message>
    <message>
        <source>whose %1 is next week</source>
        <translation>deren %1 in der nächsten Woche liegt</translation>
    </message>
    <message>
        <source>whose %1 is this month</source>
        <translation>deren %1 in diesem Monat liegt</translation>
    </message>
    <message>
        <source>whose %1 was last month</source>
        <translation>deren %1 im letzten Monat lag</translation>
    </message>
    <message>
        <source>whose %1 is next month</source>
        <translation>deren %1 im nächsten Monat liegt</translation>
    </message>
    <message>
        <source>whose %1 is this year</source>
        <translation>deren %1 in diesem Jahr liegt</translation>
    </message>
    <message>
        <source>whose %1 was last year</source>
        <translation>deren %1 im letzten Jahr lag</translation>
    </message>
    <message>
        <source>whose %1 is next year</source>
        <translation>deren %1 im nächsten Jahr liegt</translation>
    </message>
    <message>
        <source>whose %1 is in the last seven days</source>
        <translation>deren %1 in den letzten sieben Tagen liegt</translation>
    </message>
    <message>
        <source>whose %1 is in the next seven days</source>
        <translation>deren %1 in den nächsten sieben Tagen liegt</translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the last %n hour(s)</source>
        <translation>
            <numerusform>deren %1 in der letzten %n Stunde liegt</numerusform>
            <numerusform>deren %1 in den letzten %n Stunden liegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the next %n hour(s)</source>
        <translation>
            <numerusform>deren %1 in der nächsten %n Stunde liegt</numerusform>
            <numerusform>deren %1 in den nächsten %n Stunden liegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the last %n day(s)</source>
        <translation>
            <numerusform>deren %1 im letzten %n Tag liegt</numerusform>
            <numerusform>deren %1 in den letzten %n Tagen liegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the next %n day(s)</source>
        <translation>
            <numerusform>deren %1 im nächsten %n Tag liegt</numerusform>
            <numerusform>deren %1 in den nächsten %n Tagen liegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the last %n week(s)</source>
        <translation>
            <numerusform>deren %1 in der letzten %n Woche liegt</numerusform>
            <numerusform>deren %1 in den letzten %n Wochen liegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the next %n week(s)</source>
        <translation>
            <numerusform>deren %1 in der nächsten %n Woche liegt</numerusform>
            <numerusform>deren %1 in den nächsten %n Wochen liegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the last %n month(s)</source>
        <translation>
            <numerusform>deren %1 im letzten %n Monat liegt</numerusform>
            <numerusform>deren %1 in den letzten %n Monaten liegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the next %n month(s)</source>
        <translation>
            <numerusform>deren %1 im nächsten %n Monat liegt</numerusform>
            <numerusform>deren %1 in den nächsten %n Monaten liegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the last %n year(s)</source>
        <translation>
            <numerusform>deren %1 im letzten %n Jahr liegt</numerusform>
            <numerusform>deren %1 in den letzten %n Jahren liegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the next %n year(s)</source>
        <translation>
            <numerusform>deren %1 im nächsten %n Jahr liegt</numerusform>
            <numerusform>deren %1 in den nächsten %n Jahren liegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is more than %n minute(s) ago</source>
        <translation>
            <numerusform>deren %1 mehr als %n Minute zurückliegt</numerusform>
            <numerusform>deren %1 mehr als %n Minuten zurückliegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is more than %n hour(s) ago</source>
        <translation>
            <numerusform>deren %1 mehr als %n Stunde zurückliegt</numerusform>
            <numerusform>deren %1 mehr als %n Stunden zurückliegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is more than %n day(s) ago</source>
        <translation>
            <numerusform>deren %1 mehr als %n Tag zurückliegt</numerusform>
            <numerusform>deren %1 mehr als %n Tage zurückliegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is more than %n week(s) ago</source>
        <translation>
            <numerusform>deren %1 mehr als %n Woche zurückliegt</numerusform>
            <numerusform>deren %1 mehr als %n Wochen zurückliegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is more than %n month(s) ago</source>
        <translation>
            <numerusform>deren %1 mehr als %n Monat zurückliegt</numerusform>
            <numerusform>deren %1 mehr als %n Monate zurückliegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is more than %n year(s) ago</source>
        <translation>
            <numerusform>deren %1 mehr als %n Jahr zurückliegt</numerusform>
            <numerusform>deren %1 mehr als %n Jahre zurückliegt</numerusform>
        </translation>
    </message>
    <message>
        <source>that one of your teams owns</source>
        <translation>die einem Ihrer Teams gehören</translation>
    </message>
    <message>
        <source>whose %1 is one of your teams</source>
        <translation>deren %1 eines Ihrer Teams ist</translation>
    </message>
    <message>
        <source>%1 in the time zone %2</source>
        <extracomment>%1 a condition (&quot;whose due date is today&quot;), %2 an IANA time zone name</extracomment>
        <translation>%1 in der Zeitzone %2</translation>
    </message>
    <message>
        <source>%1 in %2&apos;s time zone, %3</source>
        <extracomment>%1 a condition (&quot;whose due date is today&quot;), %2 a user&apos;s name, %3 an IANA time zone name</extracomment>
        <translation>%1 in der Zeitzone von %2, %3</translation>
    </message>
</context>
<context>
    <name>SyncLens::FilterDesignerWindow</name>
    <message>
        <source>Previewing the change…</source>
        <translation>Vorschau der Änderung wird erstellt…</translation>
    </message>
    <message>
        <source>Save “%1” for %2?</source>
        <extracomment>%1 a filter&apos;s name, %2 a user&apos;s name</extracomment>
        <translation>„%1“ für %2 speichern?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Delete “%1” of %2?</source>
        <translation>„%1“ von %2 löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Undo the last change to “%1”?</source>
        <translation>Letzte Änderung an „%1“ rückgängig machen?</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>Restore this version of “%1”?</source>
        <translation>Diese Version von „%1“ wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Sync filters</source>
        <translation>Synchronisierungsfilter</translation>
    </message>
    <message>
        <source>Nothing moves until the next synchronisation cycle; the timeline and the journal then show each record&apos;s decision. The change can be undone.</source>
        <translation>Bis zum nächsten Synchronisierungszyklus ändert sich nichts; danach zeigen die Zeitachse und das Journal die Entscheidung zu jedem Datensatz. Die Änderung kann rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>There is no change to undo.</source>
        <translation>Es gibt keine Änderung, die rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>the name of a copy of a filter</extracomment>
        <translation>%1 (Kopie)</translation>
    </message>
    <message numerus="yes">
        <source>Applying “%1” to %n user(s)…</source>
        <translation>
            <numerusform>„%1“ wird auf %n Benutzer angewendet…</numerusform>
            <numerusform>„%1“ wird auf %n Benutzer angewendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed the filters of %1.</source>
        <translation>Die Filter von %1 wurden geändert.</translation>
    </message>
    <message>
        <source>%1: %2. The next synchronisation cycle decides the scope again.</source>
        <extracomment>%1 a filter, %2 what happened (&quot;Saved&quot;, &quot;Deleted&quot;, …)</extracomment>
        <translation>%1: %2. Der nächste Synchronisierungszyklus legt den Bereich neu fest.</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>Die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Unsaved changes cannot be kept: %1</source>
        <translation>Nicht gespeicherte Änderungen können nicht aufbewahrt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved changes to %n filter(s) were kept from an earlier session: %1. Bring them back to go on editing?</source>
        <translation>
            <numerusform>Nicht gespeicherte Änderungen an %n Filter wurden aus einer früheren Sitzung aufbewahrt: %1. Möchten Sie sie zurückholen, um weiterzuarbeiten?</numerusform>
            <numerusform>Nicht gespeicherte Änderungen an %n Filtern wurden aus einer früheren Sitzung aufbewahrt: %1. Möchten Sie sie zurückholen, um weiterzuarbeiten?</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The kept changes are back; they are not saved yet.</source>
        <translation>Die aufbewahrten Änderungen sind zurück; sie sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <source>D&amp;iscard them</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <source>Filter name</source>
        <translation>Filtername</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>The filter in plain language</source>
        <translation>Der Filter in verständlicher Sprache</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ve&amp;rlauf</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Undo Last Change…</source>
        <translation>Letzte Änderung &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>&amp;Apply to Other Users…</source>
        <translation>Auf &amp;andere Benutzer anwenden…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo Edit</source>
        <translation>Bearbeitung &amp;rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo Edit</source>
        <translation>Bearbeitung &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Filter &amp;List</source>
        <translation>Filter&amp;liste</translation>
    </message>
    <message>
        <source>&amp;Conditions</source>
        <translation>&amp;Bedingungen</translation>
    </message>
    <message>
        <source>Fetch&amp;XML</source>
        <translation>Fetch&amp;XML</translation>
    </message>
    <message>
        <source>Reading the org&apos;s records for the preview…</source>
        <translation>Die Datensätze der Organisation werden für die Vorschau gelesen…</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>Die Vorschau ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Sync filters of %1 — SyncLens</source>
        <extracomment>window title: %1 a user&apos;s name</extracomment>
        <translation>Synchronisierungsfilter von %1 — SyncLens</translation>
    </message>
    <message>
        <source>The FetchXML has an error; correct it there and the conditions come back.</source>
        <translation>Das FetchXML enthält einen Fehler; korrigieren Sie ihn dort, dann erscheinen die Bedingungen wieder.</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Vorschau wird aktualisiert…</translation>
    </message>
    <message>
        <source>The preview waits for a filter that can be read.</source>
        <translation>Die Vorschau wartet auf einen lesbaren Filter.</translation>
    </message>
    <message>
        <source>(The FetchXML cannot be read; the last sentence was: %1)</source>
        <extracomment>shown instead of the sentence while the FetchXML cannot be read</extracomment>
        <translation>(Das FetchXML kann nicht gelesen werden; der letzte Satz war: %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>This is a filter of %1 records: its entity must be &quot;%1&quot;, not &quot;%2&quot;.</source>
        <extracomment>%1 e.g. &quot;appointment&quot;, %2 what the FetchXML says</extracomment>
        <translation>Dies ist ein Filter für Datensätze vom Typ %1: Seine Entität muss &quot;%1&quot; sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The filter needs a name.</source>
        <translation>Der Filter braucht einen Namen.</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>Save the filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>&amp;Undo Last Change to “%1”…</source>
        <translation>Letzte Änderung an „%1“ &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>Sign in to the org first (File ▸ Connect to Dynamics 365…): SyncLens writes a live org&apos;s filters to the org itself.</source>
        <translation>Melden Sie sich zuerst bei der Organisation an (Datei ▸ Mit Dynamics 365 verbinden…): SyncLens schreibt die Filter einer Live-Organisation in die Organisation selbst.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>This connection to %1 is read-only (File ▸ Connect to Dynamics 365…, Open read-only): SyncLens writes nothing to the org.</source>
        <extracomment>%1 a host name</extracomment>
        <translation>Diese Verbindung zu %1 ist schreibgeschützt (Datei ▸ Mit Dynamics 365 verbinden…, Schreibgeschützt öffnen): SyncLens schreibt nichts in die Organisation.</translation>
    </message>
    <message>
        <source>Writing “%1” to %2…</source>
        <extracomment>%1 a filter&apos;s name, %2 a host name</extracomment>
        <translation>„%1“ wird in %2 geschrieben…</translation>
    </message>
    <message>
        <source>%1 in %2; server-side synchronization uses it from its next cycle.</source>
        <extracomment>%1 what happened, e.g. &quot;Saved&quot;, %2 a host name</extracomment>
        <translation>%1 in %2; die serverseitige Synchronisierung verwendet die Änderung ab ihrem nächsten Zyklus.</translation>
    </message>
    <message>
        <source>The org refused the change.</source>
        <translation>Die Organisation hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>Nothing was written to the org.</source>
        <translation>Es wurde nichts in die Organisation geschrieben.</translation>
    </message>
    <message>
        <source>Writing “%1” over their version…</source>
        <extracomment>%1 a filter&apos;s name</extracomment>
        <translation>„%1“ wird über die andere Version geschrieben…</translation>
    </message>
    <message>
        <source>Kept their version of “%1”; yours was not written.</source>
        <translation>Die andere Version von „%1“ wurde behalten; Ihre wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Save “%1” without a preview?</source>
        <extracomment>%1 a filter&apos;s name</extracomment>
        <translation>„%1“ ohne Vorschau speichern?</translation>
    </message>
    <message>
        <source>Save &amp;Without Preview</source>
        <translation>&amp;Ohne Vorschau speichern</translation>
    </message>
    <message numerus="yes">
        <source>Writing “%1” for %n user(s)…</source>
        <translation>
            <numerusform>„%1“ wird für %n Benutzer geschrieben…</numerusform>
            <numerusform>„%1“ wird für %n Benutzer geschrieben…</numerusform>
        </translation>
    </message>
    <message>
        <source>Check Against &amp;Dataverse</source>
        <translation>Mit &amp;Dataverse abgleichen</translation>
    </message>
    <message>
        <source>The check needs a filter that can be read.</source>
        <translation>Die Prüfung braucht einen lesbaren Filter.</translation>
    </message>
    <message>
        <source>Another request to the org is running; wait for it.</source>
        <translation>Eine andere Anfrage an die Organisation läuft; warten Sie, bis sie fertig ist.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>SyncLens cannot evaluate this FetchXML (%1): no preview. It can still be written to the org with Save without preview.</source>
        <translation>SyncLens kann dieses FetchXML nicht auswerten (%1): keine Vorschau. Mit „Ohne Vorschau speichern“ kann es trotzdem in die Organisation geschrieben werden.</translation>
    </message>
    <message>
        <source>A write to the org is running: wait for it, or Cancel it first.</source>
        <translation>Ein Schreibvorgang in die Organisation läuft: Warten Sie, bis er fertig ist, oder brechen Sie ihn zuerst ab.</translation>
    </message>
</context>
<context>
    <name>SyncLens::FilterDialog</name>
    <message>
        <source>Sync Filter “%1”</source>
        <extracomment>%1 the filter&apos;s name</extracomment>
        <translation>Synchronisierungsfilter „%1“</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Besitzer:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>What the filter selects</source>
        <translation>Was der Filter auswählt</translation>
    </message>
    <message>
        <source>Selects:</source>
        <translation>Wählt aus:</translation>
    </message>
    <message>
        <source>FetchXML</source>
        <translation>FetchXML</translation>
    </message>
    <message>
        <source>&amp;FetchXML:</source>
        <translation>&amp;FetchXML:</translation>
    </message>
</context>
<context>
    <name>SyncLens::FilterHistory</name>
    <message>
        <source>There is no filter %1.</source>
        <translation>Es gibt keinen Filter %1.</translation>
    </message>
    <message>
        <source>There is no filter version %1.</source>
        <translation>Es gibt keine Filterversion %1.</translation>
    </message>
    <message>
        <source>The filter %1 has no change to undo.</source>
        <translation>Der Filter %1 hat keine Änderung, die rückgängig gemacht werden kann.</translation>
    </message>
</context>
<context>
    <name>SyncLens::FilterHistoryModel</name>
    <message>
        <source>an earlier version</source>
        <translation>eine frühere Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Restored the version of %1</source>
        <extracomment>%1 when the restored version was saved</extracomment>
        <translation>Version wiederhergestellt (%1)</translation>
    </message>
    <message>
        <source>Undid the last change</source>
        <translation>Letzte Änderung rückgängig gemacht</translation>
    </message>
    <message>
        <source>Undid the creation (deleted)</source>
        <translation>Erstellung rückgängig gemacht (gelöscht)</translation>
    </message>
    <message>
        <source>As it was before SyncLens changed it</source>
        <translation>So, wie er war, bevor SyncLens ihn geändert hat</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>SyncLens::FilterHistoryPanel</name>
    <message>
        <source>&amp;Restore this version…</source>
        <translation>Diese Version wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>Saved versions of the filter</source>
        <translation>Gespeicherte Versionen des Filters</translation>
    </message>
    <message>
        <source>No saved versions yet: SyncLens keeps one at each save.</source>
        <translation>Noch keine gespeicherten Versionen: SyncLens bewahrt bei jedem Speichern eine auf.</translation>
    </message>
    <message>
        <source>(FetchXML that cannot be read)</source>
        <translation>(FetchXML, das nicht gelesen werden kann)</translation>
    </message>
    <message>
        <source>%1, by %2: %3</source>
        <extracomment>%1 when, %2 who, %3 the filter as a sentence</extracomment>
        <translation>%1, von %2: %3</translation>
    </message>
</context>
<context>
    <name>SyncLens::FilterListModel</name>
    <message>
        <source>Removed filters</source>
        <translation>Entfernte Filter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a group of filters in the list, e.g. &quot;Appointments (2)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 •</source>
        <extracomment>a filter with unsaved changes: its name and a mark</extracomment>
        <translation>%1 •</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>new, not saved yet</source>
        <translation>neu, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>SyncLens::FilterListPanel</name>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>Dea&amp;ktivieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>The user&apos;s sync filters</source>
        <translation>Die Synchronisierungsfilter des Benutzers</translation>
    </message>
    <message>
        <source>&amp;New filter</source>
        <translation>N&amp;euer Filter</translation>
    </message>
    <message>
        <source>Blank filter of %1</source>
        <extracomment>menu item: a filter with no conditions, %1 e.g. &quot;appointments&quot;</extracomment>
        <translation>Leerer Filter (%1)</translation>
    </message>
    <message>
        <source>New %1 filter</source>
        <translation>Neuer Filter (%1)</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>A&amp;ktivieren</translation>
    </message>
</context>
<context>
    <name>SyncLens::FilterTemplates</name>
    <message>
        <source>My contacts</source>
        <translation>Meine Kontakte</translation>
    </message>
    <message>
        <source>My active contacts</source>
        <translation>Meine aktiven Kontakte</translation>
    </message>
    <message>
        <source>Active contacts I changed in the last 90 days</source>
        <translation>Aktive Kontakte, die ich in den letzten 90 Tagen geändert habe</translation>
    </message>
    <message>
        <source>My appointments</source>
        <translation>Meine Termine</translation>
    </message>
    <message>
        <source>My appointments in the last 30 days and the future</source>
        <translation>Meine Termine der letzten 30 Tage und der Zukunft</translation>
    </message>
    <message>
        <source>My appointments in the next 3 months</source>
        <translation>Meine Termine in den nächsten 3 Monaten</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <source>My open tasks</source>
        <translation>Meine offenen Aufgaben</translation>
    </message>
    <message>
        <source>My open tasks due in the next 30 days</source>
        <translation>Meine offenen Aufgaben, fällig in den nächsten 30 Tagen</translation>
    </message>
</context>
<context>
    <name>SyncLens::Job</name>
    <message>
        <source>The work was cancelled.</source>
        <translation>Die Arbeit wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SyncLens::JsonSourceParser</name>
    <message>
        <source>the end of the input</source>
        <translation>das Ende der Eingabe</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>unterminated string (a line break inside a string is written \n)</source>
        <translation>nicht abgeschlossene Zeichenkette (ein Zeilenumbruch in einer Zeichenkette wird als \n geschrieben)</translation>
    </message>
    <message>
        <source>control character %1 in a string; write it as an escape such as \t or \u0009</source>
        <translation>Steuerzeichen %1 in einer Zeichenkette; schreiben Sie es als Escape-Sequenz wie \t oder \u0009</translation>
    </message>
    <message>
        <source>invalid escape \%1 in a string</source>
        <translation>ungültige Escape-Sequenz \%1 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>unpaired surrogate in a \u escape</source>
        <translation>ungepaartes Surrogat in einer \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>\u needs four hexadecimal digits</source>
        <translation>\u braucht vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>ungültiges UTF-8</translation>
    </message>
    <message>
        <source>a number cannot start with 0 (leading zero)</source>
        <translation>eine Zahl kann nicht mit 0 beginnen (führende Null)</translation>
    </message>
    <message>
        <source>invalid number: a digit must follow &apos;-&apos;</source>
        <translation>ungültige Zahl: auf &apos;-&apos; muss eine Ziffer folgen</translation>
    </message>
    <message>
        <source>invalid number: a digit must follow &apos;.&apos;</source>
        <translation>ungültige Zahl: auf &apos;.&apos; muss eine Ziffer folgen</translation>
    </message>
    <message>
        <source>invalid number: the exponent needs a digit</source>
        <translation>ungültige Zahl: der Exponent braucht eine Ziffer</translation>
    </message>
    <message>
        <source>number %1 is out of range</source>
        <translation>die Zahl %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>invalid literal; expected true, false or null</source>
        <translation>ungültiges Literal; erwartet wurde true, false oder null</translation>
    </message>
    <message>
        <source>no JSON value: the file is empty</source>
        <translation>kein JSON-Wert: die Datei ist leer</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the JSON value</source>
        <translation>unerwartet: %1 nach dem Ende des JSON-Werts</translation>
    </message>
    <message>
        <source>unexpected end of input; expected a value</source>
        <translation>unerwartetes Ende der Eingabe; erwartet wurde ein Wert</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>unexpected %1; expected a value</source>
        <translation>unerwartet: %1; erwartet wurde ein Wert</translation>
    </message>
    <message>
        <source>expected a key in double quotes, found %1</source>
        <translation>erwartet wurde ein Schlüssel in doppelten Anführungszeichen, gefunden: %1</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first at line %2, column %3)</source>
        <translation>doppelter Schlüssel &quot;%1&quot; (zuerst in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key &quot;%1&quot;, found %2</source>
        <translation>erwartet wurde &apos;:&apos; nach dem Schlüssel &quot;%1&quot;, gefunden: %2</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos;, found %2</source>
        <translation>erwartet wurde &apos;,&apos; oder &apos;%1&apos;, gefunden: %2</translation>
    </message>
    <message>
        <source>trailing comma before &apos;%1&apos;</source>
        <translation>überzähliges Komma vor &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected end of input: the &apos;%1&apos; at line %2, column %3 is not closed</source>
        <translation>unerwartetes Ende der Eingabe: das &apos;%1&apos; in Zeile %2, Spalte %3 ist nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>SyncLens::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>Spr&amp;ache</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Deutsch</source>
        <extracomment>the name of German in German: keep it so</extracomment>
        <translation>&amp;Deutsch</translation>
    </message>
    <message>
        <source>&amp;Français</source>
        <extracomment>the name of French in French: keep it so</extracomment>
        <translation>&amp;Français</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <extracomment>the name of English in English: keep it so</extracomment>
        <translation>&amp;English</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveCheckPanel</name>
    <message>
        <source>&amp;Check Against Dataverse</source>
        <translation>Mit &amp;Dataverse abgleichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>SyncLens</source>
        <translation>SyncLens</translation>
    </message>
    <message>
        <source>Dataverse</source>
        <translation>Dataverse</translation>
    </message>
    <message>
        <source>Why SyncLens thought otherwise</source>
        <translation>Warum SyncLens anders entschied</translation>
    </message>
    <message>
        <source>Runs the filter on the org for its user and compares the records with what SyncLens selects from the file.</source>
        <translation>Führt den Filter in der Organisation für seinen Benutzer aus und vergleicht die Datensätze mit dem, was SyncLens aus der Datei auswählt.</translation>
    </message>
    <message>
        <source>Run the filter on the org and compare</source>
        <translation>Den Filter in der Organisation ausführen und vergleichen</translation>
    </message>
    <message>
        <source>Asking Dataverse…</source>
        <translation>Dataverse wird abgefragt…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Nothing was checked.</source>
        <translation>Es wurde nichts geprüft.</translation>
    </message>
    <message>
        <source>in scope</source>
        <translation>im Bereich</translation>
    </message>
    <message>
        <source>not in scope</source>
        <translation>nicht im Bereich</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveConflictDialog</name>
    <message>
        <source>“%1” Was Changed in the Org</source>
        <extracomment>%1 a filter&apos;s name</extracomment>
        <translation>„%1“ wurde in der Organisation geändert</translation>
    </message>
    <message>
        <source>Someone changed this filter in the org after you opened it. Nothing was written: compare both versions and pick one.</source>
        <translation>Jemand hat diesen Filter in der Organisation geändert, nachdem Sie ihn geöffnet haben. Es wurde nichts geschrieben: Vergleichen Sie beide Versionen, und wählen Sie eine aus.</translation>
    </message>
    <message>
        <source>Someone removed this filter from the org after you opened it. Nothing was written.</source>
        <translation>Jemand hat diesen Filter aus der Organisation entfernt, nachdem Sie ihn geöffnet haben. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Theirs: in the org now</source>
        <translation>Andere Version: jetzt in der Organisation</translation>
    </message>
    <message>
        <source>Ours: as you edited it</source>
        <translation>Ihre Version: wie Sie sie bearbeitet haben</translation>
    </message>
    <message>
        <source>Comparing the records each version puts in scope…</source>
        <translation>Die Datensätze, die jede Version in den Bereich bringt, werden verglichen…</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>Andere Version &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Keep It Removed</source>
        <translation>Entfernt &amp;lassen</translation>
    </message>
    <message>
        <source>&amp;Write Ours over Theirs</source>
        <translation>Mit &amp;Ihrer Version überschreiben</translation>
    </message>
    <message>
        <source>&amp;Create Ours Again</source>
        <translation>Ihre Version &amp;neu erstellen</translation>
    </message>
    <message>
        <source>(removed from the org)</source>
        <translation>(aus der Organisation entfernt)</translation>
    </message>
    <message>
        <source>(SyncLens cannot read this FetchXML: %1)</source>
        <translation>(SyncLens kann dieses FetchXML nicht lesen: %1)</translation>
    </message>
    <message>
        <source>(disabled) %1</source>
        <translation>(deaktiviert) %1</translation>
    </message>
    <message>
        <source>Only this version puts in scope:</source>
        <translation>Nur diese Version bringt in den Bereich:</translation>
    </message>
    <message>
        <source>Both versions put the same records in the user&apos;s scope.</source>
        <translation>Beide Versionen bringen dieselben Datensätze in den Bereich des Benutzers.</translation>
    </message>
    <message>
        <source>Only theirs puts %1 in the user&apos;s scope; only ours puts %2.</source>
        <extracomment>%1 and %2 e.g. &quot;3 appointments&quot;</extracomment>
        <translation>Nur die andere Version bringt %1 in den Bereich des Benutzers; nur Ihre bringt %2.</translation>
    </message>
    <message>
        <source>The records could not be compared: %1</source>
        <translation>Die Datensätze konnten nicht verglichen werden: %1</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveDeletionReader</name>
    <message>
        <source>the deletions in %1</source>
        <translation>die Löschungen in %1</translation>
    </message>
    <message>
        <source>The answer to %1 holds no list of rows (&quot;value&quot;).</source>
        <translation>Die Antwort auf %1 enthält keine Liste von Zeilen („value“).</translation>
    </message>
    <message>
        <source>The next page of %1 points outside the org (%2).</source>
        <translation>Die nächste Seite von %1 zeigt aus der Organisation hinaus (%2).</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveExplainNote</name>
    <message>
        <source>Read from Dynamics 365: the email records no correlation method.</source>
        <translation>Aus Dynamics 365 gelesen: die E-Mail verzeichnet keine Korrelationsmethode.</translation>
    </message>
    <message>
        <source>Read from Dynamics 365: %1 (%2; correlationmethod %3).</source>
        <extracomment>%1 the rule in words, %2 its reason code (TOKEN, …), %3 Dataverse&apos;s name of the value</extracomment>
        <translation>Aus Dynamics 365 gelesen: %1 (%2; correlationmethod %3).</translation>
    </message>
    <message>
        <source>Read from Dynamics 365: correlationmethod %1 names no correlation rule (another rule, or none, decided).</source>
        <extracomment>%1 Dataverse&apos;s name of the value (None, Skipped, …)</extracomment>
        <translation>Aus Dynamics 365 gelesen: correlationmethod %1 nennt keine Korrelationsregel (eine andere Regel oder keine hat entschieden).</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveFilterBulkApply</name>
    <message>
        <source>Cancelled before this user; nothing was written for them.</source>
        <translation>Vor diesem Benutzer abgebrochen; für ihn wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveFilterCheckJob</name>
    <message>
        <source>the users&apos; sign-in ids</source>
        <translation>die Anmelde-IDs der Benutzer</translation>
    </message>
    <message>
        <source>a read on behalf of a user</source>
        <translation>ein Lesevorgang im Namen eines Benutzers</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>the records of the filter &quot;%1&quot;</source>
        <translation>die Datensätze des Filters „%1“</translation>
    </message>
    <message>
        <source>SyncLens cannot evaluate this filter: %1</source>
        <translation>SyncLens kann diesen Filter nicht auswerten: %1</translation>
    </message>
    <message>
        <source>SyncLens selects it; Dataverse did not return it.</source>
        <translation>SyncLens wählt ihn aus; Dataverse hat ihn nicht zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveFilterEngineSide</name>
    <message>
        <source>SyncLens cannot evaluate this filter.</source>
        <translation>SyncLens kann diesen Filter nicht auswerten.</translation>
    </message>
    <message>
        <source>SyncLens found no condition it fails.</source>
        <translation>SyncLens hat keine Bedingung gefunden, die er nicht erfüllt.</translation>
    </message>
    <message>
        <source>SyncLens thought it fails: %1</source>
        <translation>Laut SyncLens erfüllt er Folgendes nicht: %1</translation>
    </message>
    <message>
        <source>The org file does not have this record (not imported, or created since the import).</source>
        <translation>Die Organisationsdatei enthält diesen Datensatz nicht (nicht importiert oder seit dem Import erstellt).</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveFilterSession</name>
    <message>
        <source>Another write to the org is still running; wait for it.</source>
        <translation>Ein anderer Schreibvorgang in die Organisation läuft noch; warten Sie, bis er fertig ist.</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveFilterWriter</name>
    <message>
        <source>The filter %1 has no change to undo.</source>
        <translation>Der Filter %1 hat keine Änderung, die rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>Another write of a sync filter is still running; wait for it.</source>
        <translation>Ein anderer Schreibvorgang für einen Synchronisierungsfilter läuft noch; warten Sie, bis er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>This connection to the org is read-only: SyncLens writes no sync filter through it.</source>
        <translation>Diese Verbindung zur Organisation ist schreibgeschützt: SyncLens schreibt über sie keine Synchronisierungsfilter.</translation>
    </message>
    <message>
        <source>There is no sync filter %1 in %2.</source>
        <translation>In %2 gibt es keinen Synchronisierungsfilter %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sync filter (its kind is %2): SyncLens writes only sync filters (user queries of type 256 or 16).</source>
        <translation>„%1“ ist kein Synchronisierungsfilter (seine Art ist %2): SyncLens schreibt nur Synchronisierungsfilter (Benutzerabfragen vom Typ 256 oder 16).</translation>
    </message>
    <message>
        <source>The version of the sync filter &quot;%1&quot; as it was read is not known (the file was imported before SyncLens kept it): refresh the org (synclens-cli live refresh) and try again.</source>
        <translation>Die gelesene Version des Synchronisierungsfilters „%1“ ist nicht bekannt (die Datei wurde importiert, bevor SyncLens sie speicherte): aktualisieren Sie die Organisation (synclens-cli live refresh) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the sync filter &quot;%1&quot;</source>
        <translation>der Synchronisierungsfilter „%1“</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The org&apos;s user query &quot;%1&quot; is not a sync filter (query type %2): SyncLens does not write it.</source>
        <translation>Die Benutzerabfrage „%1“ der Organisation ist kein Synchronisierungsfilter (Abfragetyp %2): SyncLens schreibt sie nicht.</translation>
    </message>
    <message>
        <source>The org has the change of &quot;%1&quot;, but the local history could not record it: %2</source>
        <translation>Die Organisation hat die Änderung von „%1“ übernommen, aber der lokale Verlauf konnte sie nicht aufzeichnen: %2</translation>
    </message>
    <message>
        <source>The sync filter &quot;%1&quot; was changed in the org since it was read; nothing was written. Compare both versions and pick one.</source>
        <translation>Der Synchronisierungsfilter „%1“ wurde seit dem Lesen in der Organisation geändert; es wurde nichts geschrieben. Vergleichen Sie beide Versionen und wählen Sie eine aus.</translation>
    </message>
    <message>
        <source>The sync filter &quot;%1&quot; was removed from the org since it was read; nothing was written.</source>
        <translation>Der Synchronisierungsfilter „%1“ wurde seit dem Lesen aus der Organisation entfernt; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The org refused to change the sync filter &quot;%1&quot; of user %2 (HTTP 403): the signed-in account must own it or have the privilege to manage user synchronization filters (prvAdminFilter) over that user.</source>
        <translation>Die Organisation hat die Änderung des Synchronisierungsfilters „%1“ von Benutzer %2 abgelehnt (HTTP 403): das angemeldete Konto muss ihn besitzen oder für diesen Benutzer das Recht haben, Synchronisierungsfilter von Benutzern zu verwalten (prvAdminFilter).</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveImportController</name>
    <message>
        <source>%1: %2 read</source>
        <extracomment>%1 what is read (e.g. &quot;contacts&quot;), %2 how many rows so far</extracomment>
        <translation>%1: %2 gelesen</translation>
    </message>
    <message numerus="yes">
        <source>Dataverse asked to wait %n s (reading %1)…</source>
        <extracomment>%1 what was being read when Dataverse answered 429</extracomment>
        <translation>
            <numerusform>Dataverse hat gebeten, %n s zu warten (beim Lesen von %1)…</numerusform>
            <numerusform>Dataverse hat gebeten, %n s zu warten (beim Lesen von %1)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1: %2 users, %3 mailboxes, %4 alerts, %5 sync filters, %6 records, %7 emails.</source>
        <extracomment>%1 the org&apos;s host; then what the import read</extracomment>
        <translation>Aus %1 gelesen: %2 Benutzer, %3 Postfächer, %4 Warnungen, %5 Synchronisierungsfilter, %6 Datensätze, %7 E-Mails.</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveImportJob</name>
    <message>
        <source>The import was cancelled; %1 is unchanged.</source>
        <translation>Der Import wurde abgebrochen; %1 ist unverändert.</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <source>signing in to %1</source>
        <translation>Anmeldung bei %1</translation>
    </message>
    <message>
        <source>WhoAmI</source>
        <translation>WhoAmI</translation>
    </message>
    <message>
        <source>%1 answered WhoAmI without a user id: it does not look like a Dataverse environment; check the URL.</source>
        <translation>%1 beantwortete WhoAmI ohne Benutzer-ID: das sieht nicht nach einer Dataverse-Umgebung aus; prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>the organization settings</source>
        <translation>die Organisationseinstellungen</translation>
    </message>
    <message>
        <source>The org sent no organization row; is this a Dataverse environment?</source>
        <translation>Die Organisation schickte keine Organisationszeile; ist dies eine Dataverse-Umgebung?</translation>
    </message>
    <message>
        <source>the users</source>
        <translation>die Benutzer</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>the users&apos; email settings</source>
        <translation>die E-Mail-Einstellungen der Benutzer</translation>
    </message>
    <message>
        <source>the mailboxes</source>
        <translation>die Postfächer</translation>
    </message>
    <message>
        <source>mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <source>the alerts</source>
        <translation>die Warnungen</translation>
    </message>
    <message>
        <source>the sync filters</source>
        <translation>die Synchronisierungsfilter</translation>
    </message>
    <message>
        <source>the sync filters of %1</source>
        <translation>die Synchronisierungsfilter von %1</translation>
    </message>
    <message>
        <source>The sync filters of %1 (%2) could not be read: %3</source>
        <translation>Die Synchronisierungsfilter von %1 (%2) konnten nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>the filter templates</source>
        <translation>die Filtervorlagen</translation>
    </message>
    <message>
        <source>the %1 records</source>
        <translation>die Datensätze vom Typ %1</translation>
    </message>
    <message>
        <source>the tracked emails</source>
        <translation>die nachverfolgten E-Mails</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>the appointments&apos; organizers</source>
        <translation>die Organisatoren der Termine</translation>
    </message>
    <message>
        <source>the teams</source>
        <translation>die Teams</translation>
    </message>
    <message>
        <source>the team members</source>
        <translation>die Teammitglieder</translation>
    </message>
    <message>
        <source>%1 was not read from %2; import it with live import instead</source>
        <translation>%1: nicht aus %2 gelesen; importieren Sie stattdessen neu mit live import</translation>
    </message>
    <message>
        <source>keeping what did not change in %1</source>
        <translation>Unverändertes in %1 wird beibehalten</translation>
    </message>
    <message>
        <source>looking for records deleted in %1</source>
        <translation>suche in %1 gelöschte Datensätze</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveImportPanel</name>
    <message>
        <source>Live import</source>
        <translation>Live-Import</translation>
    </message>
    <message>
        <source>Reading the org</source>
        <translation>Organisation wird gelesen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop reading the org; the data shown now stays as it is</source>
        <translation>Das Lesen der Organisation beenden; die angezeigten Daten bleiben unverändert</translation>
    </message>
    <message>
        <source>Switching to the new data…</source>
        <translation>Wechsel zu den neuen Daten…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 the org&apos;s host name</extracomment>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Reading %1 — %2</source>
        <extracomment>%1 the org&apos;s host name, %2 what is read now</extracomment>
        <translation>%1 wird gelesen — %2</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveMode</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh A&amp;utomatically</source>
        <translation>A&amp;utomatisch aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Nie</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Jede %n Minute</numerusform>
            <numerusform>Alle %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Read the Org</source>
        <translation>Organisation kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Off for a live org: SyncLens only reads %1 and never changes it. Simulations run on sandbox orgs (File ▸ New Sandbox Org).</source>
        <translation>Bei einer Live-Organisation deaktiviert: SyncLens liest %1 nur und ändert sie nie. Simulationen laufen in Sandbox-Organisationen (Datei ▸ Neue Sandbox-Organisation).</translation>
    </message>
    <message>
        <source>Off for a live org: change mailboxes in Dynamics 365 (Settings ▸ Email Configuration ▸ Mailboxes), then File ▸ Refresh.</source>
        <translation>Bei einer Live-Organisation deaktiviert: ändern Sie Postfächer in Dynamics 365 (Einstellungen ▸ E-Mail-Konfiguration ▸ Postfächer), dann Datei ▸ Aktualisieren.</translation>
    </message>
    <message>
        <source>Read %1 again; the window shows the data read now until the new data is complete (F5)</source>
        <translation>%1 erneut lesen; das Fenster zeigt die bisherigen Daten, bis die neuen vollständig sind (F5)</translation>
    </message>
    <message>
        <source>Refresh reads a live org again (File ▸ Connect to Dynamics 365…); this is a sandbox org.</source>
        <translation>Aktualisieren liest eine Live-Organisation erneut (Datei ▸ Mit Dynamics 365 verbinden…); dies ist eine Sandbox-Organisation.</translation>
    </message>
    <message>
        <source>This is a sandbox org: its filters are saved in its file.</source>
        <translation>Dies ist eine Sandbox-Organisation: Ihre Filter werden in ihrer Datei gespeichert.</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveOrgWriter</name>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is open in SyncLens; close it there and import again</source>
        <translation>%1 ist in SyncLens geöffnet; schließen Sie die Datei dort und importieren Sie erneut</translation>
    </message>
    <message>
        <source>%1 cannot be replaced: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveOrigin</name>
    <message>
        <source>%1 is not a live org (it is a %2 org)</source>
        <translation>%1 ist keine Live-Organisation (sondern eine %2-Organisation)</translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveWriteText</name>
    <message>
        <source>%1 appointment</source>
        <translation>%1 Termin</translation>
    </message>
    <message>
        <source>%1 appointments</source>
        <translation>%1 Termine</translation>
    </message>
    <message>
        <source>%1 task</source>
        <translation>%1 Aufgabe</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 Aufgaben</translation>
    </message>
    <message>
        <source>%1 contact</source>
        <translation>%1 Kontakt</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 Kontakte</translation>
    </message>
    <message>
        <source>%1 record</source>
        <translation>%1 Datensatz</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 Datensätze</translation>
    </message>
    <message>
        <source>%1 enter the scope, %2 leave it, %3 stay.</source>
        <extracomment>%1 e.g. &quot;12 appointments&quot;, %2 and %3 numbers</extracomment>
        <translation>%1 neu im Bereich, %2 verlassen den Bereich, %3 bleiben im Bereich.</translation>
    </message>
    <message>
        <source>Filters restrict only CRM → Exchange: records that leave the scope stay in Outlook without CRM&apos;s changes, and edits made there still change CRM.</source>
        <translation>Filter begrenzen nur CRM → Exchange: Datensätze, die den Bereich verlassen, bleiben ohne die Änderungen aus CRM in Outlook, und Änderungen dort ändern weiterhin CRM.</translation>
    </message>
    <message>
        <source>This writes to the org %1 itself: server-side synchronization uses the change from its next cycle. Undo writes the version before back to the org.</source>
        <extracomment>%1 a host name such as contoso.crm.dynamics.com</extracomment>
        <translation>Dies schreibt direkt in die Organisation %1: Die serverseitige Synchronisierung verwendet die Änderung ab ihrem nächsten Zyklus. „Rückgängig machen“ schreibt die vorherige Version zurück in die Organisation.</translation>
    </message>
    <message>
        <source>SyncLens cannot evaluate this FetchXML (%1), so it cannot show which records enter or leave the scope. Dataverse will apply it as written: records may leave Outlook or stop receiving CRM changes without warning. Save it to %2 only if you have checked it another way.</source>
        <extracomment>%1 why SyncLens cannot evaluate the filter, %2 a host name</extracomment>
        <translation>SyncLens kann dieses FetchXML nicht auswerten (%1) und daher nicht zeigen, welche Datensätze in den Bereich kommen oder ihn verlassen. Dataverse wendet es so an, wie es geschrieben ist: Datensätze können ohne Warnung aus Outlook verschwinden oder keine Änderungen aus CRM mehr erhalten. Speichern Sie es nur dann in %2, wenn Sie es auf andere Weise geprüft haben.</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Dataverse agrees: %1 of %2</source>
        <extracomment>%1 and %2 numbers of records, e.g. &quot;1,284 of 1,284&quot;</extracomment>
        <translation>Dataverse stimmt überein: %1 von %2</translation>
    </message>
    <message>
        <source>Dataverse differs on %1 of %2 records</source>
        <translation>Dataverse weicht bei %1 von %2 Datensätzen ab</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Kollidiert</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 a number, %2 e.g. &quot;Written&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: every user&apos;s filter was written.</source>
        <translation>%1: Der Filter jedes Benutzers wurde geschrieben.</translation>
    </message>
    <message>
        <source>%1: the users not written keep their filter as it was.</source>
        <translation>%1: Die Benutzer, für die nicht geschrieben wurde, behalten ihren Filter unverändert.</translation>
    </message>
</context>
<context>
    <name>SyncLens::LogPages</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a write-ahead log (its first 32 bytes are not a log&apos;s header)</source>
        <translation>%1 ist kein Write-Ahead-Log (seine ersten 32 Bytes sind kein Log-Kopf)</translation>
    </message>
</context>
<context>
    <name>SyncLens::LoopbackRedirectListener</name>
    <message>
        <source>Could not wait for the browser&apos;s answer on 127.0.0.1: %1</source>
        <translation>Konnte nicht auf 127.0.0.1 auf die Antwort des Browsers warten: %1</translation>
    </message>
    <message>
        <source>SyncLens received the sign-in answer. You can close this tab and go back to SyncLens.</source>
        <translation>SyncLens hat die Antwort der Anmeldung erhalten. Sie können diesen Tab schließen und zu SyncLens zurückkehren.</translation>
    </message>
</context>
<context>
    <name>SyncLens::MailboxDetailsPane</name>
    <message>
        <source>Mailbox details</source>
        <translation>Postfachdetails</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Decisions by reason code</source>
        <translation>Entscheidungen nach Ursachencode</translation>
    </message>
    <message>
        <source>A&amp;lerts</source>
        <translation>&amp;Warnungen</translation>
    </message>
    <message>
        <source>Decisions by &amp;reason code</source>
        <translation>Entscheidungen nach &amp;Ursachencode</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Last cycle:</source>
        <translation>Letzter Zyklus:</translation>
    </message>
    <message>
        <source>Next retry:</source>
        <translation>Nächster Versuch:</translation>
    </message>
    <message>
        <source>&amp;Test &amp;&amp; Enable</source>
        <translation>&amp;Testen &amp;&amp; aktivieren</translation>
    </message>
    <message>
        <source>Enable the mailbox again and clear its failures; the next cycle tests it.</source>
        <translation>Das Postfach wieder aktivieren und seine Fehler zurücksetzen; der nächste Zyklus testet es.</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Approve the mailbox so that Server-Side Synchronization may use it.</source>
        <translation>Das Postfach genehmigen, damit die serverseitige Synchronisierung es verwenden darf.</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>Stop synchronising the mailbox until it is enabled again.</source>
        <translation>Die Synchronisierung des Postfachs beenden, bis es wieder aktiviert wird.</translation>
    </message>
    <message>
        <source>No mailbox selected</source>
        <translation>Kein Postfach ausgewählt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the mailbox owner&apos;s name, %2 the mailbox id</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Genehmigung ausstehend</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n failure(s) in a row</source>
        <translation>
            <numerusform>%1, %n Fehler in Folge</numerusform>
            <numerusform>%1, %n Fehler in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, failing</source>
        <translation>%1, fehlerhaft</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Disable the Mailbox?</source>
        <translation>Postfach deaktivieren?</translation>
    </message>
    <message>
        <source>Disable %1? Nothing synchronises for it until it is tested and enabled again; nothing queued is lost.</source>
        <translation>%1 deaktivieren? Für dieses Postfach wird nichts synchronisiert, bis es getestet und wieder aktiviert wird; nichts in der Warteschlange geht verloren.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>%1; %2 disabled</source>
        <extracomment>%1 the mailbox state, %2 a channel such as &quot;Incoming email&quot;</extracomment>
        <translation>%1; %2 deaktiviert</translation>
    </message>
    <message numerus="yes">
        <source>%1; %2 waiting after %n failure(s)</source>
        <translation>
            <numerusform>%1; %2 wartet nach %n Fehler</numerusform>
            <numerusform>%1; %2 wartet nach %n Fehlern</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (error %2, %3; %n error(s) in a row)</source>
        <extracomment>%1 Dynamics 365&apos;s error message, %2 its error code, %3 when it happened</extracomment>
        <translation>
            <numerusform>%1 (Fehler %2, %3; %n Fehler in Folge)</numerusform>
            <numerusform>%1 (Fehler %2, %3; %n Fehler in Folge)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLens::MailboxHealth</name>
    <message>
        <source>The mailbox is not approved: nothing is synchronised until an administrator approves it.</source>
        <translation>Das Postfach ist nicht genehmigt: Es wird nichts synchronisiert, bis ein Administrator es genehmigt.</translation>
    </message>
    <message>
        <source>Exchange refused the mailbox&apos;s credentials. The mailbox is disabled until it is tested and enabled again.</source>
        <translation>Exchange hat die Anmeldeinformationen des Postfachs abgelehnt. Das Postfach bleibt deaktiviert, bis es getestet und wieder aktiviert wird.</translation>
    </message>
    <message numerus="yes">
        <source>Exchange throttled the mailbox (failure %n in a row).</source>
        <translation>
            <numerusform>Exchange hat das Postfach gedrosselt (%n. Fehler in Folge).</numerusform>
            <numerusform>Exchange hat das Postfach gedrosselt (%n. Fehler in Folge).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A temporary error stopped the mailbox&apos;s cycle (failure %n in a row).</source>
        <translation>
            <numerusform>Ein vorübergehender Fehler hat den Zyklus des Postfachs abgebrochen (%n. Fehler in Folge).</numerusform>
            <numerusform>Ein vorübergehender Fehler hat den Zyklus des Postfachs abgebrochen (%n. Fehler in Folge).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mailbox failed %n times in a row and is disabled until it is tested and enabled again.</source>
        <translation>
            <numerusform>Das Postfach ist %n Mal in Folge fehlgeschlagen und bleibt deaktiviert, bis es getestet und wieder aktiviert wird.</numerusform>
            <numerusform>Das Postfach ist %n Mal in Folge fehlgeschlagen und bleibt deaktiviert, bis es getestet und wieder aktiviert wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailbox synchronises again.</source>
        <translation>Das Postfach synchronisiert wieder.</translation>
    </message>
    <message>
        <source>Incoming email</source>
        <translation>Eingehende E-Mail</translation>
    </message>
    <message>
        <source>Outgoing email</source>
        <translation>Ausgehende E-Mail</translation>
    </message>
    <message>
        <source>Appointments, contacts and tasks</source>
        <translation>Termine, Kontakte und Aufgaben</translation>
    </message>
    <message>
        <source>%1: Exchange refused the mailbox&apos;s credentials. This channel is disabled until the mailbox is tested and enabled again; the other channels go on.</source>
        <extracomment>%1 is a channel, e.g. &quot;Appointments, contacts and tasks&quot;</extracomment>
        <translation>%1: Exchange hat die Anmeldedaten des Postfachs abgelehnt. Dieser Kanal ist deaktiviert, bis das Postfach getestet und wieder aktiviert wird; die anderen Kanäle laufen weiter.</translation>
    </message>
    <message numerus="yes">
        <source>%1: Exchange throttled this channel (failure %n in a row); the other channels go on.</source>
        <translation>
            <numerusform>%1: Exchange hat diesen Kanal gedrosselt (%n. Fehler in Folge); die anderen Kanäle laufen weiter.</numerusform>
            <numerusform>%1: Exchange hat diesen Kanal gedrosselt (%n. Fehler in Folge); die anderen Kanäle laufen weiter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: a temporary error stopped this channel (failure %n in a row); the other channels go on.</source>
        <translation>
            <numerusform>%1: Ein vorübergehender Fehler hat diesen Kanal angehalten (%n. Fehler in Folge); die anderen Kanäle laufen weiter.</numerusform>
            <numerusform>%1: Ein vorübergehender Fehler hat diesen Kanal angehalten (%n. Fehler in Folge); die anderen Kanäle laufen weiter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: this channel failed %n times in a row and is disabled until the mailbox is tested and enabled again.</source>
        <translation>
            <numerusform>%1: Dieser Kanal ist %n-mal in Folge fehlgeschlagen und deaktiviert, bis das Postfach getestet und wieder aktiviert wird.</numerusform>
            <numerusform>%1: Dieser Kanal ist %n-mal in Folge fehlgeschlagen und deaktiviert, bis das Postfach getestet und wieder aktiviert wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: this channel synchronises again.</source>
        <translation>%1: Dieser Kanal synchronisiert wieder.</translation>
    </message>
</context>
<context>
    <name>SyncLens::MailboxTableModel</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Genehmigung ausstehend</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>This channel is not synchronised by Server-Side Synchronization.</source>
        <translation>Dieser Kanal wird nicht durch die serverseitige Synchronisierung synchronisiert.</translation>
    </message>
    <message>
        <source>The last attempt failed; see the mailbox&apos;s alerts.</source>
        <translation>Der letzte Versuch ist fehlgeschlagen; siehe die Warnungen des Postfachs.</translation>
    </message>
    <message>
        <source>No synchronisation has run for this channel yet.</source>
        <translation>Für diesen Kanal wurde noch keine Synchronisierung ausgeführt.</translation>
    </message>
    <message>
        <source>The last synchronisation succeeded.</source>
        <translation>Die letzte Synchronisierung war erfolgreich.</translation>
    </message>
    <message>
        <source>An administrator must approve this mailbox before anything synchronises.</source>
        <translation>Ein Administrator muss dieses Postfach genehmigen, bevor etwas synchronisiert wird.</translation>
    </message>
    <message>
        <source>Synchronisation is switched off for this mailbox until it is enabled again.</source>
        <translation>Die Synchronisierung ist für dieses Postfach ausgeschaltet, bis es wieder aktiviert wird.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Appointments, contacts, tasks</source>
        <extracomment>Appointments, contacts and tasks: one synchronisation channel</extracomment>
        <translation>Termine, Kontakte, Aufgaben</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Last cycle</source>
        <translation>Letzter Zyklus</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Partly disabled</source>
        <extracomment>the mailbox runs, but one or more of its channels is disabled</extracomment>
        <translation>Teilweise deaktiviert</translation>
    </message>
    <message>
        <source>This channel alone is disabled after its own failures; the other channels go on. Test &amp; Enable re-enables it.</source>
        <translation>Nur dieser Kanal ist nach eigenen Fehlern deaktiviert; die anderen Kanäle laufen weiter. „Testen &amp; aktivieren“ aktiviert ihn wieder.</translation>
    </message>
    <message>
        <source>This channel failed and waits until %1 before it tries again; the other channels go on.</source>
        <translation>Dieser Kanal ist fehlgeschlagen und wartet bis %1, bevor er es erneut versucht; die anderen Kanäle laufen weiter.</translation>
    </message>
    <message>
        <source>Disabled: %1. The other channels go on; Test &amp; Enable re-enables every channel.</source>
        <extracomment>%1 lists channels, e.g. &quot;Appointments, contacts and tasks&quot;</extracomment>
        <translation>Deaktiviert: %1. Die anderen Kanäle laufen weiter; „Testen &amp; aktivieren“ aktiviert alle Kanäle wieder.</translation>
    </message>
</context>
<context>
    <name>SyncLens::MailboxesPanel</name>
    <message>
        <source>Filter mailboxes by name, address or state</source>
        <translation>Postfächer nach Name, Adresse oder Status filtern</translation>
    </message>
    <message>
        <source>Filter mailboxes</source>
        <translation>Postfächer filtern</translation>
    </message>
    <message>
        <source>Show mailboxes in state</source>
        <translation>Postfächer mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Genehmigung ausstehend</translation>
    </message>
    <message>
        <source>Alerts</source>
        <extracomment>Mailboxes that have alerts</extracomment>
        <translation>Mit Warnungen</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Anzei&amp;gen:</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
</context>
<context>
    <name>SyncLens::MainWindow</name>
    <message>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Scenario player</source>
        <translation>Szenario-Player</translation>
    </message>
    <message>
        <source>Scenario Player</source>
        <translation>Szenario-Player</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Org…</source>
        <translation>&amp;Organisation öffnen…</translation>
    </message>
    <message>
        <source>&amp;New Sandbox Org…</source>
        <translation>&amp;Neue Sandbox-Organisation…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisierung</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>&amp;Mailbox</source>
        <translation>&amp;Postfach</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SyncLens</source>
        <translation>&amp;Über SyncLens</translation>
    </message>
    <message>
        <source>Menus and panel titles now use the chosen language; the rest follows at the next start.</source>
        <translation>Menüs und Bereichstitel verwenden jetzt die gewählte Sprache; der Rest folgt beim nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Mailboxes</source>
        <translation>&amp;Postfächer</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitachse</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Erklären</translation>
    </message>
    <message>
        <source>Scenario &amp;Player</source>
        <translation>&amp;Szenario-Player</translation>
    </message>
    <message>
        <source>&amp;Find an Item…</source>
        <translation>Element &amp;finden…</translation>
    </message>
    <message>
        <source>F&amp;ilter Mailboxes</source>
        <translation>Postfächer f&amp;iltern</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Layout zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>SyncLens</source>
        <translation>SyncLens</translation>
    </message>
    <message>
        <source>No org is open. Use File ▸ Open Org or File ▸ New Sandbox Org.</source>
        <translation>Es ist keine Organisation geöffnet. Verwenden Sie Datei ▸ Organisation öffnen oder Datei ▸ Neue Sandbox-Organisation.</translation>
    </message>
    <message>
        <source>%1 — SyncLens</source>
        <extracomment>%1 is the org&apos;s name</extracomment>
        <translation>%1 — SyncLens</translation>
    </message>
    <message>
        <source>%1 · %2 mailboxes · %3 CRM records · %4 Exchange items</source>
        <extracomment>%1 org name, %2 mailboxes, %3 CRM records, %4 Exchange items</extracomment>
        <translation>%1 · %2 Postfächer · %3 CRM-Datensätze · %4 Exchange-Elemente</translation>
    </message>
    <message>
        <source>The filter %1 no longer exists.</source>
        <translation>Der Filter %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Open Org</source>
        <translation>Organisation öffnen</translation>
    </message>
    <message>
        <source>SyncLens orgs (*.db);;All files (*)</source>
        <translation>SyncLens-Organisationen (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Open the Org</source>
        <translation>Die Organisation kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Replace the File?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with a new sandbox org?</source>
        <translation>%1 ist bereits vorhanden. Möchten Sie die Datei durch eine neue Sandbox-Organisation ersetzen?</translation>
    </message>
    <message>
        <source>Creating the sandbox org %1…</source>
        <translation>Die Sandbox-Organisation %1 wird erstellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No Sandbox Org Was Created</source>
        <translation>Es wurde keine Sandbox-Organisation erstellt</translation>
    </message>
    <message>
        <source>About SyncLens</source>
        <translation>Über SyncLens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SyncLens %1&lt;/h3&gt;&lt;p&gt;SyncLens makes Dynamics 365 Server-Side Synchronization with Exchange visible and predictable: what synced, why, and what a sync filter change will do before you save it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SyncLens %1&lt;/h3&gt;&lt;p&gt;SyncLens macht die serverseitige Synchronisierung von Dynamics 365 mit Exchange sichtbar und vorhersehbar: was synchronisiert wurde, warum, und was eine Änderung an einem Synchronisierungsfilter bewirkt, bevor Sie sie speichern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fil&amp;ters</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>&amp;Edit Sync Filters…</source>
        <translation>Synchronisierungsfilter &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit and preview the sync filters of the selected mailbox&apos;s user</source>
        <translation>Die Synchronisierungsfilter des Benutzers des ausgewählten Postfachs bearbeiten und in der Vorschau prüfen</translation>
    </message>
    <message>
        <source>S&amp;cenario</source>
        <translation>S&amp;zenario</translation>
    </message>
    <message>
        <source>&amp;Connect to Dynamics 365…</source>
        <translation>Mit Dynamics 365 &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
</context>
<context>
    <name>SyncLens::NewSandboxDialog</name>
    <message>
        <source>New Sandbox Org</source>
        <translation>Neue Sandbox-Organisation</translation>
    </message>
    <message>
        <source>Number of users</source>
        <translation>Anzahl der Benutzer</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Anzahl der Elemente</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>The same seed always gives the same org.</source>
        <translation>Derselbe Startwert ergibt immer dieselbe Organisation.</translation>
    </message>
    <message>
        <source>Org file</source>
        <translation>Organisationsdatei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Elemente:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>SyncLens orgs (*.db);;All files (*)</source>
        <translation>SyncLens-Organisationen (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Days of history</source>
        <translation>Tage Verlauf</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>The org lives these days before you get it: email arrives, meetings move, filters change, and the engine runs its cycles across them, so the timeline tells what happened when.</source>
        <translation>Die Organisation durchläuft diese Tage, bevor Sie sie erhalten: E-Mails treffen ein, Besprechungen werden verschoben, Filter ändern sich, und die Engine führt dabei ihre Zyklen aus, sodass die Zeitachse zeigt, was wann geschah.</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Verlauf:</translation>
    </message>
</context>
<context>
    <name>SyncLens::OperatorChoices</name>
    <message>
        <source>equals</source>
        <translation>ist gleich</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>ist ungleich</translation>
    </message>
    <message>
        <source>does not equal (neq)</source>
        <translation>ist ungleich (neq)</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>ist größer als</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>ist mindestens</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>ist kleiner als</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>ist höchstens</translation>
    </message>
    <message>
        <source>matches (% = any text)</source>
        <translation>entspricht dem Muster (% = beliebiger Text)</translation>
    </message>
    <message>
        <source>does not match (% = any text)</source>
        <translation>entspricht nicht dem Muster (% = beliebiger Text)</translation>
    </message>
    <message>
        <source>begins with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>does not begin with</source>
        <translation>beginnt nicht mit</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>endet mit</translation>
    </message>
    <message>
        <source>does not end with</source>
        <translation>endet nicht mit</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>ist einer der Werte</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>ist keiner der Werte</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>liegt zwischen</translation>
    </message>
    <message>
        <source>is not between</source>
        <translation>liegt nicht zwischen</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>ist nicht leer</translation>
    </message>
    <message>
        <source>is the filter&apos;s user</source>
        <translation>ist der Benutzer des Filters</translation>
    </message>
    <message>
        <source>is not the filter&apos;s user</source>
        <translation>ist nicht der Benutzer des Filters</translation>
    </message>
    <message>
        <source>is the user&apos;s business unit</source>
        <translation>ist die Unternehmenseinheit des Benutzers</translation>
    </message>
    <message>
        <source>is not the user&apos;s business unit</source>
        <translation>ist nicht die Unternehmenseinheit des Benutzers</translation>
    </message>
    <message>
        <source>is the filter&apos;s user or one of their teams</source>
        <translation>ist der Benutzer des Filters oder eines seiner Teams</translation>
    </message>
    <message>
        <source>is one of the filter&apos;s user&apos;s teams</source>
        <translation>ist eines der Teams des Filterbenutzers</translation>
    </message>
    <message>
        <source>is today</source>
        <translation>ist heute</translation>
    </message>
    <message>
        <source>is yesterday</source>
        <translation>ist gestern</translation>
    </message>
    <message>
        <source>is tomorrow</source>
        <translation>ist morgen</translation>
    </message>
    <message>
        <source>is this week</source>
        <translation>liegt in dieser Woche</translation>
    </message>
    <message>
        <source>is last week</source>
        <translation>liegt in der letzten Woche</translation>
    </message>
    <message>
        <source>is next week</source>
        <translation>liegt in der nächsten Woche</translation>
    </message>
    <message>
        <source>is this month</source>
        <translation>liegt in diesem Monat</translation>
    </message>
    <message>
        <source>is last month</source>
        <translation>liegt im letzten Monat</translation>
    </message>
    <message>
        <source>is next month</source>
        <translation>liegt im nächsten Monat</translation>
    </message>
    <message>
        <source>is this year</source>
        <translation>liegt in diesem Jahr</translation>
    </message>
    <message>
        <source>is last year</source>
        <translation>liegt im letzten Jahr</translation>
    </message>
    <message>
        <source>is next year</source>
        <translation>liegt im nächsten Jahr</translation>
    </message>
    <message>
        <source>is in the last 7 days</source>
        <translation>liegt in den letzten 7 Tagen</translation>
    </message>
    <message>
        <source>is in the next 7 days</source>
        <translation>liegt in den nächsten 7 Tagen</translation>
    </message>
    <message>
        <source>is in the last … hours</source>
        <translation>liegt in den letzten … Stunden</translation>
    </message>
    <message>
        <source>is in the next … hours</source>
        <translation>liegt in den nächsten … Stunden</translation>
    </message>
    <message>
        <source>is in the last … days</source>
        <translation>liegt in den letzten … Tagen</translation>
    </message>
    <message>
        <source>is in the next … days</source>
        <translation>liegt in den nächsten … Tagen</translation>
    </message>
    <message>
        <source>is in the last … weeks</source>
        <translation>liegt in den letzten … Wochen</translation>
    </message>
    <message>
        <source>is in the next … weeks</source>
        <translation>liegt in den nächsten … Wochen</translation>
    </message>
    <message>
        <source>is in the last … months</source>
        <translation>liegt in den letzten … Monaten</translation>
    </message>
    <message>
        <source>is in the next … months</source>
        <translation>liegt in den nächsten … Monaten</translation>
    </message>
    <message>
        <source>is in the last … years</source>
        <translation>liegt in den letzten … Jahren</translation>
    </message>
    <message>
        <source>is in the next … years</source>
        <translation>liegt in den nächsten … Jahren</translation>
    </message>
    <message>
        <source>is older than … minutes</source>
        <translation>ist älter als … Minuten</translation>
    </message>
    <message>
        <source>is older than … hours</source>
        <translation>ist älter als … Stunden</translation>
    </message>
    <message>
        <source>is older than … days</source>
        <translation>ist älter als … Tage</translation>
    </message>
    <message>
        <source>is older than … weeks</source>
        <translation>ist älter als … Wochen</translation>
    </message>
    <message>
        <source>is older than … months</source>
        <translation>ist älter als … Monate</translation>
    </message>
    <message>
        <source>is older than … years</source>
        <translation>ist älter als … Jahre</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>ist am</translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation>ist am oder vor dem</translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation>ist am oder nach dem</translation>
    </message>
</context>
<context>
    <name>SyncLens::OrgSettings</name>
    <message>
        <source>expected an object</source>
        <translation>erwartet wurde ein Objekt</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>unbekannte Einstellung</translation>
    </message>
    <message>
        <source>org setting %1: %2</source>
        <translation>Organisationseinstellung %1: %2</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>erwartet wurde true oder false</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>erwartet wurde eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation>erwartet wurde einer dieser Werte: %1</translation>
    </message>
    <message>
        <source>expected 1 to 20 letters or digits</source>
        <translation>erwartet wurden 1 bis 20 Buchstaben oder Ziffern</translation>
    </message>
    <message>
        <source>expected a regular expression as a string</source>
        <translation>erwartet wurde ein regulärer Ausdruck als Zeichenkette</translation>
    </message>
    <message>
        <source>invalid regular expression at offset %1: %2</source>
        <translation>ungültiger regulärer Ausdruck an Position %1: %2</translation>
    </message>
    <message>
        <source>expected an object of field directions</source>
        <translation>erwartet wurde ein Objekt mit Synchronisierungsrichtungen pro Feld</translation>
    </message>
    <message>
        <source>expected one of: %1, or an object per type (appointment, task, contact)</source>
        <translation>erwartet einen der Werte %1 oder ein Objekt je Typ (appointment, task, contact)</translation>
    </message>
    <message>
        <source>unknown record type; expected appointment, task or contact</source>
        <translation>unbekannter Datensatztyp; erwartet appointment, task oder contact</translation>
    </message>
</context>
<context>
    <name>SyncLens::OrgSourceLabel</name>
    <message>
        <source>Org source</source>
        <translation>Quelle der Organisation</translation>
    </message>
    <message>
        <source>read just now</source>
        <translation>gerade gelesen</translation>
    </message>
    <message>
        <source>read %1 min ago</source>
        <extracomment>%1 minutes (1 to 59): in the status bar, kept short</extracomment>
        <translation>vor %1 Min. gelesen</translation>
    </message>
    <message>
        <source>read %1 h ago</source>
        <extracomment>%1 hours (1 to 23): in the status bar, kept short</extracomment>
        <translation>vor %1 Std. gelesen</translation>
    </message>
    <message>
        <source>read on %1</source>
        <extracomment>%1 the date and time it was read (this computer&apos;s clock)</extracomment>
        <translation>gelesen am %1</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <extracomment>%1 the org file&apos;s name</extracomment>
        <translation>Sandbox: %1</translation>
    </message>
    <message>
        <source>A sandbox org simulated on this computer: %1</source>
        <translation>Eine auf diesem Computer simulierte Sandbox-Organisation: %1</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Live: %1</translation>
    </message>
    <message>
        <source>Live: %1 · %2</source>
        <extracomment>%1 the org&apos;s host name, %2 how old the data is (&quot;read 5 minutes ago&quot;)</extracomment>
        <translation>Live: %1 · %2</translation>
    </message>
    <message>
        <source>Read from %1 on %2. File ▸ Refresh (F5) reads it again.</source>
        <extracomment>%1 the org&apos;s URL, %2 when it was read (this computer&apos;s time)</extracomment>
        <translation>Am %2 aus %1 gelesen. Datei ▸ Aktualisieren (F5) liest die Organisation erneut.</translation>
    </message>
</context>
<context>
    <name>SyncLens::OrgStore</name>
    <message>
        <source>%1: the file already exists</source>
        <translation>%1: die Datei ist bereits vorhanden</translation>
    </message>
    <message>
        <source>%1: cannot be created here (the folder is not writable or the org is being created by another process)</source>
        <translation>%1: kann hier nicht erstellt werden (der Ordner ist nicht beschreibbar, oder die Organisation wird gerade von einem anderen Prozess erstellt)</translation>
    </message>
    <message>
        <source>%1 is already open in another SyncLens process (pid %2 on %3); close it there first</source>
        <translation>%1 ist bereits in einem anderen SyncLens-Prozess geöffnet (PID %2 auf %3); schließen Sie die Datei zuerst dort</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file %2 (is the folder writable?)</source>
        <translation>%1: die Sperrdatei %2 kann nicht erstellt werden (ist der Ordner beschreibbar?)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: the database is damaged (%2)</source>
        <translation>%1: die Datenbank ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not a SyncLens org</source>
        <translation>%1: eine SQLite-Datenbank, aber keine SyncLens-Organisation</translation>
    </message>
    <message>
        <source>%1 was written by a newer SyncLens (schema version %2; this program reads up to %3); update SyncLens to open it</source>
        <translation>%1 wurde von einer neueren SyncLens-Version geschrieben (Schemaversion %2; dieses Programm liest bis %3); aktualisieren Sie SyncLens, um die Datei zu öffnen</translation>
    </message>
    <message>
        <source>%1: a SyncLens org without a schema (version %2)</source>
        <translation>%1: eine SyncLens-Organisation ohne Schema (Version %2)</translation>
    </message>
    <message>
        <source>%1 is open read-only</source>
        <translation>%1 ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>Abschließen einer Transaktion</translation>
    </message>
    <message>
        <source>%1: a step of the transaction failed; nothing was written</source>
        <translation>%1: ein Schritt der Transaktion ist fehlgeschlagen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>%1: simulated write failure (test hook)</source>
        <translation>%1: simulierter Schreibfehler (Test-Hook)</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1: the org settings are damaged (%2)</source>
        <translation>%1: die Organisationseinstellungen sind beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1: %2 is damaged (%3)</source>
        <translation>%1: %2 ist beschädigt (%3)</translation>
    </message>
    <message>
        <source>%1: %2 has an unknown value &quot;%3&quot;</source>
        <translation>%1: %2 hat einen unbekannten Wert &quot;%3&quot;</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>mailbox %1</source>
        <translation>Postfach %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>item %1 in %2</source>
        <translation>Element %1 in %2</translation>
    </message>
    <message>
        <source>journal entry %1</source>
        <translation>Journaleintrag %1</translation>
    </message>
    <message>
        <source>reading the journal</source>
        <translation>Lesen des Journals</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>Warnung %1</translation>
    </message>
    <message>
        <source>%1: the journal holds an unknown reason code &quot;%2&quot;</source>
        <translation>%1: das Journal enthält einen unbekannten Ursachencode &quot;%2&quot;</translation>
    </message>
    <message>
        <source>link of %1 in %2</source>
        <translation>Verknüpfung von %1 in %2</translation>
    </message>
    <message>
        <source>filter version %1</source>
        <translation>Filterversion %1</translation>
    </message>
    <message>
        <source>a live mailbox&apos;s status</source>
        <translation>der Status eines Live-Postfachs</translation>
    </message>
    <message>
        <source>org event %1</source>
        <translation>Organisationsereignis %1</translation>
    </message>
    <message>
        <source>an org event (%1) needs the time it happened</source>
        <translation>ein Organisationsereignis (%1) braucht den Zeitpunkt, zu dem es geschah</translation>
    </message>
    <message>
        <source>%1: a bulk load cannot start here</source>
        <translation>%1: Ein Massenimport kann hier nicht beginnen</translation>
    </message>
    <message>
        <source>%1: %2 of %3 journal entries (ids %4 to %5) could not be written</source>
        <translation>%1: %2 von %3 Journaleinträgen (IDs %4 bis %5) konnten nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>SyncLens::OutgoingEmail</name>
    <message>
        <source>email %1 is not waiting to be sent (its state is &quot;%2&quot;)</source>
        <translation>E-Mail %1 wartet nicht auf das Senden (ihr Status ist &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the sender has no mailbox</source>
        <translation>der Absender hat kein Postfach</translation>
    </message>
    <message>
        <source>the mailbox&apos;s outgoing email is not synchronised (set to none)</source>
        <translation>ausgehende E-Mail des Postfachs wird nicht synchronisiert (auf „Keine“ gesetzt)</translation>
    </message>
    <message>
        <source>the mailbox is not approved</source>
        <translation>das Postfach ist nicht genehmigt</translation>
    </message>
    <message>
        <source>the mailbox is disabled</source>
        <translation>das Postfach ist deaktiviert</translation>
    </message>
    <message>
        <source>The email &quot;%1&quot; could not be sent: %2. It will be sent once the mailbox can send.</source>
        <extracomment>%1 is the email&apos;s subject, %2 why the mailbox cannot send it</extracomment>
        <translation>Die E-Mail &quot;%1&quot; konnte nicht gesendet werden: %2. Sie wird gesendet, sobald das Postfach senden kann.</translation>
    </message>
</context>
<context>
    <name>SyncLens::PageReader</name>
    <message>
        <source>The answer to %1 holds no list of rows (&quot;value&quot;); is this a Dataverse org?</source>
        <translation>Die Antwort auf %1 enthält keine Liste von Zeilen (&quot;value&quot;); ist dies eine Dataverse-Organisation?</translation>
    </message>
    <message>
        <source>The next page of %1 points outside the org (%2); it was not followed.</source>
        <translation>Die nächste Seite von %1 zeigt außerhalb der Organisation (%2); ihr wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>%1 (page %2)</source>
        <translation>%1 (Seite %2)</translation>
    </message>
</context>
<context>
    <name>SyncLens::PolicyReport</name>
    <message>
        <source>synchronising</source>
        <translation>wird synchronisiert</translation>
    </message>
    <message>
        <source>not synchronised yet</source>
        <translation>noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>Genehmigung ausstehend</translation>
    </message>
</context>
<context>
    <name>SyncLens::PresentationMode</name>
    <message>
        <source>Presentation &amp;Mode</source>
        <translation>Präsentations&amp;modus</translation>
    </message>
    <message>
        <source>Large type for a projector: the player, the timeline and the explanation fill the screen (F11 or Ctrl+Shift+P; Esc leaves)</source>
        <translation>Große Schrift für einen Projektor: Player, Zeitachse und Erklärung füllen den Bildschirm (F11 oder Ctrl+Shift+P; Esc beendet den Modus)</translation>
    </message>
</context>
<context>
    <name>SyncLens::PreviewPanel</name>
    <message>
        <source>Entering</source>
        <translation>Kommen hinzu</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Fallen heraus</translation>
    </message>
    <message>
        <source>Staying</source>
        <translation>Bleiben</translation>
    </message>
    <message>
        <source>entering</source>
        <translation>kommen hinzu</translation>
    </message>
    <message>
        <source>leaving</source>
        <translation>fallen heraus</translation>
    </message>
    <message>
        <source>staying</source>
        <translation>bleiben</translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translation>Noch keine Vorschau.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>a count in the preview: %1 a number, %2 &quot;entering&quot;, &quot;leaving&quot; or &quot;staying&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a tab of the preview: &quot;Leaving (12)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>Die Vorschau ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>See the warning below.</source>
        <translation>Siehe die Warnung unten.</translation>
    </message>
    <message>
        <source>For %1&apos;s %2, as of %3 UTC (the org&apos;s clock); %4 outside the filters.</source>
        <extracomment>%1 a user, %2 &quot;appointments&quot;, %3 the org&apos;s date and time (UTC)</extracomment>
        <translation>Für %1 (%2), Stand %3 UTC (Uhr der Organisation); %4 außerhalb der Filter.</translation>
    </message>
</context>
<context>
    <name>SyncLens::PreviewRecordModel</name>
    <message>
        <source>no filter of this type is left</source>
        <translation>es ist kein Filter dieses Typs mehr übrig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Now fails</source>
        <translation>Nicht mehr erfüllt</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>SyncLens::PreviewWorker</name>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Die Vorschau wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SyncLens::ReasonCodeText</name>
    <message>
        <source>Email already tracked: no second copy</source>
        <translation>E-Mail bereits nachverfolgt: keine zweite Kopie</translation>
    </message>
    <message>
        <source>Email tracked by the user in Outlook</source>
        <translation>E-Mail vom Benutzer in Outlook nachverfolgt</translation>
    </message>
    <message>
        <source>Email tracked: in a tracked folder</source>
        <translation>E-Mail nachverfolgt: in einem nachverfolgten Ordner</translation>
    </message>
    <message>
        <source>Email tracked by its tracking token</source>
        <translation>E-Mail über ihr Token zur Nachverfolgung nachverfolgt</translation>
    </message>
    <message>
        <source>Email tracked by smart matching</source>
        <translation>E-Mail durch intelligenten Abgleich nachverfolgt</translation>
    </message>
    <message>
        <source>Email tracked: the user tracks all email</source>
        <translation>E-Mail nachverfolgt: der Benutzer verfolgt alle E-Mails nach</translation>
    </message>
    <message>
        <source>Email tracked: sender is a contact, lead or account</source>
        <translation>E-Mail nachverfolgt: Absender ist ein Kontakt, Lead oder eine Firma</translation>
    </message>
    <message>
        <source>Email tracked: sender is an email-enabled record</source>
        <translation>E-Mail nachverfolgt: Absender ist ein E-Mail-aktivierter Datensatz</translation>
    </message>
    <message>
        <source>Email not tracked: not a response to CRM email</source>
        <translation>E-Mail nicht nachverfolgt: keine Antwort auf eine CRM-E-Mail</translation>
    </message>
    <message>
        <source>Email not tracked: sender not in CRM</source>
        <translation>E-Mail nicht nachverfolgt: Absender nicht in CRM</translation>
    </message>
    <message>
        <source>Email not tracked: automatic tracking is off</source>
        <translation>E-Mail nicht nachverfolgt: automatische Nachverfolgung ist aus</translation>
    </message>
    <message>
        <source>CRM email sent</source>
        <translation>CRM-E-Mail gesendet</translation>
    </message>
    <message>
        <source>CRM email not sent: mailbox cannot send</source>
        <translation>CRM-E-Mail nicht gesendet: Postfach kann nicht senden</translation>
    </message>
    <message>
        <source>Deleted in CRM: Outlook copy deleted</source>
        <translation>In CRM gelöscht: Outlook-Kopie gelöscht</translation>
    </message>
    <message>
        <source>Copied to Outlook</source>
        <translation>In Outlook kopiert</translation>
    </message>
    <message>
        <source>CRM change copied to Outlook</source>
        <translation>CRM-Änderung in Outlook übernommen</translation>
    </message>
    <message>
        <source>Left the sync filters: Outlook copy kept</source>
        <translation>Synchronisierungsfilter verlassen: Outlook-Kopie behalten</translation>
    </message>
    <message>
        <source>Left the sync filters: Outlook copy deleted</source>
        <translation>Synchronisierungsfilter verlassen: Outlook-Kopie gelöscht</translation>
    </message>
    <message>
        <source>CRM change not sent: out of the sync filters</source>
        <translation>CRM-Änderung nicht gesendet: außerhalb der Synchronisierungsfilter</translation>
    </message>
    <message>
        <source>Not in any sync filter: not copied</source>
        <translation>In keinem Synchronisierungsfilter: nicht kopiert</translation>
    </message>
    <message>
        <source>Tracked in Outlook: created in CRM</source>
        <translation>In Outlook nachverfolgt: in CRM erstellt</translation>
    </message>
    <message>
        <source>Not tracked in Outlook: stays in Exchange</source>
        <translation>In Outlook nicht nachverfolgt: bleibt in Exchange</translation>
    </message>
    <message>
        <source>Outlook change copied to CRM</source>
        <translation>Outlook-Änderung in CRM übernommen</translation>
    </message>
    <message>
        <source>Outlook overwrote a CRM edit</source>
        <translation>Outlook hat eine CRM-Änderung überschrieben</translation>
    </message>
    <message>
        <source>Changed on both sides: Outlook won</source>
        <translation>Auf beiden Seiten geändert: Outlook hat sich durchgesetzt</translation>
    </message>
    <message>
        <source>Changed on both sides: CRM won</source>
        <translation>Auf beiden Seiten geändert: CRM hat sich durchgesetzt</translation>
    </message>
    <message>
        <source>Deleted in Outlook: CRM record kept</source>
        <translation>In Outlook gelöscht: CRM-Datensatz behalten</translation>
    </message>
    <message>
        <source>Deleted in Outlook: CRM record deleted</source>
        <translation>In Outlook gelöscht: CRM-Datensatz gelöscht</translation>
    </message>
    <message>
        <source>Mailbox not approved</source>
        <translation>Postfach nicht genehmigt</translation>
    </message>
    <message>
        <source>Mailbox disabled: credentials refused</source>
        <translation>Postfach deaktiviert: Anmeldeinformationen abgelehnt</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation>Vorübergehender Fehler</translation>
    </message>
    <message>
        <source>Mailbox disabled after repeated failures</source>
        <translation>Postfach nach wiederholten Fehlern deaktiviert</translation>
    </message>
    <message>
        <source>Mailbox synchronises again</source>
        <translation>Postfach synchronisiert wieder</translation>
    </message>
    <message>
        <source>Deleted in CRM: Outlook copy kept, unlinked</source>
        <translation>In CRM gelöscht: Outlook-Kopie bleibt, unverknüpft</translation>
    </message>
    <message>
        <source>Back in the sync filters: Outlook copy caught up</source>
        <translation>Wieder in den Synchronisierungsfiltern: Outlook-Kopie nachgezogen</translation>
    </message>
    <message>
        <source>Email tracked: a reply to an email in CRM</source>
        <translation>E-Mail nachverfolgt: Antwort auf eine E-Mail in CRM</translation>
    </message>
    <message>
        <source>Email tracked: same conversation index</source>
        <translation>E-Mail nachverfolgt: gleicher Unterhaltungsindex</translation>
    </message>
    <message>
        <source>Email not tracked: not in the Inbox or a tracked folder</source>
        <translation>E-Mail nicht nachverfolgt: weder im Posteingang noch in einem nachverfolgten Ordner</translation>
    </message>
    <message>
        <source>Email not tracked: no user in To or Cc (a list or Bcc)</source>
        <translation>E-Mail nicht nachverfolgt: kein Benutzer in An oder Cc (eine Verteilerliste oder Bcc)</translation>
    </message>
</context>
<context>
    <name>SyncLens::ReasonCountModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a reason code such as NOT_IN_SCOPE, %2 its meaning</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Ursachencode</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
</context>
<context>
    <name>SyncLens::ReportCharts</name>
    <message>
        <source>Mailboxes by state</source>
        <translation>Postfächer nach Status</translation>
    </message>
    <message>
        <source>Decisions by reason code per day</source>
        <translation>Entscheidungen nach Ursachencode pro Tag</translation>
    </message>
    <message>
        <source>other reasons</source>
        <translation>andere Gründe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SyncLens::ReportDialog</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML (one file, for any browser)</source>
        <translation>HTML (eine Datei, für jeden Browser)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation>&amp;Seiten:</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Wählen Sie aus, wo der Bericht gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Der Bericht wird erstellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Abgebrochen: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Der Export ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>SyncLens::ReportFile</name>
    <message>
        <source>%1: a report is written as .html or .pdf, not &quot;%2&quot;</source>
        <translation>%1: Ein Bericht wird als .html oder .pdf geschrieben, nicht als &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: Der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1 cannot be written: permission denied</source>
        <translation>%1 kann nicht geschrieben werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SyncLens::ReportFindings</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Filters leave out past meetings</source>
        <translation>Filter schließen vergangene Besprechungen aus</translation>
    </message>
    <message>
        <source>Meetings that are over leave these filters. Their Outlook copies stay but no longer receive CRM&apos;s changes, and an edit of one in Outlook overwrites the CRM record.</source>
        <translation>Vergangene Besprechungen verlassen diese Filter. Ihre Outlook-Kopien bleiben erhalten, erhalten aber keine Änderungen aus CRM mehr, und eine Bearbeitung in Outlook überschreibt den CRM-Datensatz.</translation>
    </message>
    <message>
        <source>Keep past meetings in the filter (a start date with no lower bound), or tell the users that Outlook edits of old meetings change CRM.</source>
        <translation>Behalten Sie vergangene Besprechungen im Filter (ein Startdatum ohne Untergrenze), oder teilen Sie den Benutzern mit, dass Bearbeitungen alter Besprechungen in Outlook CRM ändern.</translation>
    </message>
    <message>
        <source>Users track all email</source>
        <translation>Benutzer verfolgen alle E-Mails nach</translation>
    </message>
    <message>
        <source>Every incoming email of these users is tracked in CRM, private mail included, and visible to everyone who can read those records.</source>
        <translation>Jede eingehende E-Mail dieser Benutzer wird in CRM nachverfolgt, auch private E-Mails, und ist für alle sichtbar, die diese Datensätze lesen dürfen.</translation>
    </message>
    <message>
        <source>Set their email filtering to replies to CRM email or to email from CRM records (Personal options ▸ Email ▸ Select the email messages to track).</source>
        <translation>Stellen Sie ihre E-Mail-Filterung auf Antworten auf CRM-E-Mails oder auf E-Mails von CRM-Datensätzen ein (Persönliche Optionen ▸ E-Mail ▸ Nachzuverfolgende E-Mail-Nachrichten auswählen).</translation>
    </message>
    <message>
        <source>Mailboxes await approval</source>
        <translation>Postfächer warten auf Genehmigung</translation>
    </message>
    <message>
        <source>Nothing synchronises for these users: no email is tracked and no appointment, contact or task reaches their Outlook.</source>
        <translation>Für diese Benutzer wird nichts synchronisiert: Keine E-Mail wird nachverfolgt, und kein Termin, kein Kontakt und keine Aufgabe gelangt in ihr Outlook.</translation>
    </message>
    <message>
        <source>Approve the email addresses of these mailboxes (Mailbox ▸ Approve Email), then Test &amp; Enable them.</source>
        <translation>Genehmigen Sie die E-Mail-Adressen dieser Postfächer (Postfach ▸ E-Mail genehmigen), und führen Sie dann „Testen &amp; aktivieren“ für sie aus.</translation>
    </message>
    <message>
        <source>Smart matching with loose thresholds</source>
        <translation>Intelligenter Abgleich mit lockeren Schwellenwerten</translation>
    </message>
    <message>
        <source>Smart matching tracks an email that only resembles a tracked one (%1 shared addresses, %2 words of the subject may differ, up to %3 recipients): unrelated emails end up on CRM records.</source>
        <translation>Der intelligente Abgleich verfolgt eine E-Mail nach, die einer nachverfolgten nur ähnelt (%1 gemeinsame Adressen, %2 Wörter des Betreffs dürfen abweichen, bis zu %3 Empfänger): Fremde E-Mails landen bei CRM-Datensätzen.</translation>
    </message>
    <message>
        <source>Use tracking tokens and correlation instead, or tighten the thresholds (at least 2 addresses, no subject difference).</source>
        <translation>Verwenden Sie stattdessen Token zur Nachverfolgung und Korrelation, oder verschärfen Sie die Schwellenwerte (mindestens 2 Adressen, keine Abweichung im Betreff).</translation>
    </message>
    <message>
        <source>records that leave a filter (removed from Outlook)</source>
        <translation>Datensätze, die einen Filter verlassen (aus Outlook entfernt)</translation>
    </message>
    <message>
        <source>Deletes propagate</source>
        <translation>Löschungen werden übertragen</translation>
    </message>
    <message>
        <source>A delete on one side removes the record on the other: %1. Users who tidy their Outlook can delete CRM data.</source>
        <translation>Eine Löschung auf einer Seite entfernt den Datensatz auf der anderen: %1. Benutzer, die ihr Outlook aufräumen, können CRM-Daten löschen.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Explain the rule in training, or set sync.exchangeDelete to untrack for the types where CRM must keep its records.</source>
        <translation>Erklären Sie die Regel in einer Schulung, oder setzen Sie sync.exchangeDelete für die Typen, deren Datensätze CRM behalten muss, auf untrack.</translation>
    </message>
    <message>
        <source>Filters differ from the org&apos;s templates</source>
        <translation>Filter weichen von den Vorlagen der Organisation ab</translation>
    </message>
    <message>
        <source>These users synchronise other records than their colleagues: what one sees in Outlook another may not.</source>
        <translation>Diese Benutzer synchronisieren andere Datensätze als ihre Kollegen: Was der eine in Outlook sieht, sieht der andere vielleicht nicht.</translation>
    </message>
    <message>
        <source>Compare each filter with the template of its type and reset the ones nobody chose on purpose.</source>
        <translation>Vergleichen Sie jeden Filter mit der Vorlage seines Typs, und setzen Sie diejenigen zurück, die niemand bewusst gewählt hat.</translation>
    </message>
    <message>
        <source>Filters select nothing</source>
        <translation>Filter wählen nichts aus</translation>
    </message>
    <message>
        <source>These filters put no record in scope now: they synchronise nothing to Outlook.</source>
        <translation>Diese Filter bringen derzeit keinen Datensatz in den Bereich: Sie synchronisieren nichts nach Outlook.</translation>
    </message>
    <message>
        <source>Check the conditions with the filter designer&apos;s preview, or remove the filter.</source>
        <translation>Prüfen Sie die Bedingungen mit der Vorschau des Filter-Designers, oder entfernen Sie den Filter.</translation>
    </message>
</context>
<context>
    <name>SyncLens::ReportGatherer</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Every incoming email is tracked in CRM (All email messages).</source>
        <translation>Jede eingehende E-Mail wird in CRM nachverfolgt (Alle E-Mail-Nachrichten).</translation>
    </message>
    <message>
        <source>Only replies to emails tracked in CRM are tracked (Email messages in response to Dynamics 365 email).</source>
        <translation>Nur Antworten auf in CRM nachverfolgte E-Mails werden nachverfolgt (E-Mail-Nachrichten als Antwort auf Dynamics 365-E-Mails).</translation>
    </message>
    <message>
        <source>Emails from senders who are CRM records (leads, contacts, accounts) are tracked, and replies to tracked emails (Email messages from Dynamics 365 leads, contacts and accounts).</source>
        <translation>E-Mails von Absendern, die CRM-Datensätze sind (Leads, Kontakte, Firmen), werden nachverfolgt, ebenso Antworten auf nachverfolgte E-Mails (E-Mail-Nachrichten von Dynamics 365-Leads, -Kontakten und -Firmen).</translation>
    </message>
    <message>
        <source>Emails from CRM records whose type is enabled for email are tracked, and replies to tracked emails (Email messages from Dynamics 365 records that are email enabled).</source>
        <translation>E-Mails von CRM-Datensätzen, deren Typ für E-Mail aktiviert ist, werden nachverfolgt, ebenso Antworten auf nachverfolgte E-Mails (E-Mail-Nachrichten von Dynamics 365-Datensätzen, die E-Mail-aktiviert sind).</translation>
    </message>
    <message>
        <source>No incoming email is tracked automatically (No email messages).</source>
        <translation>Keine eingehende E-Mail wird automatisch nachverfolgt (Keine E-Mail-Nachrichten).</translation>
    </message>
    <message>
        <source>Server-Side Sync</source>
        <translation>Serverseitige Synchronisierung</translation>
    </message>
    <message>
        <source>not synchronised</source>
        <translation>nicht synchronisiert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no user &quot;%2&quot;</source>
        <translation>%1 hat keinen Benutzer &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>SyncLens::ReportHtml</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The org&apos;s rules</source>
        <translation>Die Regeln der Organisation</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Sync policy report: %1</source>
        <translation>Bericht zur Synchronisierungsrichtlinie: %1</translation>
    </message>
    <message>
        <source>Generated %1; the org&apos;s clock: %2; source: %3.</source>
        <translation>Erstellt: %1; Uhr der Organisation: %2; Quelle: %3.</translation>
    </message>
    <message>
        <source>This org has no users and no mailboxes: there is nothing to synchronise yet, so this report is short.</source>
        <translation>Diese Organisation hat keine Benutzer und keine Postfächer: Es gibt noch nichts zu synchronisieren, daher ist dieser Bericht kurz.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was sie bewirkt</translation>
    </message>
    <message>
        <source>This org has no users.</source>
        <translation>Diese Organisation hat keine Benutzer.</translation>
    </message>
    <message>
        <source>No user has a sync filter: no appointment, contact or task goes from CRM to Outlook.</source>
        <translation>Kein Benutzer hat einen Synchronisierungsfilter: Kein Termin, kein Kontakt und keine Aufgabe gelangt von CRM nach Outlook.</translation>
    </message>
    <message>
        <source>%1 · %2 · time zone %3</source>
        <translation>%1 · %2 · Zeitzone %3</translation>
    </message>
    <message>
        <source>Email filtering: %1</source>
        <translation>E-Mail-Filterung: %1</translation>
    </message>
    <message>
        <source>No sync filters: nothing goes from CRM to this user&apos;s Outlook.</source>
        <translation>Keine Synchronisierungsfilter: Nichts gelangt von CRM in das Outlook dieses Benutzers.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>What it selects</source>
        <translation>Was er auswählt</translation>
    </message>
    <message>
        <source>In scope now</source>
        <translation>Derzeit im Bereich</translation>
    </message>
    <message>
        <source>Own records left out</source>
        <translation>Ausgelassene eigene Datensätze</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>No mailbox: nothing synchronises for this user.</source>
        <translation>Kein Postfach: Für diesen Benutzer wird nichts synchronisiert.</translation>
    </message>
    <message>
        <source>Mailbox %1: %2; %3; last synchronised %4.</source>
        <translation>Postfach %1: %2; %3; zuletzt synchronisiert: %4.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>Genehmigung ausstehend</translation>
    </message>
    <message>
        <source>Last alert (%1): %2</source>
        <translation>Letzte Warnung (%1): %2</translation>
    </message>
    <message>
        <source>Mailboxes by state</source>
        <translation>Postfächer nach Status</translation>
    </message>
    <message>
        <source>This org has no mailboxes.</source>
        <translation>Diese Organisation hat keine Postfächer.</translation>
    </message>
    <message>
        <source>Failing and disabled mailboxes</source>
        <translation>Fehlerhafte und deaktivierte Postfächer</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Alerts of the last 7 days</source>
        <translation>Warnungen der letzten 7 Tage</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Decisions by reason code per day</source>
        <translation>Entscheidungen nach Ursachencode pro Tag</translation>
    </message>
    <message>
        <source>No decisions in the last 14 days.</source>
        <translation>Keine Entscheidungen in den letzten 14 Tagen.</translation>
    </message>
    <message>
        <source>Nothing surprising was found.</source>
        <translation>Es wurde nichts Überraschendes gefunden.</translation>
    </message>
    <message>
        <source>Consequence: %1</source>
        <translation>Folge: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filter: %1</translation>
    </message>
</context>
<context>
    <name>SyncLens::ReportPdf</name>
    <message>
        <source>Sync policy report: %1</source>
        <translation>Bericht zur Synchronisierungsrichtlinie: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Die PDF-Erstellung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SyncLens::ReportRules</name>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Tracking tokens</source>
        <translation>Token zur Nachverfolgung</translation>
    </message>
    <message>
        <source>Emails sent from CRM carry a tracking token in the subject, such as “%1” (prefix “%2”, %3 digits); a reply that keeps it is tracked with the same regarding record.</source>
        <translation>Aus CRM gesendete E-Mails tragen ein Token zur Nachverfolgung im Betreff, etwa „%1“ (Präfix „%2“, %3 Ziffern); eine Antwort, die es beibehält, wird mit demselben Bezugsdatensatz nachverfolgt.</translation>
    </message>
    <message>
        <source>Emails carry no tracking token: replies are recognised only by conversation and, if switched on, smart matching.</source>
        <translation>E-Mails tragen kein Token zur Nachverfolgung: Antworten werden nur über die Unterhaltung und, falls eingeschaltet, über den intelligenten Abgleich erkannt.</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <source>A reply in the same conversation as a tracked email (its In-Reply-To or conversation index) is tracked too.</source>
        <translation>Eine Antwort in derselben Unterhaltung wie eine nachverfolgte E-Mail (über deren In-Reply-To oder Unterhaltungsindex) wird ebenfalls nachverfolgt.</translation>
    </message>
    <message>
        <source>Conversation data is not used: a reply is tracked only by its token or smart matching.</source>
        <translation>Unterhaltungsdaten werden nicht verwendet: Eine Antwort wird nur über ihr Token oder den intelligenten Abgleich nachverfolgt.</translation>
    </message>
    <message>
        <source>Smart matching</source>
        <translation>Intelligenter Abgleich</translation>
    </message>
    <message>
        <source>Smart matching is on: an email whose subject matches a tracked email&apos;s (up to %1 words different) and that shares at least %2 addresses with it, with at most %3 recipients, is tracked like it.</source>
        <translation>Der intelligente Abgleich ist eingeschaltet: Eine E-Mail, deren Betreff dem einer nachverfolgten E-Mail entspricht (bis zu %1 abweichende Wörter), die mindestens %2 Adressen mit ihr gemeinsam hat und höchstens %3 Empfänger hat, wird wie diese nachverfolgt.</translation>
    </message>
    <message>
        <source>Smart matching is off: a similar subject and the same people are not enough to track an email.</source>
        <translation>Der intelligente Abgleich ist ausgeschaltet: Ein ähnlicher Betreff und dieselben Personen reichen nicht aus, um eine E-Mail nachzuverfolgen.</translation>
    </message>
    <message>
        <source>%1: a delete in Outlook keeps the CRM record and stops synchronising it with that Outlook.</source>
        <translation>%1: Eine Löschung in Outlook behält den CRM-Datensatz und beendet seine Synchronisierung mit diesem Outlook.</translation>
    </message>
    <message>
        <source>%1: a delete in Outlook deletes the linked CRM record.</source>
        <translation>%1: Eine Löschung in Outlook löscht den verknüpften CRM-Datensatz.</translation>
    </message>
    <message>
        <source>%1: a delete in Outlook deletes the CRM record when the user organises the meeting and it is active and still ahead; otherwise CRM keeps it.</source>
        <translation>%1: Eine Löschung in Outlook löscht den CRM-Datensatz, wenn der Benutzer die Besprechung organisiert und sie aktiv ist und noch in der Zukunft liegt; andernfalls behält CRM ihn.</translation>
    </message>
    <message>
        <source>%1: a delete in Outlook deletes the CRM record while it is still open; a completed or canceled one stays in CRM.</source>
        <translation>%1: Eine Löschung in Outlook löscht den CRM-Datensatz, solange er noch offen ist; ein erledigter oder abgebrochener bleibt in CRM.</translation>
    </message>
    <message>
        <source>Delete in Outlook</source>
        <translation>Löschen in Outlook</translation>
    </message>
    <message>
        <source>Contacts: a delete in CRM removes the copies from the Outlook of every user but the owner, whose copy stays.</source>
        <translation>Kontakte: Eine Löschung in CRM entfernt die Kopien aus dem Outlook aller Benutzer außer dem des Besitzers, dessen Kopie bleibt.</translation>
    </message>
    <message>
        <source>Appointments: a delete in CRM removes the Outlook copies of an active meeting still ahead; copies of meetings that are over stay.</source>
        <translation>Termine: Eine Löschung in CRM entfernt die Outlook-Kopien einer aktiven Besprechung, die noch in der Zukunft liegt; Kopien vergangener Besprechungen bleiben.</translation>
    </message>
    <message>
        <source>Tasks: a delete in CRM removes the Outlook copies.</source>
        <translation>Aufgaben: Eine Löschung in CRM entfernt die Outlook-Kopien.</translation>
    </message>
    <message>
        <source>Delete in CRM</source>
        <translation>Löschen in CRM</translation>
    </message>
    <message>
        <source>(the documented rules of Server-Side Sync)</source>
        <translation>(die dokumentierten Regeln der serverseitigen Synchronisierung)</translation>
    </message>
    <message>
        <source>Leaving a filter</source>
        <translation>Verlassen eines Filters</translation>
    </message>
    <message>
        <source>A record that leaves every sync filter of its user is removed from that user&apos;s Outlook; CRM keeps it.</source>
        <translation>Ein Datensatz, der alle Synchronisierungsfilter seines Benutzers verlässt, wird aus dem Outlook dieses Benutzers entfernt; CRM behält ihn.</translation>
    </message>
    <message>
        <source>A record that leaves every sync filter of its user stays in Outlook but no longer receives CRM&apos;s changes; edits made in Outlook still change CRM.</source>
        <translation>Ein Datensatz, der alle Synchronisierungsfilter seines Benutzers verlässt, bleibt in Outlook, erhält aber keine Änderungen aus CRM mehr; Änderungen in Outlook ändern weiterhin CRM.</translation>
    </message>
    <message>
        <source>both ways: %1</source>
        <translation>in beide Richtungen: %1</translation>
    </message>
    <message>
        <source>from CRM to Outlook only: %1</source>
        <translation>nur von CRM nach Outlook: %1</translation>
    </message>
    <message>
        <source>from Outlook to CRM only: %1</source>
        <translation>nur von Outlook nach CRM: %1</translation>
    </message>
    <message>
        <source>not synchronised: %1</source>
        <translation>nicht synchronisiert: %1</translation>
    </message>
    <message>
        <source>no field is synchronised</source>
        <translation>kein Feld wird synchronisiert</translation>
    </message>
    <message>
        <source>Field directions</source>
        <translation>Synchronisierungsrichtungen der Felder</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation>%1 — %2.</translation>
    </message>
</context>
<context>
    <name>SyncLens::ReportScope</name>
    <message>
        <source>(its FetchXML cannot be read, so it selects nothing)</source>
        <translation>(sein FetchXML ist nicht lesbar, daher wählt er nichts aus)</translation>
    </message>
    <message>
        <source>(it cannot be evaluated: %1)</source>
        <translation>(er kann nicht ausgewertet werden: %1)</translation>
    </message>
</context>
<context>
    <name>SyncLens::RunUntilDialog</name>
    <message>
        <source>Run Until</source>
        <translation>Ausführen bis</translation>
    </message>
    <message numerus="yes">
        <source>The simulated clock stands at %1. Cycles run every %n minute(s) of simulated time until the time below.</source>
        <translation>
            <numerusform>Die simulierte Uhr steht auf %1. Bis zum unten angegebenen Zeitpunkt wird jede %n Minute simulierter Zeit ein Zyklus ausgeführt.</numerusform>
            <numerusform>Die simulierte Uhr steht auf %1. Bis zum unten angegebenen Zeitpunkt wird alle %n Minuten simulierter Zeit ein Zyklus ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run until (UTC)</source>
        <translation>Ausführen bis (UTC)</translation>
    </message>
    <message>
        <source>&amp;Until (UTC):</source>
        <translation>&amp;Bis (UTC):</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
</context>
<context>
    <name>SyncLens::SandboxGenerator</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file or allow replacing it</source>
        <translation>%1 ist bereits vorhanden; wählen Sie eine andere Datei, oder erlauben Sie das Ersetzen</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is open in another SyncLens process</source>
        <translation>%1 ist in einem anderen SyncLens-Prozess geöffnet</translation>
    </message>
    <message>
        <source>Sandbox org (seed %1)</source>
        <translation>Sandbox-Organisation (Startwert %1)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written (renaming the finished file failed)</source>
        <translation>%1 kann nicht geschrieben werden (das Umbenennen der fertigen Datei ist fehlgeschlagen)</translation>
    </message>
</context>
<context>
    <name>SyncLens::SandboxHistoryRunner</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>SyncLens::SandboxSpec</name>
    <message>
        <source>the number of users must be from 1 to 10000, not %1</source>
        <translation>die Anzahl der Benutzer muss zwischen 1 und 10000 liegen, nicht %1</translation>
    </message>
    <message>
        <source>the number of items must be from 0 to 50000000, not %1</source>
        <translation>die Anzahl der Elemente muss zwischen 0 und 50000000 liegen, nicht %1</translation>
    </message>
    <message>
        <source>the org&apos;s clock is not a valid time</source>
        <translation>die Uhr der Organisation ist keine gültige Zeitangabe</translation>
    </message>
    <message>
        <source>the days of history must be from 0 to %1, not %2</source>
        <translation>die Tage Verlauf müssen zwischen 0 und %1 liegen, nicht %2</translation>
    </message>
    <message>
        <source>an org with a history can have at most %1 items, not %2</source>
        <translation>eine Organisation mit Verlauf kann höchstens %1 Elemente haben, nicht %2</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioCheckReader</name>
    <message>
        <source>%1 has two checks, &quot;%2&quot; and &quot;%3&quot;; an expect step has one</source>
        <translation>%1 hat zwei Prüfungen, &quot;%2&quot; und &quot;%3&quot;; ein expect-Schritt hat eine</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2; an expect step needs one check: %3</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; (%2); ein expect-Schritt braucht eine Prüfung: %3</translation>
    </message>
    <message>
        <source>%1 needs one check: %2</source>
        <translation>%1 braucht eine Prüfung: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a record or item of type %2, not an email</source>
        <translation>&quot;%1&quot; ist ein Datensatz oder Element vom Typ %2, keine E-Mail</translation>
    </message>
    <message>
        <source>&quot;inScope&quot; needs a contact, appointment or task; &quot;%1&quot; is of type %2</source>
        <translation>&quot;inScope&quot; braucht einen Kontakt, einen Termin oder eine Aufgabe; &quot;%1&quot; hat den Typ %2</translation>
    </message>
    <message>
        <source>&quot;includes&quot; must be a list of one or more reason codes</source>
        <translation>&quot;includes&quot; muss eine Liste mit einem oder mehreren Ursachencodes sein</translation>
    </message>
    <message>
        <source>%1: unknown reason code &quot;%2&quot;</source>
        <translation>%1: unbekannter Ursachencode &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;fields&quot; cannot be checked on a record that is expected not to exist</source>
        <translation>&quot;fields&quot; kann nicht für einen Datensatz geprüft werden, der nicht existieren soll</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioChecker</name>
    <message>
        <source>there is no mailbox %1</source>
        <translation>es gibt kein Postfach %1</translation>
    </message>
    <message>
        <source>No decision was made about %1.</source>
        <translation>Zu %1 wurde keine Entscheidung getroffen.</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioEntityReader</name>
    <message>
        <source>user &quot;%1&quot; already has mailbox &quot;%2&quot;; a user has one mailbox</source>
        <translation>Benutzer &quot;%1&quot; hat bereits das Postfach &quot;%2&quot;; ein Benutzer hat ein Postfach</translation>
    </message>
    <message>
        <source>&quot;fetchxml&quot; does not parse: %1</source>
        <extracomment>%1 is the FetchXML parser&apos;s message, which starts with its own line and column</extracomment>
        <translation>&quot;fetchxml&quot; lässt sich nicht parsen: %1</translation>
    </message>
    <message>
        <source>&quot;fetchxml&quot; queries %1 records, but the filter&apos;s type is %2</source>
        <translation>&quot;fetchxml&quot; fragt Datensätze vom Typ %1 ab, aber der Typ des Filters ist %2</translation>
    </message>
    <message>
        <source>&quot;timeZone&quot; must be an IANA time zone name such as Europe/Paris or America/Los_Angeles, not &quot;%1&quot;</source>
        <extracomment>%1 the value given, e.g. &quot;Europe/Pariss&quot;</extracomment>
        <translation>&quot;timeZone&quot; muss ein IANA-Zeitzonenname wie Europe/Paris oder America/Los_Angeles sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a user&apos;s id; a team needs its own</source>
        <translation>&quot;%1&quot; ist bereits die ID eines Benutzers; ein Team braucht eine eigene</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioFieldChecker</name>
    <message>
        <source>%1 cannot be null here: null clears a field in an update and matches an empty field in a check</source>
        <translation>%1 kann hier nicht null sein: null leert ein Feld bei einer Aktualisierung und entspricht einem leeren Feld bei einer Prüfung</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 muss eine Zahl sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 date, such as 2026-03-10 or 2026-03-10T09:00:00Z</source>
        <translation>%1 muss ein Datum nach ISO 8601 sein, etwa 2026-03-10 oder 2026-03-10T09:00:00Z</translation>
    </message>
    <message>
        <source>%1 must be a whole number (a choice)</source>
        <translation>%1 muss eine ganze Zahl sein (eine Auswahl)</translation>
    </message>
    <message>
        <source>%1 must be one of %2; not %3</source>
        <translation>%1 muss einer dieser Werte sein: %2; nicht %3</translation>
    </message>
    <message>
        <source>%1 must be a string, a number, true or false, or a list of those; not %2</source>
        <translation>%1 muss eine Zeichenkette, eine Zahl, true oder false oder eine Liste davon sein; nicht %2</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioGalleryModel</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>a scenario in the gallery: %1 its number, %2 its title</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioIds</name>
    <message>
        <source>unknown user &quot;%1&quot;</source>
        <translation>unbekannter Benutzer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown mailbox &quot;%1&quot;</source>
        <translation>unbekanntes Postfach &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown filter &quot;%1&quot;</source>
        <translation>unbekannter Filter &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown record or item &quot;%1&quot;: no earlier record, email or item has this id</source>
        <translation>unbekannter Datensatz oder unbekanntes Element &quot;%1&quot;: kein früherer Datensatz, keine frühere E-Mail und kein früheres Element hat diese ID</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (first at line %2, column %3)</source>
        <translation>doppelte ID &quot;%1&quot; (zuerst in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a record or item of type %2, not an email</source>
        <translation>&quot;%1&quot; ist bereits ein Datensatz oder Element vom Typ %2, keine E-Mail</translation>
    </message>
    <message>
        <source>email &quot;%1&quot; already arrived in mailbox &quot;%2&quot; (line %3, column %4)</source>
        <translation>E-Mail &quot;%1&quot; ist bereits im Postfach &quot;%2&quot; eingegangen (Zeile %3, Spalte %4)</translation>
    </message>
    <message>
        <source>unknown team &quot;%1&quot;</source>
        <translation>unbekanntes Team &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioLoader</name>
    <message>
        <source>a scenario file holds one JSON object, not %1</source>
        <translation>eine Szenariodatei enthält ein JSON-Objekt, nicht %1</translation>
    </message>
    <message>
        <source>&quot;format&quot; is missing; a scenario file starts with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>&quot;format&quot; fehlt; eine Szenariodatei beginnt mit &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;, not %2</source>
        <translation>&quot;format&quot; muss &quot;%1&quot; sein, nicht %2</translation>
    </message>
    <message>
        <source>&quot;do&quot; is missing in %1</source>
        <translation>&quot;do&quot; fehlt in %1</translation>
    </message>
    <message>
        <source>&quot;at&quot; %1 is before the scenario&apos;s start, %2; time never goes back</source>
        <translation>&quot;at&quot; %1 liegt vor dem Beginn des Szenarios (%2); die Zeit läuft nie zurück</translation>
    </message>
    <message>
        <source>&quot;at&quot; %1 is before step %2, at %3; time never goes back</source>
        <translation>&quot;at&quot; %1 liegt vor Schritt %2 (%3); die Zeit läuft nie zurück</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioNode</name>
    <message>
        <source>the scenario</source>
        <translation>das Szenario</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <extracomment>%1 names a key, %2 what it must be, %3 what the file has: &quot;title&quot; must be a string, not a number</extracomment>
        <translation>%1 muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>%1 must be one of %2; not %3</source>
        <translation>%1 muss einer dieser Werte sein: %2; nicht %3</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2; expected one of %3</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; (%2); erwartet wurde einer von %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing in %2</source>
        <translation>&quot;%1&quot; fehlt (%2)</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 must be an email address, not &quot;%2&quot;</source>
        <translation>%1 muss eine E-Mail-Adresse sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 date and time with a time zone, such as 2026-03-02T08:00:00Z; not %2</source>
        <translation>%1 muss ein Datum mit Uhrzeit und Zeitzone nach ISO 8601 sein, etwa 2026-03-02T08:00:00Z; nicht %2</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioPlayer</name>
    <message>
        <source>%1:%2:%3: step %4 (%5): %6</source>
        <translation>%1:%2:%3: Schritt %4 (%5): %6</translation>
    </message>
    <message>
        <source>the check is missing</source>
        <translation>die Prüfung fehlt</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioPlayerPanel</name>
    <message>
        <source>The chosen step and its outcome</source>
        <translation>Der gewählte Schritt und sein Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Open Scenario…</source>
        <translation>Szenario &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation>Eine Szenariodatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Close Scenario</source>
        <translation>Szenario sch&amp;ließen</translation>
    </message>
    <message>
        <source>Close the scenario: the views show the org again</source>
        <translation>Das Szenario schließen: Die Ansichten zeigen wieder die Organisation</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Schritt</translation>
    </message>
    <message>
        <source>Play the next step</source>
        <translation>Den nächsten Schritt abspielen</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>Play the steps at the chosen pace, or pause</source>
        <translation>Die Schritte im gewählten Tempo abspielen oder pausieren</translation>
    </message>
    <message>
        <source>&amp;Rewind</source>
        <translation>&amp;Zurückspulen</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Zurück zum Anfang</translation>
    </message>
    <message>
        <source>Scenario gallery</source>
        <translation>Szenariogalerie</translation>
    </message>
    <message>
        <source>Choose a scenario from the gallery…</source>
        <translation>Wählen Sie ein Szenario aus der Galerie…</translation>
    </message>
    <message>
        <source>&amp;Gallery:</source>
        <translation>Ga&amp;lerie:</translation>
    </message>
    <message>
        <source>Why the scenario did not open</source>
        <translation>Warum das Szenario nicht geöffnet wurde</translation>
    </message>
    <message>
        <source>Scenario title</source>
        <translation>Szenariotitel</translation>
    </message>
    <message>
        <source>Scenario story</source>
        <translation>Geschichte des Szenarios</translation>
    </message>
    <message>
        <source>Time between steps while playing</source>
        <translation>Zeit zwischen den Schritten beim Abspielen</translation>
    </message>
    <message>
        <source>P&amp;ace:</source>
        <translation>T&amp;empo:</translation>
    </message>
    <message>
        <source>Position in the scenario</source>
        <translation>Position im Szenario</translation>
    </message>
    <message>
        <source>Checks passed and failed</source>
        <translation>Bestandene und fehlgeschlagene Prüfungen</translation>
    </message>
    <message>
        <source>The scenario&apos;s steps</source>
        <translation>Die Schritte des Szenarios</translation>
    </message>
    <message>
        <source>This scenario cannot be opened:
%1</source>
        <extracomment>%1 the loader&apos;s message, FILE:LINE:COLUMN: problem</extracomment>
        <translation>Dieses Szenario kann nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>Szenarien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No scenario is open</source>
        <translation>Kein Szenario geöffnet</translation>
    </message>
    <message>
        <source>Choose one from the gallery or open a file: the Timeline and Explain then show the scenario&apos;s own small org, step by step.</source>
        <translation>Wählen Sie eines aus der Galerie, oder öffnen Sie eine Datei: „Zeitachse“ und „Erklären“ zeigen dann Schritt für Schritt die kleine Organisation des Szenarios.</translation>
    </message>
    <message>
        <source>The scenario stopped: %1</source>
        <translation>Das Szenario wurde angehalten: %1</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n step(s). Press F10 to play the first.</source>
        <translation>
            <numerusform>Bereit: %n Schritt. Drücken Sie F10, um ihn abzuspielen.</numerusform>
            <numerusform>Bereit: %n Schritte. Drücken Sie F10, um den ersten abzuspielen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The end: all %n step(s) played.</source>
        <translation>
            <numerusform>Ende: %n Schritt abgespielt.</numerusform>
            <numerusform>Ende: alle %n Schritte abgespielt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>%1 the steps played, %2 all steps</extracomment>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Checks: %1 passed, %2 failed</source>
        <translation>Prüfungen: %1 bestanden, %2 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioReport</name>
    <message>
        <source>%1 step %2</source>
        <extracomment>%1 is a file, %2 a step number, e.g. &quot;scenarios/01.json step 4&quot;</extracomment>
        <translation>%1 Schritt %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <extracomment>The last line of a scenario run; keep the form &quot;N passed, M failed&quot;</extracomment>
        <translation>%1 bestanden, %2 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioStepApplier</name>
    <message>
        <source>there is no CRM record %1</source>
        <translation>es gibt keinen CRM-Datensatz %1</translation>
    </message>
    <message>
        <source>there is no item %1 in mailbox %2</source>
        <translation>es gibt kein Element %1 im Postfach %2</translation>
    </message>
    <message>
        <source>there is no user %1</source>
        <translation>es gibt keinen Benutzer %1</translation>
    </message>
    <message>
        <source>there is no mailbox %1</source>
        <translation>es gibt kein Postfach %1</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioStepModel</name>
    <message>
        <source>Passed.</source>
        <translation>Bestanden.</translation>
    </message>
    <message>
        <source>Failed: expected %1, found %2.</source>
        <extracomment>%1 what the check expected, %2 what the org had</extracomment>
        <translation>Fehlgeschlagen: erwartet %1, gefunden %2.</translation>
    </message>
    <message>
        <source>%1 — passed</source>
        <extracomment>a check&apos;s step, then its outcome</extracomment>
        <translation>%1 — bestanden</translation>
    </message>
    <message>
        <source>%1 — FAILED</source>
        <translation>%1 — FEHLGESCHLAGEN</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioStepReader</name>
    <message>
        <source>&quot;conversationIndex&quot; must be hexadecimal: a 22-byte header and 5 bytes per reply (44 digits, then 10 more per reply)</source>
        <translation>&quot;conversationIndex&quot; muss hexadezimal sein: ein 22-Byte-Header und 5 Bytes pro Antwort (44 Ziffern, dann 10 weitere pro Antwort)</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioStepText</name>
    <message>
        <source>%1  %2</source>
        <extracomment>a scenario step: %1 its time, %2 what happens</extracomment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>A sync cycle runs for every mailbox</source>
        <translation>Ein Synchronisierungszyklus läuft für jedes Postfach</translation>
    </message>
    <message>
        <source>A sync cycle runs for %1&apos;s mailbox</source>
        <translation>Ein Synchronisierungszyklus läuft für das Postfach von %1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>The %1 %2 is created in CRM</source>
        <extracomment>%1 a record type (appointment, contact…), %2 its id</extracomment>
        <translation>%1 %2 wird in CRM erstellt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 sends an email from CRM: %2</source>
        <extracomment>%1 a person, %2 the email&apos;s subject</extracomment>
        <translation>%1 sendet eine E-Mail aus CRM: %2</translation>
    </message>
    <message>
        <source>%1 is deleted in CRM</source>
        <translation>%1 wird in CRM gelöscht</translation>
    </message>
    <message>
        <source>%1 is edited in CRM: %2</source>
        <extracomment>%1 a record&apos;s id, %2 its changed fields and their values</extracomment>
        <translation>%1 wird in CRM bearbeitet: %2</translation>
    </message>
    <message>
        <source>%1 receives an email: %2 from %3</source>
        <extracomment>%1 a person, %2 an email&apos;s subject, %3 its sender&apos;s address</extracomment>
        <translation>%1 empfängt eine E-Mail: %2 von %3</translation>
    </message>
    <message>
        <source>%1 creates the %2 %3 in Outlook</source>
        <extracomment>%1 a person, %2 a type (appointment, task…), %3 the item&apos;s id</extracomment>
        <translation>%1 erstellt %2 %3 in Outlook</translation>
    </message>
    <message>
        <source>%1 edits %2 in Outlook: %3</source>
        <extracomment>%1 a person, %2 an item&apos;s id, %3 the changed fields and their values</extracomment>
        <translation>%1 bearbeitet %2 in Outlook: %3</translation>
    </message>
    <message>
        <source>%1 deletes %2 in Outlook</source>
        <translation>%1 löscht %2 in Outlook</translation>
    </message>
    <message>
        <source>%1 clicks Track on %2 in Outlook</source>
        <translation>%1 klickt in Outlook bei %2 auf „Nachverfolgen“</translation>
    </message>
    <message>
        <source>%1 clicks Track on %2 in Outlook, regarding %3</source>
        <extracomment>%3 the record the item is set regarding</extracomment>
        <translation>%1 klickt in Outlook bei %2 auf „Nachverfolgen“, Bezug: %3</translation>
    </message>
    <message>
        <source>%1 makes the folder %2 a tracked folder</source>
        <translation>%1 macht den Ordner %2 zu einem nachverfolgten Ordner</translation>
    </message>
    <message>
        <source>The sync filter %1 of %2 is saved</source>
        <extracomment>%1 a sync filter&apos;s name, %2 a person</extracomment>
        <translation>Der Synchronisierungsfilter %1 von %2 wird gespeichert</translation>
    </message>
    <message>
        <source>The sync filter %1 is removed</source>
        <translation>Der Synchronisierungsfilter %1 wird entfernt</translation>
    </message>
    <message>
        <source>%1&apos;s settings change: %2</source>
        <extracomment>%1 a person, %2 the settings and their new values</extracomment>
        <translation>Die Einstellungen von %1 ändern sich: %2</translation>
    </message>
    <message>
        <source>%1&apos;s mailbox changes: %2</source>
        <translation>Das Postfach von %1 ändert sich: %2</translation>
    </message>
    <message>
        <source>The org&apos;s settings change: %1</source>
        <translation>Die Einstellungen der Organisation ändern sich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s mailbox will fail its next %n cycle(s) (%2)</source>
        <extracomment>%1 a person, %2 a number of cycles, %3 the kind of failure (auth, transient, throttle)</extracomment>
        <translation>
            <numerusform>Das Postfach von %1 schlägt %n Zyklus lang fehl (%2)</numerusform>
            <numerusform>Das Postfach von %1 schlägt die nächsten %n Zyklen lang fehl (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Check: %1 is in %2&apos;s sync filters</source>
        <extracomment>%1 an item&apos;s id, %2 a person</extracomment>
        <translation>Prüfung: %1 ist in den Synchronisierungsfiltern von %2</translation>
    </message>
    <message>
        <source>Check: %1 is not in %2&apos;s sync filters</source>
        <translation>Prüfung: %1 ist nicht in den Synchronisierungsfiltern von %2</translation>
    </message>
    <message>
        <source>Check: %1&apos;s latest decision is “%2” (%3)</source>
        <extracomment>%1 an item&apos;s id, %2 a decision in words, %3 its reason code</extracomment>
        <translation>Prüfung: Die letzte Entscheidung zu %1 ist „%2“ (%3)</translation>
    </message>
    <message>
        <source>Check: %1&apos;s decisions include %2</source>
        <extracomment>%1 an item&apos;s id, %2 reason codes</extracomment>
        <translation>Prüfung: Die Entscheidungen zu %1 umfassen %2</translation>
    </message>
    <message>
        <source>Check: the email %1 is tracked in CRM</source>
        <translation>Prüfung: Die E-Mail %1 ist in CRM nachverfolgt</translation>
    </message>
    <message>
        <source>Check: the email %1 is not tracked in CRM</source>
        <translation>Prüfung: Die E-Mail %1 ist in CRM nicht nachverfolgt</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <source>%1 in CRM</source>
        <extracomment>%1 an item&apos;s id, %2 a person</extracomment>
        <translation>%1 in CRM</translation>
    </message>
    <message>
        <source>%1 in %2&apos;s Outlook</source>
        <translation>%1 in Outlook von %2</translation>
    </message>
    <message>
        <source>Check: there is no %1</source>
        <translation>Prüfung: %1 existiert nicht</translation>
    </message>
    <message>
        <source>Check: there is %1</source>
        <translation>Prüfung: %1 existiert</translation>
    </message>
    <message>
        <source>Check: %1 has %2</source>
        <extracomment>%1 where the item is, %2 fields and their values</extracomment>
        <translation>Prüfung: %1 hat %2</translation>
    </message>
    <message>
        <source>%1 cleared</source>
        <extracomment>a field cleared by a step</extracomment>
        <translation>%1 geleert</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>quotation marks around a subject or another value</extracomment>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s mailbox will fail its next %n cycle(s) for %2 only (%3)</source>
        <extracomment>%1 a person, %2 a channel (&quot;Appointments, contacts and tasks&quot;), %3 auth, transient…</extracomment>
        <translation>
            <numerusform>Das Postfach von %1 schlägt %n Zyklus lang nur für %2 fehl (%3)</numerusform>
            <numerusform>Das Postfach von %1 schlägt die nächsten %n Zyklen lang nur für %2 fehl (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLens::ScopePreviewer</name>
    <message>
        <source>a filter of %1 records cannot decide the scope of %2 records</source>
        <translation>ein Filter für Datensätze vom Typ %1 kann nicht über den Bereich von Datensätzen vom Typ %2 entscheiden</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>no %1 records are loaded</source>
        <translation>es sind keine Datensätze vom Typ %1 geladen</translation>
    </message>
    <message>
        <source>%1 will be created in Outlook at the next synchronisation and then stay in step both ways.</source>
        <extracomment>%1 is a count of records, e.g. &quot;12 appointments&quot;</extracomment>
        <translation>Bei der nächsten Synchronisierung in Outlook erstellt und danach in beide Richtungen abgeglichen: %1.</translation>
    </message>
    <message>
        <source>%1 will be removed from Outlook at the next synchronisation; they stay in CRM.</source>
        <translation>Bei der nächsten Synchronisierung aus Outlook entfernt, bleiben aber in CRM erhalten: %1.</translation>
    </message>
    <message>
        <source>Filters only limit CRM → Outlook. These %1 stay in Outlook but get no more CRM changes; edits there will still change CRM.</source>
        <translation>Filter begrenzen nur CRM → Outlook. Bleiben in Outlook, erhalten aber keine CRM-Änderungen mehr; Änderungen dort ändern CRM weiterhin: %1.</translation>
    </message>
    <message>
        <source>%1 stay in scope and keep synchronising both ways.</source>
        <translation>Bleiben im Bereich und werden weiter in beide Richtungen synchronisiert: %1.</translation>
    </message>
</context>
<context>
    <name>SyncLens::ScreenshotTour</name>
    <message>
        <source>There is no user %1 to show a day of.</source>
        <translation>Es gibt keinen Benutzer %1, dessen Tag gezeigt werden könnte.</translation>
    </message>
    <message>
        <source>The org has no filter change on or after %1.</source>
        <translation>Die Organisation hat keine Filteränderung am oder nach dem %1.</translation>
    </message>
</context>
<context>
    <name>SyncLens::SearchResultModel</name>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>No decision about this item yet.</source>
        <translation>Noch keine Entscheidung zu diesem Element.</translation>
    </message>
    <message>
        <source>Subject or name</source>
        <translation>Betreff oder Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Symptom</source>
        <extracomment>What the user may have noticed (sss-model §5), e.g. &quot;Missing from Outlook&quot;</extracomment>
        <translation>Symptom</translation>
    </message>
</context>
<context>
    <name>SyncLens::SignInError</name>
    <message>
        <source>Sign-in was cancelled. Sign in again to connect to the org.</source>
        <translation>Die Anmeldung wurde abgebrochen. Melden Sie sich erneut an, um sich mit der Organisation zu verbinden.</translation>
    </message>
    <message>
        <source>You are not signed in to %1 (tenant %2, client %3) on this computer. Sign in with File ▸ Connect to Dynamics 365… or &quot;synclens-cli live login&quot;.</source>
        <translation>Sie sind auf diesem Computer nicht bei %1 angemeldet (Mandant %2, Client %3). Melden Sie sich mit Datei ▸ Mit Dynamics 365 verbinden… oder „synclens-cli live login“ an.</translation>
    </message>
    <message>
        <source>The browser&apos;s sign-in answer does not belong to this sign-in (its state differs), so SyncLens ignored it. Sign in again; if this repeats, another program on this computer may be interfering.</source>
        <translation>Die Anmeldeantwort des Browsers gehört nicht zu dieser Anmeldung (ihr state weicht ab), daher hat SyncLens sie ignoriert. Melden Sie sich erneut an; wiederholt sich das, stört womöglich ein anderes Programm auf diesem Computer.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was entered. Start the device code sign-in again and enter the new code within its time.</source>
        <translation>Der Anmeldecode ist abgelaufen, bevor er eingegeben wurde. Starten Sie die Anmeldung mit Gerätecode erneut und geben Sie den neuen Code rechtzeitig ein.</translation>
    </message>
    <message>
        <source>Could not reach the sign-in service at %1: %2. Check the network connection and the authority URL.</source>
        <translation>Der Anmeldedienst unter %1 ist nicht erreichbar: %2. Prüfen Sie die Netzwerkverbindung und die URL der Autorität.</translation>
    </message>
    <message>
        <source>The sign-in service at %1 answered HTTP %2 without a token or an error. Check the authority URL.</source>
        <translation>Der Anmeldedienst unter %1 antwortete mit HTTP %2 ohne Token und ohne Fehler. Prüfen Sie die URL der Autorität.</translation>
    </message>
    <message>
        <source>The tenant &quot;%1&quot; does not exist. Check the tenant: organizations, your directory&apos;s domain (such as contoso.onmicrosoft.com) or its tenant id.</source>
        <translation>Den Mandanten „%1“ gibt es nicht. Prüfen Sie den Mandanten: organizations, die Domäne Ihres Verzeichnisses (etwa contoso.onmicrosoft.com) oder seine Mandanten-ID.</translation>
    </message>
    <message>
        <source>Your account is not in the tenant &quot;%1&quot;. Sign in with an account of the org&apos;s directory, or set the org&apos;s tenant.</source>
        <translation>Ihr Konto gehört nicht zum Mandanten „%1“. Melden Sie sich mit einem Konto aus dem Verzeichnis der Organisation an oder geben Sie deren Mandanten an.</translation>
    </message>
    <message>
        <source>The client id %1 is not an application that may sign in to the tenant &quot;%2&quot;. Check the client id and the tenant, or ask an administrator to register the application.</source>
        <translation>Die Client-ID %1 ist keine Anwendung, die sich beim Mandanten „%2“ anmelden darf. Prüfen Sie Client-ID und Mandanten, oder bitten Sie einen Administrator, die Anwendung zu registrieren.</translation>
    </message>
    <message>
        <source>An administrator of the tenant must first consent to this application (delegated permission &quot;Access Dynamics 365 as organization users&quot;, client id %1). Ask them, then sign in again.</source>
        <translation>Ein Administrator des Mandanten muss dieser Anwendung zuerst zustimmen (delegierte Berechtigung „Access Dynamics 365 as organization users“, Client-ID %1). Bitten Sie ihn darum und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or declined in the browser. Sign in again and accept to connect to %1.</source>
        <translation>Die Anmeldung wurde im Browser abgebrochen oder abgelehnt. Melden Sie sich erneut an und stimmen Sie zu, um sich mit %1 zu verbinden.</translation>
    </message>
    <message>
        <source>The client secret for client %1 was refused: it is wrong or has expired. Create a new secret in the app registration and save it again.</source>
        <translation>Das Client-Geheimnis für den Client %1 wurde abgelehnt: Es ist falsch oder abgelaufen. Erstellen Sie ein neues Geheimnis in der App-Registrierung und speichern Sie es erneut.</translation>
    </message>
    <message>
        <source>The client %1 was refused: a public client must be allowed for this sign-in (&quot;Allow public client flows&quot; in its app registration).</source>
        <translation>Der Client %1 wurde abgelehnt: Für diese Anmeldung muss ein öffentlicher Client erlaubt sein („Allow public client flows“ in seiner App-Registrierung).</translation>
    </message>
    <message>
        <source>The sign-in service does not know the environment %1. Check the environment URL.</source>
        <translation>Der Anmeldedienst kennt die Umgebung %1 nicht. Prüfen Sie die URL der Umgebung.</translation>
    </message>
    <message>
        <source>The saved sign-in to %1 has expired or was revoked. Sign in again.</source>
        <translation>Die gespeicherte Anmeldung bei %1 ist abgelaufen oder wurde widerrufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in service refused the sign-in (it expired or was already used). Sign in again.</source>
        <translation>Der Anmeldedienst hat die Anmeldung abgelehnt (sie ist abgelaufen oder wurde schon verwendet). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in service did not recognise the device code. Start the device code sign-in again.</source>
        <translation>Der Anmeldedienst hat den Gerätecode nicht erkannt. Starten Sie die Anmeldung mit Gerätecode erneut.</translation>
    </message>
    <message>
        <source>The sign-in service refused: %1 (%2).</source>
        <translation>Der Anmeldedienst hat abgelehnt: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>SyncLens::SignInFlow</name>
    <message>
        <source>SyncLens sends sign-in requests over https:// only, not to %1.</source>
        <translation>SyncLens sendet Anmeldeanfragen nur über https://, nicht an %1.</translation>
    </message>
</context>
<context>
    <name>SyncLens::SignInSettings</name>
    <message>
        <source>Enter the environment URL, such as https://contoso.crm.dynamics.com.</source>
        <translation>Geben Sie die URL der Umgebung ein, etwa https://contoso.crm.dynamics.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment URL; it looks like https://contoso.crm.dynamics.com.</source>
        <translation>„%1“ ist keine URL einer Umgebung; sie sieht aus wie https://contoso.crm.dynamics.com.</translation>
    </message>
    <message>
        <source>The environment URL %1 must start with https:// (plain http:// is only allowed on this computer&apos;s loopback address).</source>
        <translation>Die URL der Umgebung %1 muss mit https:// beginnen (einfaches http:// ist nur auf der Loopback-Adresse dieses Computers erlaubt).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an authority URL such as https://login.microsoftonline.com.</source>
        <translation>„%1“ ist keine URL einer Autorität wie https://login.microsoftonline.com.</translation>
    </message>
    <message>
        <source>The authority %1 must start with https:// (plain http:// is only allowed on this computer&apos;s loopback address).</source>
        <translation>Die Autorität %1 muss mit https:// beginnen (einfaches http:// ist nur auf der Loopback-Adresse dieses Computers erlaubt).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant: use organizations, common, a domain such as contoso.onmicrosoft.com, or a tenant id.</source>
        <translation>„%1“ ist kein Mandant: Verwenden Sie organizations, common, eine Domäne wie contoso.onmicrosoft.com oder eine Mandanten-ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a client id: an application (client) id is a GUID such as 51f81489-12ee-4a9e-aaae-a2591f45987d.</source>
        <translation>„%1“ ist keine Client-ID: Eine Anwendungs-ID (Client-ID) ist eine GUID wie 51f81489-12ee-4a9e-aaae-a2591f45987d.</translation>
    </message>
</context>
<context>
    <name>SyncLens::StoredSignInTokens</name>
    <message>
        <source>The sign-in was dropped.</source>
        <translation>Die Anmeldung wurde verworfen.</translation>
    </message>
    <message>
        <source>No client secret for %1 is kept in the system keychain: sign in again.</source>
        <extracomment>%1 the org&apos;s URL</extracomment>
        <translation>Im Schlüsselbund des Systems liegt kein Client-Geheimnis für %1: melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>SyncLens::SyncControls</name>
    <message>
        <source>&amp;Run One Cycle</source>
        <translation>&amp;Einen Zyklus ausführen</translation>
    </message>
    <message>
        <source>Run one synchronisation cycle, one step after the clock (F5)</source>
        <translation>Einen Synchronisierungszyklus ausführen, einen Schritt nach der aktuellen Uhrzeit (F5)</translation>
    </message>
    <message>
        <source>Run &amp;Until…</source>
        <translation>Ausführen &amp;bis…</translation>
    </message>
    <message>
        <source>Run cycles until a chosen time (Shift+F5)</source>
        <translation>Zyklen bis zu einem gewählten Zeitpunkt ausführen (Shift+F5)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>Play the simulated clock: a cycle every step (Space or F6)</source>
        <translation>Die simulierte Uhr laufen lassen: ein Zyklus pro Schritt (Space oder F6)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Stop the running cycles or the playing clock (Esc)</source>
        <translation>Die laufenden Zyklen oder die laufende Uhr anhalten (Esc)</translation>
    </message>
    <message>
        <source>Simulated minutes per cycle</source>
        <translation>Simulierte Minuten pro Zyklus</translation>
    </message>
    <message>
        <source>Time between cycles while playing</source>
        <translation>Zeit zwischen den Zyklen beim Abspielen</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 Stunden</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>every ¼ second</source>
        <translation>jede ¼ Sekunde</translation>
    </message>
    <message>
        <source>every ½ second</source>
        <translation>jede ½ Sekunde</translation>
    </message>
    <message>
        <source>every second</source>
        <translation>jede Sekunde</translation>
    </message>
    <message>
        <source>every 2 seconds</source>
        <translation>alle 2 Sekunden</translation>
    </message>
    <message>
        <source>every 5 seconds</source>
        <translation>alle 5 Sekunden</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Schrittweite</translation>
    </message>
    <message>
        <source>Play &amp;Speed</source>
        <translation>Abspiel&amp;tempo</translation>
    </message>
    <message>
        <source>Step:</source>
        <extracomment>Toolbar: the simulated time one cycle advances</extracomment>
        <translation>Schritt:</translation>
    </message>
    <message>
        <source>Play:</source>
        <extracomment>Toolbar: how often a cycle runs while playing</extracomment>
        <translation>Abspielen:</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
</context>
<context>
    <name>SyncLens::SyncCycle</name>
    <message>
        <source>a cycle at %1 would put the org&apos;s clock back (it is %2)</source>
        <translation>ein Zyklus um %1 würde die Uhr der Organisation zurückstellen (sie steht auf %2)</translation>
    </message>
    <message>
        <source>the cycle was cancelled; nothing of it was written</source>
        <translation>der Zyklus wurde abgebrochen; nichts davon wurde geschrieben</translation>
    </message>
</context>
<context>
    <name>SyncLens::SyncEngine</name>
    <message>
        <source>No org is open.</source>
        <translation>Es ist keine Organisation geöffnet.</translation>
    </message>
    <message>
        <source>There is no mailbox %1.</source>
        <translation>Es gibt kein Postfach %1.</translation>
    </message>
    <message>
        <source>This is a live org: SyncLens reads it from Dynamics 365 and runs no simulated cycles on it. Use Refresh to read it again.</source>
        <translation>Dies ist eine Live-Organisation: SyncLens liest sie aus Dynamics 365 und führt auf ihr keine simulierten Zyklen aus. Lesen Sie sie mit „Aktualisieren“ erneut.</translation>
    </message>
    <message>
        <source>This is a live org: its sync filters are changed in Dynamics 365 (the filter designer writes them there), never in the file alone.</source>
        <translation>Dies ist eine Live-Organisation: Ihre Synchronisierungsfilter werden in Dynamics 365 geändert (der Filter-Designer schreibt sie dorthin), nie nur in der Datei.</translation>
    </message>
</context>
<context>
    <name>SyncLens::SyncStatusBar</name>
    <message>
        <source>Org</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Simulated clock</source>
        <translation>Simulierte Uhr</translation>
    </message>
    <message>
        <source>The org&apos;s simulated clock: the time of its last cycle</source>
        <translation>Die simulierte Uhr der Organisation: die Zeit ihres letzten Zyklus</translation>
    </message>
    <message>
        <source>Cycle progress</source>
        <translation>Zyklusfortschritt</translation>
    </message>
    <message>
        <source>Cancelled: the cycle wrote nothing.</source>
        <translation>Abgebrochen: Der Zyklus hat nichts geschrieben.</translation>
    </message>
    <message>
        <source>Clock: %1</source>
        <extracomment>%1 the simulated clock&apos;s date and time</extracomment>
        <translation>Uhr: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cycle %1 at %2: %n decision(s).</source>
        <extracomment>%1 the cycle&apos;s number, %2 its time; then how many decisions it took</extracomment>
        <translation>
            <numerusform>Zyklus %1 um %2: %n Entscheidung.</numerusform>
            <numerusform>Zyklus %1 um %2: %n Entscheidungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronisation Problem</source>
        <translation>Synchronisierungsproblem</translation>
    </message>
</context>
<context>
    <name>SyncLens::TextFile</name>
    <message>
        <source>%1: the file is larger than %2 MiB, the most SyncLens reads</source>
        <translation>%1: Die Datei ist größer als %2 MiB, das Höchste, was SyncLens liest</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>SyncLens::TimeText</name>
    <message>
        <source>%1 UTC</source>
        <extracomment>%1 is a date and time in the user&apos;s locale</extracomment>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>SyncLens::TimeZoneCode</name>
    <message>
        <source>time zone code %1 is not known to SyncLens; UTC is used</source>
        <extracomment>%1 a number from Dataverse&apos;s usersettings.timezonecode</extracomment>
        <translation>der Zeitzonencode %1 ist SyncLens nicht bekannt; UTC wird verwendet</translation>
    </message>
</context>
<context>
    <name>SyncLens::TimelineCauseLayer</name>
    <message>
        <source>Filter</source>
        <extracomment>A marker on the timeline: a sync filter was changed here</extracomment>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Email tracking</source>
        <translation>E-Mail-Nachverfolgung</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <extracomment>What a filter or setting was before a change</extracomment>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Nachher: %1</translation>
    </message>
    <message>
        <source>Click to open it.</source>
        <translation>Zum Öffnen klicken.</translation>
    </message>
</context>
<context>
    <name>SyncLens::TimelineLegend</name>
    <message>
        <source>Same item in Exchange and CRM</source>
        <translation>Dasselbe Element in Exchange und CRM</translation>
    </message>
    <message>
        <source>Decisions per column (zoom in for each)</source>
        <translation>Entscheidungen pro Spalte (für Einzelheiten vergrößern)</translation>
    </message>
</context>
<context>
    <name>SyncLens::TimelineLoader</name>
    <message>
        <source>Loading the timeline was cancelled.</source>
        <translation>Das Laden der Zeitachse wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SyncLens::TimelineMarkStyle</name>
    <message>
        <source>Tracked</source>
        <translation>Nachverfolgt</translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation>Nicht nachverfolgt</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>Left scope</source>
        <translation>Bereich verlassen</translation>
    </message>
    <message>
        <source>Overwritten by Outlook</source>
        <extracomment>An Outlook (Exchange) edit replaced a value changed in CRM.</extracomment>
        <translation>Von Outlook überschrieben</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Mailbox health</source>
        <extracomment>Mailbox health: not approved, failing, disabled, recovered.</extracomment>
        <translation>Postfachzustand</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Back in scope</source>
        <extracomment>A record in the sync filters again; its Outlook copy caught up.</extracomment>
        <translation>Wieder im Bereich</translation>
    </message>
    <message>
        <source>Deleted, copy kept</source>
        <extracomment>Deleted on one side; the other copy stays, no longer linked.</extracomment>
        <translation>Gelöscht, Kopie bleibt</translation>
    </message>
</context>
<context>
    <name>SyncLens::TimelinePanel</name>
    <message>
        <source>Timeline tools</source>
        <translation>Werkzeuge der Zeitachse</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Show every decision</source>
        <translation>Alle Entscheidungen zeigen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in around the middle</source>
        <translation>Um die Mitte vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom out around the middle</source>
        <translation>Um die Mitte verkleinern</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>A&amp;nzeigen:</translation>
    </message>
    <message>
        <source>Mailboxes on the timeline</source>
        <translation>Postfächer auf der Zeitachse</translation>
    </message>
    <message>
        <source>The mailbox chosen in Mailboxes</source>
        <translation>Das unter „Postfächer“ gewählte Postfach</translation>
    </message>
    <message>
        <source>All mailboxes, stacked</source>
        <translation>Alle Postfächer, gestapelt</translation>
    </message>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation>Die Zeitachse konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No org is open.</source>
        <translation>Es ist keine Organisation geöffnet.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <extracomment>%1 a scenario&apos;s title</extracomment>
        <translation>Szenario: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n decision(s)</source>
        <extracomment>%1 a user&apos;s name, %2 a number</extracomment>
        <translation>
            <numerusform>%1: %n Entscheidung</numerusform>
            <numerusform>%1: %n Entscheidungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es)</source>
        <translation>
            <numerusform>%n Postfach</numerusform>
            <numerusform>%n Postfächer</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing read from Dynamics 365 for these mailboxes yet: the timeline shows the emails Server-Side Synchronization tracked (by their correlation method) and the mailbox alerts of the days read. Refresh (F5) to read the latest.</source>
        <translation>Für diese Postfächer wurde noch nichts aus Dynamics 365 gelesen: Die Zeitachse zeigt die E-Mails, die die serverseitige Synchronisierung nachverfolgt hat (nach ihrer Korrelationsmethode), und die Postfachwarnungen der gelesenen Tage. Aktualisieren (F5) liest den neuesten Stand.</translation>
    </message>
</context>
<context>
    <name>SyncLens::TimelineToolTip</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>A mailbox&apos;s user, then the side: &quot;Ada Hansen · Exchange&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The mailbox itself</source>
        <translation>Das Postfach selbst</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A kind of mark and the engine&apos;s reason code: &quot;Tracked (OUT_CREATE)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more mark(s) at this point; Ctrl+Left and Ctrl+Right step through them</source>
        <translation>
            <numerusform>und %n weitere Markierung an dieser Stelle; mit Ctrl+Left und Ctrl+Right wechseln Sie zwischen ihnen</numerusform>
            <numerusform>und %n weitere Markierungen an dieser Stelle; mit Ctrl+Left und Ctrl+Right wechseln Sie zwischen ihnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s), %1 – %2</source>
        <extracomment>How many decisions a bar stands for, and when: &quot;812 decisions, 3/2/26 9:15:00 AM – …&quot;.</extracomment>
        <translation>
            <numerusform>%n Entscheidung, %1 – %2</numerusform>
            <numerusform>%n Entscheidungen, %1 – %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A kind of mark and how many: &quot;Tracked: 600&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SyncLens::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Scroll mailboxes</source>
        <translation>Postfächer scrollen</translation>
    </message>
    <message>
        <source>No decisions to show.</source>
        <translation>Keine Entscheidungen vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es), %1 decisions marked from %2 to %3.</source>
        <translation>
            <numerusform>%n Postfach, %1 Entscheidungen markiert von %2 bis %3.</numerusform>
            <numerusform>%n Postfächer, %1 Entscheidungen markiert von %2 bis %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>No decisions to show yet: run a sync cycle, or choose other mailboxes.</source>
        <translation>Noch keine Entscheidungen vorhanden: Führen Sie einen Synchronisierungszyklus aus, oder wählen Sie andere Postfächer.</translation>
    </message>
    <message>
        <source>No decisions in this time range. Press 0 to see them all.</source>
        <translation>Keine Entscheidungen in diesem Zeitraum. Drücken Sie 0, um alle zu sehen.</translation>
    </message>
    <message>
        <source>Loading the timeline…</source>
        <translation>Die Zeitachse wird geladen…</translation>
    </message>
</context>
<context>
    <name>SyncLens::TrackingContextLoader</name>
    <message>
        <source>there is no mailbox &quot;%1&quot;</source>
        <translation>es gibt kein Postfach &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the mailbox %1 belongs to no user (&quot;%2&quot;)</source>
        <translation>das Postfach %1 gehört keinem Benutzer (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the org&apos;s tracked folders are damaged (%1)</source>
        <translation>die nachverfolgten Ordner der Organisation sind beschädigt (%1)</translation>
    </message>
</context>
<context>
    <name>SyncLens::TrackingExplainer</name>
    <message>
        <source>Not tracked again: the message %1 is already in CRM, so no second CRM email is made.</source>
        <translation>Nicht erneut nachverfolgt: Die Nachricht %1 ist bereits in CRM, daher wird keine zweite CRM-E-Mail erstellt.</translation>
    </message>
    <message>
        <source>Not tracked again: the message %1 is already in CRM as %2, so no second CRM email is made.</source>
        <translation>Nicht erneut nachverfolgt: Die Nachricht %1 ist bereits als %2 in CRM, daher wird keine zweite CRM-E-Mail erstellt.</translation>
    </message>
    <message>
        <source>Tracked because %1 tracked it in Outlook; %2.</source>
        <translation>Nachverfolgt, weil %1 sie in Outlook nachverfolgt hat; %2.</translation>
    </message>
    <message>
        <source>Tracked because it arrived in %1&apos;s tracked folder &apos;%2&apos;; %3.</source>
        <extracomment>%1 user, %2 folder, %3 &quot;regarding …&quot;</extracomment>
        <translation>Nachverfolgt, weil sie im nachverfolgten Ordner „%2“ von %1 eingegangen ist; %3.</translation>
    </message>
    <message>
        <source>Tracked because %1 tracks all incoming email; it answers no email in CRM, so it has no regarding record.</source>
        <translation>Nachverfolgt, weil %1 alle eingehenden E-Mails nachverfolgt; sie beantwortet keine E-Mail in CRM, daher hat sie keinen Bezugsdatensatz.</translation>
    </message>
    <message>
        <source>Tracked because %1 tracks email from contacts, leads and accounts, and the sender %2 is %3.</source>
        <extracomment>%3 is a record, e.g. &quot;the contact Dan Park&quot;</extracomment>
        <translation>Nachverfolgt, weil %1 E-Mails von Kontakten, Leads und Firmen nachverfolgt und der Absender %2 %3 ist.</translation>
    </message>
    <message>
        <source>Tracked because %1 tracks email from any email-enabled record, and the sender %2 is %3.</source>
        <translation>Nachverfolgt, weil %1 E-Mails von allen E-Mail-aktivierten Datensätzen nachverfolgt und der Absender %2 %3 ist.</translation>
    </message>
    <message>
        <source>Tracked by its tracking token %1, which belongs to %2; %3.</source>
        <translation>Nachverfolgt über ihr Token zur Nachverfolgung %1, das zu %2 gehört; %3.</translation>
    </message>
    <message>
        <source>Its subject holds %1 tokens (%2); the first that belongs to an email in CRM counts.</source>
        <translation>Ihr Betreff enthält %1 Token (%2); es zählt das erste, das zu einer E-Mail in CRM gehört.</translation>
    </message>
    <message>
        <source>Tracked as part of a conversation: it replies to %1 (In-Reply-To), an email in CRM; %2.</source>
        <translation>Als Teil einer Unterhaltung nachverfolgt: Sie antwortet auf %1 (In-Reply-To), eine E-Mail in CRM; %2.</translation>
    </message>
    <message>
        <source>Tracked as part of a conversation: its References header names %1, an email in CRM; %2.</source>
        <translation>Als Teil einer Unterhaltung nachverfolgt: Ihr References-Header nennt %1, eine E-Mail in CRM; %2.</translation>
    </message>
    <message>
        <source>Tracked as part of a conversation: its conversation index continues that of %1, an email in CRM; %2.</source>
        <translation>Als Teil einer Unterhaltung nachverfolgt: Ihr Unterhaltungsindex setzt den von %1 fort, einer E-Mail in CRM; %2.</translation>
    </message>
    <message>
        <source>the same words</source>
        <translation>dieselben Wörter</translation>
    </message>
    <message>
        <source>differing words: %1, at most %2</source>
        <translation>abweichende Wörter: %1, höchstens %2</translation>
    </message>
    <message>
        <source>Tracked by smart matching: its subject matches %1 (%2) and it shares %3 with it (%4 needed): %5; %6.</source>
        <extracomment>smart matching; %3 e.g. &quot;2 addresses&quot;, %5 the addresses, %6 &quot;regarding …&quot;</extracomment>
        <translation>Durch intelligenten Abgleich nachverfolgt: Der Betreff entspricht %1 (%2), und die E-Mail hat %3 mit ihr gemeinsam (%4 erforderlich): %5; %6.</translation>
    </message>
    <message>
        <source>Not tracked: %1 tracks no email automatically (email filtering is set to none); only emails %1 tracks in Outlook or that arrive in a tracked folder go to CRM.</source>
        <translation>Nicht nachverfolgt: %1 verfolgt keine E-Mails automatisch nach (die E-Mail-Filterung ist auf „Keine“ gesetzt); nur E-Mails, die %1 in Outlook nachverfolgt oder die in einem nachverfolgten Ordner eingehen, gelangen in CRM.</translation>
    </message>
    <message>
        <source>Even its tracking token %1 is not used.</source>
        <translation>Selbst ihr Token zur Nachverfolgung %1 wird nicht verwendet.</translation>
    </message>
    <message>
        <source>is none of them</source>
        <translation>ist keiner davon</translation>
    </message>
    <message>
        <source>is %1, which does not count</source>
        <translation>ist %1, was nicht zählt</translation>
    </message>
    <message>
        <source>Not tracked: %1 tracks email from email-enabled records (contacts, leads, accounts, users, queues), and the sender %2 %3; this message also %4.</source>
        <translation>Nicht nachverfolgt: %1 verfolgt E-Mails von E-Mail-aktivierten Datensätzen nach (Kontakte, Leads, Firmen, Benutzer, Warteschlangen), und der Absender %2 %3; außerdem gilt: Diese Nachricht %4.</translation>
    </message>
    <message>
        <source>Not tracked: %1 tracks email from contacts, leads and accounts, and the sender %2 %3; this message also %4.</source>
        <translation>Nicht nachverfolgt: %1 verfolgt E-Mails von Kontakten, Leads und Firmen nach, und der Absender %2 %3; außerdem gilt: Diese Nachricht %4.</translation>
    </message>
    <message>
        <source>Not tracked: %1 tracks only replies to CRM email, and this message %2.</source>
        <translation>Nicht nachverfolgt: %1 verfolgt nur Antworten auf CRM-E-Mails nach, und diese Nachricht %2.</translation>
    </message>
    <message>
        <source>is not matched by its token (tracking tokens are switched off)</source>
        <translation>wird nicht über ihr Token zugeordnet (Token zur Nachverfolgung sind ausgeschaltet)</translation>
    </message>
    <message>
        <source>has the token %1, which belongs to no email in CRM</source>
        <translation>hat das Token %1, das zu keiner E-Mail in CRM gehört</translation>
    </message>
    <message>
        <source>has no tracking token</source>
        <translation>hat kein Token zur Nachverfolgung</translation>
    </message>
    <message>
        <source>is not matched by its conversation (correlation is switched off)</source>
        <translation>wird nicht über ihre Unterhaltung zugeordnet (die Korrelation ist ausgeschaltet)</translation>
    </message>
    <message>
        <source>does not reply to a tracked message</source>
        <translation>antwortet nicht auf eine nachverfolgte Nachricht</translation>
    </message>
    <message>
        <source>is not matched by its subject (smart matching is switched off)</source>
        <translation>wird nicht über ihren Betreff zugeordnet (der intelligente Abgleich ist ausgeschaltet)</translation>
    </message>
    <message>
        <source>has more recipients (%1) than smart matching allows (%2)</source>
        <translation>hat mehr Empfänger (%1), als der intelligente Abgleich zulässt (%2)</translation>
    </message>
    <message>
        <source>shares only %1 with %2 (%3 needed for smart matching)</source>
        <extracomment>%1 e.g. &quot;1 address&quot;, %2 a subject, %3 a number</extracomment>
        <translation>hat nur %1 mit %2 gemeinsam (%3 für den intelligenten Abgleich erforderlich)</translation>
    </message>
    <message>
        <source>has no subject to match</source>
        <translation>hat keinen Betreff für den Abgleich</translation>
    </message>
    <message>
        <source>has a subject (%1) that no email in CRM has</source>
        <translation>hat einen Betreff (%1), den keine E-Mail in CRM hat</translation>
    </message>
    <message>
        <source>Sent from CRM through %1&apos;s mailbox as %2, without a tracking token (tracking tokens are switched off).</source>
        <translation>Aus CRM über das Postfach von %1 als %2 gesendet, ohne Token zur Nachverfolgung (Token zur Nachverfolgung sind ausgeschaltet).</translation>
    </message>
    <message>
        <source>Sent from CRM through %1&apos;s mailbox with the tracking token %2, as %3.</source>
        <translation>Aus CRM über das Postfach von %1 mit dem Token zur Nachverfolgung %2 als %3 gesendet.</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>has outgoing email set to none</source>
        <translation>hat ausgehende E-Mail auf „Keine“ gesetzt</translation>
    </message>
    <message>
        <source>is not approved</source>
        <translation>ist nicht genehmigt</translation>
    </message>
    <message>
        <source>is disabled</source>
        <translation>ist deaktiviert</translation>
    </message>
    <message>
        <source>Not sent: %1&apos;s mailbox %2; %3 waits in CRM and is sent once the mailbox can send.</source>
        <translation>Nicht gesendet: Das Postfach von %1 %2; %3 wartet in CRM und wird gesendet, sobald das Postfach senden kann.</translation>
    </message>
    <message>
        <source>with no regarding record</source>
        <translation>ohne Bezugsdatensatz</translation>
    </message>
    <message>
        <source>regarding %1</source>
        <translation>mit Bezug auf %1</translation>
    </message>
    <message>
        <source>the contact %1</source>
        <translation>der Kontakt %1</translation>
    </message>
    <message>
        <source>the lead %1</source>
        <translation>der Lead %1</translation>
    </message>
    <message>
        <source>the account %1</source>
        <translation>die Firma %1</translation>
    </message>
    <message>
        <source>the user %1</source>
        <translation>der Benutzer %1</translation>
    </message>
    <message>
        <source>the queue %1</source>
        <translation>die Warteschlange %1</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <extracomment>%1 a record type as CRM names it, %2 the record</extracomment>
        <translation>der Datensatz %2 (%1)</translation>
    </message>
    <message>
        <source>1 address</source>
        <translation>1 Adresse</translation>
    </message>
    <message>
        <source>%1 addresses</source>
        <translation>%1 Adressen</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <extracomment>a subject in a sentence</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Tracked because it replies to %1, an email in CRM: its In-Reply-To header names that email; %2.</source>
        <extracomment>%1 a subject, %2 &quot;regarding …&quot;</extracomment>
        <translation>Nachverfolgt, weil sie auf %1 antwortet, eine E-Mail in CRM: Ihr In-Reply-To-Header nennt diese E-Mail; %2.</translation>
    </message>
    <message>
        <source>Its subject also holds the tracking token %1 of %2, but In-Reply-To is tried before the token.</source>
        <extracomment>%1 a tracking token, %2 a subject</extracomment>
        <translation>Ihr Betreff enthält auch das Token zur Nachverfolgung %1 von %2, doch In-Reply-To wird vor dem Token geprüft.</translation>
    </message>
    <message>
        <source>Not tracked: it is in %1&apos;s folder &apos;%2&apos;, not in the Inbox, and &apos;%2&apos; is not a tracked folder. Server-Side Synchronization tracks email automatically only in the Inbox; an Outlook rule may have moved it.</source>
        <extracomment>%1 user, %2 folder</extracomment>
        <translation>Nicht nachverfolgt: Sie liegt im Ordner „%2“ von %1, nicht im Posteingang, und „%2“ ist kein nachverfolgter Ordner. Die serverseitige Synchronisierung verfolgt E-Mails nur im Posteingang automatisch nach; eine Outlook-Regel hat sie vielleicht verschoben.</translation>
    </message>
    <message>
        <source>Not tracked: it has no To or Cc address, so %1 received it as a Bcc copy. Server-Side Synchronization tracks email automatically only when a user of the org is in To or Cc.</source>
        <translation>Nicht nachverfolgt: Sie hat keine Adresse in An oder Cc, %1 hat sie also als Bcc-Kopie erhalten. Die serverseitige Synchronisierung verfolgt E-Mails nur dann automatisch nach, wenn ein Benutzer der Organisation in An oder Cc steht.</translation>
    </message>
    <message>
        <source>Not tracked: it was sent to %1, which is not a CRM user&apos;s address, so %2 received it through a distribution list or as a Bcc copy. Server-Side Synchronization tracks email automatically only when a user of the org is in To or Cc.</source>
        <extracomment>%1 an address, e.g. &quot;sales@contoso.com&quot;, %2 user</extracomment>
        <translation>Nicht nachverfolgt: Sie wurde an %1 gesendet, und das ist nicht die Adresse eines CRM-Benutzers, %2 hat sie also über eine Verteilerliste oder als Bcc-Kopie erhalten. Die serverseitige Synchronisierung verfolgt E-Mails nur dann automatisch nach, wenn ein Benutzer der Organisation in An oder Cc steht.</translation>
    </message>
    <message>
        <source>Not tracked: it was sent to %1, none of which is a CRM user&apos;s address, so %2 received it through a distribution list or as a Bcc copy. Server-Side Synchronization tracks email automatically only when a user of the org is in To or Cc.</source>
        <extracomment>%1 addresses, e.g. &quot;sales@contoso.com and all@contoso.com&quot;, %2 user</extracomment>
        <translation>Nicht nachverfolgt: Sie wurde an %1 gesendet, und keine dieser Adressen gehört einem CRM-Benutzer, %2 hat sie also über eine Verteilerliste oder als Bcc-Kopie erhalten. Die serverseitige Synchronisierung verfolgt E-Mails nur dann automatisch nach, wenn ein Benutzer der Organisation in An oder Cc steht.</translation>
    </message>
    <message>
        <source>Track it in Outlook by hand, or move it to a tracked folder.</source>
        <translation>Verfolgen Sie sie in Outlook manuell nach, oder verschieben Sie sie in einen nachverfolgten Ordner.</translation>
    </message>
    <message>
        <source>Or set %1&apos;s email filtering to all email messages, or to email from CRM records.</source>
        <translation>Oder stellen Sie die E-Mail-Filterung von %1 auf alle E-Mail-Nachrichten oder auf E-Mails von CRM-Datensätzen ein.</translation>
    </message>
    <message>
        <source>Add the sender to CRM as a contact, lead or account, or track the email by hand.</source>
        <translation>Fügen Sie den Absender in CRM als Kontakt, Lead oder Firma hinzu, oder verfolgen Sie die E-Mail manuell nach.</translation>
    </message>
    <message>
        <source>%1&apos;s email filtering is set to none: choose another method, or track the email by hand.</source>
        <translation>Die E-Mail-Filterung von %1 ist auf „Keine“ gesetzt: Wählen Sie eine andere Methode, oder verfolgen Sie die E-Mail manuell nach.</translation>
    </message>
    <message>
        <source>Move it back to the Inbox or make the folder &apos;%1&apos; a tracked folder.</source>
        <extracomment>%1 a folder</extracomment>
        <translation>Verschieben Sie sie zurück in den Posteingang, oder machen Sie den Ordner „%1“ zu einem nachverfolgten Ordner.</translation>
    </message>
    <message>
        <source>Or track it in Outlook by hand: an older email moved back into the Inbox is not read again.</source>
        <translation>Oder verfolgen Sie sie in Outlook manuell nach: Eine ältere E-Mail, die in den Posteingang zurückverschoben wird, wird nicht erneut gelesen.</translation>
    </message>
    <message>
        <source>For mail to be tracked automatically, %1 must be in To or Cc, not only in Bcc.</source>
        <translation>Damit E-Mails automatisch nachverfolgt werden, muss %1 in An oder Cc stehen, nicht nur in Bcc.</translation>
    </message>
    <message>
        <source>For mail to be tracked automatically, %1 (or another CRM user) must be in To or Cc, not only %2.</source>
        <extracomment>%1 user, %2 addresses such as a distribution list</extracomment>
        <translation>Damit E-Mails automatisch nachverfolgt werden, muss %1 (oder ein anderer CRM-Benutzer) in An oder Cc stehen, nicht nur %2.</translation>
    </message>
    <message>
        <source>If it belongs with %1, change its regarding in CRM: In-Reply-To always comes before a tracking token.</source>
        <extracomment>%1 a subject</extracomment>
        <translation>Wenn sie zu %1 gehört, ändern Sie ihren Bezug in CRM: In-Reply-To kommt immer vor einem Token zur Nachverfolgung.</translation>
    </message>
    <message>
        <source>Nothing to do: the email is already in CRM once.</source>
        <translation>Nichts zu tun: Die E-Mail ist bereits einmal in CRM vorhanden.</translation>
    </message>
</context>
<context>
    <name>SyncLens::WhySearch</name>
    <message>
        <source>Missing from Outlook</source>
        <translation>Fehlt in Outlook</translation>
    </message>
    <message>
        <source>Missing from CRM</source>
        <translation>Fehlt in CRM</translation>
    </message>
    <message>
        <source>A CRM edit did not stick</source>
        <translation>Eine CRM-Änderung wurde nicht beibehalten</translation>
    </message>
    <message>
        <source>CRM edits do not reach Outlook</source>
        <translation>CRM-Änderungen erreichen Outlook nicht</translation>
    </message>
    <message>
        <source>Still in Outlook though deleted in CRM</source>
        <translation>Noch in Outlook, obwohl in CRM gelöscht</translation>
    </message>
    <message>
        <source>Still in CRM though deleted in Outlook</source>
        <translation>Noch in CRM, obwohl in Outlook gelöscht</translation>
    </message>
    <message>
        <source>the search was cancelled</source>
        <translation>die Suche wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot Open the Org</source>
        <translation>Die Organisation kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Demo org</source>
        <translation>Demo-Organisation</translation>
    </message>
    <message>
        <source>No Such Person</source>
        <translation>Person nicht gefunden</translation>
    </message>
    <message>
        <source>There is no user %1 in this org.</source>
        <translation>In dieser Organisation gibt es keinen Benutzer %1.</translation>
    </message>
</context>
</TS>
