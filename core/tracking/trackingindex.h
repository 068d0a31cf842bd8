#pragma once

#include "flatkeyindex.h"
#include "model/orgsettings.h"
#include "model/result.h"
#include "subjectnormalizer.h"
#include "trackingemail.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace SyncLens {

class OrgReader;

// The emails already in CRM, indexed so that a decision costs about the same
// with 100 or 1M of them: by token number, by message id, by conversation
// index header (22 bytes), and by normalised subject for smart matching.
// Each email's normalised subject and the keys of its participants (sender
// and recipients) are computed once, here. The tracker that reads an index
// is made from the same org settings.
//
// Memory is the cost of a decision at 100k emails and more: the tables are
// flat, what a rule compares sits together, and a decision starts loading
// its lookups before it needs them (prefetch).
//
// Smart matching with deltaSubjectCount > 0 looks at the subjects whose word
// count is within delta of the new one (a bucket per word count), then counts
// the differing words; with the default 0 it is one hash lookup.
//
// When two emails share a message id or a token, the first one added answers.
class TrackingIndex
{
public:
    explicit TrackingIndex(const OrgSettings &settings);

    void add(TrackedEmail email);
    int size() const { return int(m_conversations.size()); }
    // Of each email the index keeps what the rules read (its conversation
    // index, the summary, what its subject and participants are made into),
    // not the email: at 1M items the emails' strings were 150 MB.
    const ConversationIndex &conversation(int i) const { return m_conversations[size_t(i)]; }
    const SubjectNormalizer &normalizer() const { return m_normalizer; }

    // Starts loading what the rules will look up for this email (its message
    // id, In-Reply-To, first token, thread): a hint, with no effect on answers.
    void prefetch(const IncomingEmail &email) const;
    // The same when the caller has found the subject's first token and read
    // the conversation index already.
    void prefetch(const IncomingEmail &email, qint64 firstToken,
                  const ConversationIndex &conversation) const;

    // -1 when not found.
    int byMessageId(const QString &messageId) const;
    int byToken(qint64 token) const;
    // Tracked emails whose conversation index the given one descends from
    // (or equals), in the order they were added.
    QList<int> ancestorsOf(const ConversationIndex &index) const;
    // Tracked emails whose normalised subject is within `delta` words, in the
    // order they were added.
    QList<int> similarSubjects(const QString &normalizedSubject, int delta) const;
    // Kept when words may differ (deltaSubjectCount > 0), split again otherwise.
    QStringList normalizedWords(int i) const;
    const QString &normalizedSubject(int i) const { return m_entries[size_t(i)].subject; }
    // The same as addressKey() values, sorted: smart matching finds shared
    // addresses on these (two addresses sharing a 64-bit key would count as
    // one; a chance of about n² in 2^64) without reading the email's strings.
    const std::vector<quint64> &participantKeys(int i) const { return m_entries[size_t(i)].keys; }
    // What a decision quotes of email i: its message id, regarding, and its
    // subject as written without tokens, white space collapsed. Copied out
    // of one block per email, so that correlating reads one place.
    struct Summary
    {
        QString messageId;
        QString regardingId;
        QString subject;
    };
    Summary summary(int i) const;
    QString displaySubject(int i) const { return summary(i).subject; }

    // A 64-bit key of an address, the same for any case and surrounding
    // white space; no allocation for ASCII addresses.
    static quint64 addressKey(QStringView address);

    // The tracked emails whose normalised subject is exactly this one, in the
    // order they were added, each with its participant keys: smart matching
    // (deltaSubjectCount 0) reads one block per subject instead of one per
    // email. `visit(row, keys, keyCount)` returns true to stop.
    template<typename Visit> void forEachWithSubject(const QString &normalized, Visit &&visit) const
    {
        const auto bucket = m_bySubject.constFind(normalized);
        if (normalized.isEmpty() || bucket == m_bySubject.cend())
            return;
        for (const quint64 *p = bucket->data(), *end = p + bucket->size(); p != end;) {
            const int row = int(p[0]);
            const int count = int(p[1]);
            if (visit(row, p + 2, count))
                return;
            p += 2 + count;
        }
    }

    // Loads the org's CRM emails that are tracked or sent (not pendingSend).
    static Result<TrackingIndex> load(OrgReader &store, const OrgSettings &settings);
    // The same without the email of that message id: what the org held before
    // it was tracked, so an explanation can name the rule that tracked it.
    static Result<TrackingIndex> load(OrgReader &store, const OrgSettings &settings,
                                      const QString &exceptMessageId);
    // The same as load(), and, found in the same pass over the emails, the
    // ids of those waiting to be sent (state pendingSend, not deleted).
    static Result<TrackingIndex> load(OrgReader &store, const OrgSettings &settings,
                                      QSet<QString> &pendingSends);
    // Memory the index holds, roughly, for the benchmark.
    qint64 bytes() const;

private:
    static Result<TrackingIndex> load(OrgReader &store, const OrgSettings &settings,
                                      const QString &exceptMessageId, QSet<QString> *pendingSends);
    void addMessageId(const QString &messageId, int row);
    bool hasMessageId(int row, const QString &messageId) const;
    void addToken(qint64 token, int row);
    void addToThread(quint64 key, int row);

    // What the index derives from each email once, so decisions do not.
    struct Entry
    {
        QString subject;           // normalised
        QStringList words;         // only when deltaSubjectCount > 0
        std::vector<quint64> keys; // of the participants, sorted
    };
    // The summary's three strings end to end in one allocation.
    struct Card
    {
        QString text;
        int idLength = 0;
        int regardingLength = 0;
        qint64 token = 0; // what a token slot's row is checked against
    };

    // The emails with one normalised subject, one after the other: the row,
    // its key count, then its participant keys.
    using SubjectBucket = std::vector<quint64>;

    SubjectNormalizer m_normalizer;
    bool m_keepWords;
    std::vector<ConversationIndex> m_conversations;
    std::vector<Entry> m_entries;
    std::vector<Card> m_cards;
    FlatKeyIndex m_byMessageKey;             // a hash of the message id → row
    QHash<QString, int> m_messageCollisions; // ids whose slot another id had first
    FlatKeyIndex m_byToken;
    QHash<qint64, int> m_tokenCollisions; // tokens whose slot another token had first
    // By a hash of the 22-byte header (no copy of it to look up): the first
    // email of a thread, then each one's next in the same thread; candidates
    // are checked byte by byte.
    FlatKeyIndex m_byConversation;
    std::vector<int> m_nextInThread;
    QHash<QString, SubjectBucket> m_bySubject;
    QHash<int, QList<int>> m_byWordCount;
};

} // namespace SyncLens
