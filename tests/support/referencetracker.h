#pragma once

#include "tracking/emailtracker.h"

#include <vector>

namespace SyncLens::Test {

// The rules of sss-model §2 the straightforward way: every decision reads
// every tracked email, in one pass that notes what each rule would take,
// then applies the rules in their order. No index, no hashing: the tests
// check that the indexed tracker answers the same, and synclens-bench
// measures what the index saves.
//
// Tracked emails are kept column by column, each column's text end to end
// in one block (as a table scan reads it), and their normalised subjects and
// participants are computed once, so that the comparison is about scanning,
// not about normalising or chasing pointers.
class ReferenceTracker
{
public:
    explicit ReferenceTracker(const OrgSettings &settings);

    void add(const TrackedEmail &email);
    int size() const { return int(m_regardings.size()); }
    // The code, regarding, correlated email and the facts that name what
    // matched (token, header, shared addresses, nearest miss).
    TrackingDecision decide(const IncomingEmail &email, const TrackingContext &context) const;

private:
    struct Scan; // what one pass found, rule by rule

    Scan scan(const IncomingEmail &email) const;
    bool byInReplyTo(const Scan &found, TrackingDecision &d) const;
    bool byToken(const Scan &found, TrackingDecision &d) const;
    bool byConversation(const Scan &found, TrackingDecision &d) const;
    bool bySmartMatch(const Scan &found, TrackingDecision &d) const;
    void correlate(TrackingDecision &d, ReasonCode code, int row) const;

    OrgSettings m_settings;
    SubjectNormalizer m_normalizer;
    TrackingToken m_tokens;
    // Strings end to end, with where each one starts (one more than rows).
    struct TextColumn
    {
        QString text;
        std::vector<qsizetype> starts{0};
        void append(QStringView s);
        QStringView at(int row) const;
    };

    std::vector<QString> m_regardings;
    TextColumn m_messageIds;
    std::vector<qint64> m_tokenNumbers;
    QByteArray m_conversationBytes;
    std::vector<qsizetype> m_conversationStarts{0};
    TextColumn m_subjects; // normalised
    std::vector<QStringList> m_words;
    std::vector<QStringList> m_participants; // lower case, sorted, no repeats
};

} // namespace SyncLens::Test
