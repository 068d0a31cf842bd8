#include "trackingindex.h"

#include "model/crmrecord.h"
#include "model/orgreader.h"
#include "model/recordtypes.h"
#include "trackinglog.h"

#include <QElapsedTimer>

#include <algorithm>

namespace SyncLens {

namespace {

quint64 headerKey(const ConversationIndex &index)
{
    const QByteArray &bytes = index.bytes();
    return qHashBits(bytes.constData(), ConversationIndex::HeaderSize);
}

// FNV-1a over UTF-16 code units.
quint64 fnv1a(QStringView text)
{
    quint64 h = 14695981039346656037ULL;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
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

quint64 TrackingIndex::addressKey(QStringView address)
{
    const QStringView a = address.trimmed();
    quint64 h = 14695981039346656037ULL;
    for (const QChar c : a) {
        char16_t u = c.unicode();
        if (u >= 0x80) // case beyond ASCII: as toLower() has it
            return fnv1a(a.toString().toLower());
        if (u >= u'A' && u <= u'Z')
            u += 32;
        h ^= u;
        h *= 1099511628211ULL;
    }
    return h;
}

TrackingIndex::TrackingIndex(const OrgSettings &settings)
    : m_normalizer(settings)
    , m_keepWords(settings.smartMatching.deltaSubjectCount > 0)
{}

QStringList TrackingIndex::normalizedWords(int i) const
{
    const Entry &entry = m_entries[size_t(i)];
    return m_keepWords ? entry.words : SubjectNormalizer::words(entry.subject);
}

void TrackingIndex::add(TrackedEmail email)
{
    const int i = size();
    Entry entry;
    entry.subject = m_normalizer.normalize(email.subject);
    const QStringList words = SubjectNormalizer::words(entry.subject);
    if (m_keepWords)
        entry.words = words;
    for (const QString &a : sortedParticipants(email.from, email.to, email.cc))
        entry.keys.push_back(addressKey(a));
    std::sort(entry.keys.begin(), entry.keys.end());
    const QString display = m_normalizer.tokens().strip(email.subject).simplified();
    m_cards.push_back({email.messageId + email.regardingId + display, int(email.messageId.size()),
                       int(email.regardingId.size()), email.token});
    addMessageId(email.messageId, i);
    addToken(email.token, i);
    m_nextInThread.push_back(-1);
    if (email.conversation.isValid())
        addToThread(headerKey(email.conversation), i);
    if (!entry.subject.isEmpty()) {
        SubjectBucket &bucket = m_bySubject[entry.subject];
        bucket.push_back(quint64(i));
        bucket.push_back(entry.keys.size());
        bucket.insert(bucket.end(), entry.keys.cbegin(), entry.keys.cend());
        m_byWordCount[int(words.size())].append(i);
    }
    m_entries.push_back(std::move(entry));
    m_conversations.push_back(std::move(email.conversation));
}

void TrackingIndex::addMessageId(const QString &messageId, int row)
{
    if (messageId.isEmpty())
        return;
    const int first = m_byMessageKey.insert(fnv1a(messageId), row);
    if (first >= 0 && !hasMessageId(first, messageId) &&
        !m_messageCollisions.contains(messageId)) // two ids, one slot
        m_messageCollisions.insert(messageId, row);
}

void TrackingIndex::addToken(qint64 token, int row)
{
    if (token <= 0)
        return;
    const int first = m_byToken.insert(quint64(token), row);
    if (first >= 0 && m_cards[size_t(first)].token != token &&
        !m_tokenCollisions.contains(token)) // two tokens, one slot
        m_tokenCollisions.insert(token, row);
}

int TrackingIndex::byMessageId(const QString &messageId) const
{
    if (messageId.isEmpty())
        return -1;
    const int row = m_byMessageKey.find(fnv1a(messageId));
    if (row >= 0 && hasMessageId(row, messageId))
        return row;
    return m_messageCollisions.isEmpty() ? -1 : m_messageCollisions.value(messageId, -1);
}

void TrackingIndex::prefetch(const IncomingEmail &email) const
{
    prefetch(email, m_normalizer.tokens().findFirst(email.subject).number,
             ConversationIndex::fromHex(email.conversationIndex));
}

void TrackingIndex::prefetch(const IncomingEmail &email, qint64 firstToken,
                             const ConversationIndex &conversation) const
{
    if (conversation.isValid())
        m_byConversation.prefetch(headerKey(conversation));
    if (!email.messageId.isEmpty())
        m_byMessageKey.prefetch(fnv1a(email.messageId));
    if (!email.inReplyTo.isEmpty())
        m_byMessageKey.prefetch(fnv1a(email.inReplyTo));
    if (firstToken > 0)
        m_byToken.prefetch(quint64(firstToken));
}

bool TrackingIndex::hasMessageId(int row, const QString &messageId) const
{
    const Card &card = m_cards[size_t(row)];
    return QStringView(card.text).left(card.idLength) == messageId;
}

TrackingIndex::Summary TrackingIndex::summary(int i) const
{
    const Card &card = m_cards[size_t(i)];
    const QStringView text(card.text);
    return {text.left(card.idLength).toString(),
            text.mid(card.idLength, card.regardingLength).toString(),
            text.mid(card.idLength + card.regardingLength).toString()};
}

int TrackingIndex::byToken(qint64 token) const
{
    if (token <= 0)
        return -1;
    const int row = m_byToken.find(quint64(token));
    if (row >= 0 && m_cards[size_t(row)].token == token)
        return row;
    return m_tokenCollisions.isEmpty() ? -1 : m_tokenCollisions.value(token, -1);
}

// Appends row to the chain of its thread's header, keeping the rows in the
// order they were added.
void TrackingIndex::addToThread(quint64 key, int row)
{
    int last = m_byConversation.insert(key, row);
    if (last < 0)
        return; // the thread's first email (threads sharing a slot share a chain)
    while (m_nextInThread[size_t(last)] >= 0)
        last = m_nextInThread[size_t(last)];
    m_nextInThread[size_t(last)] = row;
}

QList<int> TrackingIndex::ancestorsOf(const ConversationIndex &index) const
{
    QList<int> found;
    if (!index.isValid())
        return found;
    for (int i = m_byConversation.find(headerKey(index)); i >= 0; i = m_nextInThread[size_t(i)]) {
        if (index.descendsFrom(m_conversations[size_t(i)]))
            found.append(i);
    }
    return found;
}

QList<int> TrackingIndex::similarSubjects(const QString &normalizedSubject, int delta) const
{
    if (normalizedSubject.isEmpty())
        return {};
    if (delta <= 0) {
        QList<int> rows;
        forEachWithSubject(normalizedSubject, [&](int row, const quint64 *, int) {
            rows.append(row);
            return false;
        });
        return rows;
    }
    const QStringList words = SubjectNormalizer::words(normalizedSubject);
    QList<int> found;
    const int count = int(words.size());
    for (int n = std::max(1, count - delta); n <= count + delta; ++n) {
        const auto bucket = m_byWordCount.constFind(n);
        if (bucket == m_byWordCount.cend())
            continue;
        for (int i : *bucket) {
            if (SubjectNormalizer::wordsDiffering(words, normalizedWords(i)) <= delta)
                found.append(i);
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

Result<TrackingIndex> TrackingIndex::load(OrgReader &store, const OrgSettings &settings)
{
    return load(store, settings, QString());
}

Result<TrackingIndex> TrackingIndex::load(OrgReader &store, const OrgSettings &settings,
                                          const QString &exceptMessageId)
{
    return load(store, settings, exceptMessageId, nullptr);
}

Result<TrackingIndex> TrackingIndex::load(OrgReader &store, const OrgSettings &settings,
                                          QSet<QString> &pendingSends)
{
    return load(store, settings, QString(), &pendingSends);
}

// One pass over the emails: a second one for the pending sends alone cost a
// sixth of what a first cycle reads beside its scope (callgrind, 20,000
// items, 6 December).
Result<TrackingIndex> TrackingIndex::load(OrgReader &store, const OrgSettings &settings,
                                          const QString &exceptMessageId,
                                          QSet<QString> *pendingSends)
{
    QElapsedTimer timer;
    timer.start();
    TrackingIndex index(settings);
    const TrackingToken tokens(settings.tracking);
    auto r = store.forEachCrmRecordFields(
        QString(RecordTypes::Email), trackedEmailFields(), [&](const RecordFields &record) {
            if (!isInCrm(record)) { // one waiting to be sent: nothing correlates with it yet
                if (pendingSends && !record.isDeleted())
                    pendingSends->insert(record.id());
                return true;
            }
            TrackedEmail email = fromCrmRecord(record, tokens);
            if (exceptMessageId.isEmpty() || email.messageId != exceptMessageId)
                index.add(std::move(email));
            return true;
        });
    if (!r)
        return r.error();
    qCDebug(lcTracking) << "tracking index of" << index.size() << "CRM emails," << timer.elapsed()
                        << "ms";
    return index;
}

qint64 TrackingIndex::bytes() const
{
    qint64 total = qint64(m_conversations.capacity() * sizeof(ConversationIndex)) +
                   qint64(m_entries.capacity() * sizeof(Entry));
    for (size_t i = 0; i < m_conversations.size(); ++i) {
        const Entry &entry = m_entries[i];
        total += stringBytes(entry.subject) - qint64(sizeof(QString)); // the QString is counted
        total += listBytes(entry.words) - qint64(sizeof(QStringList));
        total += qint64(entry.keys.capacity() * sizeof(quint64));
        total += qint64(sizeof(Card)) + stringBytes(m_cards[i].text) - qint64(sizeof(QString));
        const QByteArray &conversation = m_conversations[i].bytes();
        total += conversation.isEmpty() ? 0 : 16 + conversation.capacity();
    }
    total += m_byMessageKey.bytes() + hashBytes(m_messageCollisions) + m_byToken.bytes() +
             hashBytes(m_tokenCollisions) + m_byConversation.bytes() +
             qint64(m_nextInThread.capacity() * sizeof(int)) + hashBytes(m_bySubject) +
             hashBytes(m_byWordCount);
    // Subject keys are shared with the entries (implicit sharing); what the
    // hashes add of their own is their row lists.
    auto rowLists = [](const auto &hash) {
        qint64 bytes = 0;
        for (const QList<int> &rows : hash)
            bytes += 16 + qint64(rows.capacity()) * qint64(sizeof(int));
        return bytes;
    };
    total += rowLists(m_byWordCount);
    for (const SubjectBucket &bucket : m_bySubject)
        total += 16 + qint64(bucket.capacity() * sizeof(quint64));
    return total;
}

} // namespace SyncLens
