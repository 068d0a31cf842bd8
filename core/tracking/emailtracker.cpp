#include "emailtracker.h"

#include <algorithm>

namespace SyncLens {

namespace {

QString lower(const QString &address)
{
    return address.trimmed().toLower();
}

// Sender and recipients, lower case, sorted, without repeats (as the index
// keeps them for tracked emails).
QStringList participants(const IncomingEmail &email)
{
    QStringList all;
    all.reserve(1 + email.to.size() + email.cc.size());
    auto add = [&](const QString &address) {
        QString a = lower(address);
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

// How many addresses two sorted lists share: one merge, no allocation.
int countShared(const QStringList &a, const QStringList &b)
{
    int shared = 0;
    for (auto i = a.cbegin(), j = b.cbegin(); i != a.cend() && j != b.cend();) {
        const int c = i->compare(*j);
        shared += c == 0;
        i += c <= 0;
        j += c >= 0;
    }
    return shared;
}

QStringList sharedList(const QStringList &a, const QStringList &b)
{
    QStringList shared;
    std::set_intersection(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(shared));
    return shared;
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
    startFacts(email, context, d);
    if (byDuplicate(email, index, d) || byUser(email, context, d))
        return d; // DUPLICATE_SUPPRESSED, E1, E2
    for (const TrackingToken::Found &token : m_tokens.findAll(email.subject))
        d.facts.tokensFound.append(token.text);
    if (context.emailFiltering == EmailFiltering::None) { // E3–E5 track only when not none
        d.code = ReasonCode::NotTrackedFilteringNone;
        return d;
    }
    if (byToken(email, index, d) || byConversation(email, index, d) ||
        bySmartMatch(email, index, d))
        return d; // E3, E4, E5
    byFiltering(email, context, d);
    return d; // E6, E7, E8 or NOT_TRACKED_*
}

void EmailTracker::startFacts(const IncomingEmail &email, const TrackingContext &context,
                              TrackingDecision &d) const
{
    auto &f = d.facts;
    f.emailFiltering = emailFilteringName(context.emailFiltering);
    f.recipients = int(email.to.size() + email.cc.size());
    f.sender = lower(email.from);
    f.inReplyTo = email.inReplyTo;
    f.trackingEnabled = m_settings.tracking.enabled;
    f.correlationEnabled = m_settings.correlation.enabled;
    f.smartMatchingEnabled = m_settings.smartMatching.enabled;
    f.minAddressCount = m_settings.smartMatching.minAddressCount;
    f.maxRecipientCount = m_settings.smartMatching.maxRecipientCount;
    f.deltaSubjectCount = m_settings.smartMatching.deltaSubjectCount;
}

// A message id already in CRM makes no second CRM email, whatever the rules say.
bool EmailTracker::byDuplicate(const IncomingEmail &email, const TrackingIndex &index,
                               TrackingDecision &d) const
{
    const int i = index.byMessageId(email.messageId);
    if (i < 0)
        return false;
    d.code = ReasonCode::DuplicateSuppressed;
    d.correlatedWith = email.messageId;
    d.facts.correlatedSubject = m_tokens.strip(index.at(i).subject).simplified();
    return true;
}

// E1 and E2: the user's own choices come before any automatic rule.
bool EmailTracker::byUser(const IncomingEmail &email, const TrackingContext &context,
                          TrackingDecision &d) const
{
    if (email.trackRequested) { // E1
        d.code = ReasonCode::ManualTrack;
        d.regardingId = email.regardingId;
        return true;
    }
    const auto folder = context.trackedFolders.constFind(email.folder);
    if (email.folder.isEmpty() || folder == context.trackedFolders.cend())
        return false;
    d.code = ReasonCode::TrackedFolder; // E2
    d.regardingId = *folder;
    d.facts.folder = email.folder;
    return true;
}

void EmailTracker::correlate(TrackingDecision &d, ReasonCode code, const TrackedEmail &with) const
{
    d.code = code;
    d.correlatedWith = with.messageId;
    d.regardingId = with.regardingId;
    d.facts.correlatedSubject = m_tokens.strip(with.subject).simplified();
}

// E3: the first token in the subject that belongs to a tracked email wins.
bool EmailTracker::byToken(const IncomingEmail &email, const TrackingIndex &index,
                           TrackingDecision &d) const
{
    if (!m_settings.tracking.enabled)
        return false;
    for (auto s = m_tokens.findFirst(email.subject); s.start >= 0;
         s = m_tokens.findFirst(email.subject, s.end)) {
        if (const int i = index.byToken(s.number); i >= 0) {
            correlate(d, ReasonCode::Token, index.at(i));
            d.facts.tokenUsed = email.subject.mid(s.start, s.end - s.start);
            return true;
        }
    }
    return false;
}

// E4: headers first (the nearest reference first), then the conversation
// index, whose deepest tracked ancestor is the nearest tracked message.
bool EmailTracker::byConversation(const IncomingEmail &email, const TrackingIndex &index,
                                  TrackingDecision &d) const
{
    if (!m_settings.correlation.enabled)
        return false;
    if (byHeaders(email, index, d))
        return true;
    const QList<int> ancestors =
        index.ancestorsOf(ConversationIndex::fromHex(email.conversationIndex));
    if (ancestors.isEmpty())
        return false;
    const int nearest = *std::max_element(ancestors.cbegin(), ancestors.cend(), [&](int a, int b) {
        return index.at(a).conversation.depth() < index.at(b).conversation.depth();
    });
    correlate(d, ReasonCode::Conversation, index.at(nearest));
    d.facts.matchedHeader = QStringLiteral("Conversation-Index");
    return true;
}

bool EmailTracker::byHeaders(const IncomingEmail &email, const TrackingIndex &index,
                             TrackingDecision &d) const
{
    if (const int i = index.byMessageId(email.inReplyTo); i >= 0) {
        correlate(d, ReasonCode::Conversation, index.at(i));
        d.facts.matchedHeader = QStringLiteral("In-Reply-To");
        return true;
    }
    for (auto it = email.references.crbegin(); it != email.references.crend(); ++it) {
        if (const int i = index.byMessageId(*it); i >= 0) {
            correlate(d, ReasonCode::Conversation, index.at(i));
            d.facts.matchedHeader = QStringLiteral("References");
            return true;
        }
    }
    return false;
}

// E5: same normalised subject (within deltaSubjectCount words), few enough
// recipients, enough shared addresses. The first tracked email that
// qualifies, in the order they were tracked, wins.
bool EmailTracker::bySmartMatch(const IncomingEmail &email, const TrackingIndex &index,
                                TrackingDecision &d) const
{
    const auto &s = m_settings.smartMatching;
    if (!s.enabled || d.facts.recipients > s.maxRecipientCount)
        return false;
    d.facts.subject = index.normalizer().normalize(email.subject);
    const QList<int> candidates = index.similarSubjects(d.facts.subject, s.deltaSubjectCount);
    if (candidates.isEmpty())
        return false;
    const QStringList mine = participants(email);
    int nearest = -1;
    for (int i : candidates) {
        const int shared = countShared(mine, index.participants(i));
        if (shared >= s.minAddressCount) {
            correlate(d, ReasonCode::SmartMatch, index.at(i));
            d.facts.nearestSharedAddresses = -1; // a match has no nearest miss
            d.facts.sharedAddresses = sharedList(mine, index.participants(i));
            d.facts.matchedSubject = index.normalizedSubject(i);
            d.facts.wordsDiffering = SubjectNormalizer::wordsDiffering(
                SubjectNormalizer::words(d.facts.subject), index.normalizedWords(i));
            return true;
        }
        if (shared > d.facts.nearestSharedAddresses) { // remember the nearest miss
            d.facts.nearestSharedAddresses = shared;
            nearest = i;
        }
    }
    d.facts.nearestSubject = m_tokens.strip(index.at(nearest).subject).simplified();
    d.facts.nearestMessageId = index.at(nearest).messageId;
    return false;
}

// E6–E8: the user's email filtering method, when nothing correlated.
void EmailTracker::byFiltering(const IncomingEmail &email, const TrackingContext &context,
                               TrackingDecision &d) const
{
    if (context.emailFiltering == EmailFiltering::Responses) {
        d.code = ReasonCode::NotTrackedNoSignal;
        return;
    }
    if (context.emailFiltering == EmailFiltering::All) {
        d.code = ReasonCode::AllEmail; // E6
        return;
    }
    const std::optional<SenderRecord> sender =
        context.findSender ? context.findSender(lower(email.from)) : std::nullopt;
    if (sender) {
        d.facts.senderRecordId = sender->id;
        d.facts.senderRecordType = sender->type;
        d.facts.senderRecordName = sender->name;
    }
    if (context.emailFiltering == EmailFiltering::Records)
        d.code = sender && sender->isContactLeadOrAccount() ? ReasonCode::FromRecord // E7
                                                            : ReasonCode::NotTrackedNoRecord;
    else
        d.code = sender ? ReasonCode::FromEmailEnabled // E8
                        : ReasonCode::NotTrackedNoRecord;
}

} // namespace SyncLens
