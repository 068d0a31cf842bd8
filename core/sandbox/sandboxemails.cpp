// SandboxRecords: a year of email threads. Tracked emails are in CRM already
// (outgoing ones carry a token); the emails in mailboxes answer them in all
// the ways that test tracking: keeping the token and the headers, keeping
// one of them, losing both, forwarding, changing the subject — or come from
// strangers. Some are filed in a subfolder by a rule, some reach the user
// through a distribution list or as a Bcc copy.
#include "model/recordtypes.h"
#include "sandboxnames.h"
#include "sandboxrecords.h"

#include <QJsonArray>

namespace SyncLens {

using namespace SandboxNames;

namespace {

struct EmailSalt
{
    enum : quint64
    {
        Topic = 200,
        Company,
        Direction,
        Contact,
        Cc,
        Kind,
        Thread,
        Delay,
        Folder,
        Stranger,
        Conversation,
        Rule = 300, // an Outlook rule files it in a subfolder
        Recipient   // sent to a distribution list, or a Bcc copy
    };
};

// Distribution lists of the org: their members get the mail, but no user's
// address is in To or Cc (sss-model §2, NOT_TRACKED_NO_RECIPIENT).
const QStringList &distributionLists()
{
    static const QStringList lists{QStringLiteral("sales@contoso.com"),
                                   QStringLiteral("all-staff@contoso.com"),
                                   QStringLiteral("info@contoso.com")};
    return lists;
}

// `bytes` pseudo-random bytes as upper-case hex. A conversation index header
// (22 bytes) starts with the reserved byte 0x01; a child block (5) does not.
QString hexBytes(const SandboxMixer &mix, qint64 index, quint64 salt, int bytes)
{
    QByteArray raw;
    for (int i = 0; raw.size() < bytes; ++i) {
        const quint64 v = mix.value(quint64(index), salt + quint64(i) * 1000);
        raw.append(reinterpret_cast<const char *>(&v), sizeof v);
    }
    raw.truncate(bytes);
    if (bytes == 22)
        raw[0] = 0x01;
    return QString::fromLatin1(raw.toHex().toUpper());
}

QJsonArray addresses(std::initializer_list<QString> list)
{
    QJsonArray array;
    for (const QString &a : list) {
        if (!a.isEmpty())
            array.append(a);
    }
    return array;
}

} // namespace

qint64 SandboxRecords::contactOfEmail(qint64 email) const
{
    return m_mix.pick(email, EmailSalt::Contact, int(std::max<qint64>(1, m_plan.contacts)));
}

bool SandboxRecords::emailIsOutgoing(qint64 email) const
{
    return m_mix.chance(email, EmailSalt::Direction, 70);
}

QString SandboxRecords::emailBaseSubject(qint64 email) const
{
    const QString company =
        m_plan.accounts > 0
            ? accountName(m_mix.pick(email, EmailSalt::Company, int(m_plan.accounts)))
            : QStringList(companies())
                  .at(m_mix.pick(email, EmailSalt::Company, int(companies().size())));
    return QStringLiteral("%1 – %2").arg(
        emailTopics().at(m_mix.pick(email, EmailSalt::Topic, int(emailTopics().size()))), company);
}

QString SandboxRecords::emailSubject(qint64 email) const
{
    if (!emailIsOutgoing(email))
        return emailBaseSubject(email);
    // Token number = index + 1: sent through CRM with tracking on.
    return QStringLiteral("%1 [CRM:%2]")
        .arg(emailBaseSubject(email))
        .arg(email + 1, 6, 10, QLatin1Char('0'));
}

QString SandboxRecords::emailMessageId(qint64 email) const
{
    return QStringLiteral("<crm.%1.%2@contoso.com>").arg(email).arg(m_spec.seed);
}

QString SandboxRecords::emailConversationIndex(qint64 email) const
{
    return hexBytes(m_mix, email, EmailSalt::Conversation, 22);
}

QDateTime SandboxRecords::emailSentOn(qint64 email) const
{
    // Spread over the year before `now`, in index order, during office hours.
    const qint64 day = 365 - (365 * (email + 1)) / std::max<qint64>(1, m_plan.crmEmails + 1);
    return QDateTime(m_spec.now.date().addDays(-day),
                     QTime(8 + m_mix.pick(email, EmailSalt::Delay, 10),
                           m_mix.pick(email, EmailSalt::Delay + 1, 60)),
                     Qt::UTC);
}

CrmRecord SandboxRecords::crmEmail(qint64 i) const
{
    const int user = ownerOf(i, EmailSalt::Thread);
    const qint64 contact = contactOfEmail(i);
    const QString userEmail = m_users.at(user).email;
    const QString contactAddress = contactEmail(contact);
    const bool outgoing = emailIsOutgoing(i);
    const QString cc = m_mix.chance(i, EmailSalt::Cc, 25)
                           ? contactEmail(m_mix.pick(i, EmailSalt::Cc + 1,
                                                     int(std::max<qint64>(1, m_plan.contacts))))
                           : QString();
    const QDateTime sentOn = emailSentOn(i);
    const QString messageId = emailMessageId(i);
    QJsonObject f{
        {QStringLiteral("messageid"), messageId},
        {QStringLiteral("subject"), emailSubject(i)},
        {QStringLiteral("from"), outgoing ? userEmail : contactAddress},
        {QStringLiteral("to"), addresses({outgoing ? contactAddress : userEmail})},
        {QStringLiteral("cc"), addresses({cc})},
        {QStringLiteral("direction"),
         outgoing ? QStringLiteral("outgoing") : QStringLiteral("incoming")},
        {QStringLiteral("state"), outgoing ? QStringLiteral("sent") : QStringLiteral("received")},
        {QStringLiteral("conversationindex"), emailConversationIndex(i)},
        {QStringLiteral("ownerid"), m_users.at(user).id},
        {QStringLiteral("sentOn"), isoText(sentOn)}};
    if (outgoing)
        f.insert(QStringLiteral("token"),
                 QStringLiteral("[CRM:%1]").arg(i + 1, 6, 10, QLatin1Char('0')));
    if (m_plan.contacts > 0)
        f.insert(QStringLiteral("regardingobjectid"),
                 QStringLiteral("con-%1").arg(contact, 7, 10, QLatin1Char('0')));
    return CrmRecord{messageId, RecordTypes::Email, f, sentOn, sentOn};
}

ExchangeItem SandboxRecords::exchangeEmail(qint64 i) const
{
    const int kind = m_mix.pick(i, EmailSalt::Kind, 100);
    if (m_plan.crmEmails == 0 || kind >= 65)
        return strangerEmail(i);
    const qint64 thread = m_mix.pick(i, EmailSalt::Thread + 1, int(m_plan.crmEmails));
    const int user = ownerOf(thread, EmailSalt::Thread);
    const QString userEmail = m_users.at(user).email;
    QString from = contactEmail(contactOfEmail(thread));
    QString subject, inReplyTo, conversation;
    const QString childIndex =
        emailConversationIndex(thread) + hexBytes(m_mix, i, EmailSalt::Conversation, 5);
    if (kind < 20) { // a reply that keeps the token and its headers
        subject = QStringLiteral("RE: ") + emailSubject(thread);
        inReplyTo = emailMessageId(thread);
        conversation = childIndex;
    } else if (kind < 30) { // the token kept, the headers not (a phone's mail app)
        subject = QStringLiteral("RE: ") + emailSubject(thread);
    } else if (kind < 45) { // the token got lost; sometimes a header or two is left
        subject = QStringLiteral("RE: ") + emailBaseSubject(thread);
        if (m_mix.chance(i, EmailSalt::Folder + 1, 50))
            inReplyTo = emailMessageId(thread);
        else if (m_mix.chance(i, EmailSalt::Folder + 2, 50))
            conversation = childIndex;
    } else if (kind < 55) { // forwarded by a colleague of the contact
        subject = QStringLiteral("FW: ") + emailBaseSubject(thread);
        from = contactEmail(
            m_mix.pick(i, EmailSalt::Contact, int(std::max<qint64>(1, m_plan.contacts))));
        conversation = hexBytes(m_mix, i, EmailSalt::Conversation + 7, 22);
    } else { // same thread, new subject
        subject = QStringLiteral("RE: ") +
                  emailTopics().at(m_mix.pick(i, EmailSalt::Topic, int(emailTopics().size())));
        inReplyTo = emailMessageId(thread);
        conversation = childIndex;
    }
    // Most write to the user; a few to a list the user is on, or to a
    // colleague with the user in Bcc.
    QString to = userEmail;
    const int recipient = m_mix.pick(i, EmailSalt::Recipient, 100);
    if (recipient < 6)
        to = distributionLists().at(
            m_mix.pick(i, EmailSalt::Recipient + 1, int(distributionLists().size())));
    else if (recipient < 8)
        to = contactEmail(
            m_mix.pick(i, EmailSalt::Recipient + 2, int(std::max<qint64>(1, m_plan.contacts))));
    const QDateTime received = std::min(
        emailSentOn(thread).addSecs(3600 * (1 + m_mix.pick(i, EmailSalt::Delay, 72))), m_spec.now);
    QJsonObject f{{QStringLiteral("from"), from},
                  {QStringLiteral("to"), addresses({to})},
                  {QStringLiteral("cc"), addresses({})},
                  {QStringLiteral("subject"), subject},
                  {QStringLiteral("inReplyTo"), inReplyTo},
                  {QStringLiteral("conversationIndex"), conversation},
                  {QStringLiteral("receivedon"), isoText(received)}};
    // A user's rule files some client mail under the Inbox.
    const QString folder = m_mix.chance(i, EmailSalt::Folder, 5) ? QStringLiteral("Inbox/Clients")
                                                                 : QStringLiteral("Inbox");
    return ExchangeItem{QStringLiteral("m-") + m_users.at(user).id,
                        QStringLiteral("<ex.%1.%2@mail.example>").arg(i).arg(m_spec.seed),
                        RecordTypes::Email,
                        f,
                        folder,
                        false,
                        {},
                        received,
                        received};
}

ExchangeItem SandboxRecords::strangerEmail(qint64 i) const
{
    const int user = ownerOf(i, EmailSalt::Stranger);
    const QDateTime received =
        QDateTime(m_spec.now.date().addDays(-m_mix.pick(i, EmailSalt::Delay, 365)),
                  QTime(6 + m_mix.pick(i, EmailSalt::Delay + 1, 14), 0), Qt::UTC);
    const QString sender =
        strangerSenders().at(m_mix.pick(i, EmailSalt::Stranger + 1, int(strangerSenders().size())));
    // Some come through a list; a rule files a third of them under the Inbox.
    const QString to = m_mix.chance(i, EmailSalt::Recipient, 10)
                           ? distributionLists().at(m_mix.pick(i, EmailSalt::Recipient + 1,
                                                               int(distributionLists().size())))
                           : m_users.at(user).email;
    QJsonObject f{
        {QStringLiteral("from"), sender},
        {QStringLiteral("to"), addresses({to})},
        {QStringLiteral("cc"), addresses({})},
        {QStringLiteral("subject"),
         QStringLiteral("%1 (%2)").arg(
             emailTopics().at(m_mix.pick(i, EmailSalt::Topic, int(emailTopics().size()))),
             sender.section(u'@', 1))},
        {QStringLiteral("inReplyTo"), QString()},
        {QStringLiteral("conversationIndex"), hexBytes(m_mix, i, EmailSalt::Conversation + 9, 22)},
        {QStringLiteral("receivedon"), isoText(received)}};
    return ExchangeItem{QStringLiteral("m-") + m_users.at(user).id,
                        QStringLiteral("<ex.%1.%2@mail.example>").arg(i).arg(m_spec.seed),
                        RecordTypes::Email,
                        f,
                        m_mix.chance(i, EmailSalt::Rule, 30) ? QStringLiteral("Inbox/Newsletters")
                                                             : QStringLiteral("Inbox"),
                        false,
                        {},
                        received,
                        received};
}

ExchangeItem SandboxRecords::outlookAppointment(qint64 i) const
{
    static const QStringList personal{
        QStringLiteral("Team lunch"),       QStringLiteral("Dentist"),
        QStringLiteral("1:1 with manager"), QStringLiteral("Call with %1"),
        QStringLiteral("Prep for demo"),    QStringLiteral("Coffee with %1")};
    const int user = ownerOf(i, EmailSalt::Stranger + 2);
    const QDateTime start =
        QDateTime(m_spec.now.date().addDays(m_mix.pick(i, EmailSalt::Delay, 120) - 60),
                  QTime(9 + m_mix.pick(i, EmailSalt::Delay + 2, 8), 0), Qt::UTC);
    const QString other = m_plan.contacts > 0
                              ? contactName(m_mix.pick(i, EmailSalt::Contact, int(m_plan.contacts)))
                              : QStringLiteral("a customer");
    QString subject = personal.at(m_mix.pick(i, EmailSalt::Topic, int(personal.size())));
    if (subject.contains(QLatin1String("%1")))
        subject = subject.arg(other);
    QJsonObject f{{QStringLiteral("subject"), subject},
                  {QStringLiteral("scheduledstart"), isoText(start)},
                  {QStringLiteral("scheduledend"), isoText(start.addSecs(1800))},
                  {QStringLiteral("location"), QStringLiteral("Teams")}};
    // The user clicked Track on one in five.
    const bool tracked = m_mix.chance(i, EmailSalt::Kind + 50, 20);
    const QString regarding =
        tracked && m_plan.accounts > 0
            ? QStringLiteral("acc-%1").arg(m_mix.pick(i, EmailSalt::Company, int(m_plan.accounts)),
                                           6, 10, QLatin1Char('0'))
            : QString();
    const QDateTime created = start.addDays(-3);
    return ExchangeItem{QStringLiteral("m-") + m_users.at(user).id,
                        QStringLiteral("xapt-%1").arg(i, 7, 10, QLatin1Char('0')),
                        RecordTypes::Appointment,
                        f,
                        QStringLiteral("Calendar"),
                        tracked,
                        regarding,
                        created,
                        created};
}

} // namespace SyncLens
