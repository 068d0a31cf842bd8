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

struct ReferenceTracker::Scan
{
    int duplicate = -1;
    struct Token
    {
        QString text;
        qint64 number;
        int row; // its first email
    };
    QList<Token> tokens; // each token in the subject
    int inReplyTo = -1;
    int ancestor = -1; // the deepest, the first among equals
    int smartMatch = -1;
    QStringList shared;
    int nearest = -1;
    int nearestShared = -1;
};

ReferenceTracker::ReferenceTracker(const OrgSettings &settings)
    : m_settings(settings)
    , m_normalizer(settings)
    , m_tokens(settings.tracking)
{}

void ReferenceTracker::TextColumn::append(QStringView s)
{
    text += s;
    starts.push_back(text.size());
}

QStringView ReferenceTracker::TextColumn::at(int row) const
{
    return QStringView(text).mid(starts[size_t(row)],
                                 starts[size_t(row) + 1] - starts[size_t(row)]);
}

void ReferenceTracker::add(const TrackedEmail &email)
{
    m_regardings.push_back(email.regardingId);
    m_messageIds.append(email.messageId);
    m_tokenNumbers.push_back(email.token);
    m_conversationBytes += email.conversation.bytes();
    m_conversationStarts.push_back(m_conversationBytes.size());
    const QString subject = m_normalizer.normalize(email.subject);
    m_subjects.append(subject);
    m_words.push_back(SubjectNormalizer::words(subject));
    m_participants.push_back(participantsOf(email.from, email.to, email.cc));
}

ReferenceTracker::Scan ReferenceTracker::scan(const IncomingEmail &email) const
{
    Scan found;
    for (const TrackingToken::Found &token : m_tokens.findAll(email.subject))
        found.tokens.append({token.text, token.number, -1});
    const QByteArray conversation = ConversationIndex::fromHex(email.conversationIndex).bytes();
    const auto &s = m_settings.smartMatching;
    const QString subject = m_normalizer.normalize(email.subject);
    const QStringList words = SubjectNormalizer::words(subject);
    const QStringList mine = participantsOf(email.from, email.to, email.cc);
    const bool smart =
        s.enabled && !subject.isEmpty() && email.to.size() + email.cc.size() <= s.maxRecipientCount;
    auto first = [](int &row, int r) {
        if (row < 0)
            row = r;
    };
    int ancestorDepth = -1;
    for (int r = 0; r < size(); ++r) {
        const QStringView id = m_messageIds.at(r);
        if (!email.messageId.isEmpty() && id == email.messageId)
            first(found.duplicate, r);
        if (!email.inReplyTo.isEmpty() && id == email.inReplyTo)
            first(found.inReplyTo, r);
        for (Scan::Token &token : found.tokens) {
            if (m_tokenNumbers[size_t(r)] == token.number)
                first(token.row, r);
        }
        // A reply's conversation index starts with its parent's; the deepest wins.
        const QByteArrayView other(
            m_conversationBytes.constData() + m_conversationStarts[size_t(r)],
            m_conversationStarts[size_t(r) + 1] - m_conversationStarts[size_t(r)]);
        if (!other.isEmpty() && !conversation.isEmpty() &&
            QByteArrayView(conversation).startsWith(other) && int(other.size()) > ancestorDepth) {
            found.ancestor = r;
            ancestorDepth = int(other.size());
        }
        if (!smart || found.smartMatch >= 0 || m_subjects.at(r).isEmpty())
            continue;
        const bool similar = s.deltaSubjectCount <= 0
                                 ? m_subjects.at(r) == subject // no word may differ: equal subjects
                                 : SubjectNormalizer::wordsDiffering(words, m_words[size_t(r)]) <=
                                       s.deltaSubjectCount;
        if (!similar)
            continue;
        QStringList shared;
        for (const QString &a : mine) {
            if (m_participants[size_t(r)].contains(a))
                shared.append(a);
        }
        if (shared.size() >= s.minAddressCount) {
            found.smartMatch = r;
            found.shared = shared;
        } else if (shared.size() > found.nearestShared) {
            found.nearestShared = int(shared.size());
            found.nearest = r;
        }
    }
    return found;
}

void ReferenceTracker::correlate(TrackingDecision &d, ReasonCode code, int row) const
{
    d.code = code;
    d.correlatedWith = m_messageIds.at(row).toString();
    d.regardingId = m_regardings[size_t(row)];
}

TrackingDecision ReferenceTracker::decide(const IncomingEmail &email,
                                          const TrackingContext &context) const
{
    TrackingDecision d;
    const Scan found = scan(email);
    if (found.duplicate >= 0) {
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
    if (!email.folder.isEmpty() && email.folder.toLower() != u"inbox") {
        d.code = ReasonCode::NotTrackedFolder;
        d.facts.folder = email.folder;
        return d;
    }
    bool recipient = false;
    for (const QString &a : email.to + email.cc)
        recipient = recipient || context.userAddresses.contains(a.trimmed().toLower());
    if (!recipient) {
        d.code = ReasonCode::NotTrackedNoRecipient;
        return d;
    }
    if (context.emailFiltering == EmailFiltering::None) {
        d.code = ReasonCode::NotTrackedFilteringNone;
        return d;
    }
    if (byInReplyTo(found, d) || byToken(found, d) || byConversation(found, d) ||
        bySmartMatch(found, d))
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

bool ReferenceTracker::byToken(const Scan &found, TrackingDecision &d) const
{
    if (!m_settings.tracking.enabled)
        return false;
    for (const Scan::Token &token : found.tokens) {
        if (token.row >= 0) {
            correlate(d, ReasonCode::Token, token.row);
            d.facts.tokenUsed = token.text;
            return true;
        }
    }
    return false;
}

bool ReferenceTracker::byInReplyTo(const Scan &found, TrackingDecision &d) const
{
    if (!m_settings.correlation.enabled || found.inReplyTo < 0)
        return false;
    correlate(d, ReasonCode::InReplyTo, found.inReplyTo);
    d.facts.matchedHeader = QStringLiteral("In-Reply-To");
    if (!m_settings.tracking.enabled)
        return true;
    for (const Scan::Token &token : found.tokens) {
        if (token.row < 0)
            continue;
        if (token.row != found.inReplyTo) // the token E4 would have taken
            d.facts.passedToken = token.text;
        break;
    }
    return true;
}

bool ReferenceTracker::byConversation(const Scan &found, TrackingDecision &d) const
{
    if (!m_settings.correlation.enabled || found.ancestor < 0)
        return false;
    correlate(d, ReasonCode::Conversation, found.ancestor);
    d.facts.matchedHeader = QStringLiteral("Conversation-Index");
    return true;
}

bool ReferenceTracker::bySmartMatch(const Scan &found, TrackingDecision &d) const
{
    if (found.smartMatch >= 0) {
        correlate(d, ReasonCode::SmartMatch, found.smartMatch);
        d.facts.sharedAddresses = found.shared;
        return true;
    }
    if (found.nearest >= 0) {
        d.facts.nearestSharedAddresses = found.nearestShared;
        d.facts.nearestMessageId = m_messageIds.at(found.nearest).toString();
    }
    return false;
}

} // namespace SyncLens::Test
