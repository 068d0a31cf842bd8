#include "emailtracker.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace SyncLens {

namespace {

// The same as address keys, sorted, without repeats: no allocation beyond
// the small buffer.
using Keys = QVarLengthArray<quint64, 16>;
Keys participantKeys(const IncomingEmail &email)
{
    Keys keys;
    auto add = [&](const QString &address) {
        if (!QStringView(address).trimmed().isEmpty())
            keys.append(TrackingIndex::addressKey(address));
    };
    add(email.from);
    for (const QString &a : email.to)
        add(a);
    for (const QString &a : email.cc)
        add(a);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

// How many keys two sorted lists share: one merge.
int countShared(const Keys &a, const quint64 *b, int bCount)
{
    int shared = 0;
    const quint64 *j = b;
    const quint64 *const bEnd = b + bCount;
    for (auto i = a.cbegin(); i != a.cend() && j != bEnd;) {
        shared += *i == *j;
        const bool advanceA = *i <= *j;
        const bool advanceB = *j <= *i;
        i += advanceA;
        j += advanceB;
    }
    return shared;
}

// The facts name the filtering method; built once, not per email.
const QString &filteringName(EmailFiltering value)
{
    static const std::array<QString, 5> names{
        emailFilteringName(EmailFiltering::All), emailFilteringName(EmailFiltering::Responses),
        emailFilteringName(EmailFiltering::Records),
        emailFilteringName(EmailFiltering::EmailEnabled), emailFilteringName(EmailFiltering::None)};
    return names.at(size_t(value));
}

} // namespace

QSet<QString> userAddressesOf(const QList<User> &users)
{
    QSet<QString> addresses;
    for (const User &u : users) {
        if (QString a = normalizedAddress(u.email); !a.isEmpty())
            addresses.insert(std::move(a));
    }
    return addresses;
}

EmailTracker::EmailTracker(const OrgSettings &settings)
    : m_settings(settings)
    , m_tokens(settings.tracking)
{}

TrackingDecision EmailTracker::decide(const IncomingEmail &email, const TrackingContext &context,
                                      const TrackingIndex &index) const
{
    Tokens tokens; // found once, for the facts, the prefetch and E4
    for (auto t = m_tokens.findFirst(email.subject); t.start >= 0;
         t = m_tokens.findFirst(email.subject, t.end))
        tokens.append(t);
    const ConversationIndex conversation = ConversationIndex::fromHex(email.conversationIndex);
    index.prefetch(email, tokens.isEmpty() ? 0 : tokens.first().number, conversation);
    TrackingDecision d;
    startFacts(email, context, d);
    if (byDuplicate(email, index, d) || byUser(email, context, d))
        return d; // DUPLICATE_SUPPRESSED, E1, E2
    for (const auto &t : tokens)
        d.facts.tokensFound.append(email.subject.mid(t.start, t.end - t.start));
    if (outsideInbox(email, d) || withoutRecipient(email, context, d))
        return d; // NOT_TRACKED_FOLDER, NOT_TRACKED_NO_RECIPIENT
    if (context.emailFiltering == EmailFiltering::None) { // E3–E6 track only when not none
        d.code = ReasonCode::NotTrackedFilteringNone;
        return d;
    }
    if (byInReplyTo(email, tokens, index, d) || byToken(tokens, index, d) ||
        byConversation(conversation, index, d) || bySmartMatch(email, index, d))
        return d; // E3, E4, E5, E6
    byFiltering(email, context, d);
    return d; // E7, E8, E9 or NOT_TRACKED_*
}

void EmailTracker::startFacts(const IncomingEmail &email, const TrackingContext &context,
                              TrackingDecision &d) const
{
    auto &f = d.facts;
    f.emailFiltering = filteringName(context.emailFiltering);
    f.recipients = int(email.to.size() + email.cc.size());
    f.sender = normalizedAddress(email.from);
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
    d.facts.correlatedSubject = index.summary(i).subject;
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

// After E2, automatic tracking reads only the Inbox; an email without a
// folder is in the Inbox.
bool EmailTracker::outsideInbox(const IncomingEmail &email, TrackingDecision &d)
{
    if (email.folder.isEmpty() || email.folder.compare(u"Inbox", Qt::CaseInsensitive) == 0)
        return false;
    d.code = ReasonCode::NotTrackedFolder;
    d.facts.folder = email.folder;
    return true;
}

// And it needs a recipient in the org: a user's address in To or Cc. Mail
// to a distribution list, or a Bcc copy, has none (NoRecipientMatch).
bool EmailTracker::withoutRecipient(const IncomingEmail &email, const TrackingContext &context,
                                    TrackingDecision &d)
{
    for (const QStringList *list : {&email.to, &email.cc}) {
        for (const QString &a : *list) {
            if (context.userAddresses.contains(normalizedAddress(a)))
                return false;
        }
    }
    d.code = ReasonCode::NotTrackedNoRecipient;
    for (const QStringList *list : {&email.to, &email.cc}) {
        for (const QString &a : *list) {
            QString address = normalizedAddress(a);
            if (!address.isEmpty() && !d.facts.recipientAddresses.contains(address))
                d.facts.recipientAddresses.append(std::move(address));
        }
    }
    return true;
}

void EmailTracker::correlate(TrackingDecision &d, ReasonCode code, const TrackingIndex &index,
                             int i) const
{
    d.code = code;
    TrackingIndex::Summary with = index.summary(i);
    d.correlatedWith = std::move(with.messageId);
    d.regardingId = std::move(with.regardingId);
    d.facts.correlatedSubject = std::move(with.subject);
}

// E3: In-Reply-To names an email in CRM. A token of another email in the
// subject is noted: it lost to In-Reply-To, which comes first.
bool EmailTracker::byInReplyTo(const IncomingEmail &email, const Tokens &tokens,
                               const TrackingIndex &index, TrackingDecision &d) const
{
    if (!m_settings.correlation.enabled)
        return false;
    const int i = index.byMessageId(email.inReplyTo);
    if (i < 0)
        return false;
    correlate(d, ReasonCode::InReplyTo, index, i);
    d.facts.matchedHeader = QStringLiteral("In-Reply-To");
    if (!m_settings.tracking.enabled)
        return true;
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        const int other = index.byToken(tokens.at(k).number);
        if (other < 0)
            continue;
        if (other != i) {
            d.facts.passedToken = d.facts.tokensFound.at(k);
            d.facts.passedTokenSubject = index.summary(other).subject;
        }
        break; // only the token that E4 would have taken
    }
    return true;
}

// E4: the first token in the subject that belongs to a tracked email wins.
bool EmailTracker::byToken(const Tokens &tokens, const TrackingIndex &index,
                           TrackingDecision &d) const
{
    if (!m_settings.tracking.enabled)
        return false;
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        if (const int i = index.byToken(tokens.at(k).number); i >= 0) {
            correlate(d, ReasonCode::Token, index, i);
            d.facts.tokenUsed = d.facts.tokensFound.at(k); // the facts list them all
            return true;
        }
    }
    return false;
}

// E5: the conversation index alone; its deepest tracked ancestor is the
// nearest tracked message.
bool EmailTracker::byConversation(const ConversationIndex &conversation, const TrackingIndex &index,
                                  TrackingDecision &d) const
{
    if (!m_settings.correlation.enabled)
        return false;
    const QList<int> ancestors = index.ancestorsOf(conversation);
    if (ancestors.isEmpty())
        return false;
    const int nearest = *std::max_element(ancestors.cbegin(), ancestors.cend(), [&](int a, int b) {
        return index.conversation(a).depth() < index.conversation(b).depth();
    });
    correlate(d, ReasonCode::Conversation, index, nearest);
    d.facts.matchedHeader = QStringLiteral("Conversation-Index");
    return true;
}

// E6: same normalised subject (within deltaSubjectCount words), few enough
// recipients, enough shared addresses. The first tracked email that
// qualifies, in the order they were tracked, wins.
bool EmailTracker::bySmartMatch(const IncomingEmail &email, const TrackingIndex &index,
                                TrackingDecision &d) const
{
    const auto &s = m_settings.smartMatching;
    if (!s.enabled || d.facts.recipients > s.maxRecipientCount)
        return false;
    d.facts.subject = index.normalizer().normalize(email.subject);
    // Shared addresses are counted on 64-bit keys of the lower-case
    // addresses: no string of a tracked email is read to decide.
    const Keys mine = participantKeys(email);
    int nearest = -1;
    bool matched = false;
    auto visit = [&](int i, const quint64 *keys, int keyCount) {
        const int shared = countShared(mine, keys, keyCount);
        if (shared >= s.minAddressCount) {
            smartMatch(d, email, index, i, {keys, keys + keyCount});
            return matched = true;
        }
        if (shared > d.facts.nearestSharedAddresses) { // remember the nearest miss
            d.facts.nearestSharedAddresses = shared;
            nearest = i;
        }
        return false;
    };
    if (s.deltaSubjectCount <= 0) {
        index.forEachWithSubject(d.facts.subject, visit);
    } else {
        for (int i : index.similarSubjects(d.facts.subject, s.deltaSubjectCount)) {
            const auto &keys = index.participantKeys(i);
            if (visit(i, keys.data(), int(keys.size())))
                break;
        }
    }
    if (matched || nearest < 0)
        return matched;
    TrackingIndex::Summary near = index.summary(nearest);
    d.facts.nearestSubject = std::move(near.subject);
    d.facts.nearestMessageId = std::move(near.messageId);
    return false;
}

void EmailTracker::smartMatch(TrackingDecision &d, const IncomingEmail &email,
                              const TrackingIndex &index, int i,
                              std::span<const quint64> theirKeys) const
{
    correlate(d, ReasonCode::SmartMatch, index, i);
    d.facts.nearestSharedAddresses = -1; // a match has no nearest miss
    // The participants come sorted, so the shared addresses the facts list are too.
    for (const QString &address : sortedParticipants(email.from, email.to, email.cc)) {
        if (std::binary_search(theirKeys.begin(), theirKeys.end(),
                               TrackingIndex::addressKey(address)))
            d.facts.sharedAddresses.append(address);
    }
    d.facts.matchedSubject = index.normalizedSubject(i);
    // Equal subjects when no word may differ; otherwise count them.
    d.facts.wordsDiffering =
        m_settings.smartMatching.deltaSubjectCount == 0
            ? 0
            : SubjectNormalizer::wordsDiffering(SubjectNormalizer::words(d.facts.subject),
                                                index.normalizedWords(i));
}

// E7–E9: the user's email filtering method, when nothing correlated.
void EmailTracker::byFiltering(const IncomingEmail &email, const TrackingContext &context,
                               TrackingDecision &d) const
{
    if (context.emailFiltering == EmailFiltering::Responses) {
        d.code = ReasonCode::NotTrackedNoSignal;
        return;
    }
    if (context.emailFiltering == EmailFiltering::All) {
        d.code = ReasonCode::AllEmail; // E7
        return;
    }
    const std::optional<SenderRecord> sender =
        context.findSender ? context.findSender(normalizedAddress(email.from)) : std::nullopt;
    if (sender) {
        d.facts.senderRecordId = sender->id;
        d.facts.senderRecordType = sender->type;
        d.facts.senderRecordName = sender->name;
    }
    if (context.emailFiltering == EmailFiltering::Records)
        d.code = sender && sender->isContactLeadOrAccount() ? ReasonCode::FromRecord // E8
                                                            : ReasonCode::NotTrackedNoRecord;
    else
        d.code = sender ? ReasonCode::FromEmailEnabled // E9
                        : ReasonCode::NotTrackedNoRecord;
}

} // namespace SyncLens
