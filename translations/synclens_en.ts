<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SyncLens::BulkApplyDialog</name>
    <message numerus="yes">
        <source>Apply to %n user(s)</source>
        <translation>
            <numerusform>Apply to %n user</numerusform>
            <numerusform>Apply to %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write to %n user(s) in %1</source>
        <translation>
            <numerusform>Write to %n user in %1</numerusform>
            <numerusform>Write to %n users in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLens::Cli::Command</name>
    <message numerus="yes">
        <source>%n cycle(s) to %1: %2 decisions in %3 s
</source>
        <translation>
            <numerusform>%n cycle to %1: %2 decisions in %3 s
</numerusform>
            <numerusform>%n cycles to %1: %2 decisions in %3 s
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLens::DayView</name>
    <message numerus="yes">
        <source>%n thing(s) happened to %1&apos;s meetings, tasks and contacts.</source>
        <translation>
            <numerusform>%n thing happened to %1&apos;s meetings, tasks and contacts.</numerusform>
            <numerusform>%n things happened to %1&apos;s meetings, tasks and contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed.</source>
        <translation>
            <numerusform>%n more not listed.</numerusform>
            <numerusform>%n more not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLens::ExplainPanel</name>
    <message numerus="yes">
        <source>The first %n items; type more to narrow them.</source>
        <translation>
            <numerusform>The first %n items; type more to narrow them.</numerusform>
            <numerusform>The first %n items; type more to narrow them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) found.</source>
        <translation>
            <numerusform>%n item found.</numerusform>
            <numerusform>%n items found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLens::FilterDescriber</name>
    <message numerus="yes">
        <source>whose %1 is in the last %n hour(s)</source>
        <translation>
            <numerusform>whose %1 is in the last %n hour</numerusform>
            <numerusform>whose %1 is in the last %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the next %n hour(s)</source>
        <translation>
            <numerusform>whose %1 is in the next %n hour</numerusform>
            <numerusform>whose %1 is in the next %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the last %n day(s)</source>
        <translation>
            <numerusform>whose %1 is in the last %n day</numerusform>
            <numerusform>whose %1 is in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the next %n day(s)</source>
        <translation>
            <numerusform>whose %1 is in the next %n day</numerusform>
            <numerusform>whose %1 is in the next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the last %n week(s)</source>
        <translation>
            <numerusform>whose %1 is in the last %n week</numerusform>
            <numerusform>whose %1 is in the last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the next %n week(s)</source>
        <translation>
            <numerusform>whose %1 is in the next %n week</numerusform>
            <numerusform>whose %1 is in the next %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the last %n month(s)</source>
        <translation>
            <numerusform>whose %1 is in the last %n month</numerusform>
            <numerusform>whose %1 is in the last %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the next %n month(s)</source>
        <translation>
            <numerusform>whose %1 is in the next %n month</numerusform>
            <numerusform>whose %1 is in the next %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the last %n year(s)</source>
        <translation>
            <numerusform>whose %1 is in the last %n year</numerusform>
            <numerusform>whose %1 is in the last %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is in the next %n year(s)</source>
        <translation>
            <numerusform>whose %1 is in the next %n year</numerusform>
            <numerusform>whose %1 is in the next %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is more than %n minute(s) ago</source>
        <translation>
            <numerusform>whose %1 is more than %n minute ago</numerusform>
            <numerusform>whose %1 is more than %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is more than %n hour(s) ago</source>
        <translation>
            <numerusform>whose %1 is more than %n hour ago</numerusform>
            <numerusform>whose %1 is more than %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is more than %n day(s) ago</source>
        <translation>
            <numerusform>whose %1 is more than %n day ago</numerusform>
            <numerusform>whose %1 is more than %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is more than %n week(s) ago</source>
        <translation>
            <numerusform>whose %1 is more than %n week ago</numerusform>
            <numerusform>whose %1 is more than %n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is more than %n month(s) ago</source>
        <translation>
            <numerusform>whose %1 is more than %n month ago</numerusform>
            <numerusform>whose %1 is more than %n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>whose %1 is more than %n year(s) ago</source>
        <translation>
            <numerusform>whose %1 is more than %n year ago</numerusform>
            <numerusform>whose %1 is more than %n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLens::FilterDesignerWindow</name>
    <message numerus="yes">
        <source>Applying “%1” to %n user(s)…</source>
        <translation>
            <numerusform>Applying “%1” to %n user…</numerusform>
            <numerusform>Applying “%1” to %n users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsaved changes to %n filter(s) were kept from an earlier session: %1. Bring them back to go on editing?</source>
        <translation>
            <numerusform>Unsaved changes to %n filter were kept from an earlier session: %1. Bring them back to go on editing?</numerusform>
            <numerusform>Unsaved changes to %n filters were kept from an earlier session: %1. Bring them back to go on editing?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing “%1” for %n user(s)…</source>
        <translation>
            <numerusform>Writing “%1” for %n user…</numerusform>
            <numerusform>Writing “%1” for %n users…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveImportController</name>
    <message numerus="yes">
        <source>Dataverse asked to wait %n s (reading %1)…</source>
        <extracomment>%1 what was being read when Dataverse answered 429</extracomment>
        <translation>
            <numerusform>Dataverse asked to wait %n s (reading %1)…</numerusform>
            <numerusform>Dataverse asked to wait %n s (reading %1)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLens::LiveMode</name>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLens::MailboxDetailsPane</name>
    <message numerus="yes">
        <source>%1, %n failure(s) in a row</source>
        <translation>
            <numerusform>%1, %n failure in a row</numerusform>
            <numerusform>%1, %n failures in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %2 waiting after %n failure(s)</source>
        <translation>
            <numerusform>%1; %2 waiting after %n failure</numerusform>
            <numerusform>%1; %2 waiting after %n failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (error %2, %3; %n error(s) in a row)</source>
        <extracomment>%1 Dynamics 365&apos;s error message, %2 its error code, %3 when it happened</extracomment>
        <translation>
            <numerusform>%1 (error %2, %3; %n error in a row)</numerusform>
            <numerusform>%1 (error %2, %3; %n errors in a row)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLens::MailboxHealth</name>
    <message numerus="yes">
        <source>Exchange throttled the mailbox (failure %n in a row).</source>
        <translation>
            <numerusform>Exchange throttled the mailbox (failure %n in a row).</numerusform>
            <numerusform>Exchange throttled the mailbox (failure %n in a row).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A temporary error stopped the mailbox&apos;s cycle (failure %n in a row).</source>
        <translation>
            <numerusform>A temporary error stopped the mailbox&apos;s cycle (failure %n in a row).</numerusform>
            <numerusform>A temporary error stopped the mailbox&apos;s cycle (failure %n in a row).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mailbox failed %n times in a row and is disabled until it is tested and enabled again.</source>
        <translation>
            <numerusform>The mailbox failed %n times in a row and is disabled until it is tested and enabled again.</numerusform>
            <numerusform>The mailbox failed %n times in a row and is disabled until it is tested and enabled again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: Exchange throttled this channel (failure %n in a row); the other channels go on.</source>
        <translation>
            <numerusform>%1: Exchange throttled this channel (failure %n in a row); the other channels go on.</numerusform>
            <numerusform>%1: Exchange throttled this channel (failure %n in a row); the other channels go on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: a temporary error stopped this channel (failure %n in a row); the other channels go on.</source>
        <translation>
            <numerusform>%1: a temporary error stopped this channel (failure %n in a row); the other channels go on.</numerusform>
            <numerusform>%1: a temporary error stopped this channel (failure %n in a row); the other channels go on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: this channel failed %n times in a row and is disabled until the mailbox is tested and enabled again.</source>
        <translation>
            <numerusform>%1: this channel failed %n times in a row and is disabled until the mailbox is tested and enabled again.</numerusform>
            <numerusform>%1: this channel failed %n times in a row and is disabled until the mailbox is tested and enabled again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLens::RunUntilDialog</name>
    <message numerus="yes">
        <source>The simulated clock stands at %1. Cycles run every %n minute(s) of simulated time until the time below.</source>
        <translation>
            <numerusform>The simulated clock stands at %1. Cycles run every %n minute of simulated time until the time below.</numerusform>
            <numerusform>The simulated clock stands at %1. Cycles run every %n minutes of simulated time until the time below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioPlayerPanel</name>
    <message numerus="yes">
        <source>Ready: %n step(s). Press F10 to play the first.</source>
        <translation>
            <numerusform>Ready: %n step. Press F10 to play the first.</numerusform>
            <numerusform>Ready: %n steps. Press F10 to play the first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The end: all %n step(s) played.</source>
        <translation>
            <numerusform>The end: all %n step played.</numerusform>
            <numerusform>The end: all %n steps played.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLens::ScenarioStepText</name>
    <message numerus="yes">
        <source>%1&apos;s mailbox will fail its next %n cycle(s) (%2)</source>
        <extracomment>%1 a person, %2 a number of cycles, %3 the kind of failure (auth, transient, throttle)</extracomment>
        <translation>
            <numerusform>%1&apos;s mailbox will fail its next %n cycle (%2)</numerusform>
            <numerusform>%1&apos;s mailbox will fail its next %n cycles (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s mailbox will fail its next %n cycle(s) for %2 only (%3)</source>
        <extracomment>%1 a person, %2 a channel (&quot;Appointments, contacts and tasks&quot;), %3 auth, transient…</extracomment>
        <translation>
            <numerusform>%1&apos;s mailbox will fail its next %n cycle for %2 only (%3)</numerusform>
            <numerusform>%1&apos;s mailbox will fail its next %n cycles for %2 only (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLens::ScopePreviewer</name>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLens::SyncStatusBar</name>
    <message numerus="yes">
        <source>Cycle %1 at %2: %n decision(s).</source>
        <extracomment>%1 the cycle&apos;s number, %2 its time; then how many decisions it took</extracomment>
        <translation>
            <numerusform>Cycle %1 at %2: %n decision.</numerusform>
            <numerusform>Cycle %1 at %2: %n decisions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLens::TimelinePanel</name>
    <message numerus="yes">
        <source>%1: %n decision(s)</source>
        <extracomment>%1 a user&apos;s name, %2 a number</extracomment>
        <translation>
            <numerusform>%1: %n decision</numerusform>
            <numerusform>%1: %n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es)</source>
        <translation>
            <numerusform>%n mailbox</numerusform>
            <numerusform>%n mailboxes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLens::TimelineToolTip</name>
    <message numerus="yes">
        <source>and %n more mark(s) at this point; Ctrl+Left and Ctrl+Right step through them</source>
        <translation>
            <numerusform>and %n more mark at this point; Ctrl+Left and Ctrl+Right step through them</numerusform>
            <numerusform>and %n more marks at this point; Ctrl+Left and Ctrl+Right step through them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s), %1 – %2</source>
        <extracomment>How many decisions a bar stands for, and when: &quot;812 decisions, 3/2/26 9:15:00 AM – …&quot;.</extracomment>
        <translation>
            <numerusform>%n decision, %1 – %2</numerusform>
            <numerusform>%n decisions, %1 – %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLens::TimelineWidget</name>
    <message numerus="yes">
        <source>%n mailbox(es), %1 decisions marked from %2 to %3.</source>
        <translation>
            <numerusform>%n mailbox, %1 decisions marked from %2 to %3.</numerusform>
            <numerusform>%n mailboxes, %1 decisions marked from %2 to %3.</numerusform>
        </translation>
    </message>
</context>
</TS>
