#include "referencetracker.h"

#include <algorithm>

namespace SyncLens::Test {

namespace {

QStringList participantsOf(const QString &from, const QStringList &to, const QStringList &cc)
{
    QStringList all;
    for (const QString &a : QStringList{from} + to + cc) {
        const QString address = a.trimmed().toLower();
        if (!address.isEmpty() && !all.contains(address))
            all.append(address);
    }
    all.sort();
    return all;
}

} // namespace

ReferenceTracker::ReferenceTracker(const OrgSettings &settings)
    : m_settings(settings)
    , m_normalizer(settings)
    , m_tokens(settings.tracking)
{}

void ReferenceTracker::add(TrackedEmail email)
{
    Row row;
    row.subject = m_normalizer.normalize(email.subject);
    row.words = SubjectNormalizer::words(row.subject);
    row.participants = participantsOf(email.from, email.to, email.cc);
    row.email = std::move(email);
    m_rows.push_back(std::move(row));
}

int ReferenceTracker::firstWithMessageId(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].email.messageId == id)
            return int(i);
    }
    return -1;
}

void ReferenceTracker::correlate(TrackingDecision &d, ReasonCode code, int row) const
{
    d.code = code;
    d.correlatedWith = m_rows[size_t(row)].email.messageId;
    d.regardingId = m_rows[size_t(row)].email.regardingId;
}

TrackingDecision ReferenceTracker::decide(const IncomingEmail &email,
                                          const TrackingContext &context) const
{
    TrackingDecision d;
    if (firstWithMessageId(email.messageId) >= 0) {
        d.code = ReasonCode::DuplicateSuppressed;
        d.correlatedWith = email.messageId;
        return d;
    }
    if (email.trackRequested) {
        d.code = ReasonCode::ManualTrack;
        d.regardingId = email.regardingId;
        return d;
    }
    if (!email.folder.isEmpty() && context.trackedFolders.contains(email.folder)) {
        d.code = ReasonCode::TrackedFolder;
        d.regardingId = context.trackedFolders.value(email.folder);
        return d;
    }
    if (context.emailFiltering == EmailFiltering::None) {
        d.code = ReasonCode::NotTrackedFilteringNone;
        return d;
    }
    if (byToken(email, d) || byConversation(email, d) || bySmartMatch(email, d))
        return d;
    const auto sender = context.findSender ? context.findSender(email.from.trimmed().toLower())
                                           : std::optional<SenderRecord>();
    switch (context.emailFiltering) {
    case EmailFiltering::All:
        d.code = ReasonCode::AllEmail;
        break;
    case EmailFiltering::Records:
        d.code = sender && sender->isContactLeadOrAccount() ? ReasonCode::FromRecord
                                                            : ReasonCode::NotTrackedNoRecord;
        break;
    case EmailFiltering::EmailEnabled:
        d.code = sender ? ReasonCode::FromEmailEnabled : ReasonCode::NotTrackedNoRecord;
        break;
    default:
        d.code = ReasonCode::NotTrackedNoSignal;
    }
    return d;
}

bool ReferenceTracker::byToken(const IncomingEmail &email, TrackingDecision &d) const
{
    if (!m_settings.tracking.enabled)
        return false;
    for (const TrackingToken::Found &token : m_tokens.findAll(email.subject)) {
        for (size_t i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].email.token == token.number) {
                correlate(d, ReasonCode::Token, int(i));
                d.facts.tokenUsed = token.text;
                return true;
            }
        }
    }
    return false;
}

bool ReferenceTracker::byConversation(const IncomingEmail &email, TrackingDecision &d) const
{
    if (!m_settings.correlation.enabled)
        return false;
    if (const int i = firstWithMessageId(email.inReplyTo); i >= 0) {
        correlate(d, ReasonCode::Conversation, i);
        d.facts.matchedHeader = QStringLiteral("In-Reply-To");
        return true;
    }
    for (qsizetype r = email.references.size() - 1; r >= 0; --r) {
        if (const int i = firstWithMessageId(email.references.at(r)); i >= 0) {
            correlate(d, ReasonCode::Conversation, i);
            d.facts.matchedHeader = QStringLiteral("References");
            return true;
        }
    }
    const ConversationIndex index = ConversationIndex::fromHex(email.conversationIndex);
    int best = -1;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const ConversationIndex &other = m_rows[i].email.conversation;
        if (index.descendsFrom(other) &&
            (best < 0 || other.depth() > m_rows[size_t(best)].email.conversation.depth()))
            best = int(i);
    }
    if (best < 0)
        return false;
    correlate(d, ReasonCode::Conversation, best);
    d.facts.matchedHeader = QStringLiteral("Conversation-Index");
    return true;
}

bool ReferenceTracker::bySmartMatch(const IncomingEmail &email, TrackingDecision &d) const
{
    const auto &s = m_settings.smartMatching;
    if (!s.enabled || email.to.size() + email.cc.size() > s.maxRecipientCount)
        return false;
    const QString subject = m_normalizer.normalize(email.subject);
    if (subject.isEmpty())
        return false;
    const QStringList words = SubjectNormalizer::words(subject);
    const QStringList mine = participantsOf(email.from, email.to, email.cc);
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        if (row.subject.isEmpty() ||
            SubjectNormalizer::wordsDiffering(words, row.words) > s.deltaSubjectCount)
            continue;
        QStringList shared;
        for (const QString &a : mine) {
            if (row.participants.contains(a))
                shared.append(a);
        }
        if (shared.size() >= s.minAddressCount) {
            correlate(d, ReasonCode::SmartMatch, int(i));
            d.facts.sharedAddresses = shared;
            d.facts.nearestSharedAddresses = -1;
            d.facts.nearestMessageId.clear();
            return true;
        }
        if (shared.size() > d.facts.nearestSharedAddresses) {
            d.facts.nearestSharedAddresses = int(shared.size());
            d.facts.nearestMessageId = row.email.messageId;
        }
    }
    return false;
}

} // namespace SyncLens::Test
