#include "trackingindex.h"

#include "model/crmrecord.h"
#include "model/recordtypes.h"
#include "store/orgstore.h"

#include <algorithm>

namespace SyncLens {

namespace {

size_t headerKey(const ConversationIndex &index)
{
    const QByteArray &bytes = index.bytes();
    return qHashBits(bytes.constData(), ConversationIndex::HeaderSize);
}

// Sender and recipients, lower case, sorted, without repeats: shared
// addresses are then one merge of two sorted lists.
QStringList participantsOf(const TrackedEmail &email)
{
    QStringList all;
    all.reserve(1 + email.to.size() + email.cc.size());
    auto add = [&](const QString &address) {
        QString a = address.trimmed().toLower();
        if (!a.isEmpty())
            all.append(std::move(a));
    };
    add(email.from);
    for (const QString &a : email.to)
        add(a);
    for (const QString &a : email.cc)
        add(a);
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

qint64 stringBytes(const QString &s)
{
    return qint64(sizeof(QString)) + (s.isEmpty() ? 0 : 16 + 2 * (s.capacity() + 1));
}

qint64 listBytes(const QStringList &list)
{
    qint64 total = qint64(sizeof(QStringList)) + 16;
    for (const QString &s : list)
        total += stringBytes(s);
    return total;
}

// A QHash keeps its entries in spans of 128 buckets (an offset byte each)
// and grows at half load: about two buckets per entry.
template<typename K, typename V> qint64 hashBytes(const QHash<K, V> &hash)
{
    return qint64(hash.capacity()) * qint64(1 + sizeof(K) + sizeof(V)) + 64;
}

} // namespace

TrackingIndex::TrackingIndex(const OrgSettings &settings)
    : m_normalizer(settings)
{}

void TrackingIndex::add(TrackedEmail email)
{
    const int i = int(m_emails.size());
    Entry entry;
    entry.subject = m_normalizer.normalize(email.subject);
    entry.words = SubjectNormalizer::words(entry.subject);
    entry.participants = participantsOf(email);
    if (!email.messageId.isEmpty() && !m_byMessageId.contains(email.messageId))
        m_byMessageId.insert(email.messageId, i);
    if (email.token > 0 && !m_byToken.contains(email.token))
        m_byToken.insert(email.token, i);
    if (email.conversation.isValid())
        m_byConversation[headerKey(email.conversation)].append(i);
    if (!entry.subject.isEmpty()) {
        m_bySubject[entry.subject].append(i);
        m_byWordCount[int(entry.words.size())].append(i);
    }
    m_entries.push_back(std::move(entry));
    m_emails.push_back(std::move(email));
}

int TrackingIndex::byMessageId(const QString &messageId) const
{
    return messageId.isEmpty() ? -1 : m_byMessageId.value(messageId, -1);
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
    const auto bucket = m_byConversation.constFind(headerKey(index));
    if (bucket == m_byConversation.cend())
        return found;
    for (int i : *bucket) {
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
    const QStringList words = SubjectNormalizer::words(normalizedSubject);
    QList<int> found;
    const int count = int(words.size());
    for (int n = std::max(1, count - delta); n <= count + delta; ++n) {
        const auto bucket = m_byWordCount.constFind(n);
        if (bucket == m_byWordCount.cend())
            continue;
        for (int i : *bucket) {
            if (SubjectNormalizer::wordsDiffering(words, m_entries[size_t(i)].words) <= delta)
                found.append(i);
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

Result<TrackingIndex> TrackingIndex::load(OrgStore &store, const OrgSettings &settings)
{
    return load(store, settings, QString());
}

Result<TrackingIndex> TrackingIndex::load(OrgStore &store, const OrgSettings &settings,
                                          const QString &exceptMessageId)
{
    TrackingIndex index(settings);
    const TrackingToken tokens(settings.tracking);
    auto r = store.forEachCrmRecord(QString(RecordTypes::Email), [&](const CrmRecord &record) {
        if (!isInCrm(record)) // one waiting to be sent: nothing correlates with it yet
            return true;
        TrackedEmail email = fromCrmRecord(record, tokens);
        if (exceptMessageId.isEmpty() || email.messageId != exceptMessageId)
            index.add(std::move(email));
        return true;
    });
    if (!r)
        return r.error();
    return index;
}

qint64 TrackingIndex::bytes() const
{
    qint64 total = qint64(m_emails.capacity() * sizeof(TrackedEmail)) +
                   qint64(m_entries.capacity() * sizeof(Entry));
    for (size_t i = 0; i < m_emails.size(); ++i) {
        const TrackedEmail &e = m_emails[i];
        const Entry &entry = m_entries[i];
        for (const QString *s : {&e.messageId, &e.subject, &e.from, &e.regardingId, &entry.subject})
            total += stringBytes(*s) - qint64(sizeof(QString)); // the QString itself is counted
        total += listBytes(e.to) + listBytes(e.cc) + listBytes(entry.words) +
                 listBytes(entry.participants) - 5 * qint64(sizeof(QStringList));
        total += e.conversation.bytes().isEmpty() ? 0 : 16 + e.conversation.bytes().capacity();
    }
    total += hashBytes(m_byMessageId) + hashBytes(m_byToken) + hashBytes(m_byConversation) +
             hashBytes(m_bySubject) + hashBytes(m_byWordCount);
    // Message ids are shared with the emails and subject keys with the
    // entries (implicit sharing); what the hashes add of their own is their
    // row lists.
    auto rowLists = [](const auto &hash) {
        qint64 bytes = 0;
        for (const QList<int> &rows : hash)
            bytes += 16 + qint64(rows.capacity()) * qint64(sizeof(int));
        return bytes;
    };
    total += rowLists(m_byConversation) + rowLists(m_bySubject) + rowLists(m_byWordCount);
    return total;
}

} // namespace SyncLens
