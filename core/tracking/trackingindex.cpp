#include "trackingindex.h"

#include "model/recordtypes.h"
#include "store/orgstore.h"

#include <QJsonArray>

namespace SyncLens {

namespace {

QStringList lowerList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString().trimmed().toLower());
    if (value.isString() && !value.toString().isEmpty())
        list.append(value.toString().trimmed().toLower());
    return list;
}

} // namespace

TrackingIndex::TrackingIndex(const OrgSettings &settings)
    : m_normalizer(settings)
{}

void TrackingIndex::add(TrackedEmail email)
{
    const int i = int(m_emails.size());
    const QString subject = m_normalizer.normalize(email.subject);
    const QStringList words = subject.split(u' ', Qt::SkipEmptyParts);
    if (!email.messageId.isEmpty())
        m_byMessageId.insert(email.messageId, i);
    if (email.token > 0 && !m_byToken.contains(email.token))
        m_byToken.insert(email.token, i);
    if (email.conversation.isValid())
        m_byConversation[email.conversation.header()].append(i);
    if (!subject.isEmpty()) {
        m_bySubject[subject].append(i);
        m_byWordCount[int(words.size())].append(i);
    }
    m_words.push_back(words);
    m_emails.push_back(std::move(email));
}

int TrackingIndex::byMessageId(const QString &messageId) const
{
    return m_byMessageId.value(messageId, -1);
}

int TrackingIndex::byToken(qint64 token) const
{
    return m_byToken.value(token, -1);
}

QList<int> TrackingIndex::ancestorsOf(const ConversationIndex &index) const
{
    QList<int> found;
    if (!index.isValid())
        return found;
    for (int i : m_byConversation.value(index.header())) {
        if (index.descendsFrom(m_emails[size_t(i)].conversation))
            found.append(i);
    }
    return found;
}

QList<int> TrackingIndex::similarSubjects(const QString &normalizedSubject, int delta) const
{
    if (normalizedSubject.isEmpty())
        return {};
    if (delta <= 0)
        return m_bySubject.value(normalizedSubject);
    const QStringList words = normalizedSubject.split(u' ', Qt::SkipEmptyParts);
    QList<int> found;
    for (int count = std::max<int>(0, int(words.size()) - delta); count <= words.size() + delta;
         ++count) {
        for (int i : m_byWordCount.value(count)) {
            if (SubjectNormalizer::wordsDiffering(words, m_words[size_t(i)]) <= delta)
                found.append(i);
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

Result<TrackingIndex> TrackingIndex::load(OrgStore &store, const OrgSettings &settings)
{
    TrackingIndex index(settings);
    const TrackingToken tokens(settings.tracking);
    auto r = store.forEachCrmRecord(QString(RecordTypes::Email), [&](const CrmRecord &r) {
        if (r.deleted || r.field(QStringLiteral("state")) == u"pendingSend")
            return true; // not yet in CRM's sense: nothing correlates with it
        TrackedEmail e;
        e.messageId = r.field(QStringLiteral("messageid"));
        if (e.messageId.isEmpty())
            e.messageId = r.id;
        e.subject = r.field(QStringLiteral("subject"));
        e.from = r.field(QStringLiteral("from")).trimmed().toLower();
        e.to = lowerList(r.fields.value(QStringLiteral("to")));
        e.cc = lowerList(r.fields.value(QStringLiteral("cc")));
        e.regardingId = r.field(QStringLiteral("regardingobjectid"));
        const auto found = tokens.findAll(r.field(QStringLiteral("token")) + e.subject);
        e.token = found.isEmpty() ? 0 : found.first().number;
        e.conversation = ConversationIndex::fromHex(r.field(QStringLiteral("conversationindex")));
        index.add(std::move(e));
        return true;
    });
    if (!r)
        return r.error();
    return index;
}

qint64 TrackingIndex::bytes() const
{
    qint64 total = 0;
    for (size_t i = 0; i < m_emails.size(); ++i) {
        const TrackedEmail &e = m_emails[i];
        total += qint64(sizeof(TrackedEmail)) +
                 2 * (e.messageId.size() + e.subject.size() + e.from.size() + e.regardingId.size());
        for (const QString &a : e.to + e.cc)
            total += qint64(sizeof(QString)) + 2 * a.size();
        total += e.conversation.bytes().size();
        for (const QString &w : m_words[i])
            total += qint64(sizeof(QString)) + 2 * w.size();
    }
    // hash nodes: key + value + bucket overhead, roughly 32 bytes each
    total += 32 * (m_byMessageId.size() + m_byToken.size() + m_byConversation.size() +
                   m_bySubject.size());
    total += 2 * qint64(m_bySubject.size()) * 24; // the subject keys themselves
    total += 4 * qint64(m_emails.size()) * 3;     // the row lists
    return total;
}

} // namespace SyncLens
