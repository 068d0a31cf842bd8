#pragma once

#include "scenario/scenarioloader.h"
#include "scenario/scenarioplayer.h"

#include <QByteArray>
#include <QDateTime>

#include <memory>

namespace SyncLens::Test {

// A scenario in which Alice narrows her appointment filter to the next three
// months at 09:07: at the 09:15 cycle her three past meetings leave scope
// (the burst that hangs from the marker); Bob's filters do not change.
inline constexpr qint64 kFilterChangeAt = 1'772'442'420'000; // 2026-03-02T09:07:00Z
inline constexpr qint64 kBurstAt = 1'772'442'900'000;        // 2026-03-02T09:15:00Z

inline QByteArray filterChangeScenario()
{
    return R"({
  "format": "synclens-scenario/1",
  "title": "Alice narrows her appointments",
  "start": "2026-03-02T08:00:00Z",
  "users": [ { "id": "alice", "name": "Alice Adams", "email": "alice@contoso.com" },
             { "id": "bob", "name": "Bob Berg", "email": "bob@contoso.com" } ],
  "mailboxes": [ { "id": "m-alice", "user": "alice" }, { "id": "m-bob", "user": "bob" } ],
  "filters": [
    { "id": "f-alice", "user": "alice", "type": "appointment", "name": "My appointments",
      "fetchxml": "<fetch><entity name=\"appointment\"><filter><condition attribute=\"ownerid\" operator=\"eq-userid\"/></filter></entity></fetch>" },
    { "id": "f-bob", "user": "bob", "type": "appointment", "name": "My appointments",
      "fetchxml": "<fetch><entity name=\"appointment\"><filter><condition attribute=\"ownerid\" operator=\"eq-userid\"/></filter></entity></fetch>" } ],
  "records": [
    { "id": "a1", "type": "appointment", "fields": { "subject": "Kick-off", "ownerid": "alice",
      "scheduledstart": "2026-02-02T10:00:00Z", "scheduledend": "2026-02-02T11:00:00Z" } },
    { "id": "a2", "type": "appointment", "fields": { "subject": "Review", "ownerid": "alice",
      "scheduledstart": "2026-02-09T10:00:00Z", "scheduledend": "2026-02-09T11:00:00Z" } },
    { "id": "a3", "type": "appointment", "fields": { "subject": "Retro", "ownerid": "alice",
      "scheduledstart": "2026-02-16T10:00:00Z", "scheduledend": "2026-02-16T11:00:00Z" } },
    { "id": "a4", "type": "appointment", "fields": { "subject": "Planning", "ownerid": "alice",
      "scheduledstart": "2026-03-10T10:00:00Z", "scheduledend": "2026-03-10T11:00:00Z" } },
    { "id": "b1", "type": "appointment", "fields": { "subject": "Demo", "ownerid": "bob",
      "scheduledstart": "2026-02-20T10:00:00Z", "scheduledend": "2026-02-20T11:00:00Z" } } ],
  "steps": [
    { "at": "2026-03-02T08:00:00Z", "do": "sync" },
    { "at": "2026-03-02T09:07:00Z", "do": "filter.set", "filter": { "id": "f-alice",
      "user": "alice", "type": "appointment", "name": "My appointments",
      "fetchxml": "<fetch><entity name=\"appointment\"><filter><condition attribute=\"ownerid\" operator=\"eq-userid\"/><condition attribute=\"scheduledstart\" operator=\"next-x-months\" value=\"3\"/></filter></entity></fetch>" } },
    { "at": "2026-03-02T09:15:00Z", "do": "sync" },
    { "do": "expect", "last": "a1", "reason": "LEFT_SCOPE" }
  ]
})";
}

// The scenario loaded and played to its end: the org as the tests of
// causes, the day story and the day view read it.
inline Result<std::unique_ptr<ScenarioPlayer>> playedFilterChange()
{
    auto scenario =
        ScenarioLoader::loadFromData(filterChangeScenario(), QStringLiteral("filter-change.json"));
    if (!scenario)
        return scenario.error();
    auto player = std::make_unique<ScenarioPlayer>(std::move(scenario).value());
    if (auto r = player->start(); !r)
        return r.error();
    auto checks = player->playToEnd();
    if (!checks)
        return checks.error();
    for (const auto &check : *checks) {
        if (!check.passed)
            return makeError(Error::Code::InvalidArgument,
                             QStringLiteral("filter-change scenario, step %1: \"%2\" failed: %3")
                                 .arg(check.step)
                                 .arg(check.check, check.found));
    }
    return player;
}

} // namespace SyncLens::Test
