#pragma once

#include "tracking/emailtracker.h"

#include <vector>

namespace SyncLens::Test {

// The rules of sss-model §2 the straightforward way: each rule scans every
// tracked email. The tests check that the indexed tracker answers the same,
// and synclens-bench measures what the index saves.
//
// Like the index, it computes each tracked email's normalised subject and
// participants once, so that the comparison is about scanning, not about
// normalising.
class ReferenceTracker
{
public:
    explicit ReferenceTracker(const OrgSettings &settings);

    void add(TrackedEmail email);
    int size() const { return int(m_rows.size()); }
    // The code, regarding, correlated email and the facts that name what
    // matched (token, header, shared addresses, nearest miss).
    TrackingDecision decide(const IncomingEmail &email, const TrackingContext &context) const;

private:
    struct Row
    {
        TrackedEmail email;
        QString subject; // normalised
        QStringList words;
        QStringList participants; // lower case, sorted, no repeats
    };

    int firstWithMessageId(const QString &id) const;
    bool byToken(const IncomingEmail &email, TrackingDecision &d) const;
    bool byConversation(const IncomingEmail &email, TrackingDecision &d) const;
    bool bySmartMatch(const IncomingEmail &email, TrackingDecision &d) const;
    void correlate(TrackingDecision &d, ReasonCode code, int row) const;

    OrgSettings m_settings;
    SubjectNormalizer m_normalizer;
    TrackingToken m_tokens;
    std::vector<Row> m_rows;
};

} // namespace SyncLens::Test
