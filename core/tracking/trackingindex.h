#pragma once

#include "model/orgsettings.h"
#include "model/result.h"
#include "subjectnormalizer.h"
#include "trackingemail.h"

#include <QHash>

#include <vector>

namespace SyncLens {

class OrgStore;

// The emails already in CRM, indexed so that a decision costs about the same
// with 100 or 1M of them: by token number, by message id, by conversation
// index header (22 bytes), and by normalised subject for smart matching.
// Each email's normalised subject and its participants (sender and
// recipients, lower case, sorted, without repeats) are computed once, here.
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
    int size() const { return int(m_emails.size()); }
    const TrackedEmail &at(int i) const { return m_emails[size_t(i)]; }
    const SubjectNormalizer &normalizer() const { return m_normalizer; }

    // -1 when not found.
    int byMessageId(const QString &messageId) const;
    int byToken(qint64 token) const;
    // Tracked emails whose conversation index the given one descends from
    // (or equals), in the order they were added.
    QList<int> ancestorsOf(const ConversationIndex &index) const;
    // Tracked emails whose normalised subject is within `delta` words, in the
    // order they were added.
    QList<int> similarSubjects(const QString &normalizedSubject, int delta) const;
    const QStringList &normalizedWords(int i) const { return m_entries[size_t(i)].words; }
    const QString &normalizedSubject(int i) const { return m_entries[size_t(i)].subject; }
    // Sender and recipients of email i: lower case, sorted, no repeats.
    const QStringList &participants(int i) const { return m_entries[size_t(i)].participants; }

    // Loads the org's CRM emails that are tracked or sent (not pendingSend).
    static Result<TrackingIndex> load(OrgStore &store, const OrgSettings &settings);
    // The same without the email of that message id: what the org held before
    // it was tracked, so an explanation can name the rule that tracked it.
    static Result<TrackingIndex> load(OrgStore &store, const OrgSettings &settings,
                                      const QString &exceptMessageId);
    // Memory the index holds, roughly, for the benchmark.
    qint64 bytes() const;

private:
    // What the index derives from each email once, so decisions do not.
    struct Entry
    {
        QString subject; // normalised
        QStringList words;
        QStringList participants;
    };

    SubjectNormalizer m_normalizer;
    std::vector<TrackedEmail> m_emails;
    std::vector<Entry> m_entries;
    QHash<QString, int> m_byMessageId;
    QHash<qint64, int> m_byToken;
    // Keyed by a hash of the 22-byte header, so that a lookup needs no copy
    // of it; candidates are checked byte by byte.
    QHash<size_t, QList<int>> m_byConversation;
    QHash<QString, QList<int>> m_bySubject;
    QHash<int, QList<int>> m_byWordCount;
};

} // namespace SyncLens
