#include "emailtracker.h"

#include <QSet>

namespace SyncLens {

namespace {

QString lower(const QString &address)
{
    return address.trimmed().toLower();
}

// Sender and recipients, lower case, without repeats.
QSet<QString> participants(const QString &from, const QStringList &to, const QStringList &cc)
{
    QSet<QString> all;
    for (const QString &a : QStringList{from} + to + cc) {
        if (!a.trimmed().isEmpty())
            all.insert(lower(a));
    }
    return all;
}

void correlate(TrackingDecision &d, ReasonCode code, const TrackedEmail &with)
{
    d.code = code;
    d.correlatedWith = with.messageId;
    d.regardingId = with.regardingId;
}

} // namespace

EmailTracker::EmailTracker(const OrgSettings &settings)
    : m_settings(settings)
    , m_tokens(settings.tracking)
{}

TrackingDecision EmailTracker::decide(const IncomingEmail &email, const TrackingContext &context,
                                      const TrackingIndex &index) const
{
    TrackingDecision d;
    d.facts.emailFiltering = emailFilteringName(context.emailFiltering);
    d.facts.recipients = int(email.to.size() + email.cc.size());
    d.facts.subject = index.normalizer().normalize(email.subject);
    if (index.byMessageId(email.messageId) >= 0) { // already in CRM: no second copy
        d.code = ReasonCode::DuplicateSuppressed;
        d.correlatedWith = email.messageId;
        return d;
    }
    if (email.trackRequested) { // E1
        d.code = ReasonCode::ManualTrack;
        d.regardingId = email.regardingId;
        return d;
    }
    if (const auto folder = context.trackedFolders.constFind(email.folder);
        !email.folder.isEmpty() && folder != context.trackedFolders.cend()) { // E2
        d.code = ReasonCode::TrackedFolder;
        d.regardingId = *folder;
        d.facts.folder = email.folder;
        return d;
    }
    if (context.emailFiltering == EmailFiltering::None) {
        d.code = ReasonCode::NotTrackedFilteringNone;
        return d;
    }
    if (byToken(email, index, d) || byConversation(email, index, d) ||
        bySmartMatch(email, index, d))
        return d; // E3, E4, E5
    const std::optional<SenderRecord> sender =
        context.findSender ? context.findSender(lower(email.from)) : std::nullopt;
    if (sender) {
        d.facts.senderRecordId = sender->id;
        d.facts.senderRecordType = sender->type;
    }
    switch (context.emailFiltering) {
    case EmailFiltering::All: // E6
        d.code = ReasonCode::AllEmail;
        break;
    case EmailFiltering::Records: // E7
        d.code = sender && sender->isContactLeadOrAccount() ? ReasonCode::FromRecord
                                                            : ReasonCode::NotTrackedNoRecord;
        break;
    case EmailFiltering::EmailEnabled: // E8
        d.code = sender ? ReasonCode::FromEmailEnabled : ReasonCode::NotTrackedNoRecord;
        break;
    default:
        d.code = ReasonCode::NotTrackedNoSignal;
    }
    if (d.code == ReasonCode::FromRecord || d.code == ReasonCode::FromEmailEnabled)
        d.regardingId = sender->id;
    return d;
}

bool EmailTracker::byToken(const IncomingEmail &email, const TrackingIndex &index,
                           TrackingDecision &d) const
{
    const auto found = m_tokens.findAll(email.subject);
    for (const auto &token : found)
        d.facts.tokensFound.append(token.text);
    if (!m_settings.tracking.enabled)
        return false;
    for (const auto &token : found) { // the first token of a tracked email wins
        if (const int i = index.byToken(token.number); i >= 0) {
            correlate(d, ReasonCode::Token, index.at(i));
            d.facts.tokenUsed = token.text;
            return true;
        }
    }
    return false;
}

bool EmailTracker::byConversation(const IncomingEmail &email, const TrackingIndex &index,
                                  TrackingDecision &d) const
{
    if (!m_settings.correlation.enabled)
        return false;
    if (const int i = index.byMessageId(email.inReplyTo); !email.inReplyTo.isEmpty() && i >= 0) {
        correlate(d, ReasonCode::Conversation, index.at(i));
        d.facts.matchedHeader = QStringLiteral("In-Reply-To");
        return true;
    }
    for (const QString &reference : email.references) {
        if (const int i = index.byMessageId(reference); i >= 0) {
            correlate(d, ReasonCode::Conversation, index.at(i));
            d.facts.matchedHeader = QStringLiteral("References");
            return true;
        }
    }
    const QList<int> ancestors =
        index.ancestorsOf(ConversationIndex::fromHex(email.conversationIndex));
    if (ancestors.isEmpty())
        return false;
    correlate(d, ReasonCode::Conversation, index.at(ancestors.first()));
    d.facts.matchedHeader = QStringLiteral("Conversation-Index");
    return true;
}

bool EmailTracker::bySmartMatch(const IncomingEmail &email, const TrackingIndex &index,
                                TrackingDecision &d) const
{
    const auto &s = m_settings.smartMatching;
    if (!s.enabled || d.facts.recipients > s.maxRecipientCount)
        return false;
    const QSet<QString> mine = participants(email.from, email.to, email.cc);
    const QStringList words = d.facts.subject.split(u' ', Qt::SkipEmptyParts);
    for (int i : index.similarSubjects(d.facts.subject, s.deltaSubjectCount)) {
        const TrackedEmail &other = index.at(i);
        QStringList shared = (mine & participants(other.from, other.to, other.cc)).values();
        shared.sort();
        if (shared.size() >= s.minAddressCount) {
            correlate(d, ReasonCode::SmartMatch, other);
            d.facts.sharedAddresses = shared;
            d.facts.matchedSubject = index.normalizer().normalize(other.subject);
            d.facts.wordsDiffering =
                SubjectNormalizer::wordsDiffering(words, index.normalizedWords(i));
            return true;
        }
        if (shared.size() > d.facts.nearestSharedAddresses) { // remember the nearest miss
            d.facts.nearestSharedAddresses = int(shared.size());
            d.facts.nearestSubject = other.subject;
        }
    }
    return false;
}

} // namespace SyncLens
