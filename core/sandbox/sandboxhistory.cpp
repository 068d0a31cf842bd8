#include "sandboxhistory.h"

#include "model/recordtypes.h"
#include "sandboxnames.h"
#include "sandboxrecords.h"

#include <algorithm>

namespace SyncLens {

namespace {

struct HistorySalt
{
    enum : quint64
    {
        Minute = 900,
        Moves,
        MoveDays,
        Cancel,
        Editor,
        Handover,
        NewOwner,
        Deleter,
        Pick,
        Finish,
        Book,
    };
};

constexpr int kNarrowMonths = 3;

QDateTime timeField(const CrmRecord &r, const char *field)
{
    return QDateTime::fromString(r.field(QLatin1String(field)), Qt::ISODate);
}

} // namespace

SandboxHistory::SandboxHistory(const SandboxSpec &spec, const SandboxRecords &records)
    : m_spec(spec)
    , m_records(records)
    , m_mix(spec.seed ^ 0x4849535459ull) // "HISTY": its own stream of choices
    , m_start(spec.now.addDays(-spec.historyDays))
    , m_narrowed(size_t(records.users().size()), false)
{}

void SandboxHistory::later(const QDateTime &at, SandboxHappening::What what)
{
    m_happenings.push_back({at, std::move(what)});
}

void SandboxHistory::step(const QDateTime &at, ScenarioStep::Kind kind, QJsonObject body)
{
    if (at <= m_start || at >= m_spec.now)
        return;
    ScenarioStep s;
    s.kind = kind;
    s.at = at;
    body.insert(QStringLiteral("do"), ScenarioStep::kindName(kind));
    body.insert(QStringLiteral("at"), SandboxNames::isoText(at.toUTC()));
    s.body = body;
    later(at, s);
}

std::optional<CrmRecord> SandboxHistory::admit(CrmRecord record)
{
    if (!isEnabled())
        return record;
    if (record.type == RecordTypes::Appointment)
        record = admitAppointment(std::move(record));
    else if (record.type == RecordTypes::Task)
        record = admitTask(std::move(record));
    if (record.createdOn <= m_start)
        return record;
    later(record.createdOn, record);
    return std::nullopt;
}

std::optional<ExchangeItem> SandboxHistory::admit(ExchangeItem item)
{
    if (!isEnabled() || item.createdOn <= m_start)
        return item;
    later(item.createdOn, item);
    return std::nullopt;
}

// A meeting completed or cancelled during the period is scheduled until then.
CrmRecord SandboxHistory::admitAppointment(CrmRecord record)
{
    const int state = record.fields.value(u"statecode").toInt();
    const QDateTime end = timeField(record, "scheduledend");
    const auto key = quint64(end.toSecsSinceEpoch());
    // Meetings still ahead were all booked a week before `now`; over a
    // history, they are booked on days spread across it.
    if (record.createdOn > m_start && timeField(record, "scheduledstart") > m_spec.now) {
        const qint64 span =
            std::max<qint64>(1, record.createdOn.toSecsSinceEpoch() - m_start.toSecsSinceEpoch());
        record.createdOn = m_start.addSecs(1 + m_mix.value(key, HistorySalt::Book) % quint64(span));
        record.modifiedOn = record.createdOn;
    }
    if ((state != 1 && state != 2) || end <= m_start)
        return record;
    record.fields.insert(QStringLiteral("statecode"), 3);
    QDateTime when = end;
    if (state == 2) { // called off a few days before it was due
        const QDateTime start = timeField(record, "scheduledstart");
        when =
            std::max(record.createdOn, start.addDays(-1 - m_mix.pick(key, HistorySalt::Cancel, 4)));
        when = when.addSecs(3600 * (1 + m_mix.pick(key, HistorySalt::Cancel + 50, 8)));
    }
    step(std::max(when, record.createdOn.addSecs(60)), ScenarioStep::Kind::CrmUpdate,
         {{QStringLiteral("id"), record.id},
          {QStringLiteral("fields"), QJsonObject{{QStringLiteral("statecode"), state}}}});
    return record;
}

// A task done during the period is open until the day it was due.
CrmRecord SandboxHistory::admitTask(CrmRecord record)
{
    const int state = record.fields.value(u"statecode").toInt();
    const QDateTime due = timeField(record, "scheduledend");
    if (state != 1 || due <= m_start)
        return record;
    record.fields.insert(QStringLiteral("statecode"), 0);
    const QDateTime done = due.addSecs(
        -60 * (7 + m_mix.pick(quint64(due.toSecsSinceEpoch()), HistorySalt::Finish, 420)));
    step(std::max(done, record.createdOn.addSecs(60)), ScenarioStep::Kind::CrmUpdate,
         {{QStringLiteral("id"), record.id},
          {QStringLiteral("fields"), QJsonObject{{QStringLiteral("statecode"), 1}}}});
    return record;
}

std::vector<SandboxHappening> SandboxHistory::lifeOfOrg()
{
    if (isEnabled()) {
        for (int day = 0; day <= m_spec.historyDays; ++day)
            planDay(day);
        planOnce(m_spec.historyDays);
    }
    std::stable_sort(
        m_happenings.begin(), m_happenings.end(),
        [](const SandboxHappening &a, const SandboxHappening &b) { return a.at < b.at; });
    return std::exchange(m_happenings, {});
}

// Changes happen at odd minutes, between the cycles (every quarter hour), so
// that on the timeline a cause stands a little before what it made happen.
QDateTime SandboxHistory::dayTime(int day, int hour, int minute) const
{
    const int odd = minute % 15 == 0 ? minute + 7 : minute;
    return QDateTime(m_start.date().addDays(day), QTime(hour, std::min(odd, 59)), Qt::UTC);
}

void SandboxHistory::planDay(int day)
{
    const QDate date = m_start.date().addDays(day);
    const bool weekday = date.dayOfWeek() <= 5;
    auto at = [&](int hourFrom, int salt) {
        return dayTime(day, hourFrom + m_mix.pick(day, HistorySalt::Minute + salt, 8),
                       m_mix.pick(day, HistorySalt::Minute + 100 + salt, 60));
    };
    planOwnerChange(day, at(9, 1));
    if (!weekday)
        return;
    for (int i = 0, n = 1 + m_mix.pick(day, HistorySalt::Moves, 3); i < n; ++i)
        planMeetingMove(day * 8 + i, at(8, 2 + i));
    if (day % 3 == 1)
        planFilterEdit(day, at(8, 10));
    if (day % 5 == 3)
        planOutlookDelete(day, at(9, 11));
}

// A user narrows their appointments to the next three months, or widens
// them back as they were.
void SandboxHistory::planFilterEdit(int day, const QDateTime &at)
{
    const int user = m_mix.pick(day, HistorySalt::Editor, int(m_records.users().size()));
    const QList<SyncFilter> filters = m_records.filters(user);
    const auto it = std::find_if(filters.begin(), filters.end(), [](const SyncFilter &f) {
        return f.type == RecordTypes::Appointment;
    });
    if (it == filters.end())
        return;
    SyncFilter f = *it;
    const bool narrow = !m_narrowed[size_t(user)];
    m_narrowed[size_t(user)] = narrow;
    if (narrow) {
        const QString ahead =
            QStringLiteral("<condition attribute=\"scheduledstart\" operator=\"next-x-months\" "
                           "value=\"%1\"/></filter></entity>")
                .arg(kNarrowMonths);
        f.fetchXml.replace(f.fetchXml.lastIndexOf(QLatin1String("</filter></entity>")), 18, ahead);
    }
    step(at, ScenarioStep::Kind::FilterSet,
         {{QStringLiteral("filter"), QJsonObject{{QStringLiteral("id"), f.id},
                                                 {QStringLiteral("user"), f.userId},
                                                 {QStringLiteral("type"), f.type},
                                                 {QStringLiteral("name"), f.name},
                                                 {QStringLiteral("fetchxml"), f.fetchXml}}}});
}

// A contact is handed over to a colleague.
void SandboxHistory::planOwnerChange(int day, const QDateTime &at)
{
    const qint64 contacts = m_records.plan().contacts;
    const int users = int(m_records.users().size());
    if (contacts < 1 || users < 2)
        return;
    const CrmRecord contact =
        m_records.contact(m_mix.pick(day, HistorySalt::Handover, int(contacts)));
    if (contact.createdOn >= at)
        return;
    const QString owner = m_records.users().at(m_mix.pick(day, HistorySalt::NewOwner, users)).id;
    if (owner == contact.field(QStringLiteral("ownerid")))
        return;
    step(at, ScenarioStep::Kind::CrmUpdate,
         {{QStringLiteral("id"), contact.id},
          {QStringLiteral("fields"), QJsonObject{{QStringLiteral("ownerid"), owner}}}});
}

// A meeting still ahead is moved by a few days, or now and then called off.
void SandboxHistory::planMeetingMove(int n, const QDateTime &at)
{
    const qint64 count = m_records.plan().appointments;
    for (int attempt = 0; count > 0 && attempt < 20; ++attempt) {
        const CrmRecord r =
            m_records.appointment(m_mix.pick(n * 20 + attempt, HistorySalt::Pick, int(count)));
        const QDateTime start = timeField(r, "scheduledstart");
        if (r.createdOn >= at || start <= at.addDays(1))
            continue;
        if (m_mix.chance(n, HistorySalt::Cancel + 1, 20)) {
            step(at, ScenarioStep::Kind::CrmUpdate,
                 {{QStringLiteral("id"), r.id},
                  {QStringLiteral("fields"), QJsonObject{{QStringLiteral("statecode"), 2}}}});
            return;
        }
        const int days = 1 + m_mix.pick(n, HistorySalt::MoveDays, 3);
        step(at, ScenarioStep::Kind::CrmUpdate,
             {{QStringLiteral("id"), r.id},
              {QStringLiteral("fields"),
               QJsonObject{
                   {QStringLiteral("scheduledstart"),
                    SandboxNames::isoText(start.addDays(days).toUTC())},
                   {QStringLiteral("scheduledend"),
                    SandboxNames::isoText(timeField(r, "scheduledend").addDays(days).toUTC())}}}});
        return;
    }
}

std::optional<CrmRecord> SandboxHistory::appointmentOwnedBy(int user, quint64 salt,
                                                            const QDateTime &at) const
{
    const qint64 count = m_records.plan().appointments;
    const QString id = m_records.users().at(user).id;
    for (int attempt = 0; count > 0 && attempt < 400; ++attempt) {
        CrmRecord r =
            m_records.appointment(m_mix.pick(salt * 400 + attempt, HistorySalt::Pick, int(count)));
        // In Outlook for a day at least, and over two weeks ago at the most.
        if (r.field(QStringLiteral("ownerid")) == id && r.createdOn < at.addDays(-1) &&
            timeField(r, "scheduledend") > at.addDays(-14))
            return r;
    }
    return std::nullopt;
}

// Someone deletes a meeting in Outlook (if it reached Outlook: see the runner).
void SandboxHistory::planOutlookDelete(int day, const QDateTime &at)
{
    const int user = m_mix.pick(day, HistorySalt::Deleter, int(m_records.users().size()));
    if (const auto meeting = appointmentOwnedBy(user, quint64(day), at)) {
        step(at, ScenarioStep::Kind::ExchangeDelete,
             {{QStringLiteral("mailbox"), m_records.mailbox(user).id},
              {QStringLiteral("id"), meeting->id}});
    }
}

// What happens once in the period: a user's email tracking, an admin's
// setting, a mailbox approved, one failing for a few hours, one whose
// password expired (disabled) and is enabled again the next morning.
void SandboxHistory::planOnce(int days)
{
    using K = ScenarioStep::Kind;
    const QList<User> &users = m_records.users();
    auto mailboxOf = [&](int user) { return m_records.mailbox(user % int(users.size())).id; };
    step(dayTime(days / 3, 11, 22), K::UserSet,
         {{QStringLiteral("id"), users.at(1 % users.size()).id},
          {QStringLiteral("emailFiltering"), QStringLiteral("all")}});
    step(dayTime(days / 2, 14, 37), K::OrgSet,
         {{QStringLiteral("settings"),
           QJsonObject{{QStringLiteral("sync"),
                        QJsonObject{{QStringLiteral("outOfScope"), QStringLiteral("delete")}}}}}});
    if (users.size() > 3) {
        step(dayTime(days / 4, 10, 12), K::MailboxSet,
             {{QStringLiteral("id"), mailboxOf(3)}, {QStringLiteral("approved"), true}});
    }
    step(dayTime(days * 2 / 5, 10, 3), K::Fault,
         {{QStringLiteral("mailbox"), mailboxOf(2)},
          {QStringLiteral("kind"), QStringLiteral("transient")},
          {QStringLiteral("cycles"), 6}});
    const int expired = days * 3 / 5;
    step(dayTime(expired, 15, 3), K::Fault,
         {{QStringLiteral("mailbox"), mailboxOf(5)},
          {QStringLiteral("kind"), QStringLiteral("auth")}});
    step(dayTime(expired + 1, 9, 8), K::MailboxSet,
         {{QStringLiteral("id"), mailboxOf(5)}, {QStringLiteral("enabled"), true}});
}

} // namespace SyncLens
