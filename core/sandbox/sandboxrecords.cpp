#include "sandboxrecords.h"

#include "model/recordtypes.h"
#include "sandboxnames.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace SyncLens {

using namespace SandboxNames;

namespace {

// Salts: one per independent choice, so that changing one leaves the others.
struct RecordSalt
{
    enum : quint64
    {
        FirstName = 1,
        LastName,
        Company,
        City,
        Job,
        Owner,
        Topic,
        Day,
        Hour,
        Length,
        Room,
        Series,
        Attendees,
        State,
        Priority,
        Regarding,
        Kind,
        Thread,
        Folder,
        Contact,
        Cc,
        Track,
        Filtering,
        Inactive,
        Direction,
        Zone,
        TeamOwned,
        Organizer, // model v2: who organises a meeting, its state, a task canceled
        ApptState,
        Canceled,
    };
};

// A few time zones, most users in the first ones (sss-model §1: each user's
// calendar days are counted in theirs).
const char *const kZones[] = {"UTC", "Europe/Paris", "America/New_York", "America/Los_Angeles",
                              "Asia/Tokyo"};
// The teams: every user belongs to one of them (by index); some contacts and
// appointments are owned by their owner's team instead.
const char *const kTeams[][2] = {
    {"team-sales", "Sales"}, {"team-support", "Customer support"}, {"team-events", "Events"}};
constexpr int kTeamCount = 3;

QString at(const QStringList &list, int index)
{
    return list.at(index % list.size());
}

QString recordTime(const QDateTime &t)
{
    return isoText(t.toUTC());
}

QJsonObject withOwner(QJsonObject fields, const QString &owner)
{
    fields.insert(QStringLiteral("ownerid"), owner);
    return fields;
}

} // namespace

SandboxRecords::SandboxRecords(const SandboxSpec &spec)
    : m_spec(spec)
    , m_mix(spec.seed)
    , m_plan(SandboxPlan::forItems(spec.items))
    , m_users(makeUsers())
{
    for (const QString &first : firstNames()) {
        for (const QString &last : lastNames()) {
            const QStringList name = (first + u' ' + last).toLower().split(u' ');
            m_localParts.append(asciiWord(name.first().left(1) + name.last()));
        }
    }
    for (const QString &company : companies())
        m_domains.append(domainOf(company));
}

QList<User> SandboxRecords::makeUsers() const
{
    QList<User> users;
    QSet<QString> taken;
    for (int i = 0; i < m_spec.users; ++i) {
        const QString first = at(firstNames(), m_mix.pick(i, RecordSalt::FirstName, 1000));
        const QString last = at(lastNames(), m_mix.pick(i, RecordSalt::LastName, 1000));
        QString id = asciiWord(first.left(1) + last);
        if (taken.contains(id)) // a second Alice Adams gets her number
            id += QString::number(i + 1);
        taken.insert(id);
        const int roll = m_mix.pick(i, RecordSalt::Filtering, 100);
        const EmailFiltering filtering = roll < 70   ? EmailFiltering::Responses
                                         : roll < 80 ? EmailFiltering::All
                                         : roll < 90 ? EmailFiltering::Records
                                         : roll < 95 ? EmailFiltering::EmailEnabled
                                                     : EmailFiltering::None;
        User user{id, first + u' ' + last, id + QStringLiteral("@contoso.com"), filtering};
        const int zone =
            m_mix.pick(i, RecordSalt::Zone, 12); // a third UTC, a sixth each other zone
        user.timeZone = QString::fromLatin1(kZones[zone < 4 ? 0 : (zone - 2) / 2]);
        users.append(user);
    }
    return users;
}

QList<Team> SandboxRecords::teams() const
{
    QList<Team> teams;
    for (int t = 0; t < std::min(kTeamCount, int(m_users.size())); ++t) {
        Team team{QString::fromLatin1(kTeams[t][0]), QString::fromLatin1(kTeams[t][1]), {}};
        for (int u = t; u < m_users.size(); u += kTeamCount)
            team.members.append(m_users.at(u).id);
        teams.append(team);
    }
    return teams;
}

// A user's record, or now and then (`percent`) their team's.
QString SandboxRecords::ownerId(qint64 i, int user, int percent) const
{
    if (m_users.size() >= kTeamCount && m_mix.chance(quint64(i), RecordSalt::TeamOwned, percent))
        return QString::fromLatin1(kTeams[user % kTeamCount][0]);
    return m_users.at(user).id;
}

Mailbox SandboxRecords::mailbox(int user) const
{
    Mailbox m{QStringLiteral("m-") + m_users.at(user).id, m_users.at(user).id};
    // A few mailboxes that an admin has to look at: one waiting for approval,
    // one without appointment sync, one disabled.
    if (user % 12 == 3)
        m.approved = false;
    if (user % 12 == 7)
        m.act = ChannelMode::None;
    if (user % 24 == 11)
        m.enabled = false;
    return m;
}

QList<SyncFilter> SandboxRecords::filters(int user) const
{
    const QString id = m_users.at(user).id;
    const QString mine =
        QStringLiteral("<condition attribute=\"ownerid\" operator=\"eq-userid\"/>");
    const QString ours =
        QStringLiteral("<condition attribute=\"ownerid\" operator=\"eq-useroruserteams\"/>");
    const bool withTeam = user % 6 == 5; // these users' filters take their team's records too
    auto fetch = [](const QString &entity, const QString &conditions) {
        return QStringLiteral("<fetch version=\"1.0\" mapping=\"logical\"><entity name=\"%1\">"
                              "<filter type=\"and\">%2</filter></entity></fetch>")
            .arg(entity, conditions);
    };
    QList<SyncFilter> filters;
    auto add = [&](const char *key, const QString &type, const QString &name, const QString &xml) {
        filters.append(SyncFilter{QStringLiteral("f-%1-%2").arg(id, QLatin1String(key)), id, type,
                                  name, xml, true, m_spec.now});
    };
    add("contacts", RecordTypes::Contact,
        withTeam ? QStringLiteral("My and my team's active contacts")
                 : QStringLiteral("My active contacts"),
        fetch(RecordTypes::Contact,
              (withTeam ? ours : mine) +
                  QStringLiteral(
                      "<condition attribute=\"statecode\" operator=\"eq\" value=\"0\"/>")));
    if (user % 3 == 1) {
        add("appointments", RecordTypes::Appointment,
            QStringLiteral("My appointments in the last 30 days and the future"),
            fetch(RecordTypes::Appointment,
                  mine +
                      QStringLiteral("<filter type=\"or\"><condition attribute=\"scheduledstart\" "
                                     "operator=\"last-x-days\" value=\"30\"/><condition "
                                     "attribute=\"scheduledstart\" operator=\"next-x-years\" "
                                     "value=\"10\"/></filter>")));
    } else {
        add("appointments", RecordTypes::Appointment,
            withTeam ? QStringLiteral("My and my team's appointments")
                     : QStringLiteral("My appointments"),
            fetch(RecordTypes::Appointment, withTeam ? ours : mine));
    }
    const QString openOnly =
        QStringLiteral("<condition attribute=\"statecode\" operator=\"eq\" value=\"0\"/>");
    add("tasks", RecordTypes::Task,
        user % 4 == 2 ? QStringLiteral("My tasks") : QStringLiteral("My open tasks"),
        fetch(RecordTypes::Task, user % 4 == 2 ? mine : mine + openOnly));
    if (user % 5 == 4) {
        const QString company = at(companies(), user);
        add("key-contacts", RecordTypes::Contact, QStringLiteral("Contacts at %1").arg(company),
            fetch(RecordTypes::Contact,
                  QStringLiteral(
                      "<condition attribute=\"companyname\" operator=\"like\" value=\"%%1%\"/>")
                      .arg(company.toLower())));
    }
    return filters;
}

int SandboxRecords::ownerOf(qint64 i, quint64 salt) const
{
    return m_mix.pick(quint64(i), salt, int(m_users.size()));
}

QString SandboxRecords::accountId(qint64 account) const
{
    return QStringLiteral("acc-%1").arg(account, 6, 10, QLatin1Char('0'));
}

QString SandboxRecords::accountName(qint64 account) const
{
    const QString company = at(companies(), int(account % companies().size()));
    if (account < companies().size())
        return company;
    // More accounts than company names: branches in other cities.
    return QStringLiteral("%1 %2").arg(company, at(cities(), int(account / companies().size())));
}

QString SandboxRecords::contactName(qint64 c) const
{
    return at(firstNames(), m_mix.pick(c, RecordSalt::FirstName + 100, 1000)) + u' ' +
           at(lastNames(), m_mix.pick(c, RecordSalt::LastName + 100, 1000));
}

// The same name as contactName(), folded to ASCII: alice.adams.42@fabrikam.com
QString SandboxRecords::contactEmail(qint64 c) const
{
    const qsizetype first = m_mix.pick(c, RecordSalt::FirstName + 100, 1000) % firstNames().size();
    const qsizetype last = m_mix.pick(c, RecordSalt::LastName + 100, 1000) % lastNames().size();
    const int company = m_plan.accounts > 0
                            ? m_mix.pick(c, RecordSalt::Company, int(m_plan.accounts))
                            : m_mix.pick(c, RecordSalt::Company, 1000);
    return m_localParts.at(first * lastNames().size() + last) + u'.' + QString::number(c) + u'@' +
           at(m_domains, company);
}

CrmRecord SandboxRecords::account(qint64 i) const
{
    const QString name = accountName(i);
    const int owner = ownerOf(i, RecordSalt::Owner);
    QJsonObject f{
        {QStringLiteral("name"), name},
        {QStringLiteral("emailaddress1"),
         QStringLiteral("info@") + domainOf(at(companies(), int(i % companies().size())))},
        {QStringLiteral("address1_city"), at(cities(), m_mix.pick(i, RecordSalt::City, 1000))},
        {QStringLiteral("industrycode"), m_mix.pick(i, RecordSalt::Kind, 12) + 1},
        {QStringLiteral("statecode"), 0}};
    const QDateTime created = m_spec.now.addDays(-400 - m_mix.pick(i, RecordSalt::Day, 900));
    return CrmRecord{accountId(i), RecordTypes::Account,
                     withOwner(std::move(f), m_users.at(owner).id), created, created};
}

CrmRecord SandboxRecords::contact(qint64 i) const
{
    const QStringList name = contactName(i).split(u' ');
    const qint64 account =
        m_plan.accounts > 0 ? m_mix.pick(i, RecordSalt::Company, int(m_plan.accounts)) : -1;
    QJsonObject f{
        {QStringLiteral("firstname"), name.first()},
        {QStringLiteral("lastname"), name.last()},
        {QStringLiteral("fullname"), name.join(u' ')},
        {QStringLiteral("emailaddress1"), contactEmail(i)},
        {QStringLiteral("telephone1"),
         QStringLiteral("+49 30 %1").arg(m_mix.pick(i, RecordSalt::Hour, 9000000) + 1000000)},
        {QStringLiteral("jobtitle"), at(jobTitles(), m_mix.pick(i, RecordSalt::Job, 1000))},
        {QStringLiteral("statecode"), m_mix.chance(i, RecordSalt::Inactive, 5) ? 1 : 0}};
    if (account >= 0) {
        f.insert(QStringLiteral("parentcustomerid"), accountId(account));
        f.insert(QStringLiteral("companyname"), accountName(account));
    }
    const QDateTime created = m_spec.now.addDays(-m_mix.pick(i, RecordSalt::Day, 700));
    return CrmRecord{QStringLiteral("con-%1").arg(i, 7, 10, QLatin1Char('0')), RecordTypes::Contact,
                     withOwner(std::move(f), ownerId(i, ownerOf(i, RecordSalt::Owner), 5)), created,
                     created};
}

CrmRecord SandboxRecords::appointment(qint64 i) const
{
    // 15% belong to weekly series of up to six occurrences.
    const qint64 series = i / 6;
    const bool inSeries = m_mix.chance(series, RecordSalt::Series, 15);
    const qint64 anchor = inSeries ? series : i;
    QDateTime start =
        QDateTime(m_spec.now.date().addDays(m_mix.pick(anchor, RecordSalt::Day, 390) - 300),
                  QTime(8 + m_mix.pick(anchor, RecordSalt::Hour, 9),
                        m_mix.pick(anchor, RecordSalt::Length, 2) * 30),
                  Qt::UTC);
    if (inSeries)
        start = start.addDays(7 * (i % 6));
    const int minutes = 30 * (1 + m_mix.pick(anchor, RecordSalt::Length + 50, 4));
    const int owner = ownerOf(anchor, RecordSalt::Owner);
    // One meeting in five is organised by another user: the owner attends it,
    // and a delete in the owner's Outlook leaves it in CRM.
    int organizer = owner;
    if (m_users.size() > 1 && m_mix.chance(anchor, RecordSalt::Organizer, 20))
        organizer =
            (owner + 1 + m_mix.pick(anchor, RecordSalt::Organizer + 10, int(m_users.size()) - 1)) %
            int(m_users.size());
    QJsonArray attendees{m_users.at(owner).email};
    if (organizer != owner)
        attendees.prepend(m_users.at(organizer).email);
    const int guests = m_plan.contacts > 0 ? 1 + m_mix.pick(anchor, RecordSalt::Attendees, 3) : 0;
    for (int g = 0; g < guests; ++g)
        attendees.append(
            contactEmail(m_mix.pick(anchor, RecordSalt::Attendees + 10 + g, int(m_plan.contacts))));
    const QString company =
        m_plan.accounts > 0
            ? accountName(m_mix.pick(anchor, RecordSalt::Company, int(m_plan.accounts)))
            : at(companies(), m_mix.pick(anchor, RecordSalt::Company, 1000));
    QJsonObject f{
        {QStringLiteral("subject"),
         QStringLiteral("%1 with %2")
             .arg(at(meetingTopics(), m_mix.pick(anchor, RecordSalt::Topic, 1000)), company)},
        {QStringLiteral("scheduledstart"), recordTime(start)},
        {QStringLiteral("scheduledend"), recordTime(start.addSecs(60 * minutes))},
        {QStringLiteral("location"), at(rooms(), m_mix.pick(anchor, RecordSalt::Room, 1000))},
        {QStringLiteral("attendees"), attendees},
        {QStringLiteral("organizer"), m_users.at(organizer).id},
        {QStringLiteral("statecode"), appointmentState(anchor, start)}};
    if (inSeries)
        f.insert(QStringLiteral("seriesid"),
                 QStringLiteral("ser-%1").arg(series, 6, 10, QLatin1Char('0')));
    if (m_plan.accounts > 0)
        f.insert(QStringLiteral("regardingobjectid"),
                 accountId(m_mix.pick(anchor, RecordSalt::Company, int(m_plan.accounts))));
    const QDateTime created = std::min(start, m_spec.now).addDays(-7);
    return CrmRecord{QStringLiteral("apt-%1").arg(i, 7, 10, QLatin1Char('0')),
                     RecordTypes::Appointment, withOwner(std::move(f), ownerId(anchor, owner, 5)),
                     created, created};
}

// Past meetings are mostly completed, some still open; future ones mostly
// scheduled, some open; a few of either canceled.
int SandboxRecords::appointmentState(qint64 anchor, const QDateTime &start) const
{
    const int roll = m_mix.pick(anchor, RecordSalt::ApptState, 100);
    if (roll < 6)
        return 2; // canceled
    if (roll < 18)
        return 0; // open
    return start < m_spec.now ? 1 : 3;
}

CrmRecord SandboxRecords::task(qint64 i) const
{
    const QDateTime due =
        QDateTime(m_spec.now.date().addDays(m_mix.pick(i, RecordSalt::Day, 240) - 180),
                  QTime(17, 0), Qt::UTC);
    const bool done =
        due < m_spec.now && !m_mix.chance(i, RecordSalt::State, 20); // some overdue ones stay open
    QJsonObject f{
        {QStringLiteral("subject"), at(taskTopics(), m_mix.pick(i, RecordSalt::Topic, 1000))},
        {QStringLiteral("scheduledend"), recordTime(due)},
        {QStringLiteral("statecode"),
         done ? 1 : (m_mix.chance(i, RecordSalt::Canceled, 5) ? 2 : 0)},
        {QStringLiteral("prioritycode"), m_mix.pick(i, RecordSalt::Priority, 3)}};
    if (m_plan.contacts > 0)
        f.insert(
            QStringLiteral("regardingobjectid"),
            QStringLiteral("con-%1").arg(m_mix.pick(i, RecordSalt::Regarding, int(m_plan.contacts)),
                                         7, 10, QLatin1Char('0')));
    const QDateTime created = due.addDays(-14);
    return CrmRecord{QStringLiteral("tsk-%1").arg(i, 7, 10, QLatin1Char('0')), RecordTypes::Task,
                     withOwner(std::move(f), m_users.at(ownerOf(i, RecordSalt::Owner)).id), created,
                     created};
}

} // namespace SyncLens
