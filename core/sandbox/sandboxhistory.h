#pragma once

#include "model/crmrecord.h"
#include "model/exchangeitem.h"
#include "sandboxmixer.h"
#include "sandboxspec.h"
#include "scenario/scenariostep.h"

#include <optional>
#include <variant>
#include <vector>

namespace SyncLens {

class SandboxRecords;

// One thing that happens while a sandbox lives (SandboxSpec::historyDays):
// a record or an Outlook item that appears, or a change told as a scenario
// step (a meeting moved, a filter edited, a mailbox failing …).
struct SandboxHappening
{
    using What = std::variant<CrmRecord, ExchangeItem, ScenarioStep>;
    QDateTime at;
    What what;
};

// The life of a sandbox org over its last `historyDays` days, planned from
// the seed alone. The generator hands every record and item to admit():
// what exists before the period is written at once (a meeting that will be
// completed or cancelled in the period still as scheduled), what comes later
// is kept to arrive at its time. lifeOfOrg() then adds what people do — move,
// cancel and complete meetings, finish tasks, hand contacts over, edit their
// filters, an admin's setting and mailbox actions, a failing mailbox, a
// meeting deleted in Outlook — and gives it all in time order.
class SandboxHistory
{
public:
    SandboxHistory(const SandboxSpec &spec, const SandboxRecords &records);

    bool isEnabled() const { return m_spec.historyDays > 0; }
    // When the period starts: the org's clock before its first cycle.
    QDateTime start() const { return m_start; }
    QDateTime end() const { return m_spec.now; }

    // The record as it is written now, or nothing when it is created later.
    std::optional<CrmRecord> admit(CrmRecord record);
    std::optional<ExchangeItem> admit(ExchangeItem item);

    // Everything kept and planned, in time order (ties in the order added);
    // the history is empty afterwards.
    std::vector<SandboxHappening> lifeOfOrg();

private:
    void later(const QDateTime &at, SandboxHappening::What what);
    void step(const QDateTime &at, ScenarioStep::Kind kind, QJsonObject body);
    CrmRecord admitAppointment(CrmRecord record);
    CrmRecord admitTask(CrmRecord record);
    void planDay(int day);
    void planFilterEdit(int day, const QDateTime &at);
    void planOwnerChange(int day, const QDateTime &at);
    void planMeetingMove(int n, const QDateTime &at);
    void planOutlookDelete(int day, const QDateTime &at);
    void planOnce(int day);
    QDateTime dayTime(int day, int hour, int minute) const;
    std::optional<CrmRecord> appointmentOwnedBy(int user, quint64 salt, const QDateTime &at) const;

    SandboxSpec m_spec;
    const SandboxRecords &m_records;
    SandboxMixer m_mix;
    QDateTime m_start;
    std::vector<SandboxHappening> m_happenings;
    std::vector<bool> m_narrowed; // per user: the appointment filter narrowed now
};

} // namespace SyncLens
